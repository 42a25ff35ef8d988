package org.claimspan.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself (a malformed request line, headers too large, a request during
 * shutdown) in the service's JSON shape, {@code {"error": {"status": S, "message": M}}}, instead
 * of Jetty's HTML page. Only the status's reason phrase or Jetty's short reason is shown, never an
 * exception or a stack trace. Thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    String message = (String) request.getAttribute(ERROR_MESSAGE);
    Object cause = request.getAttribute(ERROR_EXCEPTION);
    if (cause instanceof HttpException http) {
      status = http.getCode();
      response.setStatus(status);
      message = http.getReason();
    }
    if (status == HttpStatus.SERVICE_UNAVAILABLE_503) {
      message = "the service is stopping";
    }
    if (status >= 500 && status != HttpStatus.SERVICE_UNAVAILABLE_503 || message == null || message.isBlank()) {
      message = HttpStatus.getMessage(status);
    }
    if (HttpStatus.hasNoBody(status)) {
      callback.succeeded();
      return true;
    }
    Responses.send(response, callback, status, Responses.JSON, Responses.errorJson(status, message) + "\n");
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Responses.JSON);
    String message = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    return ByteBuffer.wrap((Responses.errorJson(status, message) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
