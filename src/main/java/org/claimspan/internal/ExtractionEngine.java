package org.claimspan.internal;

import java.util.List;
import java.util.Map;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.spi.LinguisticBackend;

/** Runs the extraction stages over one document. Stateless and thread-safe. */
public final class ExtractionEngine {
  private final Lexicons lexicons;

  public ExtractionEngine(Lexicons lexicons) {
    this.lexicons = lexicons;
  }

  public ExtractionResult extract(Document document, LinguisticBackend backend, ExtractionLimits limits) {
    return new ExtractionResult(document, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
  }
}
