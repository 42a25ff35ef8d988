package org.claimspan.internal.syntax;

import java.util.List;
import java.util.Optional;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/** Turns token ranges into text spans, trimming punctuation that PolNeAR leaves outside spans. */
public final class TokenRanges {
  private TokenRanges() {}

  /**
   * The text span of tokens {@code [first, last]}, without leading or trailing commas, dashes,
   * colons and semicolons, and without a final full stop. Parentheses are trimmed unless their
   * partner is inside the span: "Sen. Chuck Grassley (R-Iowa)" keeps its closing one. Empty if
   * nothing is left.
   */
  public static Optional<TextSpan> span(DependencyTree tree, int first, int last) {
    while (first <= last && isTrimmable(tree.token(first).word(), true) && !closedWithin(tree, first, last)) {
      first++;
    }
    while (last >= first && isTrimmable(tree.token(last).word(), false) && !openedWithin(tree, first, last)) {
      last--;
    }
    if (first > last) {
      return Optional.empty();
    }
    return Optional.of(TextSpan.of(tree.text(), tree.token(first).begin(), tree.token(last).end()));
  }

  /** Whether token {@code last} is a closing parenthesis whose opening one lies in {@code [first, last)}. */
  private static boolean openedWithin(DependencyTree tree, int first, int last) {
    if (!isClosing(tree.token(last).word())) {
      return false;
    }
    int depth = 0;
    for (int i = last; i >= first; i--) {
      String word = tree.token(i).word();
      depth += isClosing(word) ? 1 : isOpening(word) ? -1 : 0;
      if (depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code first} is an opening parenthesis whose closing one lies in {@code (first, last]}. */
  private static boolean closedWithin(DependencyTree tree, int first, int last) {
    if (!isOpening(tree.token(first).word())) {
      return false;
    }
    int depth = 0;
    for (int i = first; i <= last; i++) {
      String word = tree.token(i).word();
      depth += isOpening(word) ? 1 : isClosing(word) ? -1 : 0;
      if (depth == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpening(String word) {
    return word.equals("(") || word.equals("-LRB-");
  }

  private static boolean isClosing(String word) {
    return word.equals(")") || word.equals("-RRB-");
  }

  private static boolean isTrimmable(String word, boolean leading) {
    switch (word) {
      case ",", ";", ":", "--", "-", "\u2014", "\u2013", "(", ")":
        return true;
      case ".", "?", "!":
        return !leading;
      default:
        return false;
    }
  }

  /** Whether a character is punctuation a span leaves off at its end: ".", ",", ";", ":", "?", "!", or white space. */
  public static boolean isTrailingPunctuation(char c) {
    return ".,;:?!".indexOf(c) >= 0 || Character.isWhitespace(c);
  }

  /**
   * The first token of {@code [first, last]} whose parse head lies outside it: the stretch's head;
   * {@code first} when none does (a malformed parse that cycles).
   */
  public static int headOf(DependencyTree tree, int first, int last) {
    return headOf(tree, first, last, first);
  }

  /** The stretch's head as {@link #headOf(DependencyTree, int, int)}, or {@code fallback} when none. */
  public static int headOf(DependencyTree tree, int first, int last, int fallback) {
    for (int i = first; i <= last; i++) {
      int head = tree.token(i).head();
      if (head < first || head > last) {
        return i;
      }
    }
    return fallback;
  }

  /** Whether a span overlaps any of the parts. */
  public static boolean overlapsAny(TextSpan span, List<TextSpan> parts) {
    return parts.stream().anyMatch(span::overlaps);
  }

  /**
   * The sentence's last token that is not punctuation (quote marks count as punctuation), but not
   * before {@code floor}: where a span that runs to the sentence's end stops.
   */
  public static int lastWord(DependencyTree tree, Sentence sentence, int floor) {
    return lastWordBefore(tree, sentence.endToken(), floor);
  }

  /**
   * The last token before token {@code limit} that is not punctuation (quote marks count as
   * punctuation), but not before {@code floor}.
   */
  public static int lastWordBefore(DependencyTree tree, int limit, int floor) {
    int last = limit - 1;
    while (last > floor && tree.token(last).isPunctuation()) {
      last--;
    }
    return last;
  }

  /** Number of whitespace-separated words in the span; 0 for a blank one. */
  public static int wordCount(TextSpan span) {
    String trimmed = span.text().strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  /** Whether the entity tagger took a token for a person's or an organisation's name. */
  public static boolean isNamedByTagger(Token token) {
    return token.ner().equals("PERSON") || token.ner().equals("ORGANIZATION");
  }
}
