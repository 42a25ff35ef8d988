package org.claimspan.internal.attribution.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.cue.CueForm;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * A participle cue in the phrase that opens a sentence, "After [saying] he was nervous to ask a
 * question, the man ended up ...", "In [describing] fellow billionaire Donald Trump, Cuban said
 * ...", "In addition to [stating] that ..., Clinton has vowed ...": what was said runs to the comma
 * that closes the phrase, and the one saying it is the subject of the main clause after that comma.
 * The parser often tags such a participle as a modifier of the noun after it, so the phrase is
 * read from the words. Stateless and thread-safe.
 */
public final class OpeningParticiple {
  /** Words besides prepositions that may open the phrase: "In addition to", "Instead of". */
  private static final Set<String> OPENERS = Set.of("addition", "instead", "rather");
  /** Most words before the participle. */
  private static final int MAX_OPENING = 3;

  private OpeningParticiple() {}

  /** The comma closing the opening phrase of a participle cue, or -1 when the cue opens none. */
  static int closingComma(DependencyTree tree, CueMatch cue) {
    if (cue.form() != CueForm.VERB || !tree.token(cue.head()).pos().equals("VBG")) {
      return -1;
    }
    Sentence sentence = tree.sentenceOf(cue.head());
    int first = sentence.firstToken();
    if (cue.first() == first || cue.first() - first > MAX_OPENING) {
      return -1;
    }
    for (int i = first; i < cue.first(); i++) {
      Token token = tree.token(i);
      boolean opener = token.pos().equals("IN") || token.pos().equals("TO")
          || OPENERS.contains(token.word().toLowerCase(Locale.ROOT));
      if (!opener) {
        return -1;
      }
    }
    for (int i = cue.last() + 1; i < sentence.endToken() - 1; i++) {
      if (tree.token(i).word().equals(",") && mainVerbAfter(tree, i, sentence) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * What was said: from the cue's complement, or from the cue when the parse gives it none inside
   * the phrase, to the closing comma ("After suggesting on Wednesday [that he regretted ...],").
   */
  static Optional<TextSpan> content(DependencyTree tree, CueMatch cue) {
    int comma = closingComma(tree, cue);
    if (comma < 0) {
      return Optional.empty();
    }
    int first = cue.last() + 1;
    int clause = tree.child(cue.head(), "ccomp");
    if (clause > cue.last() && clause < comma) {
      first = Math.max(first, tree.subtreeRange(clause, Set.of())[0]);
    }
    return TokenRanges.span(tree, first, comma - 1);
  }

  /** The subject of the main clause after the closing comma, or -1. */
  public static int subject(DependencyTree tree, CueMatch cue) {
    int comma = closingComma(tree, cue);
    if (comma < 0) {
      return -1;
    }
    int verb = mainVerbAfter(tree, comma, tree.sentenceOf(cue.head()));
    int subject = tree.child(verb, "nsubj");
    return subject > comma && subject < verb ? subject : -1;
  }

  /**
   * The verb of the first finite verb or auxiliary after {@code comma} ("Clinton [has] vowed"), when
   * its subject lies between the comma and it, or -1.
   */
  private static int mainVerbAfter(DependencyTree tree, int comma, Sentence sentence) {
    for (int i = comma + 1; i < sentence.endToken(); i++) {
      if (tree.token(i).isFiniteVerb()) {
        boolean auxiliary = tree.hasRelation(i, "aux") || tree.hasRelation(i, "cop");
        int verb = auxiliary ? tree.token(i).head() : i;
        if (verb < 0 || tree.token(verb).relation().startsWith("acl")) {
          return -1; // "the raucous crowd, which [chanted] his name, ...": a relative clause, not the main one
        }
        int subject = tree.child(verb, "nsubj");
        return subject > comma && subject < i ? verb : -1;
      }
    }
    return -1;
  }
}
