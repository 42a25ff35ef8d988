package org.claimspan.eval.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimspan.eval.corpus.EvalSpan;
import org.claimspan.internal.quote.QuoteMarks;
import org.claimspan.model.TextSpan;

/**
 * Exact-match keys for spans: each fragment's boundaries are moved inwards past surrounding quote
 * marks and whitespace, and past final punctuation at the end, so {@code “Yes,”} and {@code Yes}
 * match. Fragments are compared as a sorted list. Stateless and thread-safe.
 */
public final class SpanNormalizer {

  private static final String FINAL_PUNCTUATION = ".,;:!?…";

  private SpanNormalizer() {}

  /**
   * The normalised key of a span: sorted {@code [begin, end)} pairs of its trimmed, non-empty
   * fragments (the raw fragments if trimming empties them all). Never null.
   */
  public static List<List<Integer>> key(EvalSpan span) {
    List<TextSpan> trimmed = new ArrayList<>();
    for (TextSpan fragment : span.fragments()) {
      TextSpan t = trim(fragment);
      if (!t.isEmpty()) {
        trimmed.add(t);
      }
    }
    if (trimmed.isEmpty()) {
      trimmed.addAll(span.fragments());
    }
    trimmed.sort(Comparator.naturalOrder());
    List<List<Integer>> key = new ArrayList<>();
    for (TextSpan t : trimmed) {
      key.add(List.of(t.begin(), t.end()));
    }
    return List.copyOf(key);
  }

  /** The fragment with surrounding quotes, whitespace and final punctuation trimmed. */
  static TextSpan trim(TextSpan fragment) {
    String text = fragment.text();
    int b = 0;
    int e = text.length();
    while (b < e && isLeadingJunk(text.charAt(b))) {
      b++;
    }
    while (e > b && isTrailingJunk(text.charAt(e - 1))) {
      e--;
    }
    return new TextSpan(fragment.begin() + b, fragment.begin() + e, text.substring(b, e));
  }

  private static boolean isLeadingJunk(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || QuoteMarks.isQuoteMarkForScoring(c);
  }

  private static boolean isTrailingJunk(char c) {
    return isLeadingJunk(c) || FINAL_PUNCTUATION.indexOf(c) >= 0;
  }
}
