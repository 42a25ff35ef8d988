package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimspan.internal.ml.ConditionalLogit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train content-bounds}, {@code cue-bounds} and {@code source-bounds} on the four-document PolNeAR-format
 * fixture (handwritten, in src/test/resources/polnear-mini): the commands parse the documents with
 * CoreNLP, label the boundary choices of the candidates that match an annotation, and write the
 * same model twice.
 */
class BoundsTrainCommandTest {
  private final CliRunner cli = new CliRunner();

  private static Path fixture() throws URISyntaxException {
    return Path.of(BoundsTrainCommandTest.class.getResource("/polnear-mini/text").toURI()).getParent();
  }

  @Test
  void trainsADeterministicModelWithItsMargin(@TempDir Path dir) throws Exception {
    Path first = dir.resolve("a/bounds.tsv");
    Path second = dir.resolve("b/bounds.tsv");
    for (Path model : List.of(first, second)) {
      assertThat(cli.run("train", "content-bounds", "--corpus", fixture().toString(), "--folds", "2",
          "--threads", "1", "--out", model.toString())).as(cli.err()).isZero();
    }

    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    assertThat(Files.readString(dir.resolve("a/bounds.properties")))
        .isEqualTo(Files.readString(dir.resolve("b/bounds.properties")))
        .containsPattern("(?m)^threshold=\\d+\\.\\d$");
    assertThat(cli.out()).contains("from 4 documents").contains("out of fold (2 folds");
    try (InputStream in = Files.newInputStream(first)) {
      assertThat(ConditionalLogit.read(in).size()).isPositive();
    }
  }

  @Test
  void trainsTheCueAndSourceBoundaryModelsTheSameWay(@TempDir Path dir) throws Exception {
    for (String role : List.of("cue", "source")) {
      Path model = dir.resolve(role + "-bounds.tsv");
      assertThat(cli.run("train", role + "-bounds", "--corpus", fixture().toString(), "--folds", "2",
          "--threads", "1", "--out", model.toString())).as(cli.err()).isZero();

      assertThat(cli.out()).contains("matched " + role + "s from 4 documents");
      assertThat(Files.readString(dir.resolve(role + "-bounds.properties"))).containsPattern("(?m)^threshold=\\d+\\.\\d$");
      try (InputStream in = Files.newInputStream(model)) {
        assertThat(ConditionalLogit.read(in).size()).isPositive();
      }
    }
  }

  @Test
  void refusesAFolderThatIsNoCorpusAndTooFewDocumentsForTheFolds(@TempDir Path dir) throws Exception {
    assertThat(cli.run("train", "content-bounds", "--corpus", dir.resolve("missing").toString(),
        "--out", dir.resolve("m.tsv").toString())).isEqualTo(2);
    assertThat(cli.err()).contains("no such folder");

    assertThat(cli.run("train", "content-bounds", "--corpus", fixture().toString(), "--folds", "5",
        "--out", dir.resolve("m.tsv").toString())).isEqualTo(2);
    assertThat(cli.err()).contains("--folds 5 is more than the 4 documents");

    assertThat(cli.run("train", "content-bounds", "--corpus", fixture().toString(), "--folds", "2",
        "--out", dir.resolve("m.properties").toString())).isEqualTo(2);
    assertThat(cli.err()).contains("cannot end in .properties");
    assertThat(dir.resolve("m.tsv")).doesNotExist();
  }
}
