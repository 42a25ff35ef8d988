package org.claimspan.eval.corpus;

/** Which characters count as quote marks for scoring. Stateless and thread-safe. */
public final class QuoteMarks {

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

  public static boolean isQuote(char c) {
    return isDoubleQuote(c) || SINGLE.indexOf(c) >= 0;
  }
}
