package org.claimspan.eval.score;

/**
 * Content overlap (at 0.3) for one cue class. On the precision side predictions are grouped by
 * their own cue class ({@code none} without a cue); on the recall side gold attributions are
 * grouped by the class of the prediction they matched, or {@code unmatched}, so the {@code
 * goldShare} of all rows adds up to 1. Immutable and thread-safe.
 *
 * @param cueClass the class name in lower case, {@code none} or {@code unmatched}
 * @param predicted predictions with this class
 * @param correctPredicted those that matched gold
 * @param precision {@code correctPredicted / predicted}
 * @param gold gold attributions matched by a prediction of this class (or unmatched)
 * @param goldShare {@code gold} over all gold attributions
 */
public record CueClassRow(
    String cueClass, int predicted, int correctPredicted, double precision, int gold, double goldShare) {}
