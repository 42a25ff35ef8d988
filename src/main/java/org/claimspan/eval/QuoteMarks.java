package org.claimspan.eval;

/** Which characters count as quote marks for scoring. Stateless and thread-safe. */
final class QuoteMarks {

  private static final String OPENING = "“„‟«";
  private static final String CLOSING = "”»";
  private static final String SINGLE = "'‘’‚‛‹›`";

  private QuoteMarks() {}

  static boolean opens(char c) {
    return OPENING.indexOf(c) >= 0;
  }

  static boolean closes(char c) {
    return CLOSING.indexOf(c) >= 0;
  }

  static boolean isDoubleQuote(char c) {
    return c == '"' || opens(c) || closes(c);
  }

  static boolean isQuote(char c) {
    return isDoubleQuote(c) || SINGLE.indexOf(c) >= 0;
  }
}
