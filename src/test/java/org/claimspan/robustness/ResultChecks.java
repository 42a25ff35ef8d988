package org.claimspan.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.json.ResultJson;
import org.claimspan.model.Diagnostic;
import org.claimspan.testing.SpanInvariants;

/**
 * What must hold for any text at all: extraction returns (no exception, no error), every span
 * matches the text, every id resolves, every diagnostic code is one the README documents, and the
 * JSON parses and reads back to the same JSON. Shared by the property and regression tests.
 */
final class ResultChecks {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The diagnostic codes documented in the README's "Limits and diagnostics" section. */
  static final Set<String> DOCUMENTED_CODES = Set.of(
      "unclosed-quote", "control-characters", "markup", "invalid-unicode", "sentence-not-parsed",
      "time-budget-exceeded");

  private ResultChecks() {}

  static ExtractionResult extractAndCheck(ClaimExtractor extractor, String text) {
    ExtractionResult result = extractor.extract(Document.of("fuzz", text));
    check(result);
    return result;
  }

  static void check(ExtractionResult result) {
    String text = result.document().text();
    SpanInvariants.check(result);
    assertThat(result.diagnostics()).extracting(Diagnostic::code).allMatch(DOCUMENTED_CODES::contains);
    String json = ResultJson.toJson(result);
    try {
      assertThat(JSON.readTree(json).get("document").get("length").asInt()).isEqualTo(text.length());
    } catch (JsonProcessingException e) {
      throw new AssertionError("output JSON does not parse: " + e.getOriginalMessage(), e);
    }
    assertThat(ResultJson.toJson(ResultJson.fromJson(json, text))).isEqualTo(json);
  }
}
