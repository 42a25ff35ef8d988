package org.claimspan.backend.encoder;

/**
 * A probability distribution over the {@link TaggerLabel}s for each item of a sequence (wordpieces
 * or tokens), as {@link BioDecoder} reads it. Implementations are immutable and thread-safe.
 */
public interface LabelDistributions {

  /** The number of items. */
  int size();

  /**
   * The probability that item {@code i} has {@code label}, in {@code [0, 1]}; the probabilities of
   * one item sum to one.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i < size()}
   */
  float probability(int i, TaggerLabel label);

  /** The probability that item {@code i} is part of a {@code role} span: its B- and I- together. */
  default float roleProbability(int i, AttributionRole role) {
    return probability(i, TaggerLabel.begin(role)) + probability(i, TaggerLabel.inside(role));
  }
}
