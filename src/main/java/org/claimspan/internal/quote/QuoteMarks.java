package org.claimspan.internal.quote;

/**
 * Which characters are quote marks, as named sets. The engine pairs the double marks and treats
 * the single marks news text uses ({@code ' ‘ ’}) as quote marks; scoring also strips the rarer
 * single marks ({@code ‚ ‛ ‹ › `}) from span edges, since annotated text may quote in any style
 * while the engine, which must tell a quote from an apostrophe or a grave accent, does not pair
 * them. Stateless and thread-safe.
 */
public final class QuoteMarks {
  private QuoteMarks() {}

  /** The straight double mark, which may open or close. */
  static final char STRAIGHT = '"';

  /** Typographic double marks that only open: “ „ ‟ «. */
  private static final String TYPOGRAPHIC_OPENING = "\u201C\u201E\u201F\u00AB";

  /** Typographic double marks that only close: ” ». */
  private static final String TYPOGRAPHIC_CLOSING = "\u201D\u00BB";

  /** Single marks the engine reads as quote marks: ' ‘ ’. */
  private static final String NEWS_SINGLE = "'\u2018\u2019";

  /** Single marks only scoring strips: ‚ ‛ ‹ › and the grave accent. */
  private static final String OTHER_SINGLE = "\u201A\u201B\u2039\u203A`";

  /** A typographic double mark that opens: “ „ ‟ « (not the straight mark). */
  public static boolean isTypographicOpening(char c) {
    return TYPOGRAPHIC_OPENING.indexOf(c) >= 0;
  }

  /** A typographic double mark that closes: ” » (not the straight mark). */
  public static boolean isTypographicClosing(char c) {
    return TYPOGRAPHIC_CLOSING.indexOf(c) >= 0;
  }

  /** A double mark that may open a quotation: “ „ ‟ « and the straight mark. */
  static boolean isDoubleOpen(char c) {
    return c == STRAIGHT || isTypographicOpening(c);
  }

  /** A double mark that may close a quotation: ” » and the straight mark. */
  static boolean isDoubleClose(char c) {
    return c == STRAIGHT || isTypographicClosing(c);
  }

  /** Any double mark, straight or typographic. */
  public static boolean isDoubleMark(char c) {
    return isDoubleOpen(c) || isDoubleClose(c);
  }

  /** Whether the character is a quote mark the engine reads, double or single, that may surround content. */
  public static boolean isAnyQuoteMark(char c) {
    return isDoubleMark(c) || NEWS_SINGLE.indexOf(c) >= 0;
  }

  /**
   * Whether scoring strips the character from a span's edges: every mark {@link #isAnyQuoteMark}
   * knows, and the rarer single marks ‚ ‛ ‹ › `.
   */
  public static boolean isQuoteMarkForScoring(char c) {
    return isAnyQuoteMark(c) || OTHER_SINGLE.indexOf(c) >= 0;
  }

  /** Whether a token is a double quote mark: one such mark, or the tokenizer's {@code ``} and {@code ''}. */
  public static boolean isDoubleQuoteToken(String word) {
    return word.length() == 1 && isDoubleMark(word.charAt(0)) || word.equals("``") || word.equals("''");
  }

  /** Whether a token is a quote mark: one mark, or the tokenizer's {@code ``} and {@code ''}. */
  public static boolean isQuoteToken(String word) {
    return word.length() == 1 && isAnyQuoteMark(word.charAt(0)) || word.equals("``") || word.equals("''");
  }
}
