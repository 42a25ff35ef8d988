package org.claimspan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What a batch run made of one document: its result, or the reason it failed. Immutable.
 *
 * <p>A batch never drops a document: every input yields exactly one outcome, in input order.
 *
 * @param document the input document, never null
 * @param result the extraction result; empty exactly when {@code failure} is present
 * @param failure why extraction failed (for example a document over the length limit); empty on
 *     success
 */
public record DocumentOutcome(
    Document document, Optional<ExtractionResult> result, Optional<RuntimeException> failure) {

  public DocumentOutcome {
    checkNotNull(document, "document");
    checkNotNull(result, "result");
    checkNotNull(failure, "failure");
    checkArgument(result.isPresent() != failure.isPresent(), "exactly one of result and failure");
  }

  /** A successful outcome. */
  public static DocumentOutcome success(Document document, ExtractionResult result) {
    return new DocumentOutcome(document, Optional.of(result), Optional.empty());
  }

  /** A failed outcome. */
  public static DocumentOutcome failure(Document document, RuntimeException failure) {
    return new DocumentOutcome(document, Optional.empty(), Optional.of(failure));
  }

  /** Whether extraction succeeded. */
  public boolean succeeded() {
    return result.isPresent();
  }
}
