package org.claimspan.internal.attribution;

import java.util.Optional;
import org.claimspan.internal.quote.QuoteMarks;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.model.TextSpan;

/** Turns token ranges into text spans, trimming punctuation that PolNeAR leaves outside spans. */
final class TokenRanges {
  private TokenRanges() {}

  /**
   * The text span of tokens {@code [first, last]}, without leading or trailing commas, dashes,
   * colons and semicolons, and without a final full stop. Empty if nothing is left.
   */
  static Optional<TextSpan> span(DependencyTree tree, int first, int last) {
    while (first <= last && isTrimmable(tree.token(first).word(), true)) {
      first++;
    }
    while (last >= first && isTrimmable(tree.token(last).word(), false)) {
      last--;
    }
    if (first > last) {
      return Optional.empty();
    }
    return Optional.of(TextSpan.of(tree.text(), tree.token(first).begin(), tree.token(last).end()));
  }

  private static boolean isTrimmable(String word, boolean leading) {
    switch (word) {
      case ",", ";", ":", "--", "-", "\u2014", "\u2013", "(", ")":
        return true;
      case ".", "?", "!":
        return !leading;
      default:
        return false;
    }
  }

  /** Number of whitespace-separated words in the span; 0 for a blank one. */
  static int wordCount(TextSpan span) {
    String trimmed = span.text().strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  /** Whether a token is a quote mark. */
  static boolean isQuoteMark(String word) {
    return word.length() == 1 && QuoteMarks.isAnyQuoteMark(word.charAt(0))
        || word.equals("``") || word.equals("''");
  }
}
