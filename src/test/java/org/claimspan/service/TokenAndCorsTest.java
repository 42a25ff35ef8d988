package org.claimspan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimspan.Profile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with a token file and one CORS origin: 401 without the token, CORS for that origin only. */
class TokenAndCorsTest {
  private static final String TOKEN = "k3y-for-tests_0123456789";
  private static final String ORIGIN = "https://tools.example.org";

  private static ClaimspanServer server;
  private static ServiceClient client;

  @BeforeAll
  static void start(@TempDir Path folder) throws Exception {
    Path tokenFile = folder.resolve("token");
    Files.writeString(tokenFile, TOKEN + "\n");
    ServiceConfig config = ServiceConfig.builder()
        .port(0)
        .profiles(List.of(Profile.FAST))
        .threads(1)
        .tokenFile(tokenFile)
        .corsOrigin(ORIGIN)
        .build();
    server = ClaimspanServer.start(config, new PrintWriter(new StringWriter(), true), false);
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
  void everyV1RouteNeedsTheBearerToken() {
    HttpResponse<String> none = client.post("/v1/extract", "text/plain", "He said so.");
    HttpResponse<String> wrong = client.post("/v1/extract", "text/plain", "He said so.",
        "Authorization", "Bearer " + TOKEN + "x");
    HttpResponse<String> basic = client.post("/v1/extract", "text/plain", "He said so.", "Authorization", "Basic abc");
    HttpResponse<String> batch = client.post("/v1/extract/batch", "application/x-ndjson", "{\"id\":\"a\",\"text\":\"b\"}\n");
    HttpResponse<String> openApi = client.get("/v1/openapi.json");

    for (HttpResponse<String> response : List.of(none, wrong, basic, batch, openApi)) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
          challenge -> assertThat(challenge).startsWith("Bearer"));
      assertThat(response.body()).contains("\"status\":401").doesNotContain(TOKEN);
    }
    assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).contains("invalid_token"));
  }

  @Test
  void theRightTokenIsLetIn() {
    HttpResponse<String> response = client.post("/v1/extract", "text/plain", Articles.shortArticle(1),
        "Authorization", "Bearer " + TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(client.get("/v1/openapi.json", "Authorization", "bearer " + TOKEN).statusCode()).isEqualTo(200);
  }

  @Test
  void statusRoutesAndThePageNeedNoToken() {
    assertThat(client.get("/healthz").statusCode()).isEqualTo(200);
    assertThat(client.get("/readyz").statusCode()).isEqualTo(200);
    assertThat(client.get("/metrics").statusCode()).isEqualTo(200);
    HttpResponse<String> page = client.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"token\"").doesNotContain("<label hidden>Bearer token");
  }

  @Test
  void corsAnswersTheConfiguredOriginOnly() {
    HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(client.uri("/v1/extract"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", ORIGIN)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type")
        .build());
    HttpResponse<String> allowed = client.post("/v1/extract", "text/plain", "x", "Origin", ORIGIN);
    HttpResponse<String> other = client.post("/v1/extract", "text/plain", "x", "Origin", "https://elsewhere.example");

    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
        .contains("authorization");
    assertThat(allowed.statusCode()).as("CORS does not replace the token").isEqualTo(401);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ORIGIN);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void aTokenFileThatCannotServeIsRefusedNamingTheFile(@TempDir Path folder) throws Exception {
    Path empty = Files.writeString(folder.resolve("empty"), "  \n");
    Path missing = folder.resolve("missing");

    assertThatThrownBy(() -> ServiceConfig.builder().tokenFile(empty))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(empty.toString()).hasMessageContaining("empty");
    assertThatThrownBy(() -> ServiceConfig.builder().tokenFile(missing))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such file");
  }
}
