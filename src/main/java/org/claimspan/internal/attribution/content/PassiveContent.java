package org.claimspan.internal.attribution.content;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimspan.internal.attribution.source.SourceFinder;
import org.claimspan.internal.cue.CueForm;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.Passives;
import org.claimspan.internal.syntax.TokenRanges;

/**
 * The content of a passive cue with an agent and no clause of its own: "[The meeting] was first
 * reported by Politico", "[Sanders' stridency] was echoed by O'Malley", "[Trump] was criticized by
 * his rivals". The agent is the source (found by {@link SourceFinder}); what the agent said,
 * reported or judged is the passive subject. Stateless and thread-safe.
 */
public final class PassiveContent {
  private static final Set<String> NOTHING = Set.of();

  private PassiveContent() {}

  /** The passive subject of a verb cue with an agent, or empty. */
  public static Optional<ContentCandidate> find(DependencyTree tree, CueMatch cue, List<QuoteSpan> quotes) {
    if (cue.form() != CueForm.VERB) {
      return Optional.empty();
    }
    int verb = cue.head();
    int subject = tree.child(verb, "nsubj:pass");
    if (subject < 0 || subject > verb || Passives.agent(tree, verb) < 0
        || tree.child(verb, "ccomp") >= 0 || tree.child(verb, "xcomp") >= 0) {
      return Optional.empty();
    }
    int[] range = tree.subtreeRange(subject, NOTHING);
    if (range[1] >= cue.first()) {
      return Optional.empty();
    }
    return TokenRanges.span(tree, range[0], range[1]).map(span -> ContentFinder.classify(tree.text(), span, quotes));
  }
}
