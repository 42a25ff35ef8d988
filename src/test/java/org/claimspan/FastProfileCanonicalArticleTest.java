package org.claimspan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimspan.model.Attribution;
import org.claimspan.model.TextSpan;
import org.claimspan.testing.Extractors;
import org.claimspan.testing.SpanInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast profile on the canonical article against its gold in the evaluation folder's {@code dev}. The
 * fast profile has no parser and no NER, so it is held to most of the gold attributions (source,
 * cue and content overlapping), not all of them, and its speakers are not checked one by one.
 * Skipped where the evaluation folder is absent.
 */
class FastProfileCanonicalArticleTest {
  /** Of the gold attributions, how many the fast profile must find (the accurate one finds all). */
  private static final double REQUIRED_SHARE = 0.66;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode gold;
  private static ExtractionResult result;

  @BeforeAll
  static void extract() throws IOException {
    Optional<Path> dir = Extractors.evalDir();
    assumeTrue(dir.isPresent(), "evaluation data not present");
    Path goldFile = dir.get().resolve("dev/xinjiang-visa.json");
    gold = JSON.readTree(goldFile.toFile());
    String text = Files.readString(goldFile.resolveSibling(gold.get("text_file").asText()));
    result = Extractors.fast().extract(Document.of("xinjiang-visa", text));
  }

  @Test
  void spansHoldTheirInvariants() {
    SpanInvariants.check(result);
    assertThat(result.info()).containsEntry("profile", "fast");
  }

  @Test
  void mostGoldAttributionsAreFound() {
    List<String> found = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (JsonNode expected : gold.get("attributions")) {
      boolean match = result.attributions().stream()
          .filter(a -> overlaps(a.content(), expected.get("content")))
          .filter(a -> a.source().map(s -> overlaps(s, expected.get("source"))).orElse(false))
          .anyMatch(a -> a.cue().map(c -> overlaps(c.span(), expected.get("cue"))).orElse(false));
      String name = expected.get("source").get("text").asText() + " " + expected.get("cue").get("text").asText();
      (match ? found : missed).add(name);
    }
    assertThat(found.size())
        .as("found %s, missed %s", found, missed)
        .isGreaterThanOrEqualTo((int) Math.ceil(REQUIRED_SHARE * gold.get("attributions").size()));
  }

  @Test
  void everyAttributionHasContentAndMostHaveASpeaker() {
    assertThat(result.attributions()).isNotEmpty().allMatch(a -> !a.content().text().isBlank());
    long withSpeaker = result.attributions().stream().filter(a -> a.speaker().isPresent()).count();
    assertThat(withSpeaker).isGreaterThanOrEqualTo(result.attributions().size() * 2L / 3);
  }

  private static boolean overlaps(TextSpan span, JsonNode expected) {
    if (expected == null || expected.isNull()) {
      return false;
    }
    return span.begin() < expected.get("end").asInt() && expected.get("begin").asInt() < span.end();
  }
}
