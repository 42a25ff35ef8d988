package org.claimspan.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.json.ResultJson;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /v1/extract/batch}: JSON Lines in, JSON Lines out, streamed in input order. Each
 * input record ({@code {"id", "text", ...}}) gives exactly one output line: its {@code claimspan/1}
 * result, or a failure line {@code {"line": N, "id": ..., "error": {"status": S, "message": M}}}
 * (the id where the record had a readable one), and the stream goes on. Records are read as the
 * workers take them: the reading waits for a place in the work queue, so a batch slows down rather
 * than being refused part-way. A client that goes away stops the batch and withdraws its documents
 * not yet started. Runs on the request's thread, which it holds for the stream. Thread-safe.
 */
final class BatchEndpoint implements Endpoint {
  private static final Set<String> PARAMETERS = Set.of("profile");
  private static final Set<String> TYPES =
      Set.of("application/x-ndjson", "application/jsonl", "application/json-lines", "application/jsonlines",
          "application/x-jsonlines");
  /** Output that may wait for a slow client before the batch stops reading. */
  private static final long MAX_BUFFERED_BYTES = 64L << 20;

  private final ObjectMapper json = new ObjectMapper();
  private final Models models;
  private final WorkQueue queue;
  private final DocumentParser parser;
  private final DocumentExtraction extraction;
  private final ServiceMetrics metrics;
  private final long maxLineBytes;
  private final BooleanSupplier serving;
  private final ServiceLog log;

  BatchEndpoint(Models models, WorkQueue queue, DocumentParser parser, DocumentExtraction extraction,
      ServiceMetrics metrics, long maxLineBytes, BooleanSupplier serving, ServiceLog log) {
    this.models = models;
    this.queue = queue;
    this.parser = parser;
    this.extraction = extraction;
    this.metrics = metrics;
    this.maxLineBytes = maxLineBytes;
    this.serving = serving;
    this.log = log;
  }

  @Override
  public void handle(Request request, Response response, Callback callback) throws ApiException {
    QueryParameters query = QueryParameters.of(request, PARAMETERS);
    ClaimExtractor extractor = models.extractor(query.get("profile"));
    MediaType type = MediaType.parse(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
    if (!TYPES.contains(type.type())) {
      throw new ApiException(415, "Content-Type must be application/x-ndjson (JSON Lines, one {\"id\", \"text\", ...}"
          + " per line), got " + (type.type().isEmpty() ? "none" : "'" + type.type() + "'"));
    }
    if (!type.isUtf8Compatible()) {
      throw new ApiException(415, "charset '" + type.charset().orElse("") + "' is not supported; send UTF-8");
    }
    if (queue.isFull()) {
      throw new ApiException(429, "the work queue is full (" + queue.capacity() + " documents); try again later",
          Map.of("Retry-After", Long.toString(queue.retryAfterSeconds())));
    }
    // Reads and writes in progress time out on their own; waiting for workers is not idleness.
    request.addIdleTimeoutListener(timeout -> false);
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.JSON_LINES);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    OrderedLineWriter writer = new OrderedLineWriter(response, callback, 2 * queue.threads(), MAX_BUFFERED_BYTES);
    stream(request, extractor, writer);
  }

  private void stream(Request request, ClaimExtractor extractor, OrderedLineWriter writer) {
    LineReader lines = new LineReader(Content.Source.asInputStream(request), maxLineBytes);
    int number = 0;
    try {
      while (!writer.failed()) {
        LineReader.Line line = lines.next();
        if (line == null) {
          break;
        }
        number++;
        if (line.isBlank()) {
          continue;
        }
        OrderedLineWriter.Slot slot = writer.reserve();
        if (slot == null || !submit(line, number, extractor, slot, writer)) {
          break;
        }
      }
    } catch (IOException e) {
      if (e.getCause() instanceof TimeoutException || e instanceof java.io.InterruptedIOException) {
        failRest(writer, number + 1, 408, "the request body stopped arriving for the idle timeout; the batch ends here");
      }
      // Otherwise the client went away: its writes fail too, which ends the stream.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failRest(writer, number + 1, 503, "the service is stopping; the batch ends here");
    }
    writer.end();
  }

  /** Queues one record; false when the batch must stop (the service is stopping). */
  private boolean submit(LineReader.Line line, int number, ClaimExtractor extractor, OrderedLineWriter.Slot slot,
      OrderedLineWriter writer) throws InterruptedException {
    String profile = extractor.profile().id();
    if (line.tooLong()) {
      metrics.document(profile, ServiceMetrics.Outcome.FAILED);
      slot.fill(failureLine(number, Optional.empty(), 413, "line is over the limit of " + maxLineBytes + " bytes"));
      return true;
    }
    String text;
    Document document;
    try {
      text = DocumentParser.decodeUtf8(line.bytes(), "line");
      try {
        document = parser.fromJsonLine(text);
      } catch (ApiException e) {
        metrics.document(profile, ServiceMetrics.Outcome.FAILED);
        slot.fill(failureLine(number, parser.idOf(text), e.status(), e.getMessage()));
        return true;
      }
    } catch (ApiException e) {
      metrics.document(profile, ServiceMetrics.Outcome.FAILED);
      slot.fill(failureLine(number, Optional.empty(), e.status(), e.getMessage()));
      return true;
    }
    var job = queue.submit(() -> ResultJson.toJsonLine(extraction.extract(extractor, document)),
        () -> serving.getAsBoolean() && !writer.failed());
    if (job.isEmpty()) {
      slot.fill(failureLine(number, Optional.of(document.id()), 503, "the service is stopping; the batch ends here"));
      return false;
    }
    slot.onWithdraw(job.get()::cancel);
    job.get().result().whenComplete((answer, failure) ->
        slot.fill(failure == null ? answer : failureLine(number, Optional.of(document.id()), failure)));
    return true;
  }

  private String failureLine(int number, Optional<String> id, Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof ApiException api) {
      return failureLine(number, id, api.status(), api.getMessage());
    }
    String which = id.map(value -> "document '" + value + "'").orElse("line " + number);
    log.error("extraction of " + which + " failed", cause);
    return failureLine(number, id, 500, "extraction of " + which + " failed; the server logged the details");
  }

  private void failRest(OrderedLineWriter writer, int number, int status, String message) {
    try {
      OrderedLineWriter.Slot slot = writer.reserve();
      if (slot != null) {
        slot.fill(failureLine(number, Optional.empty(), status, message));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A failure line: {@code {"line":N,"id":ID,"error":{"status":S,"message":M}}}, id only if known. */
  String failureLine(int number, Optional<String> id, int status, String message) {
    ObjectNode root = json.createObjectNode();
    root.put("line", number);
    id.ifPresent(value -> root.put("id", value));
    ObjectNode error = root.putObject("error");
    error.put("status", status);
    error.put("message", message);
    return Responses.write(root);
  }
}
