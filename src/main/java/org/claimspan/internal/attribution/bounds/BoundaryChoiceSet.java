package org.claimspan.internal.attribution.bounds;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.model.TextSpan;

/**
 * The places one span (a content, a cue or a source) could end and start, each with its features
 * and the span the engine would give for it: what the boundary trainer learns from and a boundary
 * model judges. Immutable and thread-safe.
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
   * The choices of a span of one part over tokens {@code [first, last]}, each end choice with
   * {@code first} and each start choice with {@code last} (a cue, a source).
   *
   * @param ends the last-token choices, {@code last} among them
   * @param starts the first-token choices, {@code first} among them
   * @param endFeatures the features of the end choice at a token
   * @param startFeatures the features of the start choice at a token
   */
  static BoundaryChoiceSet ofTokens(DependencyTree tree, int first, int last, List<Integer> ends, List<Integer> starts,
      IntFunction<List<String>> endFeatures, IntFunction<List<String>> startFeatures) {
    List<Choice> endChoices = new ArrayList<>();
    for (int end : ends) {
      endChoices.add(new Choice(end, List.of(span(tree, first, end)), endFeatures.apply(end)));
    }
    List<Choice> startChoices = new ArrayList<>();
    for (int start : starts) {
      startChoices.add(new Choice(start, List.of(span(tree, start, last)), startFeatures.apply(start)));
    }
    return new BoundaryChoiceSet(endChoices, ends.indexOf(last), startChoices, starts.indexOf(first));
  }

  /** The text of tokens {@code [first, last]}, from the first's start to the last's end. */
  static TextSpan span(DependencyTree tree, int first, int last) {
    return TextSpan.of(tree.text(), tree.token(first).begin(), tree.token(last).end());
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
