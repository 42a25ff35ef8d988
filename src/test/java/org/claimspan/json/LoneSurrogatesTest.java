package org.claimspan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.testing.Extractors;
import org.junit.jupiter.api.Test;

/** Text cut inside a character still gives JSON that encodes as UTF-8 and reads back the same. */
class LoneSurrogatesTest {

  @Test
  void pairedSurrogatesStayAndUnpairedOnesAreEscaped() {
    assertThat(LoneSurrogates.escape("{\"a\":\"x\uD83D\uDE00y\"}")).isEqualTo("{\"a\":\"x\uD83D\uDE00y\"}");
    assertThat(LoneSurrogates.escape("{\"a\":\"x\uD800y\uDC00\"}")).isEqualTo("{\"a\":\"x\\ud800y\\udc00\"}");
    String plain = "{\"a\":1}";
    assertThat(LoneSurrogates.escape(plain)).isSameAs(plain);
  }

  @Test
  void resultWithALoneSurrogateEncodesAsUtf8AndRoundTrips() {
    String text = "Officials said the \uD800 budget was cut by 5 percent.\n\"It is \uDC00 over,\" she said.";
    ExtractionResult result = Extractors.fast().extract(Document.of("cut", text));
    assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo("invalid-unicode"));

    String json = ResultJson.toJson(result);
    assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(json)).isTrue();
    assertThat(ResultJson.toJson(ResultJson.fromJson(json, text))).isEqualTo(json);
    assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(ResultJson.toJsonLine(result))).isTrue();
  }
}
