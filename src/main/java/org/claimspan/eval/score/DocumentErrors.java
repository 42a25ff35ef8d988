package org.claimspan.eval.score;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.claimspan.eval.corpus.EvalAttribution;
import org.claimspan.eval.corpus.GoldDocument;

/**
 * What one system got wrong in one document at content overlap 0.3: predictions that matched no
 * gold, gold that no prediction matched, and matched pairs whose spans differ. Immutable and
 * thread-safe.
 *
 * @param document the document, with its text for context
 * @param falsePositives unmatched predictions
 * @param misses unmatched gold attributions
 * @param boundaries matched pairs whose source, cue or content is not an exact match
 */
public record DocumentErrors(
    GoldDocument document,
    List<EvalAttribution> falsePositives,
    List<EvalAttribution> misses,
    List<Pair> boundaries) {

  public DocumentErrors {
    falsePositives = ImmutableList.copyOf(falsePositives);
    misses = ImmutableList.copyOf(misses);
    boundaries = ImmutableList.copyOf(boundaries);
  }

  /** A gold attribution and the prediction matched to it. */
  public record Pair(EvalAttribution gold, EvalAttribution predicted) {}
}
