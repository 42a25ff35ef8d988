package org.claimspan.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimspan.eval.score.ScoreSheet;
import org.claimspan.eval.score.SystemScores;
import org.junit.jupiter.api.Test;

/** Reads the real PolNeAR dev split when the evaluation data is present (no models are loaded). */
class PolnearReaderTest {

  private static Path devSplit() {
    String dir = System.getProperty("claimspan.eval.dir", "");
    Path dev = Path.of(dir.isEmpty() ? "." : dir, "polnear", "dev");
    assumeTrue(!dir.isEmpty() && Files.isDirectory(dev), "PolNeAR not found: " + dev);
    return dev;
  }

  @Test
  void readsEveryDocumentAndLinkedAttribution() throws Exception {
    List<GoldDocument> documents = new PolnearReader().read(devSplit());

    assertThat(documents).hasSize(84);
    List<EvalAttribution> gold = documents.stream().flatMap(d -> d.gold().stream()).toList();
    // Every E line with a content becomes an attribution; a few have no source.
    assertThat(gold).hasSize(2192);
    assertThat(gold.stream().filter(a -> a.source().isEmpty()).count()).isEqualTo(126);
    assertThat(gold).anySatisfy(a -> assertThat(a.content().fragments()).hasSizeGreaterThan(1));
  }

  @Test
  void goldAgainstItselfIsPerfect() throws Exception {
    ScoreSheet sheet = new ScoreSheet("gold");
    for (GoldDocument doc : new PolnearReader().read(devSplit())) {
      sheet.add(doc, doc.gold());
    }
    SystemScores s = sheet.scores();

    assertThat(s.allThreeExact().f1()).isEqualTo(1.0);
    assertThat(s.exact().get("content").f1()).isEqualTo(1.0);
    assertThat(s.contentOverlap80().f1()).isEqualTo(1.0);
    assertThat(s.sourceAccuracy().value()).isEqualTo(1.0);
  }
}
