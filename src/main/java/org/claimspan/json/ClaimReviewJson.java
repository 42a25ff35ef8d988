package org.claimspan.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.Speaker;
import org.claimspan.model.SpeakerType;

/**
 * Writes the check-worthy claims of an {@link ExtractionResult} as a JSON-LD array of schema.org
 * {@code ClaimReview} drafts for a fact-checker to complete: {@code claimReviewed} is the claim's
 * statement, {@code itemReviewed} the {@code Claim} with its author (a {@code Person}, or an {@code
 * Organization} for organisations, documents and the publisher of an author claim), {@code
 * datePublished} and {@code appearance} from the document's date and URL when given. There is no
 * {@code reviewRating}: the rating is the fact-checker's. Stateless and thread-safe.
 */
public final class ClaimReviewJson {
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ClaimReviewJson() {}

  /**
   * The ClaimReview items of the claims of {@code result} (not null) whose checkworthiness is at
   * or above {@code threshold} (in {@code [0, 1]}), in claim order; {@code []} when there are none.
   */
  public static String toJson(ExtractionResult result, double threshold) {
    checkNotNull(result, "result");
    checkArgument(threshold >= 0 && threshold <= 1, "threshold %s outside [0, 1]", threshold);
    ArrayNode items = NODES.arrayNode();
    for (Claim claim : result.claims()) {
      if (claim.checkworthiness() >= threshold) {
        items.add(item(claim, result));
      }
    }
    try {
      return LoneSurrogates.escape(PRETTY.writeValueAsString(items));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain nodes always serialises
    }
  }

  private static ObjectNode item(Claim claim, ExtractionResult result) {
    Document document = result.document();
    ObjectNode review = NODES.objectNode();
    review.put("@context", "https://schema.org");
    review.put("@type", "ClaimReview");
    review.put("claimReviewed", claim.statement());
    ObjectNode reviewed = review.putObject("itemReviewed");
    reviewed.put("@type", "Claim");
    author(claim, result).ifPresent(author -> reviewed.set("author", author));
    document.date().ifPresent(date -> reviewed.put("datePublished", date));
    document.url().ifPresent(url -> reviewed.put("appearance", url));
    return review;
  }

  /** The claimant, or for an author claim the publisher; empty when neither is known. */
  private static Optional<ObjectNode> author(Claim claim, ExtractionResult result) {
    Optional<Speaker> speaker = claim.attributionId().flatMap(id -> result.attributions().stream()
        .filter(a -> a.id().equals(id)).findFirst()).flatMap(Attribution::speaker);
    if (claim.claimant().isPresent()) {
      boolean person = speaker.map(s -> s.type() == SpeakerType.PERSON).orElse(false);
      return Optional.of(author(person ? "Person" : "Organization", claim.claimant().get()));
    }
    if (claim.attributionId().isEmpty()) {
      return result.document().publisher().map(publisher -> author("Organization", publisher));
    }
    return Optional.empty();
  }

  private static ObjectNode author(String type, String name) {
    ObjectNode author = NODES.objectNode();
    author.put("@type", type);
    author.put("name", name);
    return author;
  }
}
