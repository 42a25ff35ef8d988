package org.claimspan.backend.encoder;

import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * The tagger's seven labels: outside, and the beginning or inside of a source, cue or content.
 * Their {@linkplain #index() index} is the model's output column, fixed by training; do not
 * reorder.
 */
public enum TaggerLabel {
  O(null, false),
  B_SOURCE(AttributionRole.SOURCE, true),
  I_SOURCE(AttributionRole.SOURCE, false),
  B_CUE(AttributionRole.CUE, true),
  I_CUE(AttributionRole.CUE, false),
  B_CONTENT(AttributionRole.CONTENT, true),
  I_CONTENT(AttributionRole.CONTENT, false);

  private static final List<TaggerLabel> ALL = List.of(values());

  private final AttributionRole role;
  private final boolean begins;

  TaggerLabel(AttributionRole role, boolean begins) {
    this.role = role;
    this.begins = begins;
  }

  /** The number of labels, the width of the model's output. */
  public static int count() {
    return ALL.size();
  }

  /** The label in output column {@code index}. */
  public static TaggerLabel ofIndex(int index) {
    checkElementIndex(index, ALL.size(), "label index");
    return ALL.get(index);
  }

  /** The B- label of a role. */
  public static TaggerLabel begin(AttributionRole role) {
    checkNotNull(role, "role");
    return switch (role) {
      case SOURCE -> B_SOURCE;
      case CUE -> B_CUE;
      case CONTENT -> B_CONTENT;
    };
  }

  /** The I- label of a role. */
  public static TaggerLabel inside(AttributionRole role) {
    checkNotNull(role, "role");
    return switch (role) {
      case SOURCE -> I_SOURCE;
      case CUE -> I_CUE;
      case CONTENT -> I_CONTENT;
    };
  }

  /** The model's output column for this label. */
  public int index() {
    return ordinal();
  }

  /** The role this label marks; empty for {@link #O}. */
  public Optional<AttributionRole> role() {
    return Optional.ofNullable(role);
  }

  /** Whether this is a B- label (a span starts here). */
  public boolean begins() {
    return begins;
  }

  /** Whether this label may follow {@code previous} (an I- label only after its own role's B- or I-). */
  public boolean mayFollow(TaggerLabel previous) {
    checkNotNull(previous, "previous");
    return role == null || begins || previous.role == role;
  }

  /** Whether this label may open a sequence (anything but an I- label). */
  public boolean mayStart() {
    return role == null || begins;
  }

  /** The label's name as in the BIO convention: {@code O}, {@code B-SOURCE}, {@code I-CUE}, ... */
  public String tag() {
    return name().replace('_', '-');
  }
}
