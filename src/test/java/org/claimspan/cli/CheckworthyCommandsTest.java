package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimspan.internal.claim.CheckworthinessScorer;
import org.claimspan.testing.Extractors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train checkworthy} on a small slice of the CheckThat! data, and {@code eval --corpus checkworthy}. */
class CheckworthyCommandsTest {
  private final CliRunner cli = new CliRunner();

  /** The first {@code lines} lines (header included) of a corpus file, copied to the temp dir only. */
  private static Path slice(Path source, int lines, Path dir) throws IOException {
    try (var stream = Files.lines(source)) {
      return Files.write(dir.resolve(source.getFileName()), stream.limit(lines).toList());
    }
  }

  @Test
  void trainsADeterministicModelAndStoresItsThreshold(@TempDir Path dir) throws IOException {
    Optional<Path> eval = Extractors.evalDir();
    assumeTrue(eval.isPresent(), "evaluation data not present");
    Path train = slice(eval.get().resolve("checkworthy/train.tsv"), 800, dir);
    Path dev = slice(eval.get().resolve("checkworthy/dev.tsv"), 200, dir);
    Path first = dir.resolve("a/model.bin");
    Path second = dir.resolve("b/model.bin");
    for (Path model : List.of(first, second)) {
      assertThat(cli.run("train", "checkworthy", "--train", train.toString(), "--dev", dev.toString(),
          "--out", model.toString(), "--iterations", "30")).as(cli.err()).isZero();
    }
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    Path properties = dir.resolve("a/model.properties");
    assertThat(Files.readAllBytes(properties)).isEqualTo(Files.readAllBytes(dir.resolve("b/model.properties")));
    try (var in = Files.newInputStream(properties)) {
      assertThat(CheckworthinessScorer.readThreshold(in)).isBetween(0.0, 1.0);
    }
    try (var in = Files.newInputStream(first)) {
      CheckworthinessScorer scorer = new CheckworthinessScorer(CheckworthinessScorer.readModel(in), 0.5);
      assertThat(scorer.score("Taxes went up 40 percent in 2019.")).isBetween(0.0, 1.0);
    }
    assertThat(cli.out()).contains("trained on 799 sentences").contains("Yes precision");
  }

  @Test
  void evalScoresATsvAtTheStoredThresholdAndWritesAReport(@TempDir Path dir) throws IOException {
    Path tsv = Files.writeString(dir.resolve("tiny.tsv"), String.join("\n",
        "Sentence_id\tText\tclass_label",
        "1\tUnemployment fell to 3.5 percent last year, with 2.1 million jobs added.\tYes",
        "2\tThank you very much, it is great to be here.\tNo",
        "3\tWhat do you think?\tNo") + "\n");
    Path report = dir.resolve("report.json");
    assertThat(cli.run("eval", "--corpus", "checkworthy", tsv.toString(), "--report", report.toString()))
        .as(cli.err()).isZero();
    assertThat(cli.out()).contains("3 sentences, 1 Yes").contains("threshold").contains("F1");
    JsonNode figures = new ObjectMapper().readTree(report.toFile()).get("checkworthy");
    for (String field : List.of("precision", "recall", "f1", "threshold")) {
      assertThat(figures.get(field).isNumber()).as(field).isTrue();
    }
    assertThat(figures.get("threshold").asDouble()).isEqualTo(CheckworthinessScorer.packagedThreshold());
  }

  @Test
  void badLabelIsAUsageError(@TempDir Path dir) throws IOException {
    Path tsv = Files.writeString(dir.resolve("bad.tsv"), "Sentence_id\tText\tclass_label\n1\tSome text\tMaybe\n");
    assertThat(cli.run("eval", "--corpus", "checkworthy", tsv.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("label must be Yes or No");
  }
}
