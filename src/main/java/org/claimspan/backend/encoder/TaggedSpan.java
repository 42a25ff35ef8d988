package org.claimspan.backend.encoder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A span the tagger marked: items (wordpieces or tokens, whichever was decoded) {@code first} to
 * {@code end} (exclusive) play {@code role}. Immutable and thread-safe.
 *
 * @param role the part of an attribution it plays
 * @param first index of its first item
 * @param end index just past its last item; {@code end > first}
 * @param confidence the mean probability of the role over its items, in {@code [0, 1]}
 */
public record TaggedSpan(AttributionRole role, int first, int end, double confidence) {
  public TaggedSpan {
    checkNotNull(role, "role");
    checkArgument(0 <= first && first < end, "tagged span %s-%s", first, end);
    checkArgument(0 <= confidence && confidence <= 1, "confidence %s outside [0, 1]", confidence);
  }
}
