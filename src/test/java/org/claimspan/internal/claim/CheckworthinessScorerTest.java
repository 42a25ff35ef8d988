package org.claimspan.internal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The packaged check-worthiness model: loads from the classpath, ranks sensibly, is deterministic. */
class CheckworthinessScorerTest {
  private static final String STATISTIC =
      "Unemployment fell to 3.5 percent last year, the lowest rate in fifty years, with 2.1 million jobs added.";
  private static final List<String> CHATTER =
      List.of("Thank you very much, it is great to be here tonight.", "What do you think about that?", "Good evening.");

  private final CheckworthinessScorer scorer = CheckworthinessScorer.fromClasspath();

  @Test
  void aStatisticalClaimScoresAboveGreetingsAndQuestions() {
    double statistic = scorer.score(STATISTIC);
    assertThat(statistic).isGreaterThanOrEqualTo(scorer.threshold());
    for (String sentence : CHATTER) {
      assertThat(scorer.score(sentence)).as(sentence).isLessThan(statistic).isLessThan(scorer.threshold());
    }
  }

  @Test
  void scoresAreProbabilitiesAndDeterministic() {
    CheckworthinessScorer other = CheckworthinessScorer.fromClasspath();
    for (String sentence : List.of(STATISTIC, CHATTER.get(0), "")) {
      double score = scorer.score(sentence);
      assertThat(score).isBetween(0.0, 1.0);
      assertThat(scorer.score(sentence)).isEqualTo(score);
      assertThat(other.score(sentence)).isEqualTo(score);
    }
    assertThat(scorer.threshold()).isEqualTo(CheckworthinessScorer.packagedThreshold()).isBetween(0.0, 1.0);
  }

  @Test
  void oneScorerIsSafeAcrossThreads() {
    double expected = scorer.score(STATISTIC);
    assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8).parallelStream()
        .map(i -> scorer.score(STATISTIC)).distinct().toList()).containsExactly(expected);
  }
}
