package org.claimspan.backend.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimspan.backend.encoder.WindowPlan.Window;
import org.junit.jupiter.api.Test;

class WindowPlanTest {

  @Test
  void aShortTextIsOneWindow() {
    WindowPlan plan = WindowPlan.overlapping(10, 254, 190);
    assertThat(plan.windows()).containsExactly(new Window(0, 10));
    for (int i = 0; i < 10; i++) {
      assertThat(plan.owner(i)).isZero();
    }
  }

  @Test
  void anEmptyTextIsOneEmptyWindow() {
    assertThat(WindowPlan.overlapping(0, 254, 190).windows()).containsExactly(new Window(0, 0));
  }

  @Test
  void windowsOverlapAndTheLastEndsAtTheLastWordpiece() {
    WindowPlan plan = WindowPlan.overlapping(25, 10, 6);
    assertThat(plan.windows())
        .containsExactly(new Window(0, 10), new Window(6, 16), new Window(12, 22), new Window(15, 25));
  }

  @Test
  void eachWordpieceTakesTheWindowWhereItIsMostCentral() {
    WindowPlan plan = WindowPlan.overlapping(25, 10, 6);
    List<Window> windows = plan.windows();
    for (int i = 0; i < 25; i++) {
      Window own = windows.get(plan.owner(i));
      assertThat(own.start()).isLessThanOrEqualTo(i);
      assertThat(own.end()).isGreaterThan(i);
      int margin = Math.min(i - own.start(), own.end() - 1 - i);
      for (Window other : windows) {
        if (other.start() <= i && i < other.end()) {
          assertThat(Math.min(i - other.start(), other.end() - 1 - i)).isLessThanOrEqualTo(margin);
        }
      }
    }
    assertThat(plan.owner(0)).isZero();
    assertThat(plan.owner(8)).isEqualTo(1); // 2 from window 0's end, 2 from window 1's start: the earlier wins
    assertThat(plan.owner(24)).isEqualTo(3);
  }

  @Test
  void everyWordpieceIsCoveredAtLargeSizes() {
    for (int size : new int[] {253, 254, 255, 444, 1000, 12_345}) {
      WindowPlan plan = WindowPlan.overlapping(size, 254, 190);
      for (int i = 0; i < size; i++) {
        Window own = plan.windows().get(plan.owner(i));
        assertThat(i).isBetween(own.start(), own.end() - 1);
        if (i >= 32 && i < size - 32) {
          assertThat(Math.min(i - own.start(), own.end() - 1 - i)).as("context of %s in %s", i, size).isGreaterThanOrEqualTo(31);
        }
      }
      assertThat(plan.windows()).allSatisfy(w -> assertThat(w.size()).isEqualTo(Math.min(size, 254)));
    }
  }

  @Test
  void impossibleSettingsFailWithTheValues() {
    assertThatThrownBy(() -> WindowPlan.overlapping(10, 5, 6)).hasMessageContaining("stride 6, length 5");
    assertThatThrownBy(() -> WindowPlan.overlapping(-1, 5, 2)).hasMessageContaining("-1");
  }
}
