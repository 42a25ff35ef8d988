package org.claimspan.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.claimspan.backend.corenlp.CoreNlpBackend;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.model.TextSpan;

/**
 * The attribution rules' candidates for a handwritten text, parsed by CoreNLP as one region and
 * judged by no filter: what the filter's features and the rules' spans are tested on. The backend
 * loads once per test JVM (seconds); thread-safe, as the backend and the finder are.
 */
final class RuleCandidates {
  private static final CoreNlpBackend BACKEND = new CoreNlpBackend();
  private static final AttributionFinder FINDER = new AttributionFinder(Lexicons.loadDefault(), Optional.empty());

  private RuleCandidates() {}

  /** Every candidate the rules propose in {@code text}, in cue order. */
  static List<AttributionFinder.Candidate> of(String text) {
    DependencyTree tree = new DependencyTree(BACKEND.analyze(text, List.of(TextSpan.of(text, 0, text.length())), 200));
    return FINDER.candidates(tree, List.of());
  }
}
