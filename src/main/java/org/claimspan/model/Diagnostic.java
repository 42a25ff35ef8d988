package org.claimspan.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Something odd about the input that the caller may want to know: an unclosed quote, markup,
 * control characters, a sentence too long to parse. Diagnostics never mean a result was lost
 * silently; they say what was skipped and why. Immutable and thread-safe.
 *
 * @param code a stable machine-readable code, such as {@code "unclosed-quote"}
 * @param message a human-readable explanation
 * @param span where in the text, if it applies to one place
 */
public record Diagnostic(String code, String message, Optional<TextSpan> span) {
  public Diagnostic {
    checkNotNull(code, "code");
    checkNotNull(message, "message");
    checkNotNull(span, "span");
  }

  public static Diagnostic of(String code, String message) {
    return new Diagnostic(code, message, Optional.empty());
  }

  public static Diagnostic at(String code, String message, TextSpan span) {
    return new Diagnostic(code, message, Optional.of(span));
  }
}
