package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.claimspan.eval.corpus.ClaimSetReader;
import org.claimspan.testing.Extractors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --corpus claimspan} scores claims beside attributions, with the real models. */
class EvalClaimsCommandTest {

  private final CliRunner cli = new CliRunner();

  @Test
  void ownGoldReportsClaimFiguresInTheTableAndTheJsonReport(@TempDir Path dir) throws IOException {
    Optional<Path> eval = Extractors.evalDir();
    assumeTrue(eval.isPresent(), "evaluation data not present");
    Path report = dir.resolve("report.json");
    assertThat(cli.run("eval", "--corpus", "claimspan", eval.get().resolve("dev").toString(),
        "--report", report.toString())).as(cli.err()).isZero();
    assertThat(cli.out()).contains("claims P/R/F1").contains("claimant accuracy").contains("check-worthy in matched P/R/F1");

    JsonNode claims = new ObjectMapper().readTree(report.toFile()).get("claims");
    assertThat(claims).hasSize(1);
    JsonNode accurate = claims.get(0);
    assertThat(accurate.get("system").asText()).isEqualTo("accurate");
    assertThat(accurate.get("claims").get("gold").asInt()).isPositive();
    for (String figure : new String[] {"claims", "quantities", "checkworthy"}) {
      assertThat(accurate.get(figure).get("f1").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(accurate.get("claimant").get("total").asInt())
        .isEqualTo(accurate.get("claims").get("foundGold").asInt());
  }

  @Test
  void aHandMadeClaimSetIsScoredOnTheDocumentsItCovers(@TempDir Path dir) throws Exception {
    Path corpus = Path.of(EvalClaimsCommandTest.class.getResource("/polnear-mini/text").toURI()).getParent();
    String text = Files.readString(corpus.resolve("text/mini-a.txt"));
    Path set = Files.writeString(dir.resolve("claims.tsv"), ClaimSetReader.HEADER + "\n"
        + row(text, "the bridge would reopen in May", "anonymous", "yes", "yes", "yes")
        + row(text, "Engineers watched the river rise all week", "mini-a", "no", "no", "yes"));
    Path report = dir.resolve("report.json");
    Path errors = dir.resolve("errors.txt");

    assertThat(cli.run("eval", "--corpus", "polnear", corpus.toString(), "--claims", set.toString(),
        "--report", report.toString(), "--errors", errors.toString())).as(cli.err()).isZero();

    assertThat(cli.out()).contains("claims P/R/F1").contains("attributed P/R/F1").contains("claimant accuracy");
    JsonNode claims = new ObjectMapper().readTree(report.toFile()).get("claims").get(0);
    assertThat(claims.get("claims").get("gold").asInt()).isEqualTo(2);
    assertThat(claims.get("attributed").get("gold").asInt()).isEqualTo(1);
    assertThat(claims.get("author").get("gold").asInt()).isEqualTo(1);
    assertThat(claims.get("claims").get("predicted").asInt()).as("claims of mini-a only").isLessThan(6);
    assertThat(Files.readString(errors)).contains("##### claims of system accurate");
  }

  private static String row(String text, String content, String claimant, String attributed, String hedged,
      String checkworthy) {
    int begin = text.indexOf(content);
    return String.join("\t", "mini-a", String.valueOf(begin), String.valueOf(begin + content.length()), content,
        claimant, attributed, "-", hedged, checkworthy) + "\n";
  }
}
