package org.claimspan.backend;

/**
 * The text a tagger and parser should read: straight double quotes turned into curly ones and an
 * opening doubled apostrophe ({@code ''}, as some wires write quotes) into {@code ``}, by whether
 * they open or close, so that every offset stays where it was. CoreNLP's tagger reads a straight
 * {@code "} after a comma as an opening quote about as often as a closing one, and then parses
 * {@code "...," the chief executive said} with the quotation's last clause governing "said"; with
 * curly quotes it gets the direction, and the parse, right. Stateless and thread-safe.
 */
public final class CurledQuotes {
  private CurledQuotes() {}

  /**
   * {@code text} with each straight double quote curled and each opening {@code ''} written
   * {@code ``}; the same length, every other character unchanged. A quote with a space or the
   * text's edge on both sides is left as it is. Never null; {@code text} must not be null.
   */
  public static String of(String text) {
    if (text.indexOf('"') < 0 && !text.contains("''")) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      boolean doubled = chars[i] == '\'' && i + 1 < chars.length && chars[i + 1] == '\'';
      if (chars[i] != '"' && !doubled) {
        continue;
      }
      int after = doubled ? i + 2 : i + 1;
      boolean spaceBefore = i == 0 || opensAfter(chars[i - 1]);
      boolean spaceAfter = after >= chars.length || Character.isWhitespace(chars[after]);
      if (spaceBefore && !spaceAfter) {
        if (doubled) {
          chars[i] = '`';
          chars[i + 1] = '`';
        } else {
          chars[i] = '\u201C';
        }
      } else if (!spaceBefore && chars[i] == '"') {
        chars[i] = '\u201D';
      }
      i = after - 1;
    }
    return new String(chars);
  }

  /** Whether a quote right after this character opens a quotation: after a space, a bracket, a dash. */
  private static boolean opensAfter(char c) {
    return Character.isWhitespace(c) || "([{\u2014\u2013-/\u201C\u2018".indexOf(c) >= 0;
  }
}
