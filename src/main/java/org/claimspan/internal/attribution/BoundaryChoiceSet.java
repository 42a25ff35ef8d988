package org.claimspan.internal.attribution;

import java.util.List;
import org.claimspan.model.TextSpan;

/**
 * The places one span (a content or a cue) could end and start, each with its features and the
 * span the engine would give for it: what {@link BoundaryTrainer} learns from and a boundary model
 * judges. Immutable and thread-safe.
 *
 * @param ends the end choices, each with the rules' start
 * @param endBase the index of the rules' own end in {@code ends}
 * @param starts the start choices, each with the rules' end
 * @param startBase the index of the rules' own start in {@code starts}
 */
public record BoundaryChoiceSet(List<Choice> ends, int endBase, List<Choice> starts, int startBase) {
  public BoundaryChoiceSet {
    ends = List.copyOf(ends);
    starts = List.copyOf(starts);
    if (endBase < 0 || endBase >= ends.size() || startBase < 0 || startBase >= starts.size()) {
      throw new IllegalArgumentException("the rules' bounds must be among the choices: end " + endBase + " of "
          + ends.size() + ", start " + startBase + " of " + starts.size());
    }
  }

  /**
   * One choice of a bound.
   *
   * @param token the span's last (for an end) or first (for a start) token, document-wide
   * @param parts the span's parts with this bound, as the engine would give them
   * @param features the features a model judges the choice by
   */
  public record Choice(int token, List<TextSpan> parts, List<String> features) {
    public Choice {
      parts = List.copyOf(parts);
      features = List.copyOf(features);
    }
  }
}
