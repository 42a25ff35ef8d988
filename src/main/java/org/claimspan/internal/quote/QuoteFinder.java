package org.claimspan.internal.quote;

import java.util.ArrayList;
import java.util.List;
import org.claimspan.internal.text.PreparedText;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.TextSpan;

/**
 * Finds quotations in double quote marks (straight, curly, or two apostrophes as in {@code
 * ''It's over,'' he said}), and in single curly marks where
 * they are not apostrophes. Single marks inside a double-quoted stretch are part of its content.
 *
 * <p>Quotes never cross paragraphs. A paragraph that opens a quote and does not close it ends
 * that quote at the paragraph's end; when the next paragraph opens with a quote mark (news style
 * for a quote that runs on) that is normal and the next part is found as a quote of its own (the
 * attribution stage joins the parts); otherwise a diagnostic says the quote was not closed, so
 * that one stray mark never swallows the rest of the article. Two more guards serve the same end
 * (an article scraped onto one line is one long paragraph): a second opening curly mark while one
 * is open ends the first quote before it, since English nests with single marks, not double; and
 * an unclosed quote stops after {@value #MAX_UNCLOSED_LENGTH} characters, at a sentence end where
 * there is one. The scan is linear in the text's length. Thread-safe.
 */
public final class QuoteFinder {

  /** Longest stretch an unclosed quote may run: a long quoted paragraph, not an article. */
  public static final int MAX_UNCLOSED_LENGTH = 2_000;

  /**
   * How far to look for the mark closing a single-quoted stretch. Single-quoted stretches are
   * titles and quotes within headlines, short; an unbounded look for each of thousands of opening
   * marks with no close made a paragraph's scan quadratic.
   */
  static final int MAX_SINGLE_QUOTE_LENGTH = 500;

  /** The quotes found and the diagnostics raised. */
  public record Found(List<QuoteSpan> quotes, List<Diagnostic> diagnostics) {}

  public Found find(PreparedText prepared) {
    String text = prepared.text();
    List<QuoteSpan> quotes = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<TextSpan> paragraphs = prepared.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      TextSpan paragraph = paragraphs.get(p);
      int unclosed = scanParagraph(text, paragraph, quotes, diagnostics);
      if (unclosed >= 0) {
        int end = unclosedEnd(text, unclosed, paragraph.end());
        // The quote ends with its paragraph. When the next paragraph reopens with a quote mark this
        // is a multi-paragraph quote, news style, and the next part is found as a quote of its own.
        quotes.add(quote(text, unclosed, end, false));
        boolean continues =
            end == paragraph.end()
                && p + 1 < paragraphs.size()
                && (QuoteMarks.isDoubleOpen(text.charAt(paragraphs.get(p + 1).begin()))
                    || opensDoubled(text, paragraphs.get(p + 1).begin(), paragraphs.get(p + 1).end()));
        if (!continues) {
          diagnostics.add(unclosed(text, unclosed, end == paragraph.end()
              ? "a quote opens here and is not closed before the paragraph ends"
              : "a quote opens here and is not closed; it was cut after " + (end - unclosed)
                  + " characters rather than run to its paragraph's end"));
        }
      }
    }
    return new Found(quotes, diagnostics);
  }

  private static Diagnostic unclosed(String text, int mark, String message) {
    return Diagnostic.at("unclosed-quote", message, TextSpan.of(text, mark, mark + 1));
  }

  /**
   * Where an unclosed quote opened at {@code open} ends: its paragraph's end when that is near;
   * else just after the last sentence end ({@code . ! ?} and a space) within {@link
   * #MAX_UNCLOSED_LENGTH}, else at the last space within it, else at the limit.
   */
  private static int unclosedEnd(String text, int open, int paragraphEnd) {
    int limit = open + MAX_UNCLOSED_LENGTH;
    if (paragraphEnd <= limit) {
      return paragraphEnd;
    }
    int space = -1;
    for (int i = limit; i > open + 1; i--) {
      char before = text.charAt(i - 1);
      if (Character.isWhitespace(text.charAt(i))) {
        if (before == '.' || before == '!' || before == '?') {
          return i;
        }
        if (space < 0) {
          space = i;
        }
      }
    }
    if (space > 0) {
      return space;
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  /**
   * Scans one paragraph for double-quoted stretches, adding closed ones to {@code quotes}.
   *
   * @return the offset of an opening mark left unclosed at the paragraph's end, or -1
   */
  private static int scanParagraph(
      String text, TextSpan paragraph, List<QuoteSpan> quotes, List<Diagnostic> diagnostics) {
    int open = -1;
    for (int i = paragraph.begin(); i < paragraph.end(); i++) {
      char c = text.charAt(i);
      if (open >= 0 && c == '\u201C' && text.charAt(open) == '\u201C') {
        // “a ... “b ...”: the first quote was never closed; it ends before the second opens.
        int end = unclosedEnd(text, open, trimEnd(text, open + 1, i));
        quotes.add(quote(text, open, end, false));
        diagnostics.add(unclosed(text, open, "a quote opens here and is not closed before the next quote opens"));
        open = i;
        continue;
      }
      if (open < 0) {
        if (opensDoubled(text, i, paragraph.end()) && atWordStart(text, i, paragraph)) {
          open = i;
          i++; // past the mark's second apostrophe
        } else if (QuoteMarks.isDoubleOpen(c) && opensHere(text, i, paragraph) || opensReversed(text, i, paragraph)) {
          open = i;
        } else if (c == '\u2018' && opensSingle(text, i, paragraph)) {
          int close = findSingleClose(text, i + 1, Math.min(paragraph.end(), i + 1 + MAX_SINGLE_QUOTE_LENGTH));
          if (close > 0) {
            quotes.add(quote(text, i, close + 1, true));
            i = close;
          }
        }
      } else if (isDoubledMark(text, open)) {
        // ''...'': only the same doubled mark closes it; straight and curly marks are inside it
        if (closesDoubled(text, i, paragraph.end()) && closesHere(text, i + 1, paragraph)) {
          quotes.add(quote(text, open, i + 2, true));
          open = -1;
          i++;
        }
      } else if (QuoteMarks.isDoubleClose(c) && (c != QuoteMarks.STRAIGHT || closesHere(text, i, paragraph))) {
        quotes.add(quote(text, open, i + 1, true));
        open = -1;
      }
    }
    return open;
  }

  /**
   * Whether two apostrophes standing for a double quote mark open at {@code i}, as in some
   * newspapers' plain-text feeds (''It's over,'' he said): the first two of a run of two, or of
   * three when a single quote opens right inside ({@code '''Old school,' he says ...''}).
   */
  static boolean opensDoubled(String text, int i, int end) {
    return isDoubledMark(text, i) && i + 1 < end && (i == 0 || text.charAt(i - 1) != '\'')
        && apostropheRun(text, i, end) <= 3;
  }

  /**
   * Whether the doubled mark closing such a quote is at {@code i}: the last two of a run of two,
   * or of three when a single quote closes right before it ({@code the word 'old-school,'''}).
   */
  static boolean closesDoubled(String text, int i, int end) {
    if (!isDoubledMark(text, i) || i + 1 >= end || i + 2 < end && text.charAt(i + 2) == '\'') {
      return false;
    }
    int first = i;
    while (first > 0 && text.charAt(first - 1) == '\'') {
      first--;
    }
    return i - first <= 1;
  }

  /** Whether two apostrophes stand at {@code i}. */
  private static boolean isDoubledMark(String text, int i) {
    return i + 1 < text.length() && text.charAt(i) == '\'' && text.charAt(i + 1) == '\'';
  }

  /** How many apostrophes run from {@code i} on, up to {@code end}. */
  private static int apostropheRun(String text, int i, int end) {
    int j = i;
    while (j < end && text.charAt(j) == '\'') {
      j++;
    }
    return j - i;
  }

  /**
   * A right double mark that opens its paragraph before a letter or digit opens a quote: there is
   * nothing before it to close, so it is a left mark mistyped (”Fear. I am truly afraid ...”, as
   * some sites print reader comments).
   */
  private static boolean opensReversed(String text, int i, TextSpan paragraph) {
    return text.charAt(i) == '\u201D' && i == paragraph.begin() && i + 1 < paragraph.end()
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** A straight mark opens a quote unless it directly follows a letter or digit (12" pipe). */
  private static boolean opensHere(String text, int i, TextSpan paragraph) {
    return text.charAt(i) != QuoteMarks.STRAIGHT || atWordStart(text, i, paragraph);
  }

  /** Not right after a letter or digit: {@code 5'10''} and {@code Jones''} open no quote. */
  private static boolean atWordStart(String text, int i, TextSpan paragraph) {
    return i == paragraph.begin() || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  /** A straight mark closes a quote unless a letter or digit follows it directly. */
  private static boolean closesHere(String text, int i, TextSpan paragraph) {
    return i + 1 >= paragraph.end() || !Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** A left single mark opens a quote at a word start followed by a letter or digit. */
  private static boolean opensSingle(String text, int i, TextSpan paragraph) {
    return atWordStart(text, i, paragraph) && i + 1 < paragraph.end() && Character.isLetterOrDigit(text.charAt(i + 1));
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

  /** {@code end} moved back over white space, to no less than {@code floor}. */
  private static int trimEnd(String text, int floor, int end) {
    while (end > floor && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static QuoteSpan quote(String text, int begin, int end, boolean closed) {
    int mark = isDoubledMark(text, begin) ? 2 : 1;
    int contentBegin = Math.min(begin + mark, end);
    int contentEnd = closed ? end - mark : end;
    return new QuoteSpan(
        TextSpan.of(text, begin, end), TextSpan.of(text, contentBegin, Math.max(contentBegin, contentEnd)), closed);
  }
}
