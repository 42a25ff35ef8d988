package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench}'s schedule on the fast profile (it loads in well under a second). */
class BenchCommandTest {

  private final CliRunner cli = new CliRunner();

  @Test
  void warmupAndPassesLastAtLeastTheSecondsAsked(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "\"Prices will rise,\" the minister said on Monday.");
    Path report = dir.resolve("bench.json");

    long start = System.nanoTime();
    int exit = cli.run("bench", "--profile", "fast", "--threads", "1", "--warmup", "0", "--warmup-seconds", "1",
        "--passes", "2", "--min-pass-seconds", "0.5", "--report", report.toString(), dir.toString());
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(exit).isEqualTo(0);
    assertThat(seconds).isGreaterThanOrEqualTo(2.0); // 1 s of warm-up and two passes of 0.5 s at least
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("warmupSeconds").asDouble()).isEqualTo(1.0);
    assertThat(json.get("minPassSeconds").asDouble()).isEqualTo(0.5);
    JsonNode fast = json.get("profiles").get(0);
    assertThat(fast.get("profile").asText()).isEqualTo("fast");
    assertThat(fast.get("docsPerSecondMin").asDouble()).isPositive();
  }

  @Test
  void negativeSecondsAreAUsageError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "text");
    assertThat(cli.run("bench", "--warmup-seconds", "-1", dir.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("--warmup-seconds >= 0");
    assertThat(cli.run("bench", "--min-pass-seconds", "-0.5", dir.toString())).isEqualTo(2);
  }
}
