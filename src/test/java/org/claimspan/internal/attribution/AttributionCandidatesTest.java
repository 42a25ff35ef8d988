package org.claimspan.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/**
 * The candidates the attribution rules propose before the trained filter judges them, on
 * handwritten sentences parsed by CoreNLP: whether the filter keeps one is the model's business and
 * the evaluation's; that the rules find it with the right spans is tested here.
 */
class AttributionCandidatesTest {
  private static String content(AttributionFinder.Candidate candidate) {
    return String.join(" ... ", candidate.parts().stream().map(TextSpan::text).toList());
  }

  @Test
  void cueNounWithAPossessorAndAThatClause() {
    assertThat(RuleCandidates.of("Critics seized on the mayor's claim that the budget was balanced."))
        .anySatisfy(c -> {
          assertThat(c.cue().text()).isEqualTo("claim");
          assertThat(c.source()).map(TextSpan::text).contains("the mayor's");
          assertThat(content(c)).isEqualTo("that the budget was balanced");
        });
  }

  @Test
  void aRaisingVerbJoinsTheCueItGovernsInsteadOfProposingItsOwn() {
    List<AttributionFinder.Candidate> found = RuleCandidates.of("The mayor seemed to blame the council for the long delay.");

    assertThat(found).extracting(c -> c.cue().text()).containsExactly("seemed to blame");
    assertThat(found.get(0).source()).map(TextSpan::text).contains("The mayor");
  }
}
