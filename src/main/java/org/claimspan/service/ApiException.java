package org.claimspan.service;

import java.util.Map;

/**
 * A request the service answers with an error status and a message for the client, such as 413
 * for a body over the limit. The message says what was wrong with the values involved; it never
 * carries a stack trace or a server path. Immutable.
 */
final class ApiException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final Map<String, String> headers;

  ApiException(int status, String message) {
    this(status, message, Map.of());
  }

  ApiException(int status, String message, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  /** The HTTP status, 4xx or 5xx. */
  int status() {
    return status;
  }

  /** Extra response headers, such as {@code Retry-After} or {@code Allow}. */
  Map<String, String> headers() {
    return headers;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }
}
