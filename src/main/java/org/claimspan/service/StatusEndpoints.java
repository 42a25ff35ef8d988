package org.claimspan.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.claimspan.ClaimExtractor;
import org.claimspan.Profile;

/**
 * {@code /healthz}, {@code /readyz} and {@code /metrics}: whether the process is up, whether it
 * can extract (every profile loaded, not stopping), and the Prometheus metrics. Thread-safe.
 */
final class StatusEndpoints {
  private StatusEndpoints() {}

  /** 200 while the process serves at all. */
  static Endpoint health() {
    return (request, response, callback) -> {
      QueryParameters.of(request, Set.of());
      ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", "up");
      Responses.send(response, callback, 200, Responses.JSON, Responses.write(body) + "\n");
    };
  }

  /** 200 with the loaded profiles once ready; 503 while loading, after a failed load, or stopping. */
  static Endpoint ready(Models models, BooleanSupplier serving) {
    return (request, response, callback) -> {
      QueryParameters.of(request, Set.of());
      if (!serving.getAsBoolean()) {
        throw new ApiException(503, "the service is stopping");
      }
      if (!models.isReady()) {
        String why = models.failure().map(f -> "the models failed to load: " + f).orElse("the models are still loading");
        throw new ApiException(503, why, Map.of("Retry-After", "5"));
      }
      ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", "ready");
      var profiles = body.putArray("profiles");
      models.profiles().stream().map(Profile::id).forEach(profiles::add);
      body.put("version", ClaimExtractor.version());
      Responses.send(response, callback, 200, Responses.JSON, Responses.write(body) + "\n");
    };
  }

  /** The metrics in the Prometheus text format. */
  static Endpoint metrics(ServiceMetrics metrics) {
    return (request, response, callback) -> {
      QueryParameters.of(request, Set.of());
      Responses.send(response, callback, 200, metrics.contentType(), metrics.scrape());
    };
  }
}
