package org.claimspan.eval;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What one system got wrong in one document at content overlap 0.3: predictions that matched no
 * gold, and gold that no prediction matched. Immutable and thread-safe.
 *
 * @param document the document, with its text for context
 * @param falsePositives unmatched predictions
 * @param misses unmatched gold attributions
 */
public record DocumentErrors(
    GoldDocument document, List<EvalAttribution> falsePositives, List<EvalAttribution> misses) {

  public DocumentErrors {
    falsePositives = ImmutableList.copyOf(falsePositives);
    misses = ImmutableList.copyOf(misses);
  }
}
