package org.claimspan.internal.attribution.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.model.TextSpan;

/**
 * Quotations credited by a dash and a name after them, as pull quotes, reader comments and fact
 * checks print them: "“He represents our greatest shame.” ― Sonya Herridge", "“... pay zero
 * taxes.”⏎⏎- Sanders." PolNeAR annotates the dash as the cue and the name as the source (train: 6
 * of the 7 such quotations, the seventh credits a news agency). Works on characters, so a text
 * without a parse gets them too. Stateless and thread-safe; offsets are UTF-16 indexes into the
 * text.
 */
final class DashBylines {
  /**
   * A quotation with the dash and the name that credit it.
   *
   * @param quote the closed quotation
   * @param dash the dash
   * @param name the name after it, without a final full stop
   */
  record Byline(QuoteSpan quote, TextSpan dash, TextSpan name) {}

  /** Longest name, in words: "Julie A. Diaz Martinez", "Christina N Luis Olidem". */
  private static final int MAX_NAME_WORDS = 5;
  /** Line breaks allowed between the closing mark and the dash: the dash may open the next paragraph. */
  private static final int MAX_LINE_BREAKS = 2;
  /** Lower-case words a name may hold between its capitalised ones: "Oscar de la Hoya". */
  private static final Set<String> NAME_PARTICLES = Set.of("de", "la", "del", "van", "von", "der", "da", "bin", "al");
  /** Abbreviations a name may begin with, their full stop included. */
  private static final Set<String> TITLE_ABBREVIATIONS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.");

  private DashBylines() {}

  /**
   * The bylines of the closed quotations that open a line or a sentence.
   *
   * @param text the whole text
   * @param quotes its quotations, in text order
   * @return the bylines in text order, possibly empty; never null
   */
  static List<Byline> find(String text, List<QuoteSpan> quotes) {
    List<Byline> bylines = new ArrayList<>();
    for (QuoteSpan quote : quotes) {
      if (quote.closed() && opensLineOrSentence(text, quote.span().begin())) {
        byline(text, quote).ifPresent(bylines::add);
      }
    }
    return bylines;
  }

  private static Optional<Byline> byline(String text, QuoteSpan quote) {
    int i = quote.span().end();
    int lineBreaks = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0')) {
      if (text.charAt(i) == '\n' && ++lineBreaks > MAX_LINE_BREAKS) {
        return Optional.empty();
      }
      i++;
    }
    int dashEnd = dashEnd(text, i);
    if (dashEnd < 0) {
      return Optional.empty();
    }
    TextSpan dash = TextSpan.of(text, i, dashEnd);
    i = skipSpaces(text, dashEnd);
    int nameEnd = nameEnd(text, i);
    return nameEnd < 0 ? Optional.empty() : Optional.of(new Byline(quote, dash, TextSpan.of(text, i, nameEnd)));
  }

  /** Where a dash at {@code i} ends ("--", "-", "–", "—", "―"), or -1 when none is there. */
  private static int dashEnd(String text, int i) {
    if (text.startsWith("--", i)) {
      return i + 2;
    }
    return i < text.length() && "-\u2013\u2014\u2015".indexOf(text.charAt(i)) >= 0 ? i + 1 : -1;
  }

  /**
   * Where a name of capitalised words starting at {@code i} ends, when the line or the sentence
   * ends with it (or a comma or parenthesis sets off what follows: "- Michelle Marks,
   * Philadelphia."), else -1: "– An immigrant himself –" is a subheading, not a byline.
   */
  private static int nameEnd(String text, int i) {
    int words = 0;
    int end = -1;
    while (words < MAX_NAME_WORDS) {
      int wordEnd = nameWordEnd(text, i, words == 0);
      if (wordEnd < 0) {
        break;
      }
      words++;
      end = wordEnd;
      if (wordEnd < text.length() && (text.charAt(wordEnd) == ' ' || text.charAt(wordEnd) == '\u00A0')) {
        i = wordEnd + 1;
      } else {
        break;
      }
    }
    return end >= 0 && endsName(text, end) ? end : -1;
  }

  /**
   * The end of one word of a name at {@code i}: a capitalised word ("Raúl", "O'Malley"), an
   * initial with or without its full stop ("G.", "N"), a title abbreviation first ("Mr."), or a
   * particle between capitalised words; -1 otherwise.
   */
  private static int nameWordEnd(String text, int i, boolean first) {
    if (i >= text.length()) {
      return -1;
    }
    int end = i;
    while (end < text.length() && (Character.isLetter(text.charAt(end)) || "'’-".indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    if (end == i) {
      return -1;
    }
    String word = text.substring(i, end);
    if (!Character.isUpperCase(word.charAt(0))) {
      return !first && NAME_PARTICLES.contains(word) ? end : -1;
    }
    boolean fullStop = end < text.length() && text.charAt(end) == '.';
    if (fullStop && (word.length() == 1 || first && TITLE_ABBREVIATIONS.contains(word + "."))) {
      return end + 1;
    }
    return end;
  }

  /** Whether a name ends at the end of the text, of its line or of its sentence, or before a comma or "(". */
  private static boolean endsName(String text, int end) {
    int i = end;
    if (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '(')) {
      return true;
    }
    if (i < text.length() && text.charAt(i) == '.') {
      i++;
    }
    i = skipSpaces(text, i);
    return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
  }

  /** Whether a quotation opens a line or follows the end of a sentence. */
  private static boolean opensLineOrSentence(String text, int begin) {
    int i = begin - 1;
    while (i >= 0 && isSpaceInLine(text.charAt(i))) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r' || ".!?".indexOf(text.charAt(i)) >= 0;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && isSpaceInLine(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A space, tab or no-break space: white space that does not end a line. */
  private static boolean isSpaceInLine(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }
}
