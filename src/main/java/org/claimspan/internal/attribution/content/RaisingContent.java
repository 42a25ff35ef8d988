package org.claimspan.internal.attribution.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.cue.CueForm;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.TextSpan;

/**
 * The content of a raising cue, which has no source: "[the senator] seemed [to be shrinking]",
 * "[Christie] appears [to be embracing ...]", "It appears [that the game was boring]". PolNeAR
 * annotates these without a source, with the subject and the complement as one content in two
 * parts (train: about 170 source-less cues of "seem" and "appear"). Stateless and thread-safe.
 */
public final class RaisingContent {
  /** Verbs that raise their subject in the active voice. */
  private static final Set<String> ACTIVE = Set.of("seem", "appear");
  private static final Set<String> NOTHING = Set.of();

  private RaisingContent() {}

  /** The content when {@code cue} is a raising verb with a subject and a complement, else empty. */
  public static Optional<ContentCandidate> find(DependencyTree tree, CueMatch cue, List<QuoteSpan> quotes, Lexicons lexicons) {
    if (cue.form() != CueForm.VERB || cue.last() != cue.head()) {
      return Optional.empty();
    }
    int verb = cue.head();
    String lemma = tree.token(verb).lemma();
    // Not the passive "officials are expected to meet": PolNeAR annotates it (train: about 60
    // source-less cues) but our own gold, the product's specification, does not (a scheduled
    // event reported by the writer), so the two conventions disagree and we follow our gold; the
    // active "seems"/"appears", where they agree, is kept (dev cost of leaving the passive out:
    // 0.2 points of overlap F1)
    if (!ACTIVE.contains(lemma)) {
      return Optional.empty();
    }
    int subject = tree.child(verb, "nsubj");
    if (subject < 0 || subject > verb) {
      return Optional.empty();
    }
    int ccomp = tree.child(verb, "ccomp");
    if (tree.token(subject).word().equalsIgnoreCase("it") && ccomp > verb) {
      // "It appears that ...": the expletive is nobody
      int[] range = tree.subtreeRange(ccomp, NOTHING);
      return TokenRanges.span(tree, range[0], range[1]).map(span -> ContentFinder.classify(tree.text(), span, quotes));
    }
    int xcomp = tree.child(verb, "xcomp");
    if (xcomp < verb || lexicons.verbClass(tree.token(xcomp).lemma()) != null) {
      // "She appeared to imply that ...", "The Times appears to endorse ...": the complement's
      // own cue verb reports, with the raised subject as its source (PolNeAR's cue spans the chain)
      return Optional.empty();
    }
    int[] subjectRange = tree.subtreeRange(subject, NOTHING);
    int[] complementRange = tree.subtreeRange(xcomp, NOTHING);
    if (subjectRange[1] >= cue.first() || complementRange[0] <= verb) {
      return Optional.empty();
    }
    Optional<TextSpan> first = TokenRanges.span(tree, subjectRange[0], subjectRange[1]);
    Optional<TextSpan> second = TokenRanges.span(tree, complementRange[0], complementRange[1]);
    if (first.isEmpty() || second.isEmpty()) {
      return Optional.empty();
    }
    TextSpan whole = TextSpan.of(tree.text(), first.get().begin(), second.get().end());
    ContentCandidate kind = ContentFinder.classify(tree.text(), whole, quotes);
    return Optional.of(new ContentCandidate(whole, List.of(first.get(), second.get()), kind.quotes(), kind.kind()));
  }
}
