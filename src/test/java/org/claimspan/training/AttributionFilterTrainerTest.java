package org.claimspan.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the filter's trainer picks its threshold from the out-of-fold F1 at each step. */
class AttributionFilterTrainerTest {

  @Test
  void theThresholdIsTheMiddleOfTheRunOfStepsNearTheBestF1() {
    double[] f1 = {0.70, 0.7441, 0.7445, 0.7447, 0.7450, 0.7300, 0.7449};

    // steps 1 to 4 lie within 0.001 of the best (step 4); step 6 is nearly as good but not in that run
    assertThat(AttributionFilterTrainer.middleOfPlateau(f1, 0.001)).isEqualTo(2);
    assertThat(AttributionFilterTrainer.middleOfPlateau(f1, 0.0)).isEqualTo(4);
  }

  @Test
  void aPlateauAtTheEdgeEndsThere() {
    double[] rising = {0.1, 0.2, 0.6, 0.6995, 0.7};

    assertThat(AttributionFilterTrainer.middleOfPlateau(rising, 0.001)).isEqualTo(3);
    assertThat(AttributionFilterTrainer.middleOfPlateau(rising, 0.0)).isEqualTo(4);
  }

  @Test
  void aFlatCurveGivesItsMiddle() {
    assertThat(AttributionFilterTrainer.middleOfPlateau(new double[] {0.5, 0.5, 0.5, 0.5, 0.5}, 0.001)).isEqualTo(2);
  }
}
