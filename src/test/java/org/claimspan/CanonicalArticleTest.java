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
import java.util.Locale;
import java.util.Optional;
import org.claimspan.internal.claim.CheckworthinessScorer;
import org.claimspan.internal.claim.ClaimWording;
import org.claimspan.json.ClaimReviewJson;
import org.claimspan.json.ResultJson;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.ClaimType;
import org.claimspan.model.Quantity;
import org.claimspan.model.TextSpan;
import org.claimspan.testing.ClaimReviewShape;
import org.claimspan.testing.Extractors;
import org.claimspan.testing.SpanInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance case: the canonical article against its gold in the evaluation folder's {@code dev},
 * through the public API. Skipped where the evaluation folder is absent.
 */
class CanonicalArticleTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static String text;
  private static JsonNode gold;
  private static ExtractionResult result;

  @BeforeAll
  static void extract() throws IOException {
    Optional<Path> dir = Extractors.evalDir();
    assumeTrue(dir.isPresent(), "evaluation data not present");
    Path goldFile = dir.get().resolve("dev/xinjiang-visa.json");
    gold = JSON.readTree(goldFile.toFile());
    text = Files.readString(goldFile.resolveSibling(gold.get("text_file").asText()));
    result = Extractors.accurate().extract(Document.of("xinjiang-visa", text));
  }

  @Test
  void everyGoldAttributionIsFoundWithItsSpeaker() {
    List<String> missed = new ArrayList<>();
    for (JsonNode expected : gold.get("attributions")) {
      Optional<Attribution> match = result.attributions().stream()
          .filter(a -> overlaps(a.content(), expected.get("content")))
          .filter(a -> a.source().map(s -> overlaps(s, expected.get("source"))).orElse(false))
          .filter(a -> a.cue().map(c -> overlaps(c.span(), expected.get("cue"))).orElse(false))
          .filter(a -> a.speaker().map(s -> isSpeaker(s.name(), expected)).orElse(false))
          .findFirst();
      if (match.isEmpty()) {
        missed.add(expected.get("source").get("text").asText() + " " + expected.get("cue").get("text").asText());
      }
    }
    assertThat(missed).as("gold attributions not found").isEmpty();
  }

  @Test
  void pageFurnitureYieldsNothing() {
    List<TextSpan> furniture = new ArrayList<>();
    int offset = 0;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("Also Read") || line.startsWith("Disclaimer:")) {
        furniture.add(TextSpan.of(text, offset, offset + line.length()));
      }
      offset += line.length() + 1;
    }
    assertThat(furniture).hasSize(2);
    for (TextSpan line : furniture) {
      assertThat(result.attributions()).noneMatch(a -> a.content().overlaps(line));
      assertThat(result.claims()).noneMatch(c -> c.content().overlaps(line));
    }
  }

  @Test
  void pompeoClaimCarriesItsQuantity() {
    assertThat(result.claims())
        .anySatisfy(claim -> {
          assertThat(claim.claimant()).contains("Mike Pompeo");
          assertThat(claim.statement()).startsWith("Pompeo said: \"China has forcibly detained");
          assertThat(claim.quantities()).extracting(q -> q.span().text()).contains("over one million");
        });
  }

  @Test
  void spansMatchTheTextAndJsonFollowsTheContract() throws IOException {
    SpanInvariants.check(result);
    JsonNode json = JSON.readTree(ResultJson.toJson(result));
    assertThat(json.get("schema").asText()).isEqualTo("claimspan/1");
    assertThat(json.get("offsetUnit").asText()).isEqualTo("utf16");
    assertThat(json.get("document").get("length").asInt()).isEqualTo(text.length());
    for (String field : List.of("quotes", "attributions", "claims", "entities", "diagnostics", "info")) {
      assertThat(json.has(field)).as(field).isTrue();
    }
    JsonNode attribution = json.get("attributions").get(0);
    for (String field : List.of("id", "kind", "cueClass", "source", "cue", "content", "speaker", "confidence")) {
      assertThat(attribution.has(field)).as("attribution." + field).isTrue();
    }
    JsonNode span = attribution.get("content");
    assertThat(text.substring(span.get("begin").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
  }

  @Test
  void everyGoldClaimIsProducedWithItsClaimantAndQuantities() {
    List<String> problems = new ArrayList<>();
    for (JsonNode expected : gold.get("claims")) {
      String what = expected.get("content").get("text").asText();
      Optional<Claim> match = result.claims().stream()
          .filter(c -> overlaps(c.content(), expected.get("content")))
          .findFirst();
      if (match.isEmpty()) {
        problems.add("missing: " + what);
        continue;
      }
      Claim claim = match.get();
      JsonNode claimant = expected.get("claimant");
      Optional<String> expectedClaimant = claimant.isNull() ? Optional.empty() : Optional.of(claimant.asText());
      if (!expectedClaimant.map(CanonicalArticleTest::normalize).equals(claim.claimant().map(CanonicalArticleTest::normalize))) {
        problems.add("claimant " + claim.claimant() + " instead of " + expectedClaimant + ": " + what);
      }
      List<String> quantities = new ArrayList<>();
      expected.get("quantities").forEach(q -> quantities.add(q.get("text").asText()));
      if (!claim.quantities().stream().map(q -> q.span().text()).toList().containsAll(quantities)) {
        problems.add("quantities " + claim.quantities() + " lack " + quantities + ": " + what);
      }
      if (claim.hedged() != expected.get("hedged").asBoolean()) {
        problems.add("hedged " + claim.hedged() + ": " + what);
      }
    }
    assertThat(problems).as("gold claims").isEmpty();
  }

  @Test
  void theDeteriorationSentenceIsHedgedAndAPrediction() {
    assertThat(result.claims()).filteredOn(c -> c.content().text().contains("might further deteriorate"))
        .singleElement().satisfies(claim -> {
          assertThat(claim.hedged()).isTrue();
          assertThat(claim.hedge()).map(TextSpan::text).contains("might");
          assertThat(claim.type()).isEqualTo(ClaimType.PREDICTION);
        });
  }

  @Test
  void quantitiesCarryQualifiersAndUnits() {
    List<Quantity> all = result.claims().stream().flatMap(c -> c.quantities().stream()).toList();
    assertThat(all).anySatisfy(q -> {
      assertThat(q.span().text()).isEqualTo("over one million");
      assertThat(q.qualifier()).contains("over");
      assertThat(q.unit()).contains("people");
      assertThat(q.value().getAsDouble()).isEqualTo(1_000_000);
    });
    assertThat(all).anySatisfy(q -> {
      assertThat(q.span().text()).isEqualTo("up to one million");
      assertThat(q.qualifier()).contains("up to");
    });
    assertThat(all).anySatisfy(q -> assertThat(q.span().text()).isEqualTo("28"));
    assertThat(all).anySatisfy(q -> {
      assertThat(q.span().text()).isEqualTo("1966-1976");
      assertThat(q.upper().getAsDouble()).isEqualTo(1976);
    });
  }

  @Test
  void statementsReadAsPlainEnglish() {
    for (Claim claim : result.claims()) {
      String statement = claim.statement();
      assertThat(statement).as(statement)
          .matches("[A-Z].*[.!\"\u201D]")
          .doesNotContain("  ")
          .doesNotContain("\n")
          .doesNotContain(" .")
          .doesNotStartWith("Someone said");
      assertThat(statement.chars().filter(c -> c == '"').count() % 2).as(statement).isZero();
    }
    assertThat(result.claims()).extracting(Claim::statement).contains(
        "Pompeo said: \"China has forcibly detained over one million Muslims in a brutal, systematic campaign to erase "
            + "religion and culture in Xinjiang.\"");
  }

  @Test
  void claimReviewExportNamesPompeoAsAPersonAndKeepsOnlyCheckWorthyClaims() throws IOException {
    double threshold = CheckworthinessScorer.packagedThreshold();
    JsonNode items = JSON.readTree(ClaimReviewJson.toJson(result, threshold));
    assertThat(items).anySatisfy(item -> {
      assertThat(item.get("claimReviewed").asText()).startsWith("\"China has forcibly detained");
      assertThat(item.get("itemReviewed").get("author").get("@type").asText()).isEqualTo("Person");
      assertThat(item.get("itemReviewed").get("author").get("name").asText()).isEqualTo("Mike Pompeo");
    });
    List<String> checkWorthy = result.claims().stream()
        .filter(c -> c.checkworthiness() >= threshold).map(c -> ClaimWording.of(result, c).claimed()).toList();
    List<String> exported = new ArrayList<>();
    items.forEach(item -> exported.add(item.get("claimReviewed").asText()));
    assertThat(exported).containsExactlyInAnyOrderElementsOf(checkWorthy);
    assertThat(ClaimReviewShape.problemsOfArray(items)).isEmpty();
  }

  private static boolean overlaps(TextSpan span, JsonNode gold) {
    return span.begin() < gold.get("end").asInt() && gold.get("begin").asInt() < span.end();
  }

  private static boolean isSpeaker(String name, JsonNode expected) {
    List<String> names = new ArrayList<>();
    names.add(expected.get("speaker").asText());
    expected.get("speaker_aliases").forEach(alias -> names.add(alias.asText()));
    return names.stream().anyMatch(n -> normalize(n).equals(normalize(name)));
  }

  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").strip();
  }
}
