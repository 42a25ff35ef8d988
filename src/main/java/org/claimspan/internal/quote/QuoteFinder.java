package org.claimspan.internal.quote;

import java.util.ArrayList;
import java.util.List;
import org.claimspan.internal.text.PreparedText;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.TextSpan;

/**
 * Finds quotations in double quote marks (straight or curly), and in single curly marks where
 * they are not apostrophes. Single marks inside a double-quoted stretch are part of its content.
 *
 * <p>Quotes never cross paragraphs. A paragraph that opens a quote and does not close it ends
 * that quote at the paragraph's end; when the next paragraph opens with a quote mark (news style
 * for a quote that runs on) that is normal and the next part is found as a quote of its own (the
 * attribution stage joins the parts); otherwise a diagnostic says the quote was not closed, so
 * that one stray mark never swallows the rest of the article. Thread-safe.
 */
public final class QuoteFinder {

  /** The quotes found and the diagnostics raised. */
  public record Found(List<QuoteSpan> quotes, List<Diagnostic> diagnostics) {}

  public Found find(PreparedText prepared) {
    String text = prepared.text();
    List<QuoteSpan> quotes = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<TextSpan> paragraphs = prepared.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      TextSpan paragraph = paragraphs.get(p);
      int unclosed = scanParagraph(text, paragraph, quotes);
      if (unclosed >= 0) {
        // The quote ends with its paragraph. When the next paragraph reopens with a quote mark this
        // is a multi-paragraph quote, news style, and the next part is found as a quote of its own.
        quotes.add(quote(text, unclosed, paragraph.end(), false));
        boolean continues =
            p + 1 < paragraphs.size()
                && QuoteMarks.isDoubleOpen(text.charAt(paragraphs.get(p + 1).begin()));
        if (!continues) {
          diagnostics.add(
              Diagnostic.at(
                  "unclosed-quote",
                  "a quote opens here and is not closed before the paragraph ends",
                  TextSpan.of(text, unclosed, unclosed + 1)));
        }
      }
    }
    return new Found(quotes, diagnostics);
  }

  /**
   * Scans one paragraph for double-quoted stretches, adding closed ones to {@code quotes}.
   *
   * @return the offset of an opening mark left unclosed at the paragraph's end, or -1
   */
  private static int scanParagraph(String text, TextSpan paragraph, List<QuoteSpan> quotes) {
    int open = -1;
    for (int i = paragraph.begin(); i < paragraph.end(); i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (QuoteMarks.isDoubleOpen(c) && opensHere(text, i, paragraph)) {
          open = i;
        } else if (c == '\u2018' && opensSingle(text, i, paragraph)) {
          int close = findSingleClose(text, i + 1, paragraph.end());
          if (close > 0) {
            quotes.add(quote(text, i, close + 1, true));
            i = close;
          }
        }
      } else if (QuoteMarks.isDoubleClose(c) && (c != QuoteMarks.STRAIGHT || closesHere(text, i, paragraph))) {
        quotes.add(quote(text, open, i + 1, true));
        open = -1;
      }
    }
    return open;
  }

  /** A straight mark opens a quote unless it directly follows a letter or digit (12" pipe). */
  private static boolean opensHere(String text, int i, TextSpan paragraph) {
    return text.charAt(i) != QuoteMarks.STRAIGHT
        || i == paragraph.begin()
        || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  /** A straight mark closes a quote unless a letter or digit follows it directly. */
  private static boolean closesHere(String text, int i, TextSpan paragraph) {
    return i + 1 >= paragraph.end() || !Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** A left single mark opens a quote at a word start followed by a letter or digit. */
  private static boolean opensSingle(String text, int i, TextSpan paragraph) {
    boolean atWordStart = i == paragraph.begin() || !Character.isLetterOrDigit(text.charAt(i - 1));
    return atWordStart && i + 1 < paragraph.end() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** The right single mark that ends a single-quoted stretch: not followed by a letter. */
  private static int findSingleClose(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u2019' && (i + 1 >= end || !Character.isLetter(text.charAt(i + 1)))
          && i > from && !Character.isWhitespace(text.charAt(i - 1))) {
        // "Warren’s" has a letter after the mark and is skipped; "’90s" would have a digit.
        if (i + 1 >= end || !Character.isDigit(text.charAt(i + 1))) {
          return i;
        }
      }
      if (QuoteMarks.isDoubleOpen(c) || QuoteMarks.isDoubleClose(c)) {
        return -1;
      }
    }
    return -1;
  }

  private static QuoteSpan quote(String text, int begin, int end, boolean closed) {
    int contentEnd = closed ? end - 1 : end;
    return new QuoteSpan(
        TextSpan.of(text, begin, end), TextSpan.of(text, begin + 1, Math.max(begin + 1, contentEnd)), closed);
  }
}
