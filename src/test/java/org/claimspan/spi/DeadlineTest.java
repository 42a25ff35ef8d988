package org.claimspan.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  @Test
  void aDeadlineExpiresAfterItsBudgetAndNoneNever() throws InterruptedException {
    Deadline deadline = Deadline.after(Duration.ofMillis(20));
    assertThat(deadline.expired()).isFalse();
    Thread.sleep(40);
    assertThat(deadline.expired()).isTrue();
    assertThat(deadline.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(20));
    assertThat(Deadline.none().expired()).isFalse();
    assertThat(Deadline.none().fraction(0.5).expired()).isFalse();
  }

  @Test
  void aFractionKeepsTheStartAndShortensTheBudget() throws InterruptedException {
    Deadline whole = Deadline.after(Duration.ofSeconds(100));
    Deadline part = whole.fraction(0.8);
    assertThat(part.budget()).isEqualTo(Duration.ofSeconds(80));
    Deadline tiny = Deadline.after(Duration.ofHours(1)).fraction(1e-12);
    Thread.sleep(2);
    assertThat(tiny.expired()).isTrue();
  }

  @Test
  void nonPositiveBudgetsAndFractionsAreRefused() {
    assertThatThrownBy(() -> Deadline.after(Duration.ZERO)).hasMessageContaining("budget must be positive");
    assertThatThrownBy(() -> Deadline.after(Duration.ofSeconds(1)).fraction(1.5)).hasMessageContaining("1.5");
  }
}
