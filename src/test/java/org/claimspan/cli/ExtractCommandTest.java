package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertThat(Files.list(outDir).map(p -> p.getFileName().toString())).containsExactly("ok.json");
    assertThat(Files.exists(temp.resolve("escape.json"))).isFalse();
  }

  @Test
  void textFormatNamesSpeakerAndCue() throws Exception {
    Path input = Files.writeString(temp.resolve("t.txt"), "\u201CWe are ready for the storm,\u201D Governor Ana Ruiz said.");
    assertThat(cli.run("extract", "--format", "text", input.toString())).isZero();
    assertThat(cli.out()).contains("Ana Ruiz (said) [direct]");
  }

  @Test
  void unknownProfileIsAUsageError() {
    assertThat(cli.run("extract", "--profile", "nonsense", "x.txt")).isEqualTo(2);
    assertThat(cli.err()).contains("unknown profile 'nonsense'");
  }
}
