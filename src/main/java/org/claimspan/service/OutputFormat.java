package org.claimspan.service;

import java.util.Locale;
import org.claimspan.ExtractionResult;
import org.claimspan.html.ResultHtml;
import org.claimspan.json.ClaimReviewJson;
import org.claimspan.json.ResultJson;

/** The renderings {@code POST /v1/extract} answers with, chosen by {@code ?format=}. */
enum OutputFormat {
  /** {@code claimspan/1} JSON (the default). */
  JSON(Responses.JSON),
  /** A JSON-LD array of schema.org ClaimReview drafts of the check-worthy claims. */
  CLAIMREVIEW("application/ld+json; charset=utf-8"),
  /** The self-contained HTML view that {@code claimspan render} writes. */
  HTML(Responses.HTML);

  private final String contentType;

  OutputFormat(String contentType) {
    this.contentType = contentType;
  }

  String contentType() {
    return contentType;
  }

  /** The result in this format; {@code threshold} is the check-worthiness cut for ClaimReview. */
  String render(ExtractionResult result, double threshold) {
    return switch (this) {
      case JSON -> ResultJson.toJson(result) + "\n";
      case CLAIMREVIEW -> ClaimReviewJson.toJson(result, threshold) + "\n";
      case HTML -> ResultHtml.toHtml(result);
    };
  }

  /** The format a query names ({@code null}: JSON). */
  static OutputFormat fromQuery(String value) throws ApiException {
    if (value == null) {
      return JSON;
    }
    for (OutputFormat format : values()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(value)) {
        return format;
      }
    }
    throw ApiException.badRequest("unknown format '" + value + "'; known formats: json, claimreview, html");
  }
}
