package org.claimspan.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimspan.ClaimExtractor;
import org.claimspan.cli.ClaimspanCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the job on {@code local[2]} over the example articles (plus three bad records) and checks
 * that its rows are exactly what {@code claimspan extract --format jsonl} prints for the same JSON
 * Lines file, and that every bad record is an error row.
 *
 * <p>The profile is {@code -Dclaimspan.profile} (default {@code accurate}).
 */
class ClaimspanSparkJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROFILE = System.getProperty("claimspan.profile", "accurate");
  private static final Path ARTICLES = Paths.get(System.getProperty("claimspan.examples.dir", "../articles"));
  /** One over ClaimExtractor's default length limit: refused by the CLI and by the job alike. */
  private static final String TOO_LONG = "too-long";
  /** The CLI's closing summary on stderr, which is not a failure line. */
  private static final Pattern SUMMARY = Pattern.compile("^claimspan: \\d+ documents?, \\d+ failed");

  @TempDir static Path dir;
  static Path corpus;
  static List<String> articleIds;
  static List<JsonNode> cliResults;
  static List<String> cliFailures;
  static SparkSession spark;

  @BeforeAll
  static void corpusAndCli() throws IOException {
    corpus = dir.resolve("articles.jsonl");
    List<String> lines = new ArrayList<>();
    articleIds = new ArrayList<>();
    try (Stream<Path> files = Files.list(ARTICLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList())) {
        String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
        ObjectNode record = JSON.createObjectNode().put("id", id)
            .put("text", Files.readString(file, StandardCharsets.UTF_8));
        if (articleIds.size() % 2 == 0) { // metadata on some records, to check it is carried through
          record.put("url", "https://news.example/" + id).put("publisher", "Example News").put("date", "2026-11-27");
        }
        articleIds.add(id);
        lines.add(JSON.writeValueAsString(record));
      }
    }
    assertThat(articleIds).hasSizeGreaterThanOrEqualTo(3);
    lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("id", TOO_LONG)
        .put("text", "He said it. ".repeat(ClaimExtractor.DEFAULT_MAX_DOCUMENT_LENGTH / 12 + 1))));
    lines.add("{\"id\": \"no-text\"}");
    lines.add("{\"id\": \"broken\", \"text\": ");
    Files.write(corpus, lines, StandardCharsets.UTF_8);

    // What the library's command line gives for the same file.
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new ClaimspanCli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute("extract", "--profile", PROFILE, "--format", "jsonl", corpus.toString());
    assertThat(exit).as("CLI exit code; stderr: %s", err).isEqualTo(1); // the three bad records
    cliResults = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        cliResults.add(JSON.readTree(line));
      }
    }
    // stderr: one line per failed record, then the run's summary ("N documents, M failed, ...")
    cliFailures = err.toString().lines().filter(line -> !SUMMARY.matcher(line).find()).collect(Collectors.toList());

    spark = SparkSession.builder().master("local[2]").appName("claimspan-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void rowsEqualTheCliOutputAndBadRecordsAreErrorRows() throws IOException {
    Path output = dir.resolve("out.parquet");
    long errors = ClaimspanSparkJob.run(spark, ClaimspanSparkJob.Options.parse(
        "--input", corpus.toString(), "--output", output.toString(), "--profile", PROFILE, "--partitions", "3"),
        System.out);

    List<JsonNode> rows = new ArrayList<>();
    for (String row : spark.read().parquet(output.toString()).toJSON().collectAsList()) {
      rows.add(JSON.readTree(row));
    }
    List<JsonNode> errorRows = rows.stream().filter(r -> r.path("record_type").asText().equals("error"))
        .collect(Collectors.toList());
    rows.removeAll(errorRows);

    // Every good article: the CLI's result, flattened, row for row.
    assertThat(cliResults).extracting(r -> r.path("document").path("id").asText())
        .containsExactlyElementsOf(articleIds);
    List<JsonNode> expected = new ArrayList<>();
    cliResults.forEach(result -> expected.addAll(expectedRows(result)));
    assertThat(expected).filteredOn(r -> r.path("record_type").asText().equals("attribution")).isNotEmpty();
    assertThat(expected).filteredOn(r -> r.path("record_type").asText().equals("claim")).isNotEmpty();
    assertThat(sorted(rows)).containsExactlyElementsOf(sorted(expected));

    // Every bad record: an error row, as the CLI reports a failure for each.
    assertThat(errors).isEqualTo(3);
    assertThat(errorRows).hasSize(cliFailures.size());
    assertThat(errorRows).extracting(r -> r.path("doc_id").asText(null))
        .containsExactlyInAnyOrder(TOO_LONG, "no-text", null);
    JsonNode tooLong = errorRows.stream().filter(r -> TOO_LONG.equals(r.path("doc_id").asText(null))).findFirst().get();
    assertThat(cliFailures).contains("claimspan: " + TOO_LONG + ": " + tooLong.path("error").asText());
    assertThat(errorRows).allSatisfy(r -> assertThat(r.path("error").asText()).isNotBlank());

    // One extractor for the whole run although two task threads ran three partitions.
    assertThat(ExtractorHolder.builds()).isEqualTo(1);
  }

  @Test
  void parquetInAndJsonLinesOutGiveTheSameRows() throws IOException {
    // Two of the articles and a record whose text is null, as a Parquet file.
    Path input = dir.resolve("articles.parquet");
    List<String> ids = articleIds.subList(0, 2);
    Dataset<Row> articles = spark.read().json(corpus.toString())
        .filter(org.apache.spark.sql.functions.col("id").isin(ids.toArray()))
        .unionByName(spark.sql("SELECT 'null-text' AS id, CAST(NULL AS STRING) AS text"), true);
    articles.write().parquet(input.toString());

    Path output = dir.resolve("out-jsonl");
    ClaimspanSparkJob.run(spark, ClaimspanSparkJob.Options.parse(
        "--input", input.toString(), "--output", output.toString(), "--format", "jsonl",
        "--profile", PROFILE, "--partitions", "2"), System.out);

    List<JsonNode> rows = new ArrayList<>();
    for (String line : spark.read().schema(ClaimspanRows.SCHEMA).json(output.toString()).toJSON().collectAsList()) {
      rows.add(JSON.readTree(line));
    }
    List<JsonNode> expected = new ArrayList<>();
    cliResults.stream().filter(r -> ids.contains(r.path("document").path("id").asText()))
        .forEach(result -> expected.addAll(expectedRows(result)));
    expected.add(JSON.createObjectNode().put("doc_id", "null-text").put("record_type", "error")
        .put("error", "record without a text"));
    assertThat(sorted(rows)).containsExactlyElementsOf(sorted(expected));
    assertThat(ExtractorHolder.builds()).isEqualTo(1);
  }

  @Test
  void optionsAreChecked() {
    assertThat(ClaimspanSparkJob.Options.parse("--input", "a", "--output", "b").profile.id()).isEqualTo("accurate");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ClaimspanSparkJob.Options.parse("--input", "a", "--output", "b", "--profile", "nonesuch"))
        .withMessageContaining("nonesuch");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ClaimspanSparkJob.Options.parse("--input", "a"))
        .withMessageContaining("--output");
  }

  private static List<JsonNode> sorted(List<JsonNode> rows) {
    Comparator<JsonNode> order = Comparator.comparing((JsonNode r) -> r.path("doc_id").asText())
        .thenComparing(r -> r.path("record_type").asText())
        .thenComparing(r -> r.path("record_id").asText());
    return rows.stream().sorted(order).collect(Collectors.toList());
  }

  /** The rows the job should write for one claimspan/1 result, written independently of the job. */
  private static List<JsonNode> expectedRows(JsonNode result) {
    List<JsonNode> rows = new ArrayList<>();
    JsonNode doc = result.path("document");
    ObjectNode document = base(result, "document", null);
    document.set("length", doc.get("length"));
    ArrayNode diagnostics = document.putArray("diagnostics");
    for (JsonNode d : result.path("diagnostics")) {
      ObjectNode diagnostic = diagnostics.addObject();
      diagnostic.set("code", d.get("code"));
      diagnostic.set("message", d.get("message"));
      putSpanFields(diagnostic, d.get("span"));
    }
    rows.add(document);
    for (JsonNode a : result.path("attributions")) {
      ObjectNode row = base(result, "attribution", a.get("id").asText());
      putIfPresent(row, "kind", a.get("kind"));
      putIfPresent(row, "cue_class", a.get("cueClass"));
      putSpan(row, "source", a.get("source"));
      putSpan(row, "cue", a.get("cue"));
      JsonNode speaker = a.get("speaker");
      if (speaker != null && !speaker.isNull()) {
        putIfPresent(row, "speaker", speaker.get("name"));
        putIfPresent(row, "speaker_type", speaker.get("type"));
        putIfPresent(row, "speaker_title", speaker.get("title"));
        putIfPresent(row, "speaker_entity", speaker.get("entity"));
      }
      ArrayNode parts = row.putArray("content_parts");
      a.path("contentParts").forEach(part -> putSpanFields(parts.addObject(), part));
      row.set("quote_ids", a.get("quotes"));
      row.set("confidence", a.get("confidence"));
      putSpan(row, "content", a.get("content"));
      rows.add(row);
    }
    for (JsonNode c : result.path("claims")) {
      ObjectNode row = base(result, "claim", c.get("id").asText());
      putSpan(row, "content", c.get("content"));
      putIfPresent(row, "statement", c.get("statement"));
      putIfPresent(row, "claimant", c.get("claimant"));
      putIfPresent(row, "attribution_id", c.get("attribution"));
      ArrayNode quantities = row.putArray("quantities");
      for (JsonNode q : c.path("quantities")) {
        ObjectNode quantity = quantities.addObject();
        putSpanFields(quantity, q.get("span"));
        putIfPresent(quantity, "value", q.get("value"));
        putIfPresent(quantity, "upper", q.get("upper"));
        putIfPresent(quantity, "unit", q.get("unit"));
        putIfPresent(quantity, "qualifier", q.get("qualifier"));
      }
      row.set("hedged", c.get("hedged"));
      row.set("negated", c.get("negated"));
      row.set("checkworthiness", c.get("checkworthiness"));
      putSpan(row, "hedge", c.get("hedge"));
      putIfPresent(row, "claim_type", c.get("type"));
      ArrayNode times = row.putArray("times");
      c.path("times").forEach(time -> putSpanFields(times.addObject(), time));
      rows.add(row);
    }
    return rows;
  }

  private static ObjectNode base(JsonNode result, String recordType, String recordId) {
    JsonNode doc = result.path("document");
    ObjectNode row = JSON.createObjectNode();
    row.set("doc_id", doc.get("id"));
    putIfPresent(row, "url", doc.get("url"));
    putIfPresent(row, "publisher", doc.get("publisher"));
    putIfPresent(row, "date", doc.get("date"));
    row.put("record_type", recordType);
    if (recordId != null) {
      row.put("record_id", recordId);
    }
    putIfPresent(row, "profile", result.path("info").get("profile"));
    putIfPresent(row, "claimspan_version", result.path("info").get("version"));
    return row;
  }

  private static void putSpan(ObjectNode row, String prefix, JsonNode span) {
    if (span != null && !span.isNull()) {
      row.set(prefix + "_begin", span.get("begin"));
      row.set(prefix + "_end", span.get("end"));
      row.set(prefix + "_text", span.get("text"));
    }
  }

  private static void putSpanFields(ObjectNode target, JsonNode span) {
    if (span != null && !span.isNull()) {
      target.set("begin", span.get("begin"));
      target.set("end", span.get("end"));
      target.set("text", span.get("text"));
    }
  }

  private static void putIfPresent(ObjectNode row, String field, JsonNode value) {
    if (value != null && !value.isNull()) {
      row.set(field, value);
    }
  }
}
