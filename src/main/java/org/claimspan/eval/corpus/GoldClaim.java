package org.claimspan.eval.corpus;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One gold claim of Claimspan's own gold files or of a hand-made claim set. Immutable and
 * thread-safe; no component is null.
 *
 * @param content the claim's content span
 * @param claimant who makes the claim; empty when it is the author's own, {@link #ANONYMOUS} for a
 *     source the text does not name
 * @param quantities the quantity spans inside it
 * @param hedged whether it is hedged or a prediction
 * @param checkworthy whether a fact-checker would check it
 */
public record GoldClaim(
    EvalSpan content, Optional<String> claimant, List<EvalSpan> quantities, boolean hedged, boolean checkworthy) {

  /** The claimant of a claim whose source the text does not name ("officials", "a source"). */
  public static final String ANONYMOUS = "anonymous";

  public GoldClaim {
    checkNotNull(content, "content");
    checkNotNull(claimant, "claimant");
    quantities = ImmutableList.copyOf(quantities);
  }

  /** Whether a source makes the claim, named or not; false for the author's own. */
  public boolean attributed() {
    return claimant.isPresent();
  }

  /** Whether the source making the claim is one the text does not name. */
  public boolean anonymous() {
    return claimant.filter(ANONYMOUS::equals).isPresent();
  }
}
