package org.claimspan.internal.attribution.bounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * The places where a cue could begin and end instead of where the rules put them: the choices
 * {@link CueBoundaryModel} picks from. PolNeAR's cues take in what the writer uses to frame the
 * report, "[went on to explain]", "[issued a statement saying]", "[said Tuesday]", "[railed at]",
 * "[appeared pleased with]", and leave out much the same words elsewhere ("said [in an interview]"
 * 102 times in train, left out 121). A start may move back over the words between the source (or
 * the sentence's start) and the cue, or in up to the cue's head; an end may move on over the words
 * between the cue and its content (or the sentence's end) and over the first words of a content of
 * one part that follows it ("[declared war on] the United States"), or back down to the head.
 * Neither moves over punctuation, nor into the source, nor over a whole content. Token indexes are document-wide and
 * inclusive. Immutable and thread-safe.
 *
 * @param first the rules' first cue token
 * @param last the rules' last cue token
 * @param head the cue's head: its token whose parse head lies outside it
 * @param starts the first-token choices in text order, {@code first} among them
 * @param ends the last-token choices in text order, {@code last} among them
 * @param contentFirst the content's first token (the nearest part's), for the features
 */
record CueBoundaryChoices(int first, int last, int head, List<Integer> starts, List<Integer> ends, int contentFirst) {

  /** Most words a bound moves over: a framing phrase is short. */
  private static final int MAX_SHIFT = 8;

  CueBoundaryChoices {
    starts = List.copyOf(starts);
    ends = List.copyOf(ends);
  }

  /**
   * The choices for a cue, or empty when it covers no whole token.
   *
   * @param cue the cue's span
   * @param source the source's span, if any
   * @param parts the content's parts
   */
  static Optional<CueBoundaryChoices> of(DependencyTree tree, TextSpan cue, Optional<TextSpan> source,
      List<TextSpan> parts) {
    int[] range = tree.tokenRange(cue.begin(), cue.end());
    if (range == null) {
      return Optional.empty();
    }
    int first = range[0];
    int last = range[1];
    int head = TokenRanges.headOf(tree, first, last);
    Sentence sentence = tree.sentenceOf(head);
    int floor = sentence.firstToken();
    int ceiling = sentence.endToken() - 1;
    // a content of one part right after the cue lends it its first words: "declared [war on] the
    // United States", "likened [the rules to] ..."; the content then starts after the cue
    int[] lending = parts.size() == 1 ? tree.tokenRange(parts.get(0).begin(), parts.get(0).end()) : null;
    boolean lends = lending != null && lending[0] > last && lending[1] > lending[0];
    List<TextSpan> taken = new ArrayList<>(lends ? List.of() : parts);
    source.ifPresent(taken::add);
    int contentFirst = -1;
    for (TextSpan span : taken) {
      int[] other = tree.tokenRangeCovering(span.begin(), span.end());
      if (other == null) {
        continue;
      }
      if (other[1] < first) {
        floor = Math.max(floor, other[1] + 1);
      } else if (other[0] > last) {
        ceiling = Math.min(ceiling, other[0] - 1);
      }
    }
    for (TextSpan part : parts) {
      int[] other = tree.tokenRangeCovering(part.begin(), part.end());
      if (other != null && (contentFirst < 0 || Math.abs(other[0] - last) < Math.abs(contentFirst - last))) {
        contentFirst = other[0];
      }
    }
    List<Integer> starts = new ArrayList<>();
    for (int i = first - 1; i >= Math.max(floor, first - MAX_SHIFT) && isWord(tree.token(i)); i--) {
      starts.add(0, i);
    }
    for (int i = first; i <= head; i++) {
      starts.add(i);
    }
    List<Integer> ends = new ArrayList<>();
    for (int i = head; i <= last; i++) {
      ends.add(i);
    }
    if (lends) {
      ceiling = Math.min(ceiling, lending[1] - 1); // the content keeps a word at least
    }
    for (int i = last + 1; i <= Math.min(ceiling, last + MAX_SHIFT) && isWord(tree.token(i)); i++) {
      ends.add(i);
    }
    return Optional.of(new CueBoundaryChoices(first, last, head, starts, ends, contentFirst));
  }

  /**
   * Whether a token is a word a cue may take in: anything with a letter or digit ("’s" and "n't"
   * too, which start with a mark), not punctuation alone.
   */
  static boolean isWord(Token token) {
    return token.word().codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
