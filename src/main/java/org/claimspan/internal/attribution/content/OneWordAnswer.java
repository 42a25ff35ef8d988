package org.claimspan.internal.attribution.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Token;

/**
 * The one-word content of "said so", "said yes", "think so": PolNeAR annotates the word as what was
 * said (train: 21 such contents; the phrases occur 22 times). Works with or without a parse: the
 * word must follow the cue right away and end its clause. Stateless and thread-safe.
 */
public final class OneWordAnswer {
  private static final Set<String> ANSWERS = Set.of("so", "yes", "no");

  private OneWordAnswer() {}

  /** The answer word right after the cue, when nothing but punctuation or a new clause follows it. */
  public static Optional<TextSpan> after(DependencyTree tree, CueMatch cue) {
    int word = cue.last() + 1;
    if (word >= tree.size() || tree.token(word).sentence() != tree.token(cue.head()).sentence()
        || !ANSWERS.contains(tree.token(word).word().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int next = word + 1;
    boolean ends = next >= tree.size() || tree.token(next).sentence() != tree.token(word).sentence();
    if (!ends) {
      Token following = tree.token(next);
      String lower = following.word().toLowerCase(Locale.ROOT);
      // "said so in the earlier poll", "said yes, but ..."; not "said no one", "said so many"
      ends = following.isPunctuation() || following.pos().equals("IN") || following.pos().equals("CC")
          || lower.equals("too");
    }
    return ends ? TokenRanges.span(tree, word, word) : Optional.empty();
  }
}
