package org.claimspan.eval.score;

/**
 * Precision, recall and F1 with the counts behind them. Precision is {@code correctPredicted /
 * predicted}, recall {@code foundGold / gold}; a zero denominator gives 0. Immutable and
 * thread-safe.
 *
 * @param predicted predictions counted
 * @param correctPredicted predictions that matched gold
 * @param gold gold items counted
 * @param foundGold gold items that were matched
 * @param precision {@code correctPredicted / predicted}
 * @param recall {@code foundGold / gold}
 * @param f1 harmonic mean of precision and recall
 */
public record Prf(
    int predicted, int correctPredicted, int gold, int foundGold, double precision, double recall, double f1) {

  /** Figures from counts. */
  public static Prf of(int predicted, int correctPredicted, int gold, int foundGold) {
    double p = ratio(correctPredicted, predicted);
    double r = ratio(foundGold, gold);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Prf(predicted, correctPredicted, gold, foundGold, p, r, f);
  }

  static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
