package org.claimspan.internal.syntax;

import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimspan.spi.AnalyzedText;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * Navigation over an analysed text's dependency parse: children, subtrees, token ranges.
 * Immutable after construction; thread-safe. Token indexes are document-wide.
 */
public final class DependencyTree {
  private final AnalyzedText analysis;
  private final List<List<Integer>> children;
  /** Offset of the text's first line break, or its length when it has none. */
  private final int firstLineEnd;

  public DependencyTree(AnalyzedText analysis) {
    this.analysis = analysis;
    int lineBreak = analysis.text().indexOf('\n');
    this.firstLineEnd = lineBreak < 0 ? analysis.text().length() : lineBreak;
    int n = analysis.tokens().size();
    this.children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(2));
    }
    for (Token token : analysis.tokens()) {
      if (token.head() >= 0 && token.head() < n) {
        children.get(token.head()).add(token.index());
      }
    }
  }

  public AnalyzedText analysis() {
    return analysis;
  }

  public String text() {
    return analysis.text();
  }

  public Token token(int index) {
    return analysis.tokens().get(index);
  }

  public int size() {
    return analysis.tokens().size();
  }

  /**
   * Whether a character offset lies in the text's first line (a news text's headline): before its
   * first line break, anywhere in a text without one.
   */
  public boolean inFirstLine(int offset) {
    return offset < firstLineEnd;
  }

  public Sentence sentenceOf(int tokenIndex) {
    return analysis.sentences().get(token(tokenIndex).sentence());
  }

  /** Whether {@code ancestor} is on the path from {@code token}'s head up to its sentence's root. */
  public boolean governs(int ancestor, int token) {
    int current = token(token).head();
    for (int steps = 0; current >= 0 && steps < size(); steps++) { // bounded: a malformed parse may cycle
      if (current == ancestor) {
        return true;
      }
      current = token(current).head();
    }
    return false;
  }

  /** Children of a token, in text order. */
  public List<Integer> children(int index) {
    return children.get(index);
  }

  /** The first child with the relation (or a subtype of it: "nsubj" matches "nsubj:pass"), or -1. */
  public int child(int index, String relation) {
    for (int child : children.get(index)) {
      if (hasRelation(child, relation)) {
        return child;
      }
    }
    return -1;
  }

  /** Whether the token's relation is {@code relation} or a subtype of it. */
  public boolean hasRelation(int index, String relation) {
    String rel = token(index).relation();
    return rel.equals(relation) || rel.startsWith(relation + ":");
  }

  /** The child of {@code index} whose lower-cased word is one of {@code words}, or -1. */
  public int childWord(int index, Set<String> words) {
    for (int child : children.get(index)) {
      if (words.contains(token(child).word().toLowerCase(Locale.ROOT))) {
        return child;
      }
    }
    return -1;
  }

  /**
   * The range {@code [first, last]} (inclusive token indexes) covered by the subtree of {@code
   * root}, leaving out the subtrees of children whose relation is in {@code excluded}.
   */
  public int[] subtreeRange(int root, Set<String> excluded) {
    int[] range = {root, root};
    extend(root, excluded, range, 0);
    return range;
  }

  private void extend(int node, Set<String> excluded, int[] range, int depth) {
    if (depth > 200) {
      return; // a malformed parse must not recurse without end
    }
    for (int child : children.get(node)) {
      if (excluded.contains(token(child).relation())) {
        continue;
      }
      range[0] = Math.min(range[0], child);
      range[1] = Math.max(range[1], child);
      extend(child, excluded, range, depth + 1);
    }
  }

  /**
   * The tokens lying inside a character span, as {@code [first, last]} inclusive indexes, or
   * {@code null} when no token does.
   */
  public int[] tokenRange(int begin, int end) {
    List<Token> tokens = analysis.tokens();
    int first = -1;
    int last = -1;
    for (int i = firstStartingAtOrAfter(begin); i < tokens.size() && tokens.get(i).begin() < end; i++) {
      if (tokens.get(i).end() <= end) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }

  /**
   * The index of the first token starting at or after {@code offset} (the token count if none), by
   * binary search: a linear walk from the document's start made every lookup cost the whole token
   * list on huge documents.
   */
  private int firstStartingAtOrAfter(int offset) {
    List<Token> tokens = analysis.tokens();
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).begin() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * The tokens a character span lies inside or overlaps, as {@code [first, last]} inclusive
   * indexes, or {@code null} when it touches none: for a span cut inside a token, as "He" out of
   * the token "He’s".
   */
  public int[] tokenRangeCovering(int begin, int end) {
    int[] inside = tokenRange(begin, end);
    if (inside != null) {
      return inside;
    }
    List<Token> tokens = analysis.tokens();
    int start = firstStartingAtOrAfter(begin);
    while (start > 0 && tokens.get(start - 1).end() > begin) {
      start--; // the token the span begins inside
    }
    int first = -1;
    int last = -1;
    for (int i = start; i < tokens.size() && tokens.get(i).begin() < end; i++) {
      if (tokens.get(i).end() > begin) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }
}
