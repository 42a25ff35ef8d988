package org.claimspan.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.TextSpan;

/**
 * Cuts a text into paragraphs (one per non-blank line) and sets page furniture aside. Never
 * rewrites the text: every span is an original offset range. Thread-safe.
 */
public final class TextPreparer {

  private final List<Pattern> furniturePatterns;

  public TextPreparer(List<Pattern> furniturePatterns) {
    this.furniturePatterns = List.copyOf(furniturePatterns);
  }

  public PreparedText prepare(String text) {
    List<TextSpan> paragraphs = new ArrayList<>();
    List<TextSpan> furniture = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = nextLineBreak(text, lineStart);
      TextSpan line = trim(text, lineStart, lineEnd);
      if (!line.isEmpty()) {
        if (isFurniture(line.text())) {
          furniture.add(line);
        } else {
          paragraphs.add(line);
        }
      }
      lineStart = lineEnd + 1;
    }
    reportControlCharacters(text, diagnostics);
    TextHygiene.report(text, diagnostics);
    return new PreparedText(text, paragraphs, furniture, diagnostics);
  }

  /**
   * Lines longer than this are content, never furniture. Furniture is short ("Also Read", a
   * byline, a disclaimer); and java.util.regex recurses once per repetition of a group, so a
   * pattern such as the byline's list of names overflowed the stack on a long "By A, B, C, ..."
   * line (at about 400 characters on a 256 KB thread stack).
   */
  static final int MAX_FURNITURE_LINE = 1_000;

  private boolean isFurniture(String line) {
    if (line.length() > MAX_FURNITURE_LINE) {
      return false;
    }
    for (Pattern pattern : furniturePatterns) {
      try {
        if (pattern.matcher(line).find()) {
          return true;
        }
      } catch (StackOverflowError e) {
        // A caller's thread with a small stack can still overflow on a shorter line. The regex
        // holds no locks or shared state, so the stack unwinds cleanly: keep the line as content.
      }
    }
    return false;
  }

  /** Offset of the next line break ({@code \n}, {@code \r}, U+2028/U+2029) or the text's end. */
  private static int nextLineBreak(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return text.length();
  }

  private static TextSpan trim(String text, int begin, int end) {
    while (begin < end && isBlank(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return TextSpan.of(text, begin, end);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
  }

  private static void reportControlCharacters(String text, List<Diagnostic> diagnostics) {
    int count = 0;
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        if (first < 0) {
          first = i;
        }
        count++;
      }
    }
    if (count > 0) {
      diagnostics.add(
          Diagnostic.at(
              "control-characters",
              count + " control character(s) in the text; treated as spaces",
              TextSpan.of(text, first, first + 1)));
    }
  }
}
