package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimspan serve}'s usage errors, which come before any model loads or port binds. */
class ServeCommandTest {

  @Test
  void refusesAMissingTokenFileNamingIt(@TempDir Path folder) {
    CliRunner cli = new CliRunner();
    Path missing = folder.resolve("no-token");

    int code = cli.run("serve", "--profile", "fast", "--port", "0", "--token-file", missing.toString());

    assertThat(code).isEqualTo(2);
    assertThat(cli.err()).contains("token file " + missing + ": no such file");
  }

  @Test
  void refusesOutOfRangeValuesWithTheValue() {
    CliRunner cli = new CliRunner();

    assertThat(cli.run("serve", "--port", "70000")).isEqualTo(2);
    assertThat(cli.err()).contains("port must be within 0..65535: 70000");
    assertThat(new CliRunner().run("serve", "--threads", "0")).isEqualTo(2);
    CliRunner cors = new CliRunner();
    assertThat(cors.run("serve", "--cors-origin", "tools.example.org/x")).isEqualTo(2);
    assertThat(cors.err()).contains("'tools.example.org/x'");
    CliRunner profile = new CliRunner();
    assertThat(profile.run("serve", "--profile", "fast,quick")).isEqualTo(2);
    assertThat(profile.err()).contains("unknown profile 'quick'");
  }

  @Test
  void listsServeInTheHelp() {
    CliRunner cli = new CliRunner();

    assertThat(cli.run("serve", "--help")).isZero();
    assertThat(cli.out()).contains("--max-body").contains("--token-file").contains("--cors-origin").contains("/v1/extract");
  }
}
