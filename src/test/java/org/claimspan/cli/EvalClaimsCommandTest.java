package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
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
    assertThat(cli.out()).contains("claims P/R/F1").contains("claimant accuracy").contains("check-worthy P/R/F1");

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
}
