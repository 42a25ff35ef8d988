package org.claimspan.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.claimspan.ExtractionResult;
import org.claimspan.Profile;
import org.claimspan.json.ResultJson;
import org.claimspan.testing.SpanInvariants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The single-document route, its limits and faults, and the status routes, against one server
 * (fast profile) shared by the class: every answer a client expects, and no stack trace in any.
 */
class ServiceHttpTest {
  private static final long MAX_BODY = 64 * 1024;
  private static final int MAX_CHARS = 20_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ClaimspanServer server;
  private static ServiceClient client;
  private static final StringWriter log = new StringWriter();

  @BeforeAll
  static void start() throws Exception {
    ServiceConfig config = ServiceConfig.builder()
        .port(0)
        .profiles(List.of(Profile.FAST))
        .threads(2)
        .queue(32)
        .maxBodyBytes(MAX_BODY)
        .maxChars(MAX_CHARS)
        .idleTimeout(Duration.ofSeconds(2))
        .build();
    server = ClaimspanServer.start(config, new PrintWriter(log, true), false);
    server.ready().get(60, TimeUnit.SECONDS);
    client = new ServiceClient(server.uri());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void extractsPlainTextWithSpansIntoTheTextSent() throws Exception {
    String text = Articles.shortArticle(1);
    HttpResponse<String> response = client.post("/v1/extract?id=transit-1", "text/plain; charset=utf-8", text);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    ExtractionResult result = ResultJson.fromJson(response.body(), text); // checks every span's text
    SpanInvariants.check(result);
    assertThat(result.document().id()).isEqualTo("transit-1");
    assertThat(result.attributions()).isNotEmpty();
    assertThat(result.info()).containsEntry("profile", "fast");
  }

  @Test
  void extractsAJsonDocumentWithItsMetadata() throws Exception {
    String text = Articles.shortArticle(2);
    String body = JSON.writeValueAsString(Map.of("id", "transit-2", "text", text, "url", "https://news.example/t2",
        "publisher", "Example News", "date", "2026-03-01"));
    HttpResponse<String> response = client.post("/v1/extract", "application/json", body);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode json = JSON.readTree(response.body());
    assertThat(json.path("schema").asText()).isEqualTo("claimspan/1");
    assertThat(json.path("document").path("id").asText()).isEqualTo("transit-2");
    assertThat(json.path("document").path("length").asInt()).isEqualTo(text.length());
  }

  @Test
  void rendersClaimReviewAndTheHtmlView() throws Exception {
    String text = Articles.shortArticle(3);
    HttpResponse<String> review = client.post("/v1/extract?format=claimreview&threshold=0", "text/plain", text);
    HttpResponse<String> html = client.post("/v1/extract?format=html&id=transit-3", "text/plain", text);

    assertThat(review.statusCode()).isEqualTo(200);
    assertThat(review.headers().firstValue("Content-Type")).hasValue("application/ld+json; charset=utf-8");
    JsonNode items = JSON.readTree(review.body());
    assertThat(items.isArray()).isTrue();
    assertThat(items).isNotEmpty(); // threshold 0 exports every claim
    assertThat(items.get(0).path("@type").asText()).isEqualTo("ClaimReview");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(html.body()).contains("<article id=\"text\"").contains("Who said what: transit-3").contains("data-hl=");
  }

  @Test
  void refusesAWrongContentTypeOrCharsetWith415() {
    assertError(client.post("/v1/extract", "application/xml", "<a/>"), 415, "text/plain");
    assertError(client.post("/v1/extract", "text/plain; charset=iso-8859-1", "abc"), 415, "iso-8859-1");
    assertError(client.post("/v1/extract", null, "abc"), 415, "got none");
  }

  @Test
  void refusesMalformedJsonWith400NamingWhereAndWhat() {
    assertError(client.post("/v1/extract", "application/json", "{\"id\": \"x\", \"text\": }"), 400,
        "malformed JSON", "line 1, column 21");
    assertError(client.post("/v1/extract", "application/json", "{\"id\": \"x\"}"), 400, "field \"text\" must be a string");
    assertError(client.post("/v1/extract", "application/json", "[1, 2]"), 400, "got an array");
    assertError(client.post("/v1/extract", "application/json", "{\"text\": \"a\", \"date\": 5}"), 400, "\"date\"");
    assertError(client.post("/v1/extract", "application/json", "{\"text\": \"a\"} {}"), 400, "malformed JSON");
  }

  @Test
  void refusesBytesThatAreNotUtf8With400NamingTheOffset() {
    byte[] body = {'S', 'h', 'e', ' ', 's', 'a', 'i', 'd', ' ', (byte) 0xC3, (byte) 0x28};
    assertError(client.post("/v1/extract", "text/plain", body), 400, "not valid UTF-8", "byte offset 9");
    byte[] json = "{\"text\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertError(client.post("/v1/extract", "application/json", json), 400, "not valid UTF-8");
  }

  @Test
  void refusesBodiesOverTheLimitWith413WhateverTheirFraming() {
    byte[] big = new byte[(int) MAX_BODY + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    assertError(client.post("/v1/extract", "text/plain", big), 413, "over the limit of " + MAX_BODY + " bytes");

    // Chunked: no Content-Length to refuse it by, so the reading stops at the limit.
    HttpRequest chunked = HttpRequest.newBuilder(client.uri("/v1/extract"))
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
        .build();
    assertError(client.send(chunked), 413, "over the limit");
  }

  @Test
  void refusesATextOverMaxCharsWith413NamingItsLength() {
    String text = "a".repeat(MAX_CHARS + 1);
    assertError(client.post("/v1/extract?id=long-one", "text/plain", text), 413,
        "'long-one' has " + (MAX_CHARS + 1) + " characters", "limit of " + MAX_CHARS);
  }

  @Test
  void refusesUnknownParametersProfilesAndFormatsWith400() {
    assertError(client.post("/v1/extract?fromat=html", "text/plain", "x"), 400, "'fromat'", "format, id, profile");
    assertError(client.post("/v1/extract?profile=accurate", "text/plain", "x"), 400, "not loaded", "fast");
    assertError(client.post("/v1/extract?profile=nope", "text/plain", "x"), 400, "unknown profile 'nope'");
    assertError(client.post("/v1/extract?format=pdf", "text/plain", "x"), 400, "unknown format 'pdf'");
    assertError(client.post("/v1/extract?format=json&threshold=0.5", "text/plain", "x"), 400, "claimreview");
    assertError(client.post("/v1/extract?id=a", "application/json", "{\"text\": \"x\"}"), 400, "own \"id\"");
  }

  @Test
  void answersUnknownRoutesWith404AndWrongMethodsWith405() {
    assertError(client.get("/v2/extract"), 404, "no route /v2/extract");
    HttpResponse<String> wrongMethod = client.get("/v1/extract");
    assertError(wrongMethod, 405, "takes POST");
    assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void answersMalformedHttpInJsonToo() throws IOException {
    try (Socket socket = client.socket()) {
      socket.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String answer = ServiceClient.readAll(socket.getInputStream());
      assertThat(answer).startsWith("HTTP/1.1 400").contains("{\"error\":{\"status\":400,");
    }
  }

  @Test
  void healthAndReadinessSayUpAndReady() throws Exception {
    HttpResponse<String> health = client.get("/healthz");
    HttpResponse<String> ready = client.get("/readyz");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(health.body()).path("status").asText()).isEqualTo("up");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ready.body()).path("profiles").toString()).isEqualTo("[\"fast\"]");
  }

  @Test
  void countsRequestsByRouteAndStatusAndDocumentsByOutcome() {
    double before413 = client.metric("claimspan_http_requests_total",
        Map.of("route", "/v1/extract", "method", "POST", "status", "413"));
    double beforeOk = client.metric("claimspan_documents_total", Map.of("profile", "fast", "outcome", "ok"));

    client.post("/v1/extract", "text/plain", "a".repeat(MAX_CHARS + 1));
    client.post("/v1/extract", "text/plain", Articles.shortArticle(4));

    assertThat(ServiceClient.eventually(Duration.ofSeconds(5), () -> client.metric("claimspan_http_requests_total",
        Map.of("route", "/v1/extract", "method", "POST", "status", "413")) == before413 + 1)).isTrue();
    assertThat(client.metric("claimspan_documents_total", Map.of("profile", "fast", "outcome", "ok")))
        .isEqualTo(beforeOk + 1);
    String metrics = client.get("/metrics").body();
    assertThat(metrics)
        .contains("claimspan_http_request_duration_seconds_bucket{route=\"/v1/extract\",le=\"0.1\"}")
        .contains("claimspan_queue_depth ")
        .contains("claimspan_workers_busy ")
        .contains("claimspan_workers 2.0")
        .contains("claimspan_extraction_duration_seconds_count{profile=\"fast\"}");
  }

  @Test
  void aClientThatStopsMidBodyHoldsNoWorkerAndIsCountedAsAborted() throws Exception {
    double aborted = client.metric("claimspan_http_requests_total",
        Map.of("route", "/v1/extract", "status", "aborted"));
    double documents = client.metric("claimspan_extraction_duration_seconds_count", Map.of("profile", "fast"));
    try (Socket socket = client.socket()) {
      OutputStream out = socket.getOutputStream();
      ServiceClient.writeHead(out, "/v1/extract", "text/plain", 10_000, "localhost");
      out.write("The minister said".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    } // closed with 9,983 bytes unsent

    assertThat(ServiceClient.eventually(Duration.ofSeconds(5), () -> client.metric("claimspan_http_requests_total",
        Map.of("route", "/v1/extract", "status", "aborted")) == aborted + 1)).isTrue();
    assertThat(client.metric("claimspan_extraction_duration_seconds_count", Map.of("profile", "fast")))
        .as("no document was extracted").isEqualTo(documents);
    assertThat(client.metric("claimspan_workers_busy")).isZero();
  }

  @Test
  void aTrickledBodyTimesOutWhileOtherRequestsAreServed() throws Exception {
    try (Socket socket = client.socket()) {
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      ServiceClient.writeHead(out, "/v1/extract", "text/plain", 1_000, "localhost");
      long start = System.nanoTime();
      for (int i = 0; i < 3; i++) { // a byte at a time, then silence past the idle timeout
        out.write('a');
        out.flush();
        Thread.sleep(100);
      }
      // Meanwhile the workers serve others.
      assertThat(client.post("/v1/extract", "text/plain", Articles.shortArticle(5)).statusCode()).isEqualTo(200);
      assertThat(client.metric("claimspan_workers_busy")).isZero();

      String answer = ServiceClient.readAll(in);
      double seconds = (System.nanoTime() - start) / 1e9;
      assertThat(answer).startsWith("HTTP/1.1 408").contains("\"status\":408").contains("idle timeout");
      assertThat(seconds).isBetween(1.5, 8.0);
    }
  }

  @Test
  void noErrorCarriesAStackTrace() {
    List<HttpResponse<String>> errors = List.of(
        client.post("/v1/extract", "application/json", "{"),
        client.post("/v1/extract", "text/plain", new byte[] {(byte) 0xff}),
        client.get("/nowhere"),
        client.post("/v1/extract/batch", "text/csv", "a,b"));
    for (HttpResponse<String> error : errors) {
      assertThat(error.statusCode()).isBetween(400, 499);
      assertThat(error.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.eclipse");
    }
    assertThat(log.toString()).doesNotContain("error:");
  }

  private static void assertError(HttpResponse<String> response, int status, String... fragments) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    JsonNode error;
    try {
      error = JSON.readTree(response.body()).path("error");
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
    assertThat(error.path("status").asInt()).isEqualTo(status);
    assertThat(error.path("message").asText()).contains(fragments);
  }
}
