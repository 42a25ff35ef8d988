package org.claimspan.internal.attribution.bounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * The places where a source could begin and end instead of where the rules put them: the choices
 * {@link SourceBoundaryModel} picks from. PolNeAR's sources are the speaker as written, with or
 * without the asides a writer hangs on a name ("[Jack Mozloom, a spokesman for the federation,]
 * said", "[Pence], who is running for reelection, said", "[Sen. Ted Cruz (R-Tex.)]"), and its
 * annotators keep an aside about as often as they leave it out. An end may move back before a
 * break inside the source (a comma, a dash, a parenthesis, a conjunction, a relative word, a
 * preposition) or on over the words up to the cue, the content or the sentence's end, stopping at
 * each break; a start may move in past a break or a leading word, or back over a few words to the
 * sentence's start or the nearest cue or content. Token indexes are document-wide and inclusive.
 * Immutable and thread-safe.
 *
 * @param start the rules' first source token
 * @param end the rules' last source token
 * @param head the source's head: its token whose parse head lies outside it
 * @param cueFirst the cue's first token
 * @param cueHead the cue's head
 * @param starts the first-token choices in text order, {@code start} among them
 * @param ends the last-token choices in text order, {@code end} among them
 */
record SourceBoundaryChoices(
    int start, int end, int head, int cueFirst, int cueHead, List<Integer> starts, List<Integer> ends) {

  /** Most words a bound moves over outside the source. */
  private static final int MAX_REACH = 12;
  /** Most words a start moves in. */
  private static final int MAX_START_SHIFT = 6;

  private static final Set<String> BREAK_TAGS = Set.of("CC", "IN", "WDT", "WP", "WP$", "WRB");

  SourceBoundaryChoices {
    starts = List.copyOf(starts);
    ends = List.copyOf(ends);
  }

  /**
   * The choices for a source, or empty when it or the cue covers no whole token.
   *
   * @param source the rules' source
   * @param cue the cue's span
   * @param parts the content's parts
   */
  static Optional<SourceBoundaryChoices> of(DependencyTree tree, TextSpan source, TextSpan cue, List<TextSpan> parts) {
    int[] range = tree.tokenRange(source.begin(), source.end());
    int[] cueRange = tree.tokenRangeCovering(cue.begin(), cue.end());
    if (range == null || cueRange == null) {
      return Optional.empty();
    }
    int start = range[0];
    int end = range[1];
    Sentence sentence = tree.sentenceOf(start);
    int floor = sentence.firstToken();
    int ceiling = sentence.endToken() - 1;
    List<int[]> taken = new ArrayList<>();
    taken.add(cueRange);
    for (TextSpan part : parts) {
      int[] other = tree.tokenRangeCovering(part.begin(), part.end());
      if (other != null) {
        taken.add(other);
      }
    }
    for (int[] other : taken) {
      if (other[1] < start) {
        floor = Math.max(floor, other[1] + 1);
      } else if (other[0] > end) {
        ceiling = Math.min(ceiling, other[0] - 1);
      }
    }
    Set<Integer> ends = new TreeSet<>();
    ends.add(end);
    for (int next = start + 1; next <= end; next++) {
      if (isBreak(tree.token(next)) && !tree.token(next - 1).isPunctuation()) {
        ends.add(next - 1);
      }
    }
    for (int i = end + 1; i <= Math.min(ceiling, end + MAX_REACH); i++) {
      boolean beforeBreak = i == ceiling || isBreak(tree.token(i + 1));
      if (beforeBreak && CueBoundaryChoices.isWord(tree.token(i)) || closesAside(tree, start, i)) {
        ends.add(i); // a word before a break, or the closing mark of an aside: "[Lee – a Cubs fan –]"
      }
    }
    Set<Integer> starts = new TreeSet<>();
    starts.add(start);
    for (int first = start + 1; first <= Math.min(end, start + MAX_START_SHIFT); first++) {
      if (CueBoundaryChoices.isWord(tree.token(first))) {
        starts.add(first);
      }
    }
    for (int first = start - 1; first >= Math.max(floor, start - MAX_REACH); first--) {
      if (CueBoundaryChoices.isWord(tree.token(first)) && (first == floor || isBreak(tree.token(first - 1)))) {
        starts.add(first);
      }
    }
    return Optional.of(new SourceBoundaryChoices(start, end, TokenRanges.headOf(tree, start, end), cueRange[0],
        TokenRanges.headOf(tree, cueRange[0], cueRange[1]), new ArrayList<>(starts), new ArrayList<>(ends)));
  }

  /** Whether a source may be cut before a token: punctuation, a conjunction, a preposition, a relative word. */
  static boolean isBreak(Token token) {
    return ContentBoundaryChoices.BREAK_WORDS.contains(token.word()) || BREAK_TAGS.contains(token.pos());
  }

  /**
   * Whether token {@code i} closes an aside the source opened: a dash after a dash, a parenthesis
   * after an opening one, in {@code [start, i)}.
   */
  private static boolean closesAside(DependencyTree tree, int start, int i) {
    String word = tree.token(i).word();
    boolean dash = DASHES.contains(word);
    if (!dash && !word.equals(")")) {
      return false;
    }
    for (int j = start; j < i; j++) {
      String before = tree.token(j).word();
      if (dash ? DASHES.contains(before) : before.equals("(")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> DASHES = Set.of("--", "-", "\u2014", "\u2013", "\u2015");
}
