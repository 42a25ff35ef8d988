package org.claimspan.eval.systems;

import org.claimspan.Document;
import org.claimspan.ExtractionResult;

/**
 * Something the evaluation and the benchmark can run over documents: a Claimspan profile or a
 * peer system mapped onto Claimspan's result types. Implementations must be thread-safe.
 */
public interface SystemUnderTest {

  /** The name used in reports ({@code "accurate"}, {@code "corenlp-quote"}). */
  String name();

  /** Extracts attributions from one document; never returns null. */
  ExtractionResult extract(Document document);
}
