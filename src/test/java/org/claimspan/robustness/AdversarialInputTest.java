package org.claimspan.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.json.ResultJson;
import org.claimspan.testing.Extractors;
import org.claimspan.testing.SpanInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Odd input never crashes the accurate profile: every result keeps the span invariants and writes
 * JSON that parses and reads back. Hand-picked hostile texts plus seeded mutations of the example
 * articles (the fast-profile fuzz run with thousands of cases is {@link ExtractionPropertiesTest}).
 */
class AdversarialInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MUTATIONS = 60;

  static Stream<String> hostileTexts() {
    String longSentence = "word ".repeat(3_000) + "said the mayor";
    return Stream.of(
        "",
        " \n\t\r\n ",
        "\u0000\u0001\u0002 said \u0000 \"\u0000\"",
        "\uD800 lone high \uDC00 lone low \"quote\uD83D\" he said",
        "<html><body><p>\u201CWe won,\u201D <b>she</b> said.</p><script>x()</script></body></html>",
        "&quot;Taxes will rise,&quot; the mayor said &amp; left.",
        "\u201CThis quote never closes, she said.\n\nAnd the next paragraph goes on.",
        "\"\"\"\"\"\" \u201D\u201D\u201C\u201C \u2018\u2019\u2018 '' said said said :::: according to according to",
        "He said:\nShe said:\n\"\n\"\n:",
        longSentence,
        "\u05E9\u05DC\u05D5\u05DD \u0627\u0644\u0633\u0644\u0627\u0645 said the minister \uD83D\uDE00\uD83D\uDE00 \u201C\u0645\u0631\u062D\u0628\u0627\u201D",
        "Line one\r\nLine two said officials\r\n\r\n\u2028\u2029\u0085 \u00A0\u00A0 end");
  }

  @ParameterizedTest
  @MethodSource("hostileTexts")
  void hostileTextGivesAValidResult(String text) throws Exception {
    check(text);
  }

  @Test
  void mutatedArticlesGiveValidResults() throws Exception {
    List<String> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("examples/articles"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(Files.readString(file));
      }
    }
    Random random = new Random(20261127L);
    for (int i = 0; i < MUTATIONS; i++) {
      check(mutate(articles.get(random.nextInt(articles.size())), random));
    }
  }

  /** Cuts, splices, deletes quote marks and line breaks, and inserts junk characters. */
  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(8);
    String junk = "\"\u201C\u201D\u2018\u2019\n\r\u0000<>&:;,.\uD800\uDC00 said according to ";
    for (int e = 0; e < edits && out.length() > 0; e++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> out.delete(at, Math.min(out.length(), at + random.nextInt(200)));
        case 1 -> out.insert(at, junk.charAt(random.nextInt(junk.length())));
        case 2 -> {
          int from = random.nextInt(out.length());
          out.insert(at, out.substring(from, Math.min(out.length(), from + random.nextInt(100))));
        }
        default -> out.setCharAt(at, junk.charAt(random.nextInt(junk.length())));
      }
    }
    return out.toString();
  }

  private static void check(String text) throws Exception {
    ExtractionResult result = Extractors.accurate().extract(Document.of("adversarial", text));
    SpanInvariants.check(result);
    String json = ResultJson.toJson(result);
    assertThat(JSON.readTree(json).get("document").get("length").asInt()).isEqualTo(text.length());
    assertThat(ResultJson.toJson(ResultJson.fromJson(json, text))).isEqualTo(json);
  }
}
