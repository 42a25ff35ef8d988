package org.claimspan.internal.attribution.bounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimspan.internal.quote.QuoteEdges;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Token;

/**
 * The places where a content of one part could begin and end instead of where the rules put them:
 * the choices {@link ContentBoundaryModel} picks from. An end may move back before any break in the
 * content (a comma, a dash, a conjunction, a preposition, a relative word, a quote mark) or on to
 * the next break or the sentence's last word; a start may move in past a preposition, a conjunction,
 * punctuation or a quote mark, or to a "that". PolNeAR draws these bounds by the writer's meaning
 * ("said [it made a mistake] when a pediatrician reported ...", "talked about [the crisis]"), which
 * no single rule follows; the choices are where they fall most often. Token indexes are
 * document-wide and inclusive. Immutable and thread-safe.
 *
 * @param cueFirst the cue's first token
 * @param cueLast the cue's last token
 * @param cueHead the cue's head: its token whose parse head lies outside it
 * @param start the rules' first content token
 * @param end the rules' last content token
 * @param root the content's head: its first token whose parse head lies outside it
 * @param sentenceLast the farthest end: the last word of the sentence where the content ends, or
 *     before the cue or source when the content comes before them in it
 * @param starts the first-token choices in text order, {@code start} among them
 * @param ends the last-token choices in text order, {@code end} among them
 */
record ContentBoundaryChoices(
    int cueFirst, int cueLast, int cueHead, int start, int end, int root, int sentenceLast, List<Integer> starts,
    List<Integer> ends) {

  /** Farthest an end moves back (in breaks), nearest first: long contents have many commas. */
  private static final int MAX_ENDS_BEFORE = 12;
  /** Farthest an end moves on (in breaks). */
  private static final int MAX_ENDS_AFTER = 6;
  /** A start moves in at most this many tokens: the words it drops are a cue's tail or a lead-in. */
  private static final int MAX_START_SHIFT = 8;

  private static final Set<String> BREAK_TAGS = Set.of("CC", "IN", "TO", "WDT", "WP", "WP$", "WRB");
  /** Punctuation a content or source may be cut before. */
  static final Set<String> BREAK_WORDS = Set.of(",", ";", ":", "--", "-", "\u2014", "\u2013", "\u2015", "(", ")");

  public ContentBoundaryChoices {
    starts = List.copyOf(starts);
    ends = List.copyOf(ends);
  }

  /**
   * The choices for a content of one part, or empty when the content covers no whole token, the cue
   * touches none, or the content lies across the cue.
   *
   * @param cue the cue's span
   * @param source the source's span, if any: no end choice takes it in
   * @param content the rules' content, one part
   * @param quotes where the document's quotations open and close
   */
  static Optional<ContentBoundaryChoices> of(
      DependencyTree tree, TextSpan cue, Optional<TextSpan> source, TextSpan content, QuoteEdges quotes) {
    int[] cueRange = tree.tokenRangeCovering(cue.begin(), cue.end());
    int[] range = tree.tokenRange(content.begin(), content.end());
    if (cueRange == null || range == null || range[0] <= cueRange[1] && range[1] >= cueRange[0]) {
      return Optional.empty();
    }
    int start = range[0];
    int end = range[1];
    int sentenceLast = beforeSource(tree, source, end, farthestEnd(tree, cueRange, start, end));
    Set<Integer> ends = new TreeSet<>();
    ends.add(end);
    ends.add(sentenceLast);
    List<Integer> before = new ArrayList<>();
    for (int next = start + 1; next <= end; next++) {
      endBefore(tree, next, start, quotes).ifPresent(before::add);
    }
    for (int i = Math.max(0, before.size() - MAX_ENDS_BEFORE); i < before.size(); i++) {
      ends.add(before.get(i));
    }
    int after = 0;
    for (int next = end + 2; next <= sentenceLast + 1 && after < MAX_ENDS_AFTER; next++) {
      Optional<Integer> choice = endBefore(tree, next, start, quotes).filter(last -> last > end);
      if (choice.isPresent() && ends.add(choice.get())) {
        after++;
      }
    }
    ends.removeIf(last -> last < start || last > sentenceLast);
    Set<Integer> starts = new TreeSet<>();
    starts.add(start);
    for (int first = start + 1; first <= Math.min(end, start + MAX_START_SHIFT); first++) {
      if (isStartAfterBreak(tree, first, quotes)) {
        starts.add(first);
      }
    }
    int cueHead = TokenRanges.headOf(tree, cueRange[0], cueRange[1]);
    return Optional.of(new ContentBoundaryChoices(cueRange[0], cueRange[1], cueHead, start, end,
        TokenRanges.headOf(tree, start, end), sentenceLast, new ArrayList<>(starts), new ArrayList<>(ends)));
  }

  /**
   * The last word of the sentence where the content ends, or of the words before the cue when the
   * content comes before it in that sentence ("[...], the senator said").
   */
  private static int farthestEnd(DependencyTree tree, int[] cueRange, int start, int end) {
    int sentenceLast = Math.max(end, TokenRanges.lastWord(tree, tree.sentenceOf(end), end));
    if (start < cueRange[0] && cueRange[0] <= sentenceLast) {
      return Math.max(end, TokenRanges.lastWordBefore(tree, cueRange[0], end));
    }
    return sentenceLast;
  }

  /** The farthest end, before the source when that stands between the content and it: "[...], the mayor said". */
  private static int beforeSource(DependencyTree tree, Optional<TextSpan> source, int end, int farthest) {
    int[] sourceRange = source.map(span -> tree.tokenRangeCovering(span.begin(), span.end())).orElse(null);
    if (sourceRange != null && sourceRange[0] > end && sourceRange[0] <= farthest) {
      return Math.max(end, TokenRanges.lastWordBefore(tree, sourceRange[0], end));
    }
    return farthest;
  }

  /**
   * The last token of a content that stops before token {@code next}, when a break stands there:
   * the word before it, or the closing quote mark itself when {@code next} follows one.
   */
  private static Optional<Integer> endBefore(DependencyTree tree, int next, int start, QuoteEdges quotes) {
    if (next >= tree.size()) {
      return Optional.empty();
    }
    Token token = tree.token(next);
    int previous = next - 1;
    if (previous < start) {
      return Optional.empty();
    }
    if (quotes.closes(tree.token(previous))) {
      return Optional.of(previous); // after a closing mark, whatever follows
    }
    if (!isBreak(token, quotes) || tree.token(previous).isPunctuation()) {
      return Optional.empty();
    }
    return Optional.of(previous);
  }

  /** Whether a content may start at token {@code first}, the token before it being a break, or itself a "that". */
  private static boolean isStartAfterBreak(DependencyTree tree, int first, QuoteEdges quotes) {
    Token token = tree.token(first);
    if (token.isPunctuation() && !quotes.opens(token)) {
      return false;
    }
    Token previous = tree.token(first - 1);
    return isBreak(previous, quotes) || token.word().toLowerCase(Locale.ROOT).equals("that");
  }

  /**
   * Whether a content may be cut before a token: punctuation, a quote mark, a conjunction, a
   * preposition, a relative word.
   */
  static boolean isBreak(Token token, QuoteEdges quotes) {
    return BREAK_WORDS.contains(token.word()) || BREAK_TAGS.contains(token.pos())
        || quotes.opens(token) || quotes.closes(token);
  }

  /** Whether the content lies after its cue. */
  boolean afterCue() {
    return start > cueLast;
  }
}
