package org.claimspan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimspan.Profile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Python client of examples/python-client against a server started here (with a token
 * file), as a user would; skipped with a message where python3 is not installed.
 */
class PythonClientTest {
  private static final Path CLIENT = Path.of("examples", "python-client", "claimspan_client.py");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ClaimspanServer server;
  private static Path tokenFile;

  @BeforeAll
  static void start(@TempDir Path folder) throws Exception {
    assumeTrue(pythonAvailable(), "python3 is not installed: the Python client test is skipped");
    tokenFile = Files.writeString(folder.resolve("token"), "python-client-token\n");
    ServiceConfig config = ServiceConfig.builder()
        .port(0)
        .profiles(List.of(Profile.FAST))
        .threads(2)
        .tokenFile(tokenFile)
        .build();
    server = ClaimspanServer.start(config, new PrintWriter(new StringWriter(), true), false);
    server.ready().get(60, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static boolean pythonAvailable() {
    try {
      Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs the client; returns its exit code, with its standard error in {@code err}. */
  private static int runClient(StringBuilder err, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("python3", CLIENT.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    err.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the client ends").isTrue();
    return process.exitValue();
  }

  @Test
  void postsAFolderInBatchesAndWritesOneLinePerFileInOrder(@TempDir Path folder) throws Exception {
    Path articles = Files.createDirectory(folder.resolve("articles"));
    List<String> ids = List.of("a-council", "b-transit", "c-roads", "d-budget", "e-empty");
    for (int i = 0; i < ids.size(); i++) {
      String text = ids.get(i).equals("e-empty") ? "" : i % 2 == 0 ? Articles.shortArticle(i) : Articles.longArticle(3);
      Files.writeString(articles.resolve(ids.get(i) + ".txt"), text);
    }
    Files.writeString(articles.resolve("notes.md"), "not an article");
    Path out = folder.resolve("out.jsonl");
    StringBuilder err = new StringBuilder();

    int code = runClient(err, "--url", server.uri().toString(), "--token-file", tokenFile.toString(),
        "--batch-size", "2", "--out", out.toString(), articles.toString());

    assertThat(code).as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      JsonNode result = JSON.readTree(lines.get(i));
      assertThat(result.path("schema").asText()).isEqualTo("claimspan/1");
      assertThat(result.path("document").path("id").asText()).isEqualTo(ids.get(i));
    }
    assertThat(err.toString()).contains("5 documents, 0 failed");
  }

  @Test
  void withoutTheTokenItStopsWithTheServersMessage(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("one.txt"), Articles.shortArticle(1));
    StringBuilder err = new StringBuilder();

    int code = runClient(err, "--url", server.uri().toString(), folder.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("401").contains("Authorization: Bearer");
  }
}
