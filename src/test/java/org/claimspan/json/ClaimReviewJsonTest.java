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
import org.claimspan.model.Claim;
import org.claimspan.model.ClaimType;
import org.claimspan.model.TextSpan;
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
    assertThat(item.get("appearance").asText()).isEqualTo("https://example.org/a");
  }

  @Test
  void missingMetadataIsLeftOut() throws IOException {
    JsonNode item = new ObjectMapper().readTree(ClaimReviewJson.toJson(result(Document.of("d", TEXT)), 0.05))
        .get(1).get("itemReviewed");
    assertThat(item.has("author")).isFalse();
    assertThat(item.has("datePublished")).isFalse();
    assertThat(item.has("appearance")).isFalse();
  }
}
