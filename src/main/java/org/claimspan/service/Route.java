package org.claimspan.service;

import java.util.Optional;

/**
 * Every route the service serves: one method per path. The OpenAPI document describes exactly
 * these (a test holds the two together). Routes under {@code /v1} need the bearer token when the
 * server has one.
 */
enum Route {
  PAGE("GET", "/"),
  HEALTH("GET", "/healthz"),
  READY("GET", "/readyz"),
  METRICS("GET", "/metrics"),
  OPENAPI("GET", "/v1/openapi.json"),
  EXTRACT("POST", "/v1/extract"),
  BATCH("POST", "/v1/extract/batch");

  private final String method;
  private final String path;

  Route(String method, String path) {
    this.method = method;
    this.path = path;
  }

  String method() {
    return method;
  }

  String path() {
    return path;
  }

  /** Whether the bearer token, when configured, guards this route. */
  boolean needsToken() {
    return path.startsWith("/v1/");
  }

  /** The route at {@code path}, if there is one. */
  static Optional<Route> at(String path) {
    for (Route route : values()) {
      if (route.path.equals(path)) {
        return Optional.of(route);
      }
    }
    return Optional.empty();
  }
}
