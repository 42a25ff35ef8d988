package org.claimspan.internal.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.TextSpan;

/**
 * Reports text that was not meant to reach the extractor as it is: HTML markup and character
 * entities (a page passed without its tags stripped; {@code &quot;} marks are not seen as quote
 * marks) and broken UTF-16 (a lone surrogate, from text cut in the middle of a character). Nothing
 * is rewritten, so offsets stay the caller's; the diagnostic tells the caller to clean the input
 * for better results. One diagnostic per kind, at the first occurrence, with the count. Stateless
 * and thread-safe.
 */
final class TextHygiene {

  /** An opening, closing or self-closing tag; bounded so a stray {@code <} cannot scan far. */
  private static final Pattern TAG =
      Pattern.compile("</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\\s[^<>]{0,1000})?/?>");

  /** A named or numeric character reference, such as {@code &amp;} or {@code &#8220;}. */
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  private TextHygiene() {}

  static void report(String text, List<Diagnostic> diagnostics) {
    reportMarkup(text, diagnostics);
    reportLoneSurrogates(text, diagnostics);
  }

  private static void reportMarkup(String text, List<Diagnostic> diagnostics) {
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
      return; // the common case: no scan
    }
    Matcher tags = TAG.matcher(text);
    Matcher entities = ENTITY.matcher(text);
    int tagCount = 0;
    int entityCount = 0;
    TextSpan first = null;
    while (tags.find()) {
      if (tagCount++ == 0) {
        first = TextSpan.of(text, tags.start(), tags.end());
      }
    }
    while (entities.find()) {
      if (entityCount++ == 0 && (first == null || entities.start() < first.begin())) {
        first = TextSpan.of(text, entities.start(), entities.end());
      }
    }
    if (first != null) {
      diagnostics.add(
          Diagnostic.at(
              "markup",
              tagCount + " HTML tag(s) and " + entityCount + " character entit(y/ies) in the text; they are"
                  + " read as text (strip markup and decode entities before extracting for better results)",
              first));
    }
  }

  private static void reportLoneSurrogates(String text, List<Diagnostic> diagnostics) {
    int count = 0;
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c)
          ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
          : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
      if (!paired) {
        if (first < 0) {
          first = i;
        }
        count++;
      } else if (Character.isHighSurrogate(c)) {
        i++; // skip the low half of the pair
      }
    }
    if (count > 0) {
      diagnostics.add(
          Diagnostic.at(
              "invalid-unicode",
              count + " lone surrogate(s) in the text (broken UTF-16, such as text cut inside a character)",
              TextSpan.of(text, first, first + 1)));
    }
  }
}
