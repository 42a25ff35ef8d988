package org.claimspan.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.claimspan.Profile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The batch route (JSON Lines in and out, in order, a failure line per bad record) and the
 * OpenAPI document against the routes served, on one server (fast profile) shared by the class.
 */
class BatchRouteTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_LINE = 16 * 1024;
  private static final String NDJSON = "application/x-ndjson";

  private static ClaimspanServer server;
  private static ServiceClient client;
  private static final StringWriter log = new StringWriter();

  @BeforeAll
  static void start() throws Exception {
    ServiceConfig config = ServiceConfig.builder()
        .port(0)
        .profiles(List.of(Profile.FAST))
        .threads(2)
        .queue(64) // 16 streams of up to 2 * threads unwritten documents each fit in it
        .maxBodyBytes(MAX_LINE)
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

  private static String record(String id, String text) {
    try {
      return JSON.writeValueAsString(Map.of("id", id, "text", text));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Five records of stream {@code k}; the third is bad in one of five ways. */
  private static byte[] streamWithOneBadLine(int k) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 1; i <= 5; i++) {
      String id = "s" + k + "-" + i;
      byte[] line;
      if (i != 3) {
        line = record(id, Articles.shortArticle(k * 10 + i)).getBytes(StandardCharsets.UTF_8);
      } else {
        line = switch (k % 5) {
          case 0 -> ("{\"id\": \"" + id + "\", \"text\": ").getBytes(StandardCharsets.UTF_8); // cut short
          case 1 -> ("{\"id\": \"" + id + "\"}").getBytes(StandardCharsets.UTF_8); // no text
          case 2 -> ("{\"id\": \"" + id + "\", \"text\": [\"a\"]}").getBytes(StandardCharsets.UTF_8);
          case 3 -> record(id, "x".repeat((int) MAX_LINE)).getBytes(StandardCharsets.UTF_8); // too long
          default -> ("{\"id\": \"" + id + "\", \"text\": \"caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1);
        };
      }
      body.writeBytes(line);
      body.write('\n');
    }
    return body.toByteArray();
  }

  @Test
  void sixteenConcurrentStreamsEachAnswerEveryLineInOrderAndGoOnAfterTheBadOne() throws Exception {
    double okBefore = client.metric("claimspan_documents_total", Map.of("outcome", "ok"));
    double failedBefore = client.metric("claimspan_documents_total", Map.of("outcome", "failed"));
    List<CompletableFuture<HttpResponse<String>>> streams = new ArrayList<>();
    for (int k = 0; k < 16; k++) {
      HttpRequest request = HttpRequest.newBuilder(client.uri("/v1/extract/batch"))
          .header("Content-Type", NDJSON)
          .timeout(Duration.ofSeconds(60))
          .POST(HttpRequest.BodyPublishers.ofByteArray(streamWithOneBadLine(k)))
          .build();
      streams.add(client.http().sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }

    for (int k = 0; k < 16; k++) {
      HttpResponse<String> response = streams.get(k).get(60, TimeUnit.SECONDS);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson; charset=utf-8");
      List<String> lines = response.body().lines().toList();
      assertThat(lines).as("stream %s", k).hasSize(5);
      for (int i = 1; i <= 5; i++) {
        JsonNode line = JSON.readTree(lines.get(i - 1));
        if (i != 3) {
          assertThat(line.path("schema").asText()).isEqualTo("claimspan/1");
          assertThat(line.path("document").path("id").asText()).isEqualTo("s" + k + "-" + i);
        } else {
          assertThat(line.path("line").asInt()).isEqualTo(3);
          JsonNode error = line.path("error");
          assertThat(error.path("status").asInt()).isEqualTo(k % 5 == 3 ? 413 : 400);
          assertThat(error.path("message").asText()).isNotBlank().doesNotContain("Exception");
          if (k % 5 == 1 || k % 5 == 2) {
            assertThat(line.path("id").asText()).as("the id of a record that had one").isEqualTo("s" + k + "-3");
          } else {
            assertThat(line.has("id")).as("no readable id in %s", line).isFalse();
          }
        }
      }
    }
    assertThat(client.metric("claimspan_documents_total", Map.of("outcome", "ok"))).isEqualTo(okBefore + 64);
    assertThat(client.metric("claimspan_documents_total", Map.of("outcome", "failed"))).isEqualTo(failedBefore + 16);
    assertThat(log.toString()).doesNotContain("error:");
  }

  @Test
  void blankLinesAreSkippedAndLineNumbersAreThoseOfTheInput() throws Exception {
    String body = "\n" + record("first", Articles.shortArticle(7)) + "\r\n  \n{\"id\": \"second\"}\n"
        + record("third", "He said so.");
    HttpResponse<String> response = client.post("/v1/extract/batch", NDJSON, body);

    List<String> lines = response.body().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(JSON.readTree(lines.get(0)).path("document").path("id").asText()).isEqualTo("first");
    assertThat(JSON.readTree(lines.get(1)).path("line").asInt()).isEqualTo(4);
    assertThat(JSON.readTree(lines.get(1)).path("id").asText()).isEqualTo("second");
    assertThat(JSON.readTree(lines.get(2)).path("document").path("id").asText()).isEqualTo("third");
  }

  @Test
  void aRecordNeedsAnId() throws Exception {
    HttpResponse<String> response = client.post("/v1/extract/batch", NDJSON, "{\"text\": \"He said so.\"}\n");

    JsonNode line = JSON.readTree(response.body().strip());
    assertThat(line.path("error").path("message").asText()).contains("\"id\" is required");
  }

  @Test
  void aClientThatLeavesMidStreamWithdrawsItsDocumentsAndFreesTheWorkers() throws Exception {
    double extractedBefore = client.metric("claimspan_extraction_duration_seconds_count", Map.of("profile", "fast"));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int records = 60;
    for (int i = 0; i < records; i++) {
      body.writeBytes((record("leave-" + i, Articles.longArticle(20)) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    try (Socket socket = client.socket()) {
      OutputStream out = socket.getOutputStream();
      ServiceClient.writeHead(out, "/v1/extract/batch", NDJSON, body.size(), "localhost");
      out.write(body.toByteArray());
      out.flush();
      InputStream in = socket.getInputStream();
      String head = readUntil(in, "\"schema\"");
      assertThat(head).startsWith("HTTP/1.1 200");
    } // gone after the first answer

    assertThat(ServiceClient.eventually(Duration.ofSeconds(10),
        () -> client.metric("claimspan_workers_busy") == 0 && client.metric("claimspan_queue_depth") == 0)).isTrue();
    double extracted = client.metric("claimspan_extraction_duration_seconds_count", Map.of("profile", "fast"))
        - extractedBefore;
    assertThat(extracted).as("documents extracted of %s", records).isLessThan(records / 2.0);
    assertThat(client.metric("claimspan_http_requests_total",
        Map.of("route", "/v1/extract/batch", "status", "aborted"))).isGreaterThanOrEqualTo(1);
  }

  @Test
  void refusesAnotherContentTypeWith415() {
    HttpResponse<String> response = client.post("/v1/extract/batch", "text/plain", record("a", "b"));

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).contains("application/x-ndjson");
  }

  @Test
  void theOpenApiDocumentDescribesExactlyTheRoutesServed() throws Exception {
    JsonNode openApi = JSON.readTree(client.get("/v1/openapi.json").body());
    assertThat(openApi.path("openapi").asText()).startsWith("3.");

    Set<String> documented = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
    }
    Set<String> routed = new TreeSet<>();
    for (Route route : Route.values()) {
      routed.add(route.method() + " " + route.path());
    }
    assertThat(documented).isEqualTo(routed);

    for (String operation : documented) {
      String method = operation.substring(0, operation.indexOf(' '));
      String path = operation.substring(operation.indexOf(' ') + 1);
      HttpResponse<String> response = method.equals("GET") ? client.get(path) : client.post(path, "text/plain", "");
      assertThat(response.statusCode()).as("%s is served", operation).isNotIn(404, 405);
    }
    assertThat(client.get("/v1/undocumented").statusCode()).isEqualTo(404);
    assertThat(openApi.path("paths").path("/v1/extract").path("post").path("parameters").toString())
        .as("the profiles this server loaded").contains("\"enum\":[\"fast\"]");
  }

  @Test
  void servesTheWebPageWithTheLoadedProfiles() {
    HttpResponse<String> page = client.get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        policy -> assertThat(policy).contains("default-src 'none'").contains("connect-src 'self'"));
    assertThat(page.body()).contains("<option value=\"fast\">fast</option>").doesNotContain("{{")
        .doesNotContain("http://").doesNotContain("https://");
  }

  private static String readUntil(InputStream in, String marker) throws java.io.IOException {
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[4096];
    while (!text.toString().contains(marker)) {
      int read = in.read(buffer);
      if (read < 0) {
        break;
      }
      text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
    }
    return text.toString();
  }
}
