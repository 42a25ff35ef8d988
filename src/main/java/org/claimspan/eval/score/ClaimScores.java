package org.claimspan.eval.score;

/**
 * How one system's claims compare with gold claims. Immutable and thread-safe; no component is
 * null.
 *
 * @param system the system's name
 * @param claims predicted vs gold claims, matched one-to-one by content overlap covering at least
 *     half of the gold content
 * @param attributed the same for claims a source makes: our attributed claims against the gold
 *     ones (each matched to any gold claim)
 * @param author the same for the author's own claims
 * @param claimant on matched pairs: both are the author's, the gold source is unnamed and ours is
 *     unnamed or unresolved, or the names match ({@link SpeakerNames})
 * @param quantities quantity spans inside matched claims, matched one-to-one when the spans are
 *     equal
 * @param quantitiesOverlapping the same, matched when the spans overlap
 * @param hedged on matched pairs: the hedged flag equals the gold one
 * @param checkworthy on matched pairs: ours at or above the threshold against the gold flag
 * @param threshold the check-worthiness threshold used
 */
public record ClaimScores(
    String system,
    Prf claims,
    Prf attributed,
    Prf author,
    Accuracy claimant,
    Prf quantities,
    Prf quantitiesOverlapping,
    Accuracy hedged,
    Prf checkworthy,
    double threshold) {}
