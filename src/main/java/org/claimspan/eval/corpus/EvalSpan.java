package org.claimspan.eval.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.claimspan.model.TextSpan;

/**
 * A possibly discontinuous span: one or more fragments of a document's text, as annotated
 * ({@code 10 40;52 90}). Immutable and thread-safe; never null components.
 *
 * @param fragments the fragments in annotation order; at least one
 */
public record EvalSpan(List<TextSpan> fragments) {

  public EvalSpan {
    fragments = ImmutableList.copyOf(fragments);
    checkArgument(!fragments.isEmpty(), "a span needs at least one fragment");
  }

  /** A contiguous span. */
  public static EvalSpan of(TextSpan span) {
    return new EvalSpan(List.of(span));
  }

  /** First offset covered by any fragment. */
  public int begin() {
    return fragments.stream().mapToInt(TextSpan::begin).min().orElseThrow();
  }

  /** Offset after the last fragment. */
  public int end() {
    return fragments.stream().mapToInt(TextSpan::end).max().orElseThrow();
  }

  /** Number of characters covered (fragments are assumed not to overlap each other). */
  public int length() {
    return fragments.stream().mapToInt(TextSpan::length).sum();
  }

  /** Number of characters covered by both spans. */
  public int overlap(EvalSpan other) {
    int shared = 0;
    for (TextSpan a : fragments) {
      for (TextSpan b : other.fragments) {
        shared += Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin()));
      }
    }
    return shared;
  }

  /** The fragments' text joined by {@code " ... "}. */
  public String text() {
    return fragments.stream().map(TextSpan::text).collect(Collectors.joining(" ... "));
  }
}
