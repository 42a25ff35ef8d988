package org.claimspan.service;

import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a {@code Content-Type} header the service looks at: the media type (lower case,
 * without parameters) and the {@code charset} parameter, if any. Immutable.
 *
 * @param type such as {@code text/plain}; empty when the header is absent
 * @param charset the charset parameter, lower case, without quotes
 */
record MediaType(String type, Optional<String> charset) {

  /** Parses a header value; null or blank gives an empty type. */
  static MediaType parse(String header) {
    if (header == null || header.isBlank()) {
      return new MediaType("", Optional.empty());
    }
    String[] parts = header.split(";");
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    Optional<String> charset = Optional.empty();
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
        String value = parameter.substring(equals + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        charset = Optional.of(value.toLowerCase(Locale.ROOT));
      }
    }
    return new MediaType(type, charset);
  }

  /** Whether the charset is absent or UTF-8 (or its subset US-ASCII). */
  boolean isUtf8Compatible() {
    return charset.isEmpty() || charset.get().equals("utf-8") || charset.get().equals("utf8")
        || charset.get().equals("us-ascii");
  }
}
