package org.claimspan.internal.attribution.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimspan.model.TextSpan;

/**
 * News datelines at a line's start, "WASHINGTON (AP) — ", "MANCHESTER, N.H. - ", "CASPER, Wyo. - ":
 * the place and agency say where the story comes from, so neither a content nor a source holds one.
 * Stateless and thread-safe.
 */
public final class Datelines {
  private static final Pattern DATELINE = Pattern.compile(
      "[A-Z]{3,20}[A-Z .,'-]{0,40}(?:, [A-Z][a-z]{1,5}\\.(?: ?[A-Z][a-z]?\\.)?)?(?: \\([A-Za-z ]+\\))? ?(?:--|[\u2014\u2013-]) +");

  private Datelines() {}

  /**
   * The span without the dateline it opens with when it opens a line (PolNeAR train: no content
   * holds one, 8 start right after it); the span itself otherwise, or when nothing would be left.
   */
  public static TextSpan without(String text, TextSpan span) {
    boolean lineStart = span.begin() == 0 || text.charAt(span.begin() - 1) == '\n';
    Matcher dateline = DATELINE.matcher(text).region(span.begin(), span.end());
    if (!lineStart || !dateline.lookingAt() || dateline.end() >= span.end()) {
      return span;
    }
    return TextSpan.of(text, dateline.end(), span.end());
  }
}
