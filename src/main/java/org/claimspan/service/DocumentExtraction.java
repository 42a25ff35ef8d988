package org.claimspan.service;

import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.eclipse.jetty.util.NanoTime;

/**
 * Extracts one document on a worker and counts it in the metrics: its time, and its outcome (ok,
 * or partial when its time budget ran out). A failure is counted and rethrown for the caller to
 * answer. Thread-safe.
 */
final class DocumentExtraction {
  /** The diagnostic code of a document whose time budget ran out. */
  static final String TIME_BUDGET_EXCEEDED = "time-budget-exceeded";

  private final ServiceMetrics metrics;

  DocumentExtraction(ServiceMetrics metrics) {
    this.metrics = metrics;
  }

  /** The result for {@code document}; never null. */
  ExtractionResult extract(ClaimExtractor extractor, Document document) {
    String profile = extractor.profile().id();
    long begin = NanoTime.now();
    try {
      ExtractionResult result = extractor.extract(document);
      metrics.extraction(profile, NanoTime.since(begin));
      metrics.document(profile, isPartial(result) ? ServiceMetrics.Outcome.PARTIAL : ServiceMetrics.Outcome.OK);
      return result;
    } catch (RuntimeException | StackOverflowError e) {
      metrics.extraction(profile, NanoTime.since(begin));
      metrics.document(profile, ServiceMetrics.Outcome.FAILED);
      throw e;
    }
  }

  /** Whether the result is partial because its time budget ran out. */
  static boolean isPartial(ExtractionResult result) {
    return result.diagnostics().stream().anyMatch(d -> d.code().equals(TIME_BUDGET_EXCEEDED));
  }
}
