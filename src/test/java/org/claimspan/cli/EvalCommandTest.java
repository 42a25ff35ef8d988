package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Argument errors of {@code eval} and {@code bench}; none of these loads a model. */
class EvalCommandTest {

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new ClaimspanCli());
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  @Test
  void missingCorpusPathIsAUsageError() {
    assertThat(run("eval", "--corpus", "polnear", "/no/such/folder")).isEqualTo(2);
    assertThat(err.toString()).contains("corpus path does not exist: /no/such/folder");
  }

  @Test
  void folderWithoutPolnearLayoutIsAUsageError(@TempDir Path dir) {
    assertThat(run("eval", "--corpus", "polnear", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("is not a PolNeAR split");
  }

  @Test
  void emptyGoldFolderIsAUsageError(@TempDir Path dir) {
    assertThat(run("eval", "--corpus", "claimspan", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no annotated documents found");
  }

  @Test
  void unknownProfileIsAUsageError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "text");
    assertThat(run("eval", "--corpus", "claimspan", dir.toString(), "--profile", "fast")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown profile 'fast'").contains("corenlp-quote");
    assertThat(run("bench", "--profile", "fast", dir.toString())).isEqualTo(2);
  }

  @Test
  void benchWithoutTextFilesIsAUsageError(@TempDir Path dir) {
    assertThat(run("bench", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no .txt files found");
    assertThat(run("bench", "--passes", "0", dir.toString())).isEqualTo(2);
  }
}
