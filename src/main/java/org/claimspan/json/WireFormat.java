package org.claimspan.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** The {@code claimspan/1} JSON shapes, kept apart from the model so the contract stays put. */
final class WireFormat {
  private WireFormat() {}

  record Span(int begin, int end, String text) {}

  @JsonPropertyOrder({"schema", "offsetUnit", "document", "quotes", "attributions", "claims", "entities", "diagnostics", "info"})
  record Result(
      String schema,
      String offsetUnit,
      DocumentInfo document,
      List<Quote> quotes,
      List<Attribution> attributions,
      List<Claim> claims,
      List<Entity> entities,
      List<Diagnostic> diagnostics,
      Map<String, String> info) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DocumentInfo(String id, int length, String url, String publisher, String date) {}

  record Quote(String id, Span span, Span content, String type, String attribution) {}

  @JsonPropertyOrder({"id", "kind", "cueClass", "source", "cue", "content", "contentParts", "speaker", "quotes", "confidence"})
  record Attribution(
      String id,
      String kind,
      String cueClass,
      Span source,
      Span cue,
      Span content,
      List<Span> contentParts,
      Speaker speaker,
      List<String> quotes,
      double confidence) {}

  record Speaker(String name, String type, String title, String entity) {}

  // hedge, type and times were added after claimspan/1 was first published: additive fields only.
  @JsonPropertyOrder({"id", "statement", "claimant", "attribution", "content", "quantities", "hedged", "negated", "checkworthiness",
      "hedge", "type", "times"})
  record Claim(
      String id,
      String statement,
      String claimant,
      String attribution,
      Span content,
      List<Quantity> quantities,
      boolean hedged,
      boolean negated,
      double checkworthiness,
      Span hedge,
      String type,
      List<Span> times) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Quantity(Span span, Double value, Double upper, String unit, String qualifier) {}

  record Entity(String id, String name, String type, List<Span> mentions) {}

  record Diagnostic(String code, String message, Span span) {}
}
