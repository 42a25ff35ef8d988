package org.claimspan.eval.score;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision, recall and F1 of the Yes class at a threshold, and the threshold that maximises F1.
 * Immutable and thread-safe.
 *
 * @param precision Yes precision (0 when nothing is predicted Yes)
 * @param recall Yes recall (0 when there is no gold Yes)
 * @param f1 harmonic mean of the two (0 when both are 0)
 * @param threshold the threshold the figures were computed at
 */
public record YesScores(double precision, double recall, double f1, double threshold) {

  /** Scores predictions {@code score >= threshold} against {@code gold}; equal-length lists. */
  public static YesScores at(List<Double> scores, List<Boolean> gold, double threshold) {
    checkArgument(scores.size() == gold.size(), "%s scores for %s labels", scores.size(), gold.size());
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < scores.size(); i++) {
      boolean predicted = scores.get(i) >= threshold;
      if (predicted && gold.get(i)) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (gold.get(i)) {
        fn++;
      }
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new YesScores(precision, recall, f1, threshold);
  }

  /**
   * The threshold among the observed scores (rounded to 3 decimals, so the stored value is what
   * was tried) with the highest F1; ties go to the higher threshold, which keeps precision.
   */
  public static YesScores best(List<Double> scores, List<Boolean> gold) {
    List<Double> candidates = new ArrayList<>();
    for (int t = 1; t < 1000; t++) {
      candidates.add(t / 1000.0);
    }
    YesScores best = at(scores, gold, 0.5);
    for (double candidate : candidates) {
      YesScores s = at(scores, gold, candidate);
      if (s.f1() >= best.f1()) {
        best = s;
      }
    }
    return best;
  }
}
