package org.claimspan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The schema.org {@code ClaimReview} shape that the export is checked against; test code only.
 * Required properties and their types, {@code ?} marking optional ones:
 *
 * <pre>
 * ClaimReview {
 *   "@context": "https://schema.org"
 *   "@type": "ClaimReview"
 *   "claimReviewed": non-empty text
 *   "itemReviewed": Claim {
 *     "@type": "Claim"
 *     "author"?: {"@type": "Person" | "Organization", "name": non-empty text}
 *     "datePublished"?: non-empty text
 *     "appearance"?: URL text | CreativeWork {"@type": "CreativeWork", "url": URL text}
 *   }
 *   "author"?: {"@type": "Person" | "Organization", "name": non-empty text}   (the reviewer)
 *   "reviewRating"?: {"@type": "Rating", ...}                                  (the reviewer's)
 *   "datePublished"?, "url"?: text
 * }
 * </pre>
 *
 * No other properties are allowed on the review or the claim.
 */
public final class ClaimReviewShape {
  private static final Set<String> REVIEW_PROPERTIES = Set.of(
      "@context", "@type", "claimReviewed", "itemReviewed", "author", "reviewRating", "datePublished", "url");
  private static final Set<String> CLAIM_PROPERTIES = Set.of("@type", "author", "datePublished", "appearance");
  private static final Set<String> AUTHOR_TYPES = Set.of("Person", "Organization");

  private ClaimReviewShape() {}

  /** What is wrong with {@code items}, an array of ClaimReview objects; empty when nothing is. */
  public static List<String> problemsOfArray(JsonNode items) {
    List<String> problems = new ArrayList<>();
    if (items == null || !items.isArray()) {
      problems.add("not an array: " + items);
      return problems;
    }
    for (int i = 0; i < items.size(); i++) {
      for (String problem : problems(items.get(i))) {
        problems.add("[" + i + "] " + problem);
      }
    }
    return problems;
  }

  /** What is wrong with one ClaimReview object; empty when nothing is. */
  public static List<String> problems(JsonNode review) {
    List<String> problems = new ArrayList<>();
    if (!review.isObject()) {
      problems.add("not an object: " + review);
      return problems;
    }
    unknown(review, REVIEW_PROPERTIES, "review", problems);
    equalsText(review, "@context", "https://schema.org", problems);
    equalsText(review, "@type", "ClaimReview", problems);
    nonEmptyText(review, "claimReviewed", problems);
    JsonNode item = review.get("itemReviewed");
    if (item == null || !item.isObject()) {
      problems.add("itemReviewed is not an object: " + item);
    } else {
      unknown(item, CLAIM_PROPERTIES, "itemReviewed", problems);
      equalsText(item, "@type", "Claim", problems);
      if (item.has("author")) {
        author(item.get("author"), "itemReviewed.author", problems);
      }
      if (item.has("datePublished")) {
        nonEmptyText(item, "datePublished", problems);
      }
      if (item.has("appearance")) {
        appearance(item.get("appearance"), problems);
      }
    }
    if (review.has("author")) {
      author(review.get("author"), "author", problems);
    }
    if (review.has("reviewRating")) {
      JsonNode rating = review.get("reviewRating");
      if (!rating.isObject() || !"Rating".equals(rating.path("@type").asText())) {
        problems.add("reviewRating is not a Rating: " + rating);
      }
    }
    return problems;
  }

  private static void author(JsonNode author, String where, List<String> problems) {
    if (!author.isObject() || !AUTHOR_TYPES.contains(author.path("@type").asText())) {
      problems.add(where + " is not a Person or Organization: " + author);
    } else if (!author.path("name").isTextual() || author.path("name").asText().isBlank()) {
      problems.add(where + " has no name: " + author);
    }
  }

  private static void appearance(JsonNode appearance, List<String> problems) {
    JsonNode url = appearance.isObject() ? appearance.path("url") : appearance;
    if (appearance.isObject() && !"CreativeWork".equals(appearance.path("@type").asText())) {
      problems.add("appearance is not a CreativeWork: " + appearance);
    }
    if (!url.isTextual() || url.asText().isBlank()) {
      problems.add("appearance has no URL: " + appearance);
    }
  }

  private static void unknown(JsonNode node, Set<String> allowed, String where, List<String> problems) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        problems.add(where + " has an unknown property " + name);
      }
    }
  }

  private static void equalsText(JsonNode node, String property, String expected, List<String> problems) {
    if (!expected.equals(node.path(property).asText(null))) {
      problems.add(property + " is " + node.get(property) + ", not \"" + expected + "\"");
    }
  }

  private static void nonEmptyText(JsonNode node, String property, List<String> problems) {
    JsonNode value = node.get(property);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      problems.add(property + " is not a non-empty text: " + value);
    }
  }
}
