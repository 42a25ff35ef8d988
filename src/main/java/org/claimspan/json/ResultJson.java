package org.claimspan.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.Entity;
import org.claimspan.model.Quantity;
import org.claimspan.model.Quote;
import org.claimspan.model.Speaker;
import org.claimspan.model.TextSpan;

/**
 * Writes an {@link ExtractionResult} as {@code claimspan/1} JSON, the contract other tools read
 * (described in the README's section on output). Offsets are UTF-16 code units, as in Java strings;
 * every span carries its text. Absent values are written as JSON {@code null}. {@link #fromJson}
 * reads it back. Thread-safe; no method accepts or returns null.
 */
public final class ResultJson {
  /** The schema identifier written into every result. */
  public static final String SCHEMA = "claimspan/1";

  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper COMPACT = new ObjectMapper();

  private ResultJson() {}

  /** The result as indented JSON. */
  public static String toJson(ExtractionResult result) {
    return write(PRETTY, result);
  }

  /** The result as one line of JSON, for JSON Lines output. */
  public static String toJsonLine(ExtractionResult result) {
    return write(COMPACT, result);
  }

  /**
   * Reads {@code claimspan/1} JSON back into a result, given the text of the document it was made
   * from (the JSON holds spans, not the whole text). Every span is checked against {@code text}.
   *
   * <p>The JSON does not hold everything a result has, so three values are rebuilt: a cue's lemma
   * is its lower-cased text, a speaker's mention is the attribution's source (or an empty span at
   * the start of its content), and no speaker has a canonical mention. Writing the rebuilt result
   * gives back the same JSON.
   *
   * @throws IllegalArgumentException if the JSON is malformed or not {@code claimspan/1}, if a
   *     required value is missing, or if a span is outside {@code text} or its text differs from
   *     {@code text} there (the message names the span)
   * @throws NullPointerException if an argument is null
   */
  public static ExtractionResult fromJson(String json, String text) {
    return ResultJsonReader.read(json, text);
  }

  private static String write(ObjectMapper mapper, ExtractionResult result) {
    try {
      return LoneSurrogates.escape(mapper.writeValueAsString(wire(result)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write result of document " + result.document().id(), e);
    }
  }

  private static WireFormat.Result wire(ExtractionResult result) {
    var document = result.document();
    return new WireFormat.Result(
        SCHEMA,
        "utf16",
        new WireFormat.DocumentInfo(
            document.id(),
            document.text().length(),
            document.url().orElse(null),
            document.publisher().orElse(null),
            document.date().orElse(null)),
        map(result.quotes(), ResultJson::quote),
        map(result.attributions(), ResultJson::attribution),
        map(result.claims(), ResultJson::claim),
        map(result.entities(), ResultJson::entity),
        map(result.diagnostics(), ResultJson::diagnostic),
        result.info());
  }

  private static <T, R> List<R> map(List<T> items, Function<T, R> mapper) {
    return items.stream().map(mapper).toList();
  }

  private static WireFormat.Span span(TextSpan span) {
    return new WireFormat.Span(span.begin(), span.end(), span.text());
  }

  private static WireFormat.Span span(Optional<TextSpan> span) {
    return span.map(ResultJson::span).orElse(null);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static WireFormat.Quote quote(Quote quote) {
    return new WireFormat.Quote(
        quote.id(), span(quote.span()), span(quote.content()), lower(quote.type()), quote.attributionId().orElse(null));
  }

  private static WireFormat.Attribution attribution(Attribution a) {
    return new WireFormat.Attribution(
        a.id(),
        lower(a.kind()),
        a.cueClass().map(ResultJson::lower).orElse(null),
        span(a.source()),
        span(a.cue().map(cue -> cue.span())),
        span(a.content()),
        map(a.contentParts(), ResultJson::span),
        a.speaker().map(ResultJson::speaker).orElse(null),
        a.quoteIds(),
        round(a.confidence()));
  }

  private static WireFormat.Speaker speaker(Speaker speaker) {
    return new WireFormat.Speaker(
        speaker.name(), speaker.type().name(), speaker.title().orElse(null), speaker.entityId().orElse(null));
  }

  private static WireFormat.Claim claim(Claim claim) {
    return new WireFormat.Claim(
        claim.id(),
        claim.statement(),
        claim.claimant().orElse(null),
        claim.attributionId().orElse(null),
        span(claim.content()),
        map(claim.quantities(), ResultJson::quantity),
        claim.hedged(),
        claim.negated(),
        round(claim.checkworthiness()),
        span(claim.hedge()),
        claim.type().name(),
        map(claim.times(), ResultJson::span));
  }

  private static WireFormat.Quantity quantity(Quantity quantity) {
    return new WireFormat.Quantity(
        span(quantity.span()),
        boxed(quantity.value()),
        boxed(quantity.upper()),
        quantity.unit().orElse(null),
        quantity.qualifier().orElse(null));
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static WireFormat.Entity entity(Entity entity) {
    return new WireFormat.Entity(entity.id(), entity.name(), entity.type().name(), map(entity.mentions(), ResultJson::span));
  }

  private static WireFormat.Diagnostic diagnostic(Diagnostic diagnostic) {
    return new WireFormat.Diagnostic(diagnostic.code(), diagnostic.message(), span(diagnostic.span()));
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
