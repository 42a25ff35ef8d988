package org.claimspan.internal.attribution.bounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.spi.Token;

/**
 * The features {@link CueBoundaryModel} judges one cue boundary choice by: the words it would take
 * in or leave out (each closed-class word or temporal name as itself, other words by tag), how they
 * hang on the cue's head, the word beyond the bound, whether the content starts right after it,
 * and the cue lemma. End choices and start choices have features of their own ({@code ce.} and
 * {@code cs.} prefixes) and share one model. Stateless and thread-safe.
 */
final class CueBoundaryFeatures {
  private CueBoundaryFeatures() {}

  /** Closed-class words whose identity matters in a cue's edge; other words stand as their tag. */
  private static final Set<String> FUNCTION_TAGS = Set.of("CC", "IN", "TO", "RP", "DT", "MD", "RB", "PRP", "PRP$",
      "WDT", "WP", "WRB", "EX", "PDT", "POS");

  /**
   * The features of ending the cue at token {@code last}.
   *
   * @param cueLemma the cue's lemma, lower case
   */
  static List<String> end(DependencyTree tree, CueBoundaryChoices choices, int last, String cueLemma) {
    String direction = last == choices.last() ? "base" : last < choices.last() ? "in" : "out";
    int next = last + 1;
    String nextWord = next < tree.size() ? word(tree.token(next)) : "END";
    List<String> f = new ArrayList<>();
    f.add("ce.dir=" + direction);
    f.add("ce.next=" + nextWord);
    f.add("ce.next+dir=" + nextWord + "|" + direction);
    f.add("ce.contentNext=" + (next == choices.contentFirst()) + "|" + direction);
    boolean intoContent = choices.contentFirst() > choices.last() && last >= choices.contentFirst();
    f.add("ce.intoContent=" + intoContent);
    if (intoContent) {
      f.add("ce.intoContent+lemma=" + cueLemma);
      f.add("ce.intoContent+last=" + word(tree.token(last)) + "|" + cueLemma);
    }
    f.add("ce.last=" + word(tree.token(last)));
    f.add("ce.last+lemma=" + word(tree.token(last)) + "|" + cueLemma);
    if (last != choices.last()) {
      int from = Math.min(last, choices.last()) + 1;
      int to = Math.max(last, choices.last());
      stretch(tree, choices, from, to, "ce." + direction + ".", cueLemma, f);
    }
    return f;
  }

  /**
   * The features of starting the cue at token {@code first}.
   *
   * @param cueLemma the cue's lemma, lower case
   */
  static List<String> start(DependencyTree tree, CueBoundaryChoices choices, int first, String cueLemma) {
    String direction = first == choices.first() ? "base" : first > choices.first() ? "in" : "out";
    String previous = first > 0 ? word(tree.token(first - 1)) : "BEGIN";
    List<String> f = new ArrayList<>();
    f.add("cs.dir=" + direction);
    f.add("cs.previous=" + previous);
    f.add("cs.previous+dir=" + previous + "|" + direction);
    f.add("cs.first=" + word(tree.token(first)));
    f.add("cs.first+lemma=" + word(tree.token(first)) + "|" + cueLemma);
    if (first != choices.first()) {
      int from = Math.min(first, choices.first());
      int to = Math.max(first, choices.first()) - 1;
      stretch(tree, choices, from, to, "cs." + direction + ".", cueLemma, f);
    }
    return f;
  }

  /** The features of the words {@code [from, to]} a choice takes in or leaves out. */
  private static void stretch(DependencyTree tree, CueBoundaryChoices choices, int from, int to, String prefix,
      String cueLemma, List<String> f) {
    StringBuilder shape = new StringBuilder();
    for (int i = from; i <= to; i++) {
      Token token = tree.token(i);
      String word = word(token);
      shape.append(shape.length() == 0 ? "" : "_").append(word);
      f.add(prefix + "word=" + word);
      int head = token.head();
      if (head < from || head > to) {
        String where = head == choices.head() ? "head"
            : head >= choices.first() && head <= choices.last() ? "cue" : "other";
        f.add(prefix + "hang=" + where + "|" + token.relation());
      }
    }
    int length = to - from + 1;
    f.add(prefix + "shape=" + (length <= 4 ? shape : "long"));
    f.add(prefix + "length=" + Math.min(length, 5));
    f.add(prefix + "lemma=" + cueLemma);
    f.add(prefix + "first+lemma=" + word(tree.token(from)) + "|" + cueLemma);
  }

  /**
   * Words that tell when something was said, which PolNeAR's cues take in about half the time
   * ("[said Tuesday]"): the backend's entity tagger has no dates, so they are listed.
   */
  private static final Set<String> WHEN = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday", "tonight", "tomorrow", "recently", "earlier", "later", "again", "also", "then",
      "now", "week", "month", "year", "night", "morning", "afternoon", "evening", "last", "this", "ago");

  /** A token as a feature value: closed-class words and words of time as themselves, others by tag. */
  private static String word(Token token) {
    String lower = token.word().toLowerCase(Locale.ROOT);
    if (FUNCTION_TAGS.contains(token.pos()) || WHEN.contains(lower) || !CueBoundaryChoices.isWord(token)) {
      return lower;
    }
    return token.pos();
  }
}
