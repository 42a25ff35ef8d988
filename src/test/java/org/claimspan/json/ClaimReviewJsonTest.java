package org.claimspan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.Claim;
import org.claimspan.model.ClaimType;
import org.claimspan.model.Cue;
import org.claimspan.model.CueClass;
import org.claimspan.model.Quote;
import org.claimspan.model.QuoteType;
import org.claimspan.model.Speaker;
import org.claimspan.model.SpeakerType;
import org.claimspan.model.TextSpan;
import org.claimspan.testing.ClaimReviewShape;
import org.junit.jupiter.api.Test;

/** Shape of the schema.org ClaimReview export, on hand-built results (no model loaded). */
class ClaimReviewJsonTest {
  private static final String TEXT = "Unemployment fell to 3.5 percent. The weather was nice today.";

  private static Claim claim(int begin, int end, double checkworthiness) {
    TextSpan content = TextSpan.of(TEXT, begin, end);
    return new Claim("c", content, content.text() + ".", Optional.empty(), Optional.empty(), List.of(),
        false, false, checkworthiness, Optional.empty(), ClaimType.OTHER, List.of());
  }

  private static ExtractionResult result(Document document) {
    return new ExtractionResult(document, List.of(), List.of(),
        List.of(claim(0, 32, 0.9).withId("c1"), claim(34, 60, 0.1).withId("c2")), List.of(), List.of(), Map.of());
  }

  @Test
  void checkworthyAuthorClaimsBecomeClaimReviewDrafts() throws IOException {
    Document document = Document.of("d", TEXT).withUrl("https://example.org/a").withPublisher("Example News")
        .withDate("2019-10-08");
    JsonNode items = new ObjectMapper().readTree(ClaimReviewJson.toJson(result(document), 0.5));
    assertThat(items.isArray()).isTrue();
    assertThat(items).hasSize(1);
    JsonNode review = items.get(0);
    assertThat(review.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
    assertThat(review.get("claimReviewed").asText()).isEqualTo("Unemployment fell to 3.5 percent.");
    assertThat(review.has("reviewRating")).as("the rating is the fact-checker's").isFalse();
    JsonNode item = review.get("itemReviewed");
    assertThat(item.get("@type").asText()).isEqualTo("Claim");
    assertThat(item.get("author").get("@type").asText()).isEqualTo("Organization");
    assertThat(item.get("author").get("name").asText()).isEqualTo("Example News");
    assertThat(item.get("datePublished").asText()).isEqualTo("2019-10-08");
    assertThat(item.get("appearance").get("@type").asText()).isEqualTo("CreativeWork");
    assertThat(item.get("appearance").get("url").asText()).isEqualTo("https://example.org/a");
    assertThat(ClaimReviewShape.problemsOfArray(items)).isEmpty();
  }

  @Test
  void missingMetadataIsLeftOut() throws IOException {
    JsonNode item = new ObjectMapper().readTree(ClaimReviewJson.toJson(result(Document.of("d", TEXT)), 0.05))
        .get(1).get("itemReviewed");
    assertThat(item.has("author")).isFalse();
    assertThat(item.has("datePublished")).isFalse();
    assertThat(item.has("appearance")).isFalse();
  }

  private static final String REPORTS = "Grant said: \u201CIt has been the honour of my life to serve this state.\u201D "
      + "But the city cannot afford a new stadium, the mayor said. "
      + "A new study published in The Lancet found that one in five adults skips breakfast. "
      + "An earlier study found that most adults sleep too little. "
      + "Officials said the bridge would reopen on Friday.";

  /** A claim of {@code REPORTS} said by {@code speaker} (a mention of type {@code type}) with cue {@code cue}. */
  private static Attribution report(String id, String source, SpeakerType type, String cue, String content,
      List<String> quoteIds) {
    TextSpan mention = span(source);
    Speaker speaker = new Speaker(mention, type == SpeakerType.PERSON ? "Ann Grant" : mention.text(), type,
        Optional.empty(), Optional.empty(), Optional.empty());
    return new Attribution(id, quoteIds.isEmpty() ? AttributionKind.INDIRECT : AttributionKind.DIRECT,
        Optional.of(mention), Optional.of(speaker), Optional.of(new Cue(spanAfter(cue, mention), "say", CueClass.SPEECH)),
        span(content), quoteIds, 0.9);
  }

  private static TextSpan span(String part) {
    int begin = REPORTS.indexOf(part);
    return TextSpan.of(REPORTS, begin, begin + part.length());
  }

  private static TextSpan spanAfter(String part, TextSpan before) {
    int begin = REPORTS.indexOf(part, before.end());
    return TextSpan.of(REPORTS, begin, begin + part.length());
  }

  private static Claim claimOf(Attribution attribution, String content) {
    return new Claim("c", span(content), "-", attribution.speaker().map(Speaker::name), Optional.of(attribution.id()),
        List.of(), false, false, 0.9, Optional.empty(), ClaimType.OTHER, List.of());
  }

  private static JsonNode reportsExported() throws IOException {
    String honour = "It has been the honour of my life to serve this state";
    TextSpan quoted = span(honour + ".");
    Quote quote = new Quote("q1", TextSpan.of(REPORTS, quoted.begin() - 1, quoted.end() + 1), quoted, QuoteType.DIRECT,
        Optional.of("a1"));
    List<Attribution> attributions = List.of(
        report("a1", "Grant", SpeakerType.PERSON, "said", honour + ".", List.of("q1")),
        report("a2", "the mayor", SpeakerType.ANONYMOUS, "said", "But the city cannot afford a new stadium", List.of()),
        report("a3", "A new study published in The Lancet", SpeakerType.UNKNOWN, "found",
            "one in five adults skips breakfast", List.of()),
        report("a4", "An earlier study", SpeakerType.DOCUMENT, "found", "most adults sleep too little",
            List.of()),
        report("a5", "Officials", SpeakerType.ANONYMOUS, "said", "the bridge would reopen on Friday",
            List.of()));
    List<Claim> claims = List.of(
        claimOf(attributions.get(0), honour), claimOf(attributions.get(1), "But the city cannot afford a new stadium"),
        claimOf(attributions.get(2), "one in five adults skips breakfast"),
        claimOf(attributions.get(3), "most adults sleep too little"),
        claimOf(attributions.get(4), "the bridge would reopen on Friday"));
    ExtractionResult result = new ExtractionResult(Document.of("r", REPORTS), List.of(quote), attributions, claims,
        List.of(), List.of(), Map.of());
    return new ObjectMapper().readTree(ClaimReviewJson.toJson(result, 0.5));
  }

  @Test
  void claimReviewedIsTheClaimWithoutItsSpeakerAndQuotedWhereItWasQuoted() throws IOException {
    JsonNode items = reportsExported();

    assertThat(ClaimReviewShape.problemsOfArray(items)).isEmpty();
    assertThat(items).extracting(item -> item.get("claimReviewed").asText()).containsExactly(
        "\u201CIt has been the honour of my life to serve this state.\u201D",
        "The city cannot afford a new stadium.",
        "One in five adults skips breakfast.",
        "Most adults sleep too little.",
        "The bridge would reopen on Friday.");
  }

  @Test
  void theAuthorIsAPersonOrOrganisationTheTextNamesAndNeverAMadeUpOne() throws IOException {
    JsonNode items = reportsExported();

    JsonNode grant = items.get(0).get("itemReviewed").get("author");
    assertThat(grant.get("@type").asText()).isEqualTo("Person");
    assertThat(grant.get("name").asText()).isEqualTo("Ann Grant");
    assertThat(items.get(1).get("itemReviewed").has("author")).as("an unnamed mayor").isFalse();
    JsonNode lancet = items.get(2).get("itemReviewed").get("author");
    assertThat(lancet.get("@type").asText()).isEqualTo("Organization");
    assertThat(lancet.get("name").asText()).isEqualTo("The Lancet");
    assertThat(items.get(3).get("itemReviewed").has("author")).as("a study nobody is named for").isFalse();
    assertThat(items.get(4).get("itemReviewed").has("author")).as("unnamed officials").isFalse();
  }

  @Test
  void aJsonLineIsTheSameArrayOnOneLine() throws IOException {
    Document document = Document.of("d", TEXT).withUrl("https://example.org/a").withDate("2019-10-08");
    String line = ClaimReviewJson.toJsonLine(result(document), 0.05);

    assertThat(line).doesNotContain("\n").doesNotContain("\r");
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(line)).isEqualTo(json.readTree(ClaimReviewJson.toJson(result(document), 0.05)));
  }

  @Test
  void theShapeCheckCatchesWhatIsWrong() throws IOException {
    JsonNode bad = new ObjectMapper().readTree("[{\"@context\": \"https://schema.org\", \"@type\": \"Review\", "
        + "\"claimReviewed\": \"\", \"itemReviewed\": {\"@type\": \"Claim\", \"author\": {\"@type\": \"Thing\"}}, "
        + "\"rating\": 1}]");
    assertThat(ClaimReviewShape.problemsOfArray(bad)).hasSize(4);
  }
}
