package org.claimspan.internal.ml;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A two-outcome maxent model with its decision threshold: the probability of the positive
 * outcome for a list of features. Immutable; thread-safe (OpenNLP's maxent models only read
 * their parameters in {@code eval}).
 */
public final class BinaryMaxent {
  private final MaxentModel model;
  private final int positive;
  private final double threshold;

  /**
   * @param model a trained model, not null
   * @param positiveOutcome the outcome whose probability is asked for; the model must have it
   * @param threshold the decision threshold in {@code [0, 1]}
   */
  public BinaryMaxent(MaxentModel model, String positiveOutcome, double threshold) {
    checkNotNull(model, "model");
    checkArgument(threshold >= 0 && threshold <= 1, "threshold %s outside [0, 1]", threshold);
    this.model = model;
    this.positive = model.getIndex(positiveOutcome);
    checkArgument(positive >= 0, "model has no outcome '%s'", positiveOutcome);
    this.threshold = threshold;
  }

  /** The probability of the positive outcome, clamped to {@code [0, 1]}. */
  public double probability(List<String> features) {
    double p = model.eval(features.toArray(String[]::new))[positive];
    return Math.max(0, Math.min(1, p));
  }

  /** The decision threshold. */
  public double threshold() {
    return threshold;
  }
}
