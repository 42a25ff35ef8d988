package org.claimspan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.testing.Extractors;
import org.claimspan.testing.SpanInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** claimspan/1 read back: a real extraction survives the round trip; bad JSON fails by name. */
class ResultJsonRoundTripTest {
  private static String text;
  private static String json;

  @BeforeAll
  static void extract() throws Exception {
    text = Files.readString(Path.of("examples/articles/xinjiang-visa.txt"));
    json = ResultJson.toJson(Extractors.accurate().extract(Document.of("xinjiang-visa", text)));
  }

  @Test
  void realExtractionSurvivesTheRoundTrip() {
    ExtractionResult read = ResultJson.fromJson(json, text);

    SpanInvariants.check(read);
    assertThat(read.attributions()).isNotEmpty();
    assertThat(read.claims()).isNotEmpty();
    assertThat(ResultJson.toJson(read)).isEqualTo(json);
  }

  @Test
  void aSpanThatDoesNotMatchTheTextIsNamed() {
    String other = text.replace("Pompeo", "Pompeu");

    assertThatThrownBy(() -> ResultJson.fromJson(json, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("says \"")
        .hasMessageMatching("(?s).*(quote|attribution|claim|entity) \\w+.*");
  }

  @Test
  void aTextOfAnotherLengthIsRefused() {
    assertThatThrownBy(() -> ResultJson.fromJson(json, text + " more"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has length " + text.length());
  }

  @Test
  void malformedJsonAndOtherSchemasAreRefused() {
    assertThatThrownBy(() -> ResultJson.fromJson("{not json", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not claimspan/1 JSON");
    assertThatThrownBy(() -> ResultJson.fromJson(json.replace("claimspan/1", "claimspan/9"), text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema is claimspan/9");
  }
}
