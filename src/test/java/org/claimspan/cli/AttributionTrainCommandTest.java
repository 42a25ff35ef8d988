package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import org.claimspan.internal.attribution.filter.AttributionFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train attribution} on a four-document PolNeAR-format fixture (handwritten, in
 * src/test/resources/polnear-mini): the command parses the documents with CoreNLP, labels the
 * rules' candidates against the annotations, and writes the same model twice.
 */
class AttributionTrainCommandTest {
  private final CliRunner cli = new CliRunner();

  private static Path fixture() throws URISyntaxException {
    return Path.of(AttributionTrainCommandTest.class.getResource("/polnear-mini/text").toURI()).getParent();
  }

  @Test
  void trainsADeterministicModelThatPrefersTheAnnotatedCandidates(@TempDir Path dir) throws Exception {
    Path first = dir.resolve("a/filter.bin");
    Path second = dir.resolve("b/filter.bin");
    for (Path model : List.of(first, second)) {
      assertThat(cli.run("train", "attribution", "--corpus", fixture().toString(), "--folds", "2",
          "--threads", "1", "--out", model.toString())).as(cli.err()).isZero();
    }
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    assertThat(Files.readString(dir.resolve("a/filter.properties")))
        .isEqualTo(Files.readString(dir.resolve("b/filter.properties")))
        .contains("threshold=");
    assertThat(cli.out()).contains("from 4 documents").contains("out of fold (2 folds");
    AttributionFilter filter = load(first);
    // A speech verb with a named subject and a clause, against a verb of wanting with a bare object.
    double said = filter.score(List.of("bias", "lemma=say", "class=SPEECH", "form=VERB", "kind=INDIRECT",
        "source=noun", "contentClause=true", "lemma+contentClause=say|true"));
    double seeking = filter.score(List.of("bias", "lemma=seek", "class=INTENTION", "form=VERB", "kind=INDIRECT",
        "source=noun", "contentClause=false", "lemma+contentClause=seek|false"));
    assertThat(said).isGreaterThan(seeking);
  }

  @Test
  void trainsTheFastProfilesFilterOnItsPatternCandidates(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("patterns.bin");
    assertThat(cli.run("train", "attribution", "--profile", "fast", "--corpus", fixture().toString(),
        "--folds", "2", "--threads", "1", "--out", model.toString())).as(cli.err()).isZero();
    assertThat(Files.size(model)).isPositive();
    assertThat(Files.readString(dir.resolve("patterns.properties"))).contains("threshold=");
    assertThat(cli.out()).contains("from 4 documents");
  }

  @Test
  void refusesAFolderThatIsNoCorpus(@TempDir Path dir) {
    assertThat(cli.run("train", "attribution", "--corpus", dir.resolve("missing").toString(),
        "--out", dir.resolve("m.bin").toString())).isNotZero();
    assertThat(cli.err()).contains("no such folder");
  }

  private static AttributionFilter load(Path model) throws IOException {
    try (InputStream in = Files.newInputStream(model)) {
      return new AttributionFilter(new GenericModelReader(new BinaryFileDataReader(in)).getModel(), 0.5);
    }
  }
}
