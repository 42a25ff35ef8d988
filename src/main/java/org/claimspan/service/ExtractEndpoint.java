package org.claimspan.service;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /v1/extract}: one document, as {@code text/plain} or as a JSON object, answered in
 * the format {@code ?format=} names. The body is read without holding a thread; only then does the
 * document ask for a place in the work queue (429 when there is none), so a slow client never
 * holds a worker or a queue place. Thread-safe.
 */
final class ExtractEndpoint implements Endpoint {
  private static final Set<String> PARAMETERS = Set.of("format", "profile", "id", "threshold");

  /** Response header on a result cut short by its time budget. */
  static final String PARTIAL_HEADER = "Claimspan-Partial";

  private final Models models;
  private final WorkQueue queue;
  private final DocumentParser parser;
  private final DocumentExtraction extraction;
  private final long maxBodyBytes;
  private final ServiceLog log;

  ExtractEndpoint(Models models, WorkQueue queue, DocumentParser parser, DocumentExtraction extraction,
      long maxBodyBytes, ServiceLog log) {
    this.models = models;
    this.queue = queue;
    this.parser = parser;
    this.extraction = extraction;
    this.maxBodyBytes = maxBodyBytes;
    this.log = log;
  }

  /** A rendered answer, and whether its result was cut short by the time budget. */
  private record Rendered(String body, boolean partial) {}

  @Override
  public void handle(Request request, Response response, Callback callback) throws ApiException {
    QueryParameters query = QueryParameters.of(request, PARAMETERS);
    OutputFormat format = OutputFormat.fromQuery(query.get("format"));
    ClaimExtractor extractor = models.extractor(query.get("profile"));
    double threshold = threshold(query.get("threshold"), format, models.claimReviewThreshold());
    boolean json = isJson(MediaType.parse(request.getHeaders().get(HttpHeader.CONTENT_TYPE)));
    Optional<String> id = Optional.ofNullable(query.get("id"));
    if (json && id.isPresent()) {
      throw ApiException.badRequest("?id= names a text/plain document; a JSON body carries its own \"id\"");
    }
    if (request.getLength() > maxBodyBytes) {
      throw BodyReader.tooLarge(maxBodyBytes);
    }
    // While the document waits for a worker the client has nothing to send: not idle on its part.
    AtomicBoolean awaitingWorker = new AtomicBoolean();
    request.addIdleTimeoutListener(timeout -> !awaitingWorker.get());
    BodyReader.read(request, maxBodyBytes,
        body -> {
          try {
            Document document = json ? parser.fromJson(body) : parser.fromText(body, id);
            awaitingWorker.set(true);
            submit(extractor, document, format, threshold, response, callback);
          } catch (ApiException e) {
            Responses.error(response, callback, e);
          }
        },
        error -> Responses.error(response, callback, error),
        callback::failed);
  }

  private void submit(ClaimExtractor extractor, Document document, OutputFormat format, double threshold,
      Response response, Callback callback) throws ApiException {
    var job = queue.trySubmit(() -> {
      ExtractionResult result = extraction.extract(extractor, document);
      return new Rendered(format.render(result, threshold), DocumentExtraction.isPartial(result));
    }).orElseThrow(() -> new ApiException(429,
        "the work queue is full (" + queue.capacity() + " documents); try again later",
        Map.of("Retry-After", Long.toString(queue.retryAfterSeconds()))));
    // A request that fails (its connection broke) gives its queue place back if not yet started.
    response.getRequest().addFailureListener(failure -> job.cancel());
    job.result().whenComplete((rendered, failure) -> {
      if (failure == null) {
        if (rendered.partial()) {
          response.getHeaders().put(PARTIAL_HEADER, DocumentExtraction.TIME_BUDGET_EXCEEDED);
        }
        Responses.send(response, callback, 200, format.contentType(), rendered.body());
      } else {
        Responses.error(response, callback, answer(failure, document));
      }
    });
  }

  private ApiException answer(Throwable failure, Document document) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof ApiException api) {
      return api;
    }
    log.error("extraction of document '" + document.id() + "' failed", cause);
    return new ApiException(500, "extraction of document '" + document.id() + "' failed; the server logged the details");
  }

  private static boolean isJson(MediaType type) throws ApiException {
    boolean json;
    switch (type.type()) {
      case "text/plain" -> json = false;
      case "application/json" -> json = true;
      default -> throw new ApiException(415, "Content-Type must be text/plain (one article) or application/json"
          + " ({\"id\", \"text\", ...}), got " + (type.type().isEmpty() ? "none" : "'" + type.type() + "'"));
    }
    if (!type.isUtf8Compatible()) {
      throw new ApiException(415, "charset '" + type.charset().orElse("") + "' is not supported; send UTF-8");
    }
    return json;
  }

  private static double threshold(String value, OutputFormat format, double packaged) throws ApiException {
    if (value == null) {
      return packaged;
    }
    if (format != OutputFormat.CLAIMREVIEW) {
      throw ApiException.badRequest("?threshold= goes with ?format=claimreview");
    }
    try {
      double threshold = Double.parseDouble(value);
      if (threshold >= 0 && threshold <= 1) {
        return threshold;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.badRequest("?threshold= must be a number from 0 to 1, got '" + value + "'");
  }
}
