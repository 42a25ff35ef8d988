package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argument errors of {@code eval} and {@code bench}; none of these loads a model. */
class EvalCommandTest {

  private final CliRunner cli = new CliRunner();

  @Test
  void missingCorpusPathIsAUsageError() {
    assertThat(cli.run("eval", "--corpus", "polnear", "/no/such/folder")).isEqualTo(2);
    assertThat(cli.err()).contains("corpus path does not exist: /no/such/folder");
  }

  @Test
  void folderWithoutPolnearLayoutIsAUsageError(@TempDir Path dir) {
    assertThat(cli.run("eval", "--corpus", "polnear", dir.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("is not a PolNeAR split");
  }

  @Test
  void emptyGoldFolderIsAUsageError(@TempDir Path dir) {
    assertThat(cli.run("eval", "--corpus", "claimspan", dir.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("no annotated documents found");
  }

  @Test
  void aClaimSetNeedsThePolnearCorpusAndAFileThatIsThere(@TempDir Path dir) throws Exception {
    assertThat(cli.run("eval", "--corpus", "claimspan", dir.toString(), "--claims", dir.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("--claims needs --corpus polnear, not claimspan");
    assertThat(cli.run("eval", "--corpus", "polnear", polnearMini().toString(), "--claims", "/no/such.tsv"))
        .isEqualTo(2);
    assertThat(cli.err()).contains("claim set does not exist: /no/such.tsv");
  }

  @Test
  void aClaimSetThatDoesNotFitTheCorpusIsAUsageErrorNamingEachRow(@TempDir Path dir) throws Exception {
    Path set = Files.writeString(dir.resolve("claims.tsv"),
        "document\tbegin\tend\ttext\tclaimant\tattributed\tquantities\thedged\tcheckworthy\n"
            + "mini-a\t0\t3\tThe\tmini-a\tno\t-\tno\tno\n"
            + "mini-a\t0\t9\tA mayor\tmini-a\tno\t-\tno\tno\n"
            + "nowhere\t0\t3\tThe\tnowhere\tno\t-\tno\tno\n");
    assertThat(cli.run("eval", "--corpus", "polnear", polnearMini().toString(), "--claims", set.toString()))
        .isEqualTo(2);
    assertThat(cli.err()).contains("2 problems").contains("claims.tsv:3: the text at 0-9 is 'The mayor'")
        .contains("claims.tsv:4: document nowhere is not in the corpus");
  }

  private static Path polnearMini() throws Exception {
    return Path.of(EvalCommandTest.class.getResource("/polnear-mini/text").toURI()).getParent();
  }

  @Test
  void unknownProfileIsAUsageError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "text");
    assertThat(cli.run("eval", "--corpus", "claimspan", dir.toString(), "--profile", "turbo")).isEqualTo(2);
    assertThat(cli.err()).contains("unknown profile 'turbo'").contains("corenlp-quote").contains("fast");
    assertThat(cli.run("bench", "--profile", "turbo", dir.toString())).isEqualTo(2);
  }

  @Test
  void benchWithoutTextFilesIsAUsageError(@TempDir Path dir) {
    assertThat(cli.run("bench", dir.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("no .txt files found");
    assertThat(cli.run("bench", "--passes", "0", dir.toString())).isEqualTo(2);
  }
}
