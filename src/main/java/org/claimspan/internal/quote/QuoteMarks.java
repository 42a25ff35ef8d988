package org.claimspan.internal.quote;

/** Which characters open and close quotations. */
public final class QuoteMarks {
  private QuoteMarks() {}

  static final char STRAIGHT = '"';

  /** Opening double marks: “ „ ‟ « and the straight mark. */
  static boolean isDoubleOpen(char c) {
    return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == STRAIGHT || c == '\u201F';
  }

  /** Closing double marks: ” » and the straight mark. */
  static boolean isDoubleClose(char c) {
    return c == '\u201D' || c == '\u00BB' || c == STRAIGHT;
  }

  /** Whether the character is any quote mark, single or double, that may surround content. */
  public static boolean isAnyQuoteMark(char c) {
    return isDoubleOpen(c) || isDoubleClose(c) || c == '\u2018' || c == '\u2019' || c == '\'';
  }

  /** Whether a token is a double quote mark: one such mark, or the tokenizer's {@code ``} and {@code ''}. */
  public static boolean isDoubleQuoteToken(String word) {
    return word.length() == 1 && (isDoubleOpen(word.charAt(0)) || isDoubleClose(word.charAt(0)))
        || word.equals("``") || word.equals("''");
  }

  /** Whether a token is a quote mark: one mark, or the tokenizer's {@code ``} and {@code ''}. */
  public static boolean isQuoteToken(String word) {
    return word.length() == 1 && isAnyQuoteMark(word.charAt(0)) || word.equals("``") || word.equals("''");
  }
}
