package org.claimspan.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Deadline;
import org.junit.jupiter.api.Test;

class StageClockTest {
  @Test
  void nothingIsReportedWhileTheBudgetLasts() {
    StageClock clock = new StageClock(Deadline.after(Duration.ofHours(1)));
    assertThat(clock.skip("attributions")).isFalse();
    assertThat(clock.analysedEnd()).isEqualTo(Integer.MAX_VALUE);
    assertThat(clock.diagnostic()).isEmpty();
  }

  @Test
  void aSpentBudgetNamesTheStageCutWhereItStoppedAndTheStagesSkipped() throws InterruptedException {
    StageClock clock = new StageClock(Deadline.after(Duration.ofMillis(1)));
    Thread.sleep(5);
    String text = "First paragraph.\nSecond paragraph.";
    clock.cutShort("analysis", TextSpan.of(text, 17, text.length()));
    assertThat(clock.skip("claims")).isTrue();
    Diagnostic diagnostic = clock.diagnostic().orElseThrow();
    assertThat(diagnostic.code()).isEqualTo("time-budget-exceeded");
    assertThat(diagnostic.message()).startsWith("time budget of 1 ms spent after ")
        .contains("stage 'analysis' stopped at offset 17").contains("skipped stage(s): claims");
    assertThat(diagnostic.span().orElseThrow().text()).isEqualTo("Second paragraph.");
    assertThat(clock.analysedEnd()).isEqualTo(17);
  }
}
