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
 * loads once per test JVM, on first use (seconds); thread-safe.
 */
final class RuleCandidates {
  private static CoreNlpBackend backend;
  private static AttributionFinder finder;

  private RuleCandidates() {}

  /** Every candidate the rules propose in {@code text}, in cue order. */
  static synchronized List<AttributionFinder.Candidate> of(String text) {
    if (backend == null) { // loaded on first use, so a failure shows in the test that needed it
      backend = new CoreNlpBackend();
      finder = new AttributionFinder(Lexicons.loadDefault(), Optional.empty());
    }
    DependencyTree tree = new DependencyTree(backend.analyze(text, List.of(TextSpan.of(text, 0, text.length())), 200));
    return finder.candidates(tree, List.of());
  }
}
