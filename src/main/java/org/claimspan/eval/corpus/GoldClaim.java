package org.claimspan.eval.corpus;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One gold claim of Claimspan's own gold files. Immutable and thread-safe; no component is null.
 *
 * @param content the claim's content span
 * @param claimant who makes the claim; empty when it is the author's own
 * @param quantities the quantity spans inside it
 * @param hedged whether it is hedged or a prediction
 * @param checkworthy whether a fact-checker would check it
 */
public record GoldClaim(
    EvalSpan content, Optional<String> claimant, List<EvalSpan> quantities, boolean hedged, boolean checkworthy) {

  public GoldClaim {
    checkNotNull(content, "content");
    checkNotNull(claimant, "claimant");
    quantities = ImmutableList.copyOf(quantities);
  }
}
