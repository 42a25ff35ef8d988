package org.claimspan.service;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;

/**
 * Sends each request to its route's endpoint: 404 for an unknown path, 405 (with {@code Allow})
 * for a wrong method, 401 without the bearer token on {@code /v1} routes, and a JSON error for
 * whatever an endpoint refuses. Every answered request is counted in the metrics by route, method
 * and status. An unexpected exception is logged here and answered with a 500 that carries no
 * detail. Thread-safe.
 */
final class Router extends Handler.Abstract {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

  private final Map<Route, Endpoint> endpoints;
  private final Optional<BearerToken> token;
  private final ServiceMetrics metrics;
  private final ServiceLog log;

  Router(Map<Route, Endpoint> endpoints, Optional<BearerToken> token, ServiceMetrics metrics, ServiceLog log) {
    this.endpoints = Map.copyOf(endpoints);
    this.token = token;
    this.metrics = metrics;
    this.log = log;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    Optional<Route> route = Route.at(path);
    String method = METHODS.contains(request.getMethod()) ? request.getMethod() : "other";
    Callback measured = measured(route.map(Route::path).orElse("other"), method, request, response, callback);
    try {
      Route target = route.orElseThrow(() -> new ApiException(404,
          "no route " + shortened(path) + "; the routes are listed at GET /v1/openapi.json"));
      if (!target.method().equals(request.getMethod())) {
        throw new ApiException(405, target.path() + " takes " + target.method() + ", not " + shortened(request.getMethod()),
            Map.of("Allow", target.method()));
      }
      if (target.needsToken() && token.isPresent()) {
        token.get().check(request);
      }
      endpoints.get(target).handle(request, response, measured);
    } catch (ApiException e) {
      Responses.error(response, measured, e);
    } catch (RuntimeException e) {
      log.error("unexpected failure on " + request.getMethod() + " " + path, e);
      Responses.error(response, measured, new ApiException(500, "internal error; the server logged the details"));
    }
    return true;
  }

  private Callback measured(String route, String method, Request request, Response response, Callback callback) {
    long begin = request.getBeginNanoTime();
    return new Callback() {
      @Override
      public void succeeded() {
        metrics.request(route, method, Integer.toString(response.getStatus()), NanoTime.since(begin));
        callback.succeeded();
      }

      @Override
      public void failed(Throwable failure) {
        metrics.request(route, method, "aborted", NanoTime.since(begin));
        callback.failed(failure);
      }

      @Override
      public InvocationType getInvocationType() {
        return callback.getInvocationType();
      }
    };
  }

  private static String shortened(String value) {
    return value.length() <= 200 ? value : value.substring(0, 200) + "...";
  }
}
