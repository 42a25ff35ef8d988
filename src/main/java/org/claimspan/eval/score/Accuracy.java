package org.claimspan.eval.score;

/**
 * A share of correct cases. Immutable and thread-safe.
 *
 * @param correct cases judged correct
 * @param total cases judged; 0 when the figure does not apply (then {@code value} is 0)
 * @param value {@code correct / total}
 */
public record Accuracy(int correct, int total, double value) {

  /** The accuracy of {@code correct} out of {@code total}. */
  public static Accuracy of(int correct, int total) {
    return new Accuracy(correct, total, Prf.ratio(correct, total));
  }
}
