package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.json.ResultJson;
import org.claimspan.model.Attribution;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.TextSpan;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render command: saved results without models, errors with exit codes, and one real run. */
class RenderCommandTest {
  private static final String TEXT = "\u201CWe are ready,\u201D Governor Ana Ruiz said.";

  @TempDir Path temp;

  private final CliRunner cli = new CliRunner();

  private Path savedResult() throws Exception {
    Attribution a = new Attribution("a1", AttributionKind.DIRECT, Optional.of(TextSpan.of(TEXT, 16, 33)), Optional.empty(),
        Optional.empty(), TextSpan.of(TEXT, 1, 14), List.of(), 0.8);
    ExtractionResult result = new ExtractionResult(Document.of("ruiz", TEXT), List.of(), List.of(a), List.of(), List.of(),
        List.of(), Map.of("profile", "accurate"));
    return Files.writeString(temp.resolve("ruiz.json"), ResultJson.toJson(result));
  }

  @Test
  void rendersASavedResultToAFile() throws Exception {
    Path json = savedResult();
    Path text = Files.writeString(temp.resolve("ruiz.txt"), TEXT);
    Path html = temp.resolve("pages/ruiz.html");

    assertThat(cli.run("render", "--from-json", json.toString(), "--text", text.toString(), "--out", html.toString())).isZero();

    var page = Jsoup.parse(Files.readString(html));
    assertThat(page.getElementById("text").wholeText()).isEqualTo(TEXT);
    assertThat(page.select("#text [data-role=source]").first().wholeText()).isEqualTo("Governor Ana Ruiz");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void aSavedResultForAnotherTextIsRefusedNamingTheSpan() throws Exception {
    Path json = savedResult();
    Path text = Files.writeString(temp.resolve("other.txt"), TEXT.replace("Ruiz", "Ortz"));

    assertThat(cli.run("render", "--from-json", json.toString(), "--text", text.toString())).isEqualTo(1);
    assertThat(cli.err()).contains("ruiz.json: attribution a1 source").contains("Ana Ortz");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void badJsonAndMissingFilesFailWithTheirNames() throws Exception {
    Path json = Files.writeString(temp.resolve("bad.json"), "{not json");
    Path text = Files.writeString(temp.resolve("t.txt"), TEXT);

    assertThat(cli.run("render", "--from-json", json.toString(), "--text", text.toString())).isEqualTo(1);
    assertThat(cli.run("render", "--from-json", temp.resolve("missing.json").toString(), "--text", text.toString())).isEqualTo(1);
    assertThat(cli.err()).contains("bad.json: not claimspan/1 JSON").contains("missing.json: no such file");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(cli.run("render")).isEqualTo(2);
    assertThat(cli.run("render", "--from-json", "x.json")).isEqualTo(2);
    assertThat(cli.run("render", "--from-json", "x.json", "--text", "x.txt", "y.txt")).isEqualTo(2);
    assertThat(cli.err()).contains("--from-json needs --text");
  }

  @Test
  void extractsAndPrintsThePageForATextFile() throws Exception {
    Path input = Files.writeString(temp.resolve("ruiz.txt"), TEXT);

    assertThat(cli.run("render", input.toString())).isZero();

    var page = Jsoup.parse(cli.out());
    assertThat(page.title()).isEqualTo("Who said what: ruiz");
    assertThat(page.select(".speaker-list .name").eachText()).contains("Ana Ruiz");
  }

  @Test
  void aMissingTextFileIsReported() {
    assertThat(cli.run("render", temp.resolve("nope.txt").toString())).isEqualTo(1);
    assertThat(cli.err()).contains("nope.txt: no such file");
  }
}
