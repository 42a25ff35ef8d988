package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimspan.testing.ClaimReviewShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command end to end, with real models. */
class ExtractCommandTest {
  @TempDir Path temp;

  private final CliRunner cli = new CliRunner();

  @Test
  void writesOneJsonFilePerDocumentNamedById() throws Exception {
    Path input = Files.writeString(temp.resolve("story-1.txt"), "Officials said the bridge would reopen on Friday.");
    Path outDir = temp.resolve("out");
    assertThat(cli.run("extract", "--out", outDir.toString(), input.toString())).isZero();
    JsonNode json = new ObjectMapper().readTree(outDir.resolve("story-1.json").toFile());
    assertThat(json.get("document").get("id").asText()).isEqualTo("story-1");
    assertThat(json.get("attributions")).isNotEmpty();
  }

  @Test
  void badInputsAreReportedAndTheRestIsStillProcessed() throws Exception {
    Path jsonl = Files.writeString(temp.resolve("batch.jsonl"),
        "{\"id\": \"a\", \"text\": \"The mayor said taxes would rise.\"}\n{not json\n{\"id\": \"b\"}\n");
    int exit = cli.run("extract", "--format", "jsonl", jsonl.toString(), temp.resolve("missing.txt").toString());
    assertThat(exit).isEqualTo(1);
    assertThat(cli.out().lines()).hasSize(1).allMatch(line -> line.contains("\"id\":\"a\""));
    assertThat(cli.err()).contains("batch.jsonl:2: bad JSON").contains("batch.jsonl:3").contains("missing.txt: no such file");
  }

  @Test
  void idsThatAreNotPlainFileNamesOrRepeatAreRefusedWithOut() throws Exception {
    Path jsonl = Files.writeString(temp.resolve("ids.jsonl"),
        "{\"id\": \"../escape\", \"text\": \"Officials said so.\"}\n"
            + "{\"id\": \"ok\", \"text\": \"Officials said the road was closed.\"}\n"
            + "{\"id\": \"ok\", \"text\": \"A second document with the same id.\"}\n");
    Path outDir = temp.resolve("out");
    assertThat(cli.run("extract", "--out", outDir.toString(), jsonl.toString())).isEqualTo(1);
    assertThat(cli.err()).contains("../escape: id cannot name a file").contains("ok: a document with this id was already read");
    assertThat(Files.list(outDir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ok.json", "failures.tsv");
    assertThat(Files.exists(temp.resolve("escape.json"))).isFalse();
  }

  @Test
  void textFormatNamesSpeakerAndCue() throws Exception {
    Path input = Files.writeString(temp.resolve("t.txt"), "\u201CWe are ready for the storm,\u201D Governor Ana Ruiz said.");
    assertThat(cli.run("extract", "--format", "text", input.toString())).isZero();
    assertThat(cli.out()).contains("Ana Ruiz (said) [direct]");
  }

  @Test
  void claimReviewsOfSeveralDocumentsOnStandardOutputAreOneJsonArrayPerLine() throws Exception {
    Path jsonl = Files.writeString(temp.resolve("reviews.jsonl"),
        "{\"id\": \"a\", \"text\": \"Unemployment fell to 4.2 percent in March, the lowest rate in a decade.\", "
            + "\"url\": \"https://example.org/a\", \"publisher\": \"Example News\", \"date\": \"2024-04-05\"}\n"
            + "{\"id\": \"b\", \"text\": \"\u201CThe state spent $2 billion on roads last year,\u201D Governor Ellen Grant said.\"}\n"
            + "{\"id\": \"c\", \"text\": \"What a lovely day.\"}\n");
    assertThat(cli.run("extract", "--format", "claimreview", "--threads", "1", jsonl.toString())).isZero();

    List<String> lines = cli.out().lines().toList();
    assertThat(lines).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    int items = 0;
    for (String line : lines) {
      JsonNode array = json.readTree(line);
      assertThat(ClaimReviewShape.problemsOfArray(array)).as(line).isEmpty();
      items += array.size();
    }
    assertThat(items).isPositive();
    assertThat(json.readTree(lines.get(0)).get(0).get("itemReviewed").get("author").get("name").asText())
        .isEqualTo("Example News");
  }

  @Test
  void claimReviewsWithOutAreOneIndentedFilePerDocument() throws Exception {
    Path input = Files.writeString(temp.resolve("jobs.txt"), "Unemployment fell to 4.2 percent in March.");
    Path outDir = temp.resolve("out");
    assertThat(cli.run("extract", "--format", "claimreview", "--out", outDir.toString(), input.toString())).isZero();

    String written = Files.readString(outDir.resolve("jobs.claimreview.json"));
    assertThat(written.lines().count()).isGreaterThan(1);
    assertThat(ClaimReviewShape.problemsOfArray(new ObjectMapper().readTree(written))).isEmpty();
  }

  @Test
  void unknownProfileIsAUsageError() {
    assertThat(cli.run("extract", "--profile", "nonsense", "x.txt")).isEqualTo(2);
    assertThat(cli.err()).contains("unknown profile 'nonsense'");
  }

  @Test
  void aBatchOnSeveralThreadsWritesEveryGoodDocumentAndListsTheFailures() throws Exception {
    Path jsonl = Files.writeString(temp.resolve("batch.jsonl"),
        "{\"id\": \"a\", \"text\": \"The mayor said taxes would rise.\"}\n"
            + "{broken\n"
            + "{\"id\": \"b\", \"text\": \"Officials said the road was closed.\"}\n"
            + "{\"id\": \"a\", \"text\": \"Same id again.\"}\n"
            + "{\"id\": \"c\", \"text\": \"\u201CWe are ready,\u201D the governor said.\"}\n");
    Path outDir = temp.resolve("out");
    assertThat(cli.run("extract", "--threads", "3", "--out", outDir.toString(), jsonl.toString())).isEqualTo(1);
    assertThat(outDir.resolve("a.json")).exists();
    assertThat(outDir.resolve("b.json")).exists();
    assertThat(outDir.resolve("c.json")).exists();
    List<String> failures = Files.readAllLines(outDir.resolve("failures.tsv"));
    assertThat(failures).hasSize(3);
    assertThat(failures.get(0)).isEqualTo("id\treason");
    assertThat(failures.get(1)).startsWith(jsonl + ":2\tbad JSON: ").doesNotContain("\n");
    assertThat(failures.get(2)).isEqualTo("a\ta document with this id was already read; ids must be unique");
    assertThat(cli.err()).contains("batch.jsonl:2: bad JSON").contains("a: a document with this id was already read")
        .contains("claimspan: 5 documents, 2 failed").contains("docs/s, elapsed");
    try (var files = Files.list(outDir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void aDocumentOverTheLengthLimitFailsWithItsIdAndTheOthersAreWritten() throws Exception {
    String huge = "word ".repeat(org.claimspan.ClaimExtractor.DEFAULT_MAX_DOCUMENT_LENGTH / 5 + 1);
    Path jsonl = Files.writeString(temp.resolve("big.jsonl"),
        "{\"id\": \"huge\", \"text\": \"" + huge + "\"}\n{\"id\": \"small\", \"text\": \"Officials said so.\"}\n");
    Path failures = temp.resolve("failed.tsv");
    Path outDir = temp.resolve("out");
    assertThat(cli.run("extract", "--out", outDir.toString(), "--failures", failures.toString(), jsonl.toString()))
        .isEqualTo(1);
    assertThat(outDir.resolve("small.json")).exists();
    assertThat(outDir.resolve("huge.json")).doesNotExist();
    assertThat(outDir.resolve("failures.tsv")).doesNotExist();
    assertThat(Files.readAllLines(failures)).hasSize(2).element(1).asString()
        .startsWith("huge\tjava.lang.IllegalArgumentException: document 'huge' has").contains("over the limit");
  }

  @Test
  void maxCharsAndTimeBudgetReachTheExtractor() throws Exception {
    Path jsonl = Files.writeString(temp.resolve("docs.jsonl"),
        "{\"id\": \"short\", \"text\": \"Officials said so.\"}\n"
            + "{\"id\": \"long\", \"text\": \"" + "The mayor said taxes would rise. ".repeat(3) + "\"}\n");
    Path failures = temp.resolve("failed.tsv");
    assertThat(cli.run("extract", "--profile", "fast", "--format", "jsonl", "--max-chars", "40",
        "--failures", failures.toString(), jsonl.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("\"id\":\"short\"").doesNotContain("\"id\":\"long\"");
    assertThat(Files.readAllLines(failures)).element(1).asString().startsWith("long\t").contains("over the limit of 40");

    // one millisecond is spent before a cold extractor has analysed three paragraphs
    Path text = Files.writeString(temp.resolve("slow.txt"), "The mayor said taxes would rise.\n\n".repeat(200));
    CliRunner budgeted = new CliRunner();
    assertThat(budgeted.run("extract", "--profile", "fast", "--time-budget", "0.001", text.toString())).isZero();
    assertThat(new ObjectMapper().readTree(budgeted.out()).get("diagnostics").toString())
        .contains("time-budget-exceeded");
  }

  @Test
  void timeBudgetAndMaxCharsMustBePositive() {
    assertThat(cli.run("extract", "--time-budget", "0", "x.txt")).isEqualTo(2);
    assertThat(cli.err()).contains("--time-budget");
    assertThat(new CliRunner().run("extract", "--max-chars", "0", "x.txt")).isEqualTo(2);
  }

  @Test
  void resumeSkipsDocumentsAlreadyWrittenAndDoesTheRest() throws Exception {
    Path in = Files.createDirectory(temp.resolve("in"));
    Files.writeString(in.resolve("one.txt"), "The mayor said taxes would rise.");
    Files.writeString(in.resolve("two.txt"), "Officials said the road was closed.");
    Path outDir = Files.createDirectory(temp.resolve("out"));
    Files.writeString(outDir.resolve("one.json"), "{\"kept\": true}");
    Files.writeString(outDir.resolve("two.json.tmp"), "half a fi"); // left by a killed run
    assertThat(cli.run("extract", "--resume", "--out", outDir.toString(), in.toString())).isZero();
    assertThat(Files.readString(outDir.resolve("one.json"))).isEqualTo("{\"kept\": true}");
    assertThat(new ObjectMapper().readTree(outDir.resolve("two.json").toFile()).get("document").get("id").asText())
        .isEqualTo("two");
    assertThat(outDir.resolve("two.json.tmp")).doesNotExist();
    assertThat(Files.readAllLines(outDir.resolve("failures.tsv"))).containsExactly("id\treason");
    assertThat(cli.err()).contains("claimspan: 1 document, 0 failed, 1 skipped (already done)");
  }

  @Test
  void resumeWithoutOutAndZeroThreadsAreUsageErrors() {
    assertThat(cli.run("extract", "--resume", "x.txt")).isEqualTo(2);
    assertThat(cli.err()).contains("--resume needs --out");
    assertThat(new CliRunner().run("extract", "--threads", "0", "x.txt")).isEqualTo(2);
  }

  @Test
  void resultsOnStandardOutputKeepTheInputOrderWithManyThreads() throws Exception {
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      records.append("{\"id\": \"d").append(i).append("\", \"text\": \"Officials in town ").append(i)
          .append(" said the road was closed.\"}\n");
    }
    Path jsonl = Files.writeString(temp.resolve("order.jsonl"), records);
    assertThat(cli.run("extract", "--format", "jsonl", "--threads", "4", jsonl.toString())).isZero();
    assertThat(cli.out().lines().map(line -> line.replaceAll(".*?\"id\":\"(d\\d+)\".*", "$1")))
        .containsExactly("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10", "d11");
  }
}
