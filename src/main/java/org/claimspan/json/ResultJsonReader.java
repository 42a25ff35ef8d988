package org.claimspan.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.Claim;
import org.claimspan.model.ClaimType;
import org.claimspan.model.Cue;
import org.claimspan.model.CueClass;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.Entity;
import org.claimspan.model.Quantity;
import org.claimspan.model.Quote;
import org.claimspan.model.QuoteType;
import org.claimspan.model.Speaker;
import org.claimspan.model.SpeakerType;
import org.claimspan.model.TextSpan;

/**
 * Rebuilds an {@link ExtractionResult} from {@code claimspan/1} JSON and the document text it was
 * made from. Every span is checked against the text, so a result is never paired with the wrong
 * article. Stateless apart from its immutable mapper; thread-safe.
 */
final class ResultJsonReader {
  // Unknown properties are ignored: claimspan/1 may gain fields without a version bump, and an
  // older reader should still render what it knows.
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final String text;

  private ResultJsonReader(String text) {
    this.text = text;
  }

  static ExtractionResult read(String json, String text) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(text, "text");
    WireFormat.Result wire;
    try {
      wire = MAPPER.readValue(json, WireFormat.Result.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not claimspan/1 JSON: " + e.getOriginalMessage(), e);
    }
    checkArgument(wire != null, "not claimspan/1 JSON: empty input");
    return new ResultJsonReader(text).result(wire);
  }

  private ExtractionResult result(WireFormat.Result wire) {
    checkArgument(
        ResultJson.SCHEMA.equals(wire.schema()), "schema is %s, expected %s", wire.schema(), ResultJson.SCHEMA);
    checkArgument(
        wire.offsetUnit() == null || "utf16".equals(wire.offsetUnit()),
        "offsetUnit is %s, expected utf16",
        wire.offsetUnit());
    WireFormat.DocumentInfo info = required(wire.document(), "document");
    checkArgument(
        info.length() == text.length(),
        "document %s has length %s in the JSON but the text has %s characters",
        info.id(),
        info.length(),
        text.length());
    Document document = new Document(
        required(info.id(), "document.id"),
        text,
        Optional.ofNullable(info.url()),
        Optional.ofNullable(info.publisher()),
        Optional.ofNullable(info.date()));
    List<Quote> quotes = new ArrayList<>();
    for (WireFormat.Quote q : list(wire.quotes())) {
      String name = "quote " + q.id();
      quotes.add(new Quote(
          required(q.id(), "quote id"),
          span(q.span(), name + " span"),
          span(q.content(), name + " content"),
          constant(QuoteType.class, q.type(), name + " type"),
          Optional.ofNullable(q.attribution())));
    }
    List<Attribution> attributions = new ArrayList<>();
    for (WireFormat.Attribution a : list(wire.attributions())) {
      attributions.add(attribution(a));
    }
    List<Claim> claims = new ArrayList<>();
    for (WireFormat.Claim c : list(wire.claims())) {
      claims.add(claim(c));
    }
    List<Entity> entities = new ArrayList<>();
    for (WireFormat.Entity e : list(wire.entities())) {
      String name = "entity " + e.id();
      entities.add(new Entity(
          required(e.id(), "entity id"),
          required(e.name(), name + " name"),
          constant(SpeakerType.class, e.type(), name + " type"),
          spans(e.mentions(), name + " mention")));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (WireFormat.Diagnostic d : list(wire.diagnostics())) {
      String name = "diagnostic " + d.code();
      diagnostics.add(new Diagnostic(
          required(d.code(), "diagnostic code"),
          required(d.message(), name + " message"),
          optionalSpan(d.span(), name + " span")));
    }
    Map<String, String> runInfo = wire.info() == null ? Map.of() : wire.info();
    return new ExtractionResult(document, quotes, attributions, claims, entities, diagnostics, runInfo);
  }

  private Attribution attribution(WireFormat.Attribution a) {
    String name = "attribution " + required(a.id(), "attribution id");
    Optional<TextSpan> source = optionalSpan(a.source(), name + " source");
    TextSpan content = span(a.content(), name + " content");
    Optional<Cue> cue = optionalSpan(a.cue(), name + " cue").map(span -> new Cue(
        span,
        // claimspan/1 does not carry the cue's lexicon entry; its lower-cased text stands in.
        span.text().toLowerCase(Locale.ROOT),
        constant(CueClass.class, a.cueClass(), name + " cueClass")));
    Optional<Speaker> speaker = Optional.ofNullable(a.speaker()).map(s -> new Speaker(
        // claimspan/1 does not carry the mention that was resolved; it is the source as written,
        // or an empty span at the start of the content when there is no source.
        source.orElse(TextSpan.of(text, content.begin(), content.begin())),
        required(s.name(), name + " speaker name"),
        constant(SpeakerType.class, s.type(), name + " speaker type"),
        Optional.ofNullable(s.title()),
        Optional.empty(),
        Optional.ofNullable(s.entity())));
    List<TextSpan> parts = a.contentParts() == null || a.contentParts().isEmpty()
        ? List.of(content)
        : spans(a.contentParts(), name + " content part");
    return new Attribution(
        a.id(),
        constant(AttributionKind.class, a.kind(), name + " kind"),
        source,
        speaker,
        cue,
        content,
        parts,
        list(a.quotes()),
        a.confidence());
  }

  private Claim claim(WireFormat.Claim c) {
    String name = "claim " + required(c.id(), "claim id");
    List<Quantity> quantities = new ArrayList<>();
    for (WireFormat.Quantity q : list(c.quantities())) {
      quantities.add(new Quantity(
          span(q.span(), name + " quantity"),
          optional(q.value()),
          optional(q.upper()),
          Optional.ofNullable(q.unit()),
          Optional.ofNullable(q.qualifier())));
    }
    return new Claim(
        c.id(),
        span(c.content(), name + " content"),
        required(c.statement(), name + " statement"),
        Optional.ofNullable(c.claimant()),
        Optional.ofNullable(c.attribution()),
        quantities,
        c.hedged(),
        c.negated(),
        c.checkworthiness(),
        c.hedge() == null ? Optional.empty() : Optional.of(span(c.hedge(), name + " hedge")),
        c.type() == null ? ClaimType.OTHER : constant(ClaimType.class, c.type(), name + " type"),
        spans(c.times(), name + " time"));
  }

  /** The span, checked against the text: offsets inside it and the stated text equal to it. */
  private TextSpan span(WireFormat.Span wire, String name) {
    checkArgument(wire != null, "%s is missing", name);
    checkArgument(
        wire.begin() >= 0 && wire.begin() <= wire.end() && wire.end() <= text.length(),
        "%s [%s, %s) is outside a text of length %s",
        name,
        wire.begin(),
        wire.end(),
        text.length());
    String actual = text.substring(wire.begin(), wire.end());
    checkArgument(
        actual.equals(wire.text()),
        "%s [%s, %s) says \"%s\" but the text there is \"%s\"",
        name,
        wire.begin(),
        wire.end(),
        wire.text(),
        actual);
    return new TextSpan(wire.begin(), wire.end(), actual);
  }

  private Optional<TextSpan> optionalSpan(WireFormat.Span wire, String name) {
    return wire == null ? Optional.empty() : Optional.of(span(wire, name));
  }

  private List<TextSpan> spans(List<WireFormat.Span> wires, String name) {
    List<TextSpan> spans = new ArrayList<>();
    for (WireFormat.Span wire : list(wires)) {
      spans.add(span(wire, name + " " + (spans.size() + 1)));
    }
    return spans;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String value, String name) {
    checkArgument(value != null, "%s is missing", name);
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " has unknown value '" + value + "'", e);
    }
  }

  private static <T> T required(T value, String name) {
    checkArgument(value != null, "%s is missing", name);
    return value;
  }

  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  private static OptionalDouble optional(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
