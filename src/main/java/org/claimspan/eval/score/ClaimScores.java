package org.claimspan.eval.score;

/**
 * How one system's claims compare with gold claims. Immutable and thread-safe; no component is
 * null.
 *
 * @param system the system's name
 * @param claims predicted vs gold claims, matched one-to-one by content overlap covering at least
 *     half of the gold content
 * @param claimant on matched pairs: the claimant is the gold one (by {@link SpeakerNames}), or
 *     both are the author (no claimant)
 * @param quantities quantity spans inside matched claims: a predicted quantity is correct and a
 *     gold one found when the two overlap
 * @param hedged on matched pairs: the hedged flag equals the gold one
 * @param checkworthy claims at or above the threshold vs gold check-worthy claims (a prediction
 *     is correct when it is matched to a check-worthy gold claim)
 * @param threshold the check-worthiness threshold used
 */
public record ClaimScores(
    String system, Prf claims, Accuracy claimant, Prf quantities, Accuracy hedged, Prf checkworthy, double threshold) {}
