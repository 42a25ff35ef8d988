package org.claimspan.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimspan.eval.score.ScoreSheet;
import org.claimspan.eval.score.SystemScores;
import org.claimspan.model.AttributionKind;
import org.junit.jupiter.api.Test;

class ClaimspanGoldReaderTest {

  private static Path devDir() {
    String dir = System.getProperty("claimspan.eval.dir", "");
    Path dev = Path.of(dir.isEmpty() ? "." : dir, "dev");
    assumeTrue(!dir.isEmpty() && Files.isDirectory(dev), "evaluation data not found: " + dev);
    return dev;
  }

  @Test
  void readsTheCanonicalGoldFile() throws Exception {
    List<GoldDocument> documents = new ClaimspanGoldReader().read(devDir());

    GoldDocument doc =
        documents.stream().filter(d -> d.id().equals("xinjiang-visa")).findFirst().orElseThrow();
    assertThat(doc.gold()).isNotEmpty();
    assertThat(doc.gold()).allSatisfy(a -> {
      assertThat(a.content().length()).isPositive();
      assertThat(a.speaker()).isPresent();
      assertThat(a.content().fragments().get(0).text())
          .isEqualTo(doc.text().substring(a.content().begin(), a.content().end()));
    });
    assertThat(doc.gold()).extracting(EvalAttribution::kind).contains(AttributionKind.DIRECT, AttributionKind.INDIRECT);
    assertThat(doc.gold()).anySatisfy(a -> assertThat(a.speakerAliases()).isNotEmpty());
  }

  @Test
  void goldScoredAgainstItselfIsPerfect() throws Exception {
    GoldDocument doc = new ClaimspanGoldReader().read(devDir().resolve("xinjiang-visa.json")).get(0);
    ScoreSheet sheet = new ScoreSheet("gold");
    sheet.add(doc, doc.gold());
    SystemScores s = sheet.scores();

    assertThat(s.allThreeExact().f1()).isEqualTo(1.0);
    assertThat(s.contentOverlap80().f1()).isEqualTo(1.0);
    assertThat(s.speakerAccuracy().value()).isEqualTo(1.0);
  }
}
