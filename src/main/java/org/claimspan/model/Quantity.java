package org.claimspan.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A number stated in a claim: "over one million", "28", "1966-1976", "$19.3 million".
 * Immutable and thread-safe; no component is null.
 *
 * @param span the quantity as written, qualifier included
 * @param value the numeric value, or the lower end of a range; empty when it could not be read
 * @param upper the upper end of a range, if the quantity is one
 * @param unit what is counted when the text says ("percent", "USD", "people"), if known
 * @param qualifier an approximator or bound ("over", "up to", "nearly", "about"), if any
 */
public record Quantity(
    TextSpan span,
    OptionalDouble value,
    OptionalDouble upper,
    Optional<String> unit,
    Optional<String> qualifier) {

  public Quantity {
    checkNotNull(span, "span");
    checkNotNull(value, "value");
    checkNotNull(upper, "upper");
    checkNotNull(unit, "unit");
    checkNotNull(qualifier, "qualifier");
  }
}
