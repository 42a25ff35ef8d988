package org.claimspan.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A stretch of text in quote marks. Immutable and thread-safe; no component is null.
 *
 * @param id stable id in document order ({@code "q1"}, {@code "q2"}, ...)
 * @param span the quote including its quote marks (an unclosed quote ends at its paragraph)
 * @param content the quoted words, without the quote marks
 * @param type direct speech, a partial quote or scare quotes
 * @param attributionId the attribution this quote belongs to, when one was found
 */
public record Quote(
    String id, TextSpan span, TextSpan content, QuoteType type, Optional<String> attributionId) {

  public Quote {
    checkNotNull(id, "id");
    checkNotNull(span, "span");
    checkNotNull(content, "content");
    checkNotNull(type, "type");
    checkNotNull(attributionId, "attributionId");
    checkArgument(span.contains(content), "quote content %s is outside its span %s", content, span);
  }

  /** This quote linked to an attribution. */
  public Quote withAttribution(String newAttributionId) {
    return new Quote(id, span, content, type, Optional.of(newAttributionId));
  }
}
