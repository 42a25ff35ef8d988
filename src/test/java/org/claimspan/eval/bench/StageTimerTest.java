package org.claimspan.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.claimspan.Document;
import org.claimspan.Profile;
import org.junit.jupiter.api.Test;

/** {@code bench --stages}: each stage gets its own share of the time, on the fast profile's real models. */
class StageTimerTest {

  @Test
  void theEngineHasATimeOfItsOwnAndTheStagesAddUpToTheTotal() {
    List<Document> documents = List.of(
        Document.of("a", "\"Prices will rise,\" the minister said on Monday. The central bank disagreed."),
        Document.of("b", "The mayor said the budget was balanced, adding that taxes would not rise next year."));
    StageTimer.StageTimes times = new StageTimer(new BenchInput(documents, 30), 1, 1).measure(Profile.FAST);

    assertThat(times.profile()).isEqualTo("fast");
    assertThat(times.backendMs()).isPositive();
    assertThat(times.engineMs()).isPositive();
    assertThat(times.totalMs()).isCloseTo(times.prepareMs() + times.backendMs() + times.engineMs(), within(1e-9));
    assertThat(times.backendMs()).isLessThan(times.totalMs());
  }
}
