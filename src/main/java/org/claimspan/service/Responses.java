package org.claimspan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes whole responses: a body of text with its status and type, or an error as {@code
 * {"error": {"status": 413, "message": "..."}}}. Stateless and thread-safe.
 */
final class Responses {
  static final String JSON = "application/json; charset=utf-8";
  static final String JSON_LINES = "application/x-ndjson; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";
  static final String TEXT = "text/plain; charset=utf-8";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Responses() {}

  /** Sends {@code body} (UTF-8) as the whole response and completes {@code callback}. */
  static void send(Response response, Callback callback, int status, String contentType, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }

  /**
   * Sends {@code error} as a JSON error response, or, when the response is already committed (a
   * stream had begun), fails the callback, which ends the connection.
   */
  static void error(Response response, Callback callback, ApiException error) {
    if (response.isCommitted()) {
      callback.failed(error);
      return;
    }
    // No reset: headers set before (CORS ones, say) still apply to the error.
    error.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    send(response, callback, error.status(), JSON, errorJson(error.status(), error.getMessage()) + "\n");
  }

  /** The error object: {@code {"error":{"status":S,"message":M}}}. */
  static String errorJson(int status, String message) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode error = root.putObject("error");
    error.put("status", status);
    error.put("message", message);
    return write(root);
  }

  /** A tree as one line of JSON. */
  static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain nodes always serialises
    }
  }
}
