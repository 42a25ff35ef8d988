package org.claimspan.service;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a whole request body without holding a thread while the client sends it: the read/demand
 * loop of Jetty's content source, stopped as soon as the body passes the size limit. A slow client
 * costs a connection, not a thread or a worker; one that goes silent for the idle timeout ends
 * with a 408. Each instance reads one body; not thread-safe (Jetty serialises its callbacks).
 */
final class BodyReader implements Runnable {
  private final Request request;
  private final long limit;
  private final Consumer<byte[]> onBody;
  private final Consumer<ApiException> onError;
  private final Consumer<Throwable> onAbort;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  private BodyReader(
      Request request, long limit, Consumer<byte[]> onBody, Consumer<ApiException> onError, Consumer<Throwable> onAbort) {
    this.request = request;
    this.limit = limit;
    this.onBody = onBody;
    this.onError = onError;
    this.onAbort = onAbort;
  }

  /**
   * Reads the body of {@code request}, then calls exactly one of: {@code onBody} with its bytes;
   * {@code onError} with a 413 (over {@code limit} bytes) or a 408 (the client went silent); or
   * {@code onAbort} when the client went away, when nothing can be answered.
   */
  static void read(
      Request request, long limit, Consumer<byte[]> onBody, Consumer<ApiException> onError, Consumer<Throwable> onAbort) {
    new BodyReader(request, limit, onBody, onError, onAbort).run();
  }

  @Override
  public void run() {
    while (true) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        request.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        Throwable failure = chunk.getFailure();
        if (failure instanceof TimeoutException) {
          onError.accept(new ApiException(408,
              "the request body stopped arriving: nothing was received for the idle timeout; send the whole body without pauses"));
        } else {
          onAbort.accept(failure);
        }
        return;
      }
      ByteBuffer bytes = chunk.getByteBuffer();
      int length = bytes.remaining();
      if (body.size() + (long) length > limit) {
        chunk.release();
        onError.accept(tooLarge(limit));
        return;
      }
      if (bytes.hasArray()) {
        body.write(bytes.array(), bytes.arrayOffset() + bytes.position(), length);
      } else {
        byte[] copy = new byte[length];
        bytes.get(copy);
        body.write(copy, 0, length);
      }
      boolean last = chunk.isLast();
      chunk.release();
      if (last) {
        onBody.accept(body.toByteArray());
        return;
      }
    }
  }

  /** The 413 for a body over {@code limit} bytes. */
  static ApiException tooLarge(long limit) {
    return new ApiException(413, "request body is over the limit of " + limit + " bytes (see serve --max-body)");
  }
}
