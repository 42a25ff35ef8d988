package org.claimspan.eval.score;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.claimspan.eval.corpus.GoldClaim;
import org.claimspan.model.Claim;

/**
 * One document's claim errors, for error analysis. Immutable and thread-safe; no component is
 * null.
 *
 * @param document the document's id
 * @param misses gold claims no prediction matched
 * @param falsePositives predicted claims that matched no gold claim
 * @param wrong matched pairs whose claimant or quantities differ
 */
public record ClaimErrors(String document, List<GoldClaim> misses, List<Claim> falsePositives, List<Pair> wrong) {

  public ClaimErrors {
    misses = ImmutableList.copyOf(misses);
    falsePositives = ImmutableList.copyOf(falsePositives);
    wrong = ImmutableList.copyOf(wrong);
  }

  /**
   * A matched pair with something wrong.
   *
   * @param gold the gold claim
   * @param predicted the claim matched to it
   * @param claimantRight whether the claimant is right
   * @param quantitiesRight whether the quantities are exactly the gold ones
   */
  public record Pair(GoldClaim gold, Claim predicted, boolean claimantRight, boolean quantitiesRight) {}
}
