package org.claimspan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.claimspan.Profile;
import org.junit.jupiter.api.Test;

/**
 * A full queue (429), a document over its time budget (200, partial), and a graceful stop with
 * requests in flight, each on a server with one worker so that one long document fills it.
 */
class QueueAndStopTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ClaimspanServer start(int queue, Duration timeBudget, StringWriter log) throws Exception {
    ServiceConfig config = ServiceConfig.builder()
        .port(0)
        .profiles(List.of(Profile.FAST))
        .threads(1)
        .queue(queue)
        .maxChars(1_000_000)
        .maxBodyBytes(4L << 20)
        .timeBudget(timeBudget)
        .build();
    ClaimspanServer server = ClaimspanServer.start(config, new PrintWriter(log, true), false);
    server.ready().get(60, TimeUnit.SECONDS);
    return server;
  }

  private static CompletableFuture<HttpResponse<String>> postLater(ServiceClient client, String path, String text) {
    HttpRequest request = HttpRequest.newBuilder(client.uri(path))
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(text))
        .build();
    return client.http().sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aFullQueueIsA429WithRetryAfterAndALongDocumentAPartial200() throws Exception {
    try (ClaimspanServer server = start(0, Duration.ofSeconds(1), new StringWriter())) {
      ServiceClient client = new ServiceClient(server.uri());
      long begin = System.nanoTime();
      CompletableFuture<HttpResponse<String>> longOne = postLater(client, "/v1/extract?id=long", Articles.longArticle(600));
      assertThat(ServiceClient.eventually(Duration.ofSeconds(10), () -> client.metric("claimspan_workers_busy") == 1))
          .as("the long document occupies the only worker").isTrue();

      HttpResponse<String> refused = client.post("/v1/extract", "text/plain", Articles.shortArticle(1));
      HttpResponse<String> refusedBatch = client.post("/v1/extract/batch", "application/x-ndjson",
          "{\"id\": \"b\", \"text\": \"x\"}\n");

      for (HttpResponse<String> response : List.of(refused, refusedBatch)) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
            seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(JSON.readTree(response.body()).path("error").path("message").asText()).contains("queue is full");
      }

      HttpResponse<String> partial = longOne.get(30, TimeUnit.SECONDS);
      double seconds = (System.nanoTime() - begin) / 1e9;
      assertThat(partial.statusCode()).isEqualTo(200);
      assertThat(partial.headers().firstValue("Claimspan-Partial")).hasValue("time-budget-exceeded");
      JsonNode result = JSON.readTree(partial.body());
      assertThat(result.path("diagnostics").toString()).contains("time-budget-exceeded");
      assertThat(seconds).as("the budget of 1 s bounds the answer").isLessThan(10);
      assertThat(client.metric("claimspan_documents_total", java.util.Map.of("outcome", "partial"))).isEqualTo(1);

      // The worker is free again: the next document is taken, and so is a batch (with no queue at all).
      assertThat(client.post("/v1/extract", "text/plain", Articles.shortArticle(2)).statusCode()).isEqualTo(200);
      HttpResponse<String> batch = client.post("/v1/extract/batch", "application/x-ndjson",
          "{\"id\": \"b1\", \"text\": \"He said so.\"}\n{\"id\": \"b2\", \"text\": \"She agreed.\"}\n");
      assertThat(batch.statusCode()).isEqualTo(200);
      assertThat(batch.body().lines()).hasSize(2);
    }
  }

  @Test
  void aGracefulStopRefusesNewConnectionsAndFinishesRequestsInFlight() throws Exception {
    StringWriter log = new StringWriter();
    // One worker: a long document runs (cut by its 3 s budget if the machine is slow), a short one waits.
    ClaimspanServer server = start(1, Duration.ofSeconds(3), log);
    ServiceClient client = new ServiceClient(server.uri());
    CompletableFuture<HttpResponse<String>> running = postLater(client, "/v1/extract?id=one", Articles.longArticle(600));
    assertThat(ServiceClient.eventually(Duration.ofSeconds(10), () -> client.metric("claimspan_workers_busy") == 1)).isTrue();
    CompletableFuture<HttpResponse<String>> queued = postLater(client, "/v1/extract?id=two", Articles.shortArticle(9));
    assertThat(ServiceClient.eventually(Duration.ofSeconds(10), () -> client.metric("claimspan_queue_depth") == 1)).isTrue();

    long begin = System.nanoTime();
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
    Thread.sleep(300);
    assertThatThrownBy(() -> new Socket(server.uri().getHost(), server.uri().getPort()).close())
        .as("no new connections while stopping").isInstanceOf(ConnectException.class);

    assertThat(running.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(queued.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(queued.get().body()).path("document").path("id").asText()).isEqualTo("two");
    stopping.get(20, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - begin) / 1e9;
    assertThat(seconds).as("within the stop timeout: time budget + 5 s").isLessThan(8);
    assertThat(log.toString()).contains("claimspan: stopped").doesNotContain("error:");
  }
}
