package org.claimspan.internal.attribution.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimspan.model.TextSpan;

/**
 * The turns of an interview transcript: lines that open with a speaker's name in capitals and a
 * colon, "TAPPER: And obviously, you’re supporting ...", "\"PENCE: Well, look, ...". PolNeAR
 * annotates each turn as one attribution, the name its source, the colon its cue and the rest of
 * the line its content, and annotates nothing inside a turn (train and dev: 21 annotated turns in
 * three transcripts, no cue inside one; a fourth transcript is not annotated at all). Works on
 * characters, so a text without a parse gets them too.
 * Stateless and thread-safe; offsets are UTF-16 indexes into the text.
 */
final class TranscriptTurns {
  /**
   * One turn.
   *
   * @param name the speaker's label, "JAKE TAPPER"
   * @param colon the colon after it
   * @param speech the rest of the line, without trailing white space and full stop
   */
  record Turn(TextSpan name, TextSpan colon, TextSpan speech) {}

  /**
   * A line-opening label of one to three words in capitals (an opening quote mark and a
   * parenthesised aside allowed), a colon, and words after it on the same line. The speech stops
   * at any line terminator that {@code ^} starts a line after, so that turns never overlap.
   */
  private static final Pattern LABEL = Pattern.compile(
      "(?m)^[\"\u201C]?(\\p{Lu}[\\p{Lu}.'\u2019-]+(?: \\p{Lu}[\\p{Lu}.'\u2019-]+){0,2})(?: \\([^)\\n]{1,40}\\))?(:)[ \\t\u00A0]+(\\S[^\\n\\r\u0085\u2028\u2029]*)");

  /** Fewest labelled lines that make a transcript: two speakers, one of them twice. */
  private static final int MIN_TURNS = 3;

  private TranscriptTurns() {}

  /**
   * The turns of a text that reads as a transcript: at least three labelled lines, a speaker
   * (by the last word of the label: "KATE BOULDUAN", then "BOULDUAN") labelled twice. A lone
   * "CORRECTION:" or "UPDATE:" line is no transcript.
   *
   * @param text the whole text
   * @return the turns in text order; empty, never null, when the text is no transcript
   */
  static List<Turn> find(String text) {
    List<Turn> turns = new ArrayList<>();
    Matcher matcher = LABEL.matcher(text);
    while (matcher.find()) {
      int speechEnd = matcher.end(3);
      while (speechEnd > matcher.start(3)
          && (Character.isWhitespace(text.charAt(speechEnd - 1)) || text.charAt(speechEnd - 1) == '.')) {
        speechEnd--;
      }
      turns.add(new Turn(
          TextSpan.of(text, matcher.start(1), matcher.end(1)),
          TextSpan.of(text, matcher.start(2), matcher.end(2)),
          TextSpan.of(text, matcher.start(3), speechEnd)));
    }
    return isDialogue(turns) ? turns : List.of();
  }

  private static boolean isDialogue(List<Turn> turns) {
    if (turns.size() < MIN_TURNS) {
      return false;
    }
    Set<String> speakers = new HashSet<>();
    for (Turn turn : turns) {
      String[] words = turn.name().text().split(" ");
      if (!speakers.add(words[words.length - 1].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
