package org.claimspan.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.claimspan.Profile;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The who-said-what HTTP service on an embedded Jetty server: {@code POST /v1/extract}, {@code POST
 * /v1/extract/batch}, {@code /healthz}, {@code /readyz}, {@code /metrics}, {@code
 * /v1/openapi.json} and a web page at {@code /}. {@link #start} binds the port at once and loads
 * the models on a background thread ({@link #ready()} completes when they are loaded); {@link
 * #close()} stops gracefully: no new requests are taken, and those in flight get the time budget
 * (plus a few seconds) to finish.
 *
 * <p>Offsets in every answer are UTF-16 code units, as in the library. Thread-safe; no method
 * returns null.
 */
public final class ClaimspanServer implements AutoCloseable {
  /** Time a graceful stop allows beyond the time budget for writing the last answers. */
  private static final Duration STOP_MARGIN = Duration.ofSeconds(5);

  private final ServiceConfig config;
  private final Server server;
  private final int port;
  private final Models models;
  private final CompletableFuture<Void> ready;

  private ClaimspanServer(ServiceConfig config, Server server, ServerConnector connector, Models models,
      CompletableFuture<Void> ready) {
    this.config = config;
    this.server = server;
    this.port = connector.getLocalPort(); // kept: the connector forgets it once closed
    this.models = models;
    this.ready = ready;
  }

  /**
   * Binds {@code config}'s address and starts serving; the models load in the background.
   *
   * @param config the configuration, not null
   * @param log where start, stop and internal errors are reported (with stack traces, which never
   *     reach a client), not null
   * @param stopAtShutdown whether a JVM shutdown (SIGTERM, Ctrl+C) stops the server gracefully
   * @return the running server, never null
   * @throws IOException if the address cannot be bound (in use, or not this machine's)
   */
  public static ClaimspanServer start(ServiceConfig config, PrintWriter log, boolean stopAtShutdown) throws IOException {
    checkNotNull(config, "config");
    checkNotNull(log, "log");
    ServiceLog serviceLog = new ServiceLog(log);
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("claimspan-http");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setIdleTimeout(config.idleTimeout().toMillis());
    server.addConnector(connector);

    Models models = new Models(config);
    WorkQueue queue = new WorkQueue(config.threads(), config.queue());
    ServiceMetrics metrics = new ServiceMetrics(queue, models);
    BooleanSupplier serving = server::isRunning;
    Duration stopTimeout = config.timeBudget().plus(STOP_MARGIN);
    Router router = new Router(endpoints(config, models, queue, metrics, serving, serviceLog),
        config.token().map(BearerToken::new), metrics, serviceLog);
    server.setHandler(new GracefulHandler(cors(config, router)));
    server.setErrorHandler(new JsonErrorHandler());
    server.setStopTimeout(stopTimeout.toMillis());
    server.setStopAtShutdown(stopAtShutdown);
    // Stopped after the connectors and handlers: the workers finish what was admitted.
    server.addBean(new AbstractLifeCycle() {
      @Override
      protected void doStop() throws Exception {
        queue.stop(STOP_MARGIN);
        serviceLog.info("stopped");
      }
    });
    try {
      server.start();
    } catch (Exception e) {
      try {
        server.stop();
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new IOException("cannot serve on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
    }
    long loadStart = System.nanoTime();
    serviceLog.info("listening on http://" + hostForUri(config.host()) + ":" + connector.getLocalPort() + "/ (profiles "
        + String.join(", ", config.profiles().stream().map(Profile::id).toList()) + "; " + config.threads()
        + " workers, queue " + config.queue() + (config.token().isPresent() ? "; bearer token required on /v1" : "")
        + "); loading models");
    CompletableFuture<Void> ready = models.loadInBackground().whenComplete((ignored, failure) -> {
      if (failure == null) {
        serviceLog.info(String.format(java.util.Locale.ROOT, "ready: models loaded in %.1f s",
            (System.nanoTime() - loadStart) / 1e9));
      } else {
        serviceLog.error("the models failed to load", failure);
      }
    });
    return new ClaimspanServer(config, server, connector, models, ready);
  }

  private static Map<Route, Endpoint> endpoints(ServiceConfig config, Models models, WorkQueue queue,
      ServiceMetrics metrics, BooleanSupplier serving, ServiceLog log) {
    DocumentParser parser = new DocumentParser(config.maxChars());
    DocumentExtraction extraction = new DocumentExtraction(metrics);
    Map<Route, Endpoint> endpoints = new EnumMap<>(Route.class);
    endpoints.put(Route.PAGE, DocumentEndpoints.page(config));
    endpoints.put(Route.HEALTH, StatusEndpoints.health());
    endpoints.put(Route.READY, StatusEndpoints.ready(models, serving));
    endpoints.put(Route.METRICS, StatusEndpoints.metrics(metrics));
    endpoints.put(Route.OPENAPI, DocumentEndpoints.openApi(config));
    endpoints.put(Route.EXTRACT, new ExtractEndpoint(models, queue, parser, extraction, config.maxBodyBytes(), log));
    endpoints.put(Route.BATCH,
        new BatchEndpoint(models, queue, parser, extraction, metrics, config.maxBodyBytes(), serving, log));
    return endpoints;
  }

  /** CORS for the one configured origin; without one, no CORS headers at all. */
  private static Handler cors(ServiceConfig config, Handler next) {
    if (config.corsOrigin().isEmpty()) {
      return next;
    }
    String origin = config.corsOrigin().get();
    CrossOriginHandler cors = new CrossOriginHandler();
    cors.setAllowedOriginPatterns(Set.of(origin.equals("*") ? "*" : Pattern.quote(origin)));
    cors.setAllowedMethods(Set.of("GET", "POST"));
    cors.setAllowedHeaders(Set.of("Authorization", "Content-Type"));
    cors.setExposedHeaders(Set.of("Retry-After", ExtractEndpoint.PARTIAL_HEADER));
    cors.setAllowCredentials(false);
    cors.setPreflightMaxAge(Duration.ofMinutes(10));
    cors.setHandler(next);
    return cors;
  }

  private static String hostForUri(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** The port the server listens on (the one chosen when the configuration said 0). */
  public int port() {
    return port;
  }

  /** The server's base URI, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    return URI.create("http://" + hostForUri(config.host()) + ":" + port() + "/");
  }

  /**
   * Completes when every profile's models have loaded, or exceptionally with the reason they
   * could not be; never null.
   */
  public CompletableFuture<Void> ready() {
    return ready;
  }

  /** Why the models failed to load, if they did. */
  public Optional<String> loadFailure() {
    return models.failure();
  }

  /** Blocks until the server has stopped (after {@link #close()} or a JVM shutdown). */
  public void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops gracefully: new connections are refused and new requests on open ones answered 503,
   * while requests in flight get the time budget plus a few seconds to finish; then the workers
   * stop. Returns when the server has stopped. Idempotent.
   */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the server did not stop cleanly: " + e.getMessage(), e);
    }
  }
}
