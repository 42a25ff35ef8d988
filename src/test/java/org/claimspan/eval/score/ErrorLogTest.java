package org.claimspan.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.claimspan.eval.corpus.Attributions;
import org.claimspan.eval.corpus.GoldDocument;
import org.junit.jupiter.api.Test;

class ErrorLogTest {

  private static final String TEXT = "First paragraph.\nAlice said she would win. Bob agreed.\nLast one.";
  private final Attributions a = new Attributions(TEXT);

  @Test
  void contextIsTheParagraphAroundTheSpan() {
    assertThat(ErrorLog.context(TEXT, a.find("she would win"))).isEqualTo("Alice said she would win. Bob agreed.");
  }

  @Test
  void listsFalsePositivesAndMissesWithSourceCueAndContext() {
    GoldDocument doc = a.document(a.gold(a.find("Alice"), a.find("said"), a.find("she would win")));
    DocumentErrors errors = new ScoreSheet("s").add(doc, List.of(a.pred(null, null, a.find("Last one"))));
    StringWriter out = new StringWriter();
    ErrorLog.write("s", List.of(errors), new PrintWriter(out));

    assertThat(out.toString())
        .contains("1 false positives, 1 misses")
        .contains("FALSE POSITIVE [indirect]")
        .contains("content: Last one")
        .contains("MISS [indirect]")
        .contains("source:  Alice")
        .contains("cue:     said")
        .contains("context: Alice said she would win. Bob agreed.");
  }
}
