package org.claimspan.internal.attribution.bounds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimspan.internal.quote.QuoteEdges;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.AttributionKind;
import org.claimspan.spi.Token;

/**
 * The features {@link ContentBoundaryModel} judges one boundary choice by: the words on both sides
 * of the boundary, how the words it would add or drop hang in the parse (on the cue, on the words
 * kept, or elsewhere, and by which relation), whether they form a clause of their own, how far the
 * choice lies from the rules' boundary, and the content's kind and cue. End choices and start
 * choices have features of their own ({@code e.} and {@code s.} prefixes) and share one model.
 * Stateless and thread-safe.
 */
final class ContentBoundaryFeatures {
  private ContentBoundaryFeatures() {}

  /** Closed-class words whose identity matters at a boundary; other words stand as their tag. */
  private static final Set<String> FUNCTION_TAGS = Set.of("CC", "IN", "TO", "WDT", "WP", "WP$", "WRB", "DT", "MD", "RB", "PRP");

  /** Top nodes (of the words added or dropped) described, at most: a long stretch has many. */
  private static final int MAX_TOPS = 3;

  /**
   * The features of ending the content at token {@code last}.
   *
   * @param kind the rules' content kind
   * @param cueLemma the cue's lemma, lower case
   */
  static List<String> end(DependencyTree tree, ContentBoundaryChoices choices, int last, QuoteEdges quotes,
      AttributionKind kind, String cueLemma) {
    List<String> f = new ArrayList<>();
    String direction = last == choices.end() ? "base" : last < choices.end() ? "in" : "out";
    f.add("e.bias");
    f.add("e.dir=" + direction);
    String context = "|" + kind + "|" + (choices.afterCue() ? "after" : "before");
    f.add("e.dir+ctx=" + direction + context);
    f.add("e.sentenceEnd=" + (last == choices.sentenceLast()));
    int next = last + 1;
    String nextWord = next < tree.size() && next <= choices.sentenceLast() + 1 ? word(tree.token(next)) : "END";
    String afterNext = next + 1 < tree.size() && next + 1 <= choices.sentenceLast() ? word(tree.token(next + 1)) : "END";
    f.add("e.next=" + nextWord);
    f.add("e.next2=" + nextWord + "_" + afterNext);
    f.add("e.next+dir=" + nextWord + "|" + direction);
    f.add("e.last=" + word(tree.token(last)));
    f.add("e.lastQuote=" + quotes.closes(tree.token(last)));
    boolean cutInQuote = next < tree.size() && next <= choices.sentenceLast() + 1
        && quotes.openingAround(tree.token(next).begin()) >= tree.token(choices.start()).begin();
    f.add("e.cutInQuote=" + cutInQuote);
    f.add("e.kept=" + bucket(last - choices.start() + 1));
    f.add("e.breaks=" + direction + "|" + Math.min(3, breaksBetween(tree, choices, last, quotes)));
    if (last != choices.end()) {
      int first = Math.min(last, choices.end()) + 1;
      int stretchLast = Math.max(last, choices.end());
      int keptLast = Math.min(last, choices.end());
      String prefix = "e." + direction + ".";
      f.add(prefix + "len=" + bucket(stretchLast - first + 1));
      for (String top : tops(tree, choices, first, stretchLast, keptLast)) {
        f.add(prefix + "top=" + top);
        f.add(prefix + "top+next=" + top + "|" + nextWord);
      }
      int firstWord = firstWord(tree, first, stretchLast);
      f.add(prefix + "firstWord=" + word(tree.token(firstWord)));
      f.add(prefix + "firstWord+kind=" + word(tree.token(firstWord)) + "|" + kind);
      f.add(prefix + "toSentenceEnd=" + (stretchLast == choices.sentenceLast()));
      f.add(prefix + "words=" + lower(tree.token(firstWord)) + "_" + (firstWord < stretchLast ? lower(tree.token(firstWord + 1)) : "END"));
      f.add(prefix + "ner=" + entityKinds(tree, first, stretchLast));
      f.add(prefix + "headLemma=" + tree.token(TokenRanges.headOf(tree, first, stretchLast)).lemma());
      f.add(prefix + "holdsRoot=" + (choices.root() >= first && choices.root() <= stretchLast));
      f.add(prefix + "quoteInside=" + hasQuoteMark(tree, first, stretchLast, quotes));
      f.add(prefix + "finite=" + hasFiniteVerb(tree, first, stretchLast));
      f.add(prefix + "subject=" + hasSubject(tree, first, stretchLast));
      f.add(prefix + "lemma=" + cueLemma);
      f.add(prefix + "kind=" + kind);
    } else {
      f.add("e.base.lemma=" + cueLemma);
      f.add("e.base.next=" + nextWord + context);
    }
    return f;
  }

  /**
   * The features of starting the content at token {@code first}.
   *
   * @param kind the rules' content kind
   * @param cueLemma the cue's lemma, lower case
   */
  static List<String> start(DependencyTree tree, ContentBoundaryChoices choices, int first, QuoteEdges quotes,
      AttributionKind kind, String cueLemma) {
    List<String> f = new ArrayList<>();
    boolean moved = first != choices.start();
    String context = "|" + kind + "|" + (choices.afterCue() ? "after" : "before")
        + "|" + (choices.start() == choices.cueLast() + 1 ? "adjacent" : "apart");
    f.add("s.bias");
    f.add("s.moved=" + moved);
    f.add("s.moved+ctx=" + moved + context);
    String firstWord = word(tree.token(first));
    String previous = first > 0 ? word(tree.token(first - 1)) : "BEGIN";
    f.add("s.first=" + firstWord);
    f.add("s.previous=" + previous);
    f.add("s.previous+first=" + previous + "_" + firstWord);
    f.add("s.firstQuote=" + quotes.opens(tree.token(first)));
    if (moved) {
      int droppedLast = first - 1;
      f.add("s.dropped=" + bucket(droppedLast - choices.start() + 1));
      f.add("s.dropped+lemma=" + bucket(droppedLast - choices.start() + 1) + "|" + cueLemma);
      f.add("s.previous+lemma=" + previous + "|" + cueLemma);
      for (String top : tops(tree, choices, choices.start(), droppedLast, -1)) {
        f.add("s.top=" + top);
      }
      f.add("s.finite=" + hasFiniteVerb(tree, choices.start(), droppedLast));
      f.add("s.holdsRoot=" + (choices.root() <= droppedLast));
      f.add("s.previous+ctx=" + previous + context);
    } else {
      f.add("s.base.first+lemma=" + firstWord + "|" + cueLemma);
      f.add("s.base.first+ctx=" + firstWord + context);
    }
    return f;
  }

  /** A token as a feature value: closed-class words and punctuation as themselves, others by tag. */
  private static String word(Token token) {
    if (token.isPunctuation() || FUNCTION_TAGS.contains(token.pos())) {
      return token.word().toLowerCase(Locale.ROOT);
    }
    return token.pos();
  }

  /**
   * How the stretch {@code [first, last]} hangs in the parse: for each of its top nodes (tokens
   * whose head lies outside it), where the head is (the cue, the content kept up to {@code
   * keptLast}, or elsewhere) and the node's relation and tag.
   */
  private static List<String> tops(DependencyTree tree, ContentBoundaryChoices choices, int first, int last,
      int keptLast) {
    Set<String> tops = new LinkedHashSet<>();
    int keptRoot = keptLast >= 0 ? TokenRanges.headOf(tree, choices.start(), keptLast) : -1;
    for (int i = first; i <= last && tops.size() < MAX_TOPS; i++) {
      Token token = tree.token(i);
      int head = token.head();
      if (head >= first && head <= last || token.isPunctuation()) {
        continue;
      }
      String where = head == choices.cueHead() || head >= choices.cueFirst() && head <= choices.cueLast() ? "cue"
          : keptLast >= 0 && head >= choices.start() && head <= keptLast
              ? head == keptRoot ? "keptRoot" : "kept"
          : head < 0 ? "root" : head > last ? "later" : "elsewhere";
      boolean clause = tree.child(i, "nsubj") >= 0 || tree.child(i, "csubj") >= 0;
      tops.add(where + "|" + token.relation() + "|" + token.pos() + "|" + (clause ? "clause" : "phrase"));
    }
    return List.copyOf(tops);
  }

  private static String lower(Token token) {
    return token.word().toLowerCase(Locale.ROOT);
  }

  /** The entity tags in a stretch, in order of first appearance ("O" alone when it names nothing). */
  private static String entityKinds(DependencyTree tree, int first, int last) {
    Set<String> kinds = new LinkedHashSet<>();
    for (int i = first; i <= last; i++) {
      kinds.add(tree.token(i).ner());
    }
    kinds.remove("O");
    return kinds.isEmpty() ? "O" : String.join("+", kinds);
  }

  /** The stretch's first token that is no punctuation, or its first token. */
  private static int firstWord(DependencyTree tree, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (!tree.token(i).isPunctuation()) {
        return i;
      }
    }
    return first;
  }

  private static boolean hasQuoteMark(DependencyTree tree, int first, int last, QuoteEdges quotes) {
    for (int i = first; i <= last; i++) {
      if (quotes.opens(tree.token(i)) || quotes.closes(tree.token(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasFiniteVerb(DependencyTree tree, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (tree.token(i).isFiniteVerb()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSubject(DependencyTree tree, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (tree.hasRelation(i, "nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** How many break tokens lie between the choice and the rules' end. */
  private static int breaksBetween(DependencyTree tree, ContentBoundaryChoices choices, int last, QuoteEdges quotes) {
    int count = 0;
    for (int i = Math.min(last, choices.end()) + 1; i <= Math.max(last, choices.end()); i++) {
      if (ContentBoundaryChoices.isBreak(tree.token(i), quotes)) {
        count++;
      }
    }
    return count;
  }

  private static String bucket(int tokens) {
    return tokens <= 1 ? "1" : tokens <= 3 ? "2-3" : tokens <= 7 ? "4-7" : tokens <= 15 ? "8-15" : tokens <= 30 ? "16-30" : "31+";
  }
}
