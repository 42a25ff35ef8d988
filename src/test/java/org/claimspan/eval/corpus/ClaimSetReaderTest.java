package org.claimspan.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a hand-made claim set against the corpus it annotates. */
class ClaimSetReaderTest {
  private static final String DOC = "daily_2016-09-01_jobs";
  private static final String TEXT = "Jobless claims fell by 12,000 last week, Labor Secretary Ana Ruiz said.\n"
      + "But the \u201Cbest\u201D month was May. Officials said about 3 million jobs were added.";
  private static final Map<String, String> TEXTS = Map.of(DOC, TEXT);

  @TempDir Path dir;

  private static String row(String text, String claimant, String attributed, String quantities, String hedged,
      String checkworthy) {
    int begin = TEXT.indexOf(text);
    return String.join("\t", DOC, String.valueOf(begin), String.valueOf(begin + text.length()), text, claimant,
        attributed, quantities, hedged, checkworthy);
  }

  private Path write(String name, String... rows) throws IOException {
    return Files.writeString(dir.resolve(name), ClaimSetReader.HEADER + "\n" + String.join("\n", rows) + "\n");
  }

  @Test
  void rowsBecomeGoldClaimsByDocumentWithTheirQuantitiesFound() throws IOException {
    write("a.tsv",
        row("Jobless claims fell by 12,000 last week", "Ana Ruiz", "yes", "12,000", "no", "yes"),
        row("But the \u201Cbest\u201D month was May", "daily", "no", "-", "no", "no"));
    write("b.tsv", row("about 3 million jobs were added", "anonymous", "yes", "about 3 million", "no", "yes"));
    Files.writeString(dir.resolve("notes.txt"), "not a claim file");

    Map<String, List<GoldClaim>> claims = ClaimSetReader.read(dir, TEXTS);

    assertThat(claims).containsOnlyKeys(DOC);
    List<GoldClaim> gold = claims.get(DOC);
    assertThat(gold).hasSize(3);
    assertThat(gold.get(0).claimant()).contains("Ana Ruiz");
    assertThat(gold.get(0).quantities()).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("12,000"));
    assertThat(gold.get(0).checkworthy()).isTrue();
    assertThat(gold.get(1).attributed()).isFalse();
    assertThat(gold.get(1).content().text()).isEqualTo("But the \u201Cbest\u201D month was May");
    assertThat(gold.get(2).anonymous()).isTrue();
    assertThat(gold.get(2).quantities().get(0).begin()).isEqualTo(TEXT.indexOf("about 3 million"));
  }

  @Test
  void aTextWrittenOnOneLineMatchesAContentAcrossALineBreak() throws IOException {
    String across = "Ana Ruiz said.\nBut";
    int begin = TEXT.indexOf(across);
    Path file = write("c.tsv", String.join("\t", DOC, String.valueOf(begin), String.valueOf(begin + across.length()),
        "Ana Ruiz said. But", "daily", "no", "-", "no", "no"));

    assertThat(ClaimSetReader.read(file, TEXTS).get(DOC)).hasSize(1);
  }

  @Test
  void everyProblemIsReportedWithItsFileAndLine() throws IOException {
    Path file = write("bad.tsv",
        row("Jobless claims fell by 12,000 last week", "Ana Ruiz", "yes", "12,000", "no", "yes"),
        String.join("\t", "other_doc", "0", "4", "Jobs", "x", "yes", "-", "no", "no"),
        String.join("\t", DOC, "0", "7", "Jobs!!!", "Ana Ruiz", "yes", "-", "no", "no"),
        row("about 3 million jobs were added", "anonymous", "yes", "4 million", "no", "yes"),
        row("But the \u201Cbest\u201D month was May", "Ana Ruiz", "no", "-", "no", "no"),
        row("Jobless claims fell by 12,000 last week", "Ana Ruiz", "yes", "-", "no", "yes"),
        row("But the \u201Cbest\u201D month was May", "daily", "no", "-", "no", "maybe"),
        "too\tfew\tfields");

    assertThatThrownBy(() -> ClaimSetReader.read(file, TEXTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7 problems")
        .hasMessageContaining("bad.tsv:3: document other_doc is not in the corpus")
        .hasMessageContaining("bad.tsv:4: the text at 0-7 is 'Jobless'")
        .hasMessageContaining("bad.tsv:5: quantity '4 million' is not in the claim's text")
        .hasMessageContaining("bad.tsv:6: an author claim's claimant is the publisher daily, not Ana Ruiz")
        .hasMessageContaining("bad.tsv:7: a second row")
        .hasMessageContaining("bad.tsv:8: checkworthy is 'maybe'")
        .hasMessageContaining("bad.tsv:9: 3 fields, not 9");
  }

  @Test
  void aFileWithoutTheHeaderOrAnEmptySetIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("noheader.tsv"), "document\tbegin\n");
    assertThatThrownBy(() -> ClaimSetReader.read(file, TEXTS)).hasMessageContaining("noheader.tsv:1: the header");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThatThrownBy(() -> ClaimSetReader.read(empty, TEXTS)).hasMessageContaining("no .tsv files");
  }
}
