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
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.internal.claim.ClaimWording;
import org.claimspan.model.Claim;

/**
 * Writes the check-worthy claims of an {@link ExtractionResult} as a JSON-LD array of schema.org
 * {@code ClaimReview} drafts for a fact-checker to complete. Each item has this shape (a property
 * with {@code ?} may be left out):
 *
 * <pre>
 * {"@context": "https://schema.org", "@type": "ClaimReview",
 *  "claimReviewed": TEXT,
 *  "itemReviewed": {"@type": "Claim",
 *                   "author"?: {"@type": "Person"|"Organization", "name": TEXT},
 *                   "datePublished"?: TEXT,
 *                   "appearance"?: {"@type": "CreativeWork", "url": TEXT}}}
 * </pre>
 *
 * <ul>
 *   <li>{@code claimReviewed} is what is claimed, without who claims it: the quotation in its
 *       quote marks where the words were quoted, the reported words otherwise ({@link
 *       ClaimWording#claimed()}).
 *   <li>{@code itemReviewed.author} is who claims it ({@link ClaimReviewAuthor}): a {@code Person}
 *       or {@code Organization} from the resolved speaker, the organisation behind a study, report
 *       or poll when the text names one, the publisher for the author's own claims; left out
 *       rather than made up when none of these is known.
 *   <li>{@code datePublished} and {@code appearance} come from the document's date and URL.
 * </ul>
 *
 * <p>There is no {@code reviewRating}, {@code author} of the review or {@code url}: they are the
 * fact-checker's. Stateless and thread-safe.
 */
public final class ClaimReviewJson {
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper COMPACT = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ClaimReviewJson() {}

  /**
   * The ClaimReview items of the claims of {@code result} (not null) whose checkworthiness is at
   * or above {@code threshold} (in {@code [0, 1]}), in claim order, as an indented JSON array;
   * {@code []} when there are none.
   */
  public static String toJson(ExtractionResult result, double threshold) {
    return write(PRETTY, items(result, threshold));
  }

  /**
   * The same array as {@link #toJson} on one line, without a line break: one document's items in
   * a JSON Lines stream of several documents.
   */
  public static String toJsonLine(ExtractionResult result, double threshold) {
    return write(COMPACT, items(result, threshold));
  }

  private static ArrayNode items(ExtractionResult result, double threshold) {
    checkNotNull(result, "result");
    checkArgument(threshold >= 0 && threshold <= 1, "threshold %s outside [0, 1]", threshold);
    ArrayNode items = NODES.arrayNode();
    for (Claim claim : result.claims()) {
      if (claim.checkworthiness() >= threshold) {
        items.add(item(claim, result));
      }
    }
    return items;
  }

  private static String write(ObjectMapper mapper, ArrayNode items) {
    try {
      return LoneSurrogates.escape(mapper.writeValueAsString(items));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain nodes always serialises
    }
  }

  private static ObjectNode item(Claim claim, ExtractionResult result) {
    Document document = result.document();
    ObjectNode review = NODES.objectNode();
    review.put("@context", "https://schema.org");
    review.put("@type", "ClaimReview");
    review.put("claimReviewed", ClaimWording.of(result, claim).claimed());
    ObjectNode reviewed = review.putObject("itemReviewed");
    reviewed.put("@type", "Claim");
    ClaimReviewAuthor.of(claim, result).ifPresent(author -> {
      ObjectNode node = reviewed.putObject("author");
      node.put("@type", author.type());
      node.put("name", author.name());
    });
    document.date().ifPresent(date -> reviewed.put("datePublished", date));
    document.url().ifPresent(url -> {
      ObjectNode appearance = reviewed.putObject("appearance");
      appearance.put("@type", "CreativeWork");
      appearance.put("url", url);
    });
    return review;
  }
}
