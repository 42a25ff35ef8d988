package org.claimspan.internal.attribution.bounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.spi.Token;

/**
 * The features {@link SourceBoundaryModel} judges one source boundary choice by: the words it
 * would take in or leave out (closed-class words as themselves, others by tag), how they hang on
 * the source's head (an appositive, a relative clause, a prepositional phrase), whether they hold a
 * verb or a name, the words on both sides of the bound, the source's form and side of the cue, and
 * the cue lemma. End choices and start choices have features of their own ({@code se.} and {@code
 * ss.} prefixes) and share one model. Stateless and thread-safe.
 */
final class SourceBoundaryFeatures {
  private SourceBoundaryFeatures() {}

  private static final Set<String> FUNCTION_TAGS = Set.of("CC", "IN", "TO", "DT", "WDT", "WP", "WP$", "WRB", "PRP",
      "PRP$", "POS", "MD", "RB");

  /**
   * The features of ending the source at token {@code last}.
   *
   * @param cueLemma the cue's lemma, lower case
   */
  static List<String> end(DependencyTree tree, SourceBoundaryChoices choices, int last, String cueLemma) {
    String direction = last == choices.end() ? "base" : last < choices.end() ? "in" : "out";
    String context = context(tree, choices);
    int next = last + 1;
    String nextWord = next < tree.size() ? word(tree.token(next)) : "END";
    List<String> f = new ArrayList<>();
    f.add("se.dir=" + direction);
    f.add("se.dir+ctx=" + direction + context);
    f.add("se.next=" + nextWord);
    f.add("se.next+dir=" + nextWord + "|" + direction);
    f.add("se.next2=" + nextWord + "_" + (next + 1 < tree.size() ? word(tree.token(next + 1)) : "END"));
    f.add("se.last=" + word(tree.token(last)));
    f.add("se.cueNext=" + (next == choices.cueFirst()) + "|" + direction);
    if (last != choices.end()) {
      int from = Math.min(last, choices.end()) + 1;
      int to = Math.max(last, choices.end());
      stretch(tree, choices, from, to, "se." + direction + ".", cueLemma, f);
    }
    return f;
  }

  /**
   * The features of starting the source at token {@code first}.
   *
   * @param cueLemma the cue's lemma, lower case
   */
  static List<String> start(DependencyTree tree, SourceBoundaryChoices choices, int first, String cueLemma) {
    String direction = first == choices.start() ? "base" : first > choices.start() ? "in" : "out";
    String previous = first > 0 ? word(tree.token(first - 1)) : "BEGIN";
    List<String> f = new ArrayList<>();
    f.add("ss.dir=" + direction);
    f.add("ss.dir+ctx=" + direction + context(tree, choices));
    f.add("ss.previous=" + previous);
    f.add("ss.previous+dir=" + previous + "|" + direction);
    f.add("ss.first=" + word(tree.token(first)));
    f.add("ss.first+dir=" + word(tree.token(first)) + "|" + direction);
    if (first != choices.start()) {
      int from = Math.min(first, choices.start());
      int to = Math.max(first, choices.start()) - 1;
      stretch(tree, choices, from, to, "ss." + direction + ".", cueLemma, f);
    }
    return f;
  }

  /** The source's form (by its head's tag) and side of the cue. */
  private static String context(DependencyTree tree, SourceBoundaryChoices choices) {
    return "|" + tree.token(choices.head()).pos() + "|" + (choices.end() < choices.cueFirst() ? "before" : "after");
  }

  /** The features of the words {@code [from, to]} a choice takes in or leaves out. */
  private static void stretch(DependencyTree tree, SourceBoundaryChoices choices, int from, int to, String prefix,
      String cueLemma, List<String> f) {
    StringBuilder shape = new StringBuilder();
    boolean verb = false;
    boolean name = false;
    for (int i = from; i <= to; i++) {
      Token token = tree.token(i);
      shape.append(shape.length() == 0 ? "" : "_").append(word(token));
      verb |= token.isVerb();
      name |= token.ner().equals("PERSON") || token.ner().equals("ORGANIZATION");
      int head = token.head();
      if ((head < from || head > to) && !token.isPunctuation()) {
        String where = head == choices.head() ? "head"
            : head >= choices.start() && head <= choices.end() ? "source"
            : head == choices.cueHead() ? "cue" : "other";
        f.add(prefix + "hang=" + where + "|" + token.relation() + "|" + token.pos());
      }
    }
    int length = to - from + 1;
    f.add(prefix + "shape=" + (length <= 3 ? shape : "long"));
    f.add(prefix + "length=" + Math.min(length, 8));
    f.add(prefix + "verb=" + verb);
    f.add(prefix + "name=" + name);
    f.add(prefix + "firstWord=" + word(tree.token(from)));
    f.add(prefix + "firstWord+lemma=" + word(tree.token(from)) + "|" + cueLemma);
  }

  private static String word(Token token) {
    if (token.isPunctuation() || FUNCTION_TAGS.contains(token.pos())) {
      return token.word().toLowerCase(Locale.ROOT);
    }
    return token.pos();
  }
}
