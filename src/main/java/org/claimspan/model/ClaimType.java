package org.claimspan.model;

/**
 * The kind of a claim, after Full Fact's claim categories; chosen by simple, documented rules (see
 * {@code ClaimTypeRules} in the engine), so it is a hint for routing, not a judgement.
 */
public enum ClaimType {
  /** States a number, amount, proportion or change ("over one million", "28 organisations"). */
  QUANTITY,
  /** About the future ("will", "is expected to", "might further deteriorate"). */
  PREDICTION,
  /** Says one thing causes or goes with another ("because", "led to", "linked to"). */
  CORRELATION_CAUSATION,
  /** About laws, rules, sanctions and official decisions ("introduced visa restrictions", "banned"). */
  LAW_RULE,
  /** The claimant's own experience ("I saw", "we were told"). */
  PERSONAL_EXPERIENCE,
  /** None of the above. */
  OTHER
}
