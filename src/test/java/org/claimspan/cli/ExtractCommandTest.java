package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The extract command end to end, with real models. */
class ExtractCommandTest {
  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new ClaimspanCli());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void writesOneJsonFilePerDocumentNamedById() throws Exception {
    Path input = Files.writeString(temp.resolve("story-1.txt"), "Officials said the bridge would reopen on Friday.");
    Path outDir = temp.resolve("out");
    assertThat(run("extract", "--out", outDir.toString(), input.toString())).isZero();
    JsonNode json = new ObjectMapper().readTree(outDir.resolve("story-1.json").toFile());
    assertThat(json.get("document").get("id").asText()).isEqualTo("story-1");
    assertThat(json.get("attributions")).isNotEmpty();
  }

  @Test
  void badInputsAreReportedAndTheRestIsStillProcessed() throws Exception {
    Path jsonl = Files.writeString(temp.resolve("batch.jsonl"),
        "{\"id\": \"a\", \"text\": \"The mayor said taxes would rise.\"}\n{not json\n{\"id\": \"b\"}\n");
    int exit = run("extract", "--format", "jsonl", jsonl.toString(), temp.resolve("missing.txt").toString());
    assertThat(exit).isEqualTo(1);
    assertThat(out.toString().lines()).hasSize(1).allMatch(line -> line.contains("\"id\":\"a\""));
    assertThat(err.toString()).contains("batch.jsonl:2: bad JSON").contains("batch.jsonl:3").contains("missing.txt: no such file");
  }

  @Test
  void textFormatNamesSpeakerAndCue() throws Exception {
    Path input = Files.writeString(temp.resolve("t.txt"), "\u201CWe are ready for the storm,\u201D Governor Ana Ruiz said.");
    assertThat(run("extract", "--format", "text", input.toString())).isZero();
    assertThat(out.toString()).contains("Ana Ruiz (said) [direct]");
  }

  @Test
  void unknownProfileIsAUsageError() {
    assertThat(run("extract", "--profile", "nonsense", "x.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown profile 'nonsense'");
  }
}
