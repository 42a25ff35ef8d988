package org.claimspan.eval.corpus;

import org.claimspan.internal.quote.QuoteMarks;
import org.claimspan.model.AttributionKind;

/**
 * Derives an attribution's kind from its content text, for corpora that do not annotate it
 * (PolNeAR). Content whose every letter or digit lies inside double quotation marks is direct
 * (so {@code “A,” “B.”} is direct); content with a double quotation mark anywhere else is mixed;
 * the rest is indirect. Single quotes are ignored because news text uses {@code ’} as apostrophe.
 * Stateless and thread-safe.
 */
public final class KindDeriver {

  private KindDeriver() {}

  /** The kind of a content span, taking all its fragments together; never null. */
  public static AttributionKind kindOf(EvalSpan content) {
    // Fragments are read as one text, so a quote opened in one fragment may close in a later one.
    String text = content.text();
    boolean anyQuote = text.chars().anyMatch(c -> QuoteMarks.isDoubleMark((char) c));
    boolean allInside = wordsOnlyInsideQuotes(text);
    if (!anyQuote) {
      return AttributionKind.INDIRECT;
    }
    return allInside ? AttributionKind.DIRECT : AttributionKind.MIXED;
  }

  /**
   * Whether no letter or digit lies outside double quotes. Curly and guillemet marks open and
   * close by direction; a straight {@code "} toggles.
   */
  static boolean wordsOnlyInsideQuotes(String text) {
    int depth = 0;
    boolean straightOpen = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (QuoteMarks.isTypographicOpening(c)) {
        depth++;
      } else if (QuoteMarks.isTypographicClosing(c)) {
        depth = Math.max(0, depth - 1);
      } else if (c == '"') {
        straightOpen = !straightOpen;
      } else if (depth == 0 && !straightOpen && Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }
}
