package org.claimspan.service;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The service's metrics in a Prometheus registry of its own (never the library's global default
 * registry): requests by route, method and status, request latency by route, documents by profile
 * and outcome, extraction time, and gauges for the queue and the workers. Thread-safe.
 */
final class ServiceMetrics {
  /** Outcomes of one document. */
  enum Outcome {
    /** Extracted in full. */
    OK,
    /** Extracted in part: the time budget ran out (the result carries the diagnostic). */
    PARTIAL,
    /** Not extracted: a bad record, a text over the limit, or a failure in extraction. */
    FAILED;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final double[] SECONDS =
      {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120};

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
  private final Counter requests;
  private final Histogram latency;
  private final Counter documents;
  private final Histogram extraction;

  ServiceMetrics(WorkQueue queue, Models models) {
    requests = Counter.builder()
        .name("claimspan_http_requests_total")
        .help("HTTP requests answered, by route, method and status (status 'aborted': the client went away)")
        .labelNames("route", "method", "status")
        .withoutExemplars()
        .register(registry);
    latency = Histogram.builder()
        .name("claimspan_http_request_duration_seconds")
        .help("Time from a request's headers to the end of its response, by route")
        .labelNames("route")
        .classicOnly()
        .classicUpperBounds(SECONDS)
        .withoutExemplars()
        .register(registry);
    documents = Counter.builder()
        .name("claimspan_documents_total")
        .help("Documents by profile and outcome: ok, partial (time budget exceeded) or failed")
        .labelNames("profile", "outcome")
        .withoutExemplars()
        .register(registry);
    extraction = Histogram.builder()
        .name("claimspan_extraction_duration_seconds")
        .help("Time a worker spent on one document, by profile")
        .labelNames("profile")
        .classicOnly()
        .classicUpperBounds(SECONDS)
        .withoutExemplars()
        .register(registry);
    GaugeWithCallback.builder()
        .name("claimspan_queue_depth")
        .help("Documents admitted and waiting for a worker")
        .callback(callback -> callback.call(queue.waiting()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("claimspan_queue_capacity")
        .help("Documents that may wait for a worker (serve --queue)")
        .callback(callback -> callback.call(queue.capacity() - queue.threads()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("claimspan_workers_busy")
        .help("Workers extracting a document now")
        .callback(callback -> callback.call(queue.busyWorkers()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("claimspan_workers")
        .help("Worker threads (serve --threads)")
        .callback(callback -> callback.call(queue.threads()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("claimspan_ready")
        .help("1 once every profile's models have loaded, else 0")
        .callback(callback -> callback.call(models.isReady() ? 1 : 0))
        .register(registry);
  }

  /** Counts one answered request and its latency. */
  void request(String route, String method, String status, long nanos) {
    requests.labelValues(route, method, status).inc();
    latency.labelValues(route).observe(nanos / 1e9);
  }

  /** Counts one document. */
  void document(String profile, Outcome outcome) {
    documents.labelValues(profile, outcome.label()).inc();
  }

  /** Records the time a worker spent on one document. */
  void extraction(String profile, long nanos) {
    extraction.labelValues(profile).observe(nanos / 1e9);
  }

  /** The content type of {@link #scrape()}. */
  String contentType() {
    return writer.getContentType();
  }

  /** Every metric now, in the Prometheus text format. */
  String scrape() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array stream does not fail
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
