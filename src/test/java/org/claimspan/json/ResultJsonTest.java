package org.claimspan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.TextSpan;
import org.junit.jupiter.api.Test;

/** The claimspan/1 contract on a hand-built result: nulls for absent parts, spans with text. */
class ResultJsonTest {
  @Test
  void absentPartsAreNullAndSpansCarryTheirText() throws Exception {
    String text = "\u201CYes,\u201D she said.";
    Document document = Document.of("d1", text).withUrl("https://example.org/a");
    Attribution attribution = new Attribution("a1", AttributionKind.DIRECT, Optional.empty(), Optional.empty(),
        Optional.empty(), TextSpan.of(text, 1, 5), List.of(), 0.5);
    ExtractionResult result = new ExtractionResult(document, List.of(), List.of(attribution), List.of(), List.of(),
        List.of(), Map.of("profile", "accurate"));

    JsonNode json = new ObjectMapper().readTree(ResultJson.toJsonLine(result));

    assertThat(json.get("schema").asText()).isEqualTo("claimspan/1");
    assertThat(json.get("document").get("url").asText()).isEqualTo("https://example.org/a");
    JsonNode a = json.get("attributions").get(0);
    assertThat(a.get("kind").asText()).isEqualTo("direct");
    assertThat(a.get("source").isNull()).isTrue();
    assertThat(a.get("speaker").isNull()).isTrue();
    assertThat(a.get("cueClass").isNull()).isTrue();
    assertThat(a.get("content").get("text").asText()).isEqualTo("Yes,");
    assertThat(ResultJson.toJsonLine(result)).doesNotContain("\n");
  }
}
