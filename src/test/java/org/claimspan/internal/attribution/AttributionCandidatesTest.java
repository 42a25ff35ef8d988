package org.claimspan.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.claimspan.backend.corenlp.CoreNlpBackend;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The candidates the attribution rules propose before the trained filter judges them, on
 * handwritten sentences parsed by CoreNLP: whether the filter keeps one is the model's business and
 * the evaluation's; that the rules find it with the right spans is tested here.
 */
class AttributionCandidatesTest {
  private static CoreNlpBackend backend;
  private static AttributionFinder finder;

  @BeforeAll
  static void load() {
    backend = new CoreNlpBackend();
    finder = new AttributionFinder(Lexicons.loadDefault(), Optional.empty());
  }

  private static List<AttributionFinder.Candidate> candidates(String text) {
    DependencyTree tree = new DependencyTree(backend.analyze(text, List.of(TextSpan.of(text, 0, text.length())), 200));
    return finder.candidates(tree, List.of());
  }

  private static String content(AttributionFinder.Candidate candidate) {
    return String.join(" ... ", candidate.parts().stream().map(TextSpan::text).toList());
  }

  @Test
  void cueNounWithAPossessorAndAThatClause() {
    assertThat(candidates("Critics seized on the mayor's claim that the budget was balanced."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("claim");
          assertThat(c.source()).map(TextSpan::text).contains("the mayor's");
          assertThat(content(c)).isEqualTo("that the budget was balanced");
        });
  }

  @Test
  void aRaisingVerbJoinsTheCueItGovernsInsteadOfProposingItsOwn() {
    List<AttributionFinder.Candidate> found = candidates("The mayor seemed to blame the council for the long delay.");

    assertThat(found).extracting(c -> c.cue().text()).containsExactly("seemed to blame");
    assertThat(found.get(0).source()).map(TextSpan::text).contains("The mayor");
  }
}
