package org.claimspan.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * A checkable statement: what is claimed, by whom, and the facts inside it.
 * Immutable and thread-safe; no component is null.
 *
 * @param id stable id in document order ({@code "c1"}, ...)
 * @param content the claimed proposition as written; where a cue interrupts it ("The museum, the
 *     mayor said, would ...") the stretch from its first words to its last, the cue between them
 *     included ({@code statement} joins only the words said)
 * @param statement the claim as a reader can take it without the article: a quotation stays in
 *     its quote marks ({@code Pompeo said: "China has ..."}), an indirect report reads {@code
 *     Grant said the city ...} without the "but" or "also" that tied it to the sentence before,
 *     and an author claim is its sentence; it adds no words but the claimant's name and "said"
 * @param claimant the resolved speaker's name, or empty when the author claims it
 * @param attributionId the attribution the claim comes from, or empty for an author claim
 * @param quantities numbers stated in the content, in document order
 * @param hedged whether the content is hedged ("might", "allegedly") or a prediction; true
 *     exactly when {@code hedge} is present
 * @param negated whether the main proposition is negated
 * @param checkworthiness the check-worthiness model's probability in {@code [0, 1]}; higher means
 *     more worth checking
 * @param hedge the first hedging word or phrase in the content, if any
 * @param type the claim's kind (Full Fact categories)
 * @param times dates and relative times stated in the content ("on Tuesday", "1966-1976", "in
 *     recent months"), in document order
 */
public record Claim(
    String id,
    TextSpan content,
    String statement,
    Optional<String> claimant,
    Optional<String> attributionId,
    List<Quantity> quantities,
    boolean hedged,
    boolean negated,
    double checkworthiness,
    Optional<TextSpan> hedge,
    ClaimType type,
    List<TextSpan> times) {

  public Claim {
    checkNotNull(id, "id");
    checkNotNull(content, "content");
    checkNotNull(statement, "statement");
    checkNotNull(claimant, "claimant");
    checkNotNull(attributionId, "attributionId");
    checkNotNull(hedge, "hedge");
    checkNotNull(type, "type");
    quantities = ImmutableList.copyOf(quantities);
    times = ImmutableList.copyOf(times);
    checkArgument(
        checkworthiness >= 0 && checkworthiness <= 1,
        "checkworthiness %s outside [0, 1]",
        checkworthiness);
    checkArgument(hedged == hedge.isPresent(), "hedged %s but hedge %s", hedged, hedge);
  }

  /** This claim with another id; everything else equal. */
  public Claim withId(String newId) {
    return new Claim(newId, content, statement, claimant, attributionId, quantities, hedged, negated,
        checkworthiness, hedge, type, times);
  }
}
