package org.claimspan.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Checks {@code Authorization: Bearer TOKEN}. The presented token and the expected one are
 * compared as SHA-256 digests with {@link MessageDigest#isEqual}, in time that depends on neither
 * their content nor their length. Immutable and thread-safe.
 */
final class BearerToken {
  private static final String CHALLENGE = "Bearer realm=\"claimspan\"";

  private final byte[] expected;

  BearerToken(String token) {
    this.expected = sha256(token);
  }

  /** Returns normally when {@code request} carries the token; otherwise a 401. */
  void check(Request request) throws ApiException {
    String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (header == null) {
      throw new ApiException(401, "this route needs the header 'Authorization: Bearer <token>'",
          Map.of("WWW-Authenticate", CHALLENGE));
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(401, "the Authorization header must use the Bearer scheme",
          Map.of("WWW-Authenticate", CHALLENGE));
    }
    if (!MessageDigest.isEqual(sha256(header.substring(7).trim()), expected)) {
      throw new ApiException(401, "the bearer token is not valid",
          Map.of("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\""));
    }
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
