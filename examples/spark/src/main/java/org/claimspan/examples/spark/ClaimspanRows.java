package org.claimspan.examples.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.Quantity;
import org.claimspan.model.Speaker;
import org.claimspan.model.TextSpan;

/**
 * The output table: one row per document, per attribution, per claim and per failed document,
 * told apart by {@code record_type}. Values are those of Claimspan's {@code claimspan/1} JSON
 * (the same strings for enums, scores rounded to three decimals), flattened for SQL; offsets are
 * UTF-16 code units into the input {@code text}, as in the library. The README's "Running on
 * Spark" section lists the columns.
 */
public final class ClaimspanRows {

  /** {@code record_type} values. */
  public static final String DOCUMENT = "document";
  public static final String ATTRIBUTION = "attribution";
  public static final String CLAIM = "claim";
  public static final String ERROR = "error";

  /** A span inside an array column. */
  public static final StructType SPAN = new StructType(new StructField[] {
      field("begin", DataTypes.IntegerType, false),
      field("end", DataTypes.IntegerType, false),
      field("text", DataTypes.StringType, false)});

  static final StructType QUANTITY = new StructType(new StructField[] {
      field("begin", DataTypes.IntegerType, false),
      field("end", DataTypes.IntegerType, false),
      field("text", DataTypes.StringType, false),
      field("value", DataTypes.DoubleType, true),
      field("upper", DataTypes.DoubleType, true),
      field("unit", DataTypes.StringType, true),
      field("qualifier", DataTypes.StringType, true)});

  static final StructType DIAGNOSTIC = new StructType(new StructField[] {
      field("code", DataTypes.StringType, false),
      field("message", DataTypes.StringType, false),
      field("begin", DataTypes.IntegerType, true),
      field("end", DataTypes.IntegerType, true),
      field("text", DataTypes.StringType, true)});

  /** The output schema; the order of {@link #values} below follows it. */
  public static final StructType SCHEMA = new StructType(new StructField[] {
      // every row
      field("doc_id", DataTypes.StringType, true), // null only on an error row for a record without an id
      field("url", DataTypes.StringType, true),
      field("publisher", DataTypes.StringType, true),
      field("date", DataTypes.StringType, true),
      field("record_type", DataTypes.StringType, false),
      field("record_id", DataTypes.StringType, true), // a3, c2; null on document and error rows
      // document rows
      field("length", DataTypes.IntegerType, true),
      field("diagnostics", DataTypes.createArrayType(DIAGNOSTIC, false), true),
      // attribution rows
      field("kind", DataTypes.StringType, true),
      field("cue_class", DataTypes.StringType, true),
      field("source_begin", DataTypes.IntegerType, true),
      field("source_end", DataTypes.IntegerType, true),
      field("source_text", DataTypes.StringType, true),
      field("cue_begin", DataTypes.IntegerType, true),
      field("cue_end", DataTypes.IntegerType, true),
      field("cue_text", DataTypes.StringType, true),
      field("speaker", DataTypes.StringType, true),
      field("speaker_type", DataTypes.StringType, true),
      field("speaker_title", DataTypes.StringType, true),
      field("speaker_entity", DataTypes.StringType, true),
      field("content_parts", DataTypes.createArrayType(SPAN, false), true),
      field("quote_ids", DataTypes.createArrayType(DataTypes.StringType, false), true),
      field("confidence", DataTypes.DoubleType, true),
      // attribution and claim rows
      field("content_begin", DataTypes.IntegerType, true),
      field("content_end", DataTypes.IntegerType, true),
      field("content_text", DataTypes.StringType, true),
      // claim rows
      field("statement", DataTypes.StringType, true),
      field("claimant", DataTypes.StringType, true),
      field("attribution_id", DataTypes.StringType, true),
      field("quantities", DataTypes.createArrayType(QUANTITY, false), true),
      field("hedged", DataTypes.BooleanType, true),
      field("negated", DataTypes.BooleanType, true),
      field("checkworthiness", DataTypes.DoubleType, true),
      field("hedge_begin", DataTypes.IntegerType, true),
      field("hedge_end", DataTypes.IntegerType, true),
      field("hedge_text", DataTypes.StringType, true),
      field("claim_type", DataTypes.StringType, true),
      field("times", DataTypes.createArrayType(SPAN, false), true),
      // error rows
      field("error", DataTypes.StringType, true),
      // every row but errors: the extractor's profile and library version
      field("profile", DataTypes.StringType, true),
      field("claimspan_version", DataTypes.StringType, true)});

  private static final int WIDTH = SCHEMA.fields().length;

  private ClaimspanRows() {}

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  /** The rows for one result: its document row, then its attributions and its claims, in document order. */
  public static List<Row> of(ExtractionResult result) {
    List<Row> rows = new ArrayList<>(1 + result.attributions().size() + result.claims().size());
    Object[] document = base(result.document(), DOCUMENT, null);
    document[index("length")] = result.document().text().length();
    document[index("diagnostics")] = result.diagnostics().stream().map(ClaimspanRows::diagnostic).toArray(Row[]::new);
    info(document, result);
    rows.add(RowFactory.create(document));
    for (Attribution a : result.attributions()) {
      rows.add(attribution(result, a));
    }
    for (Claim c : result.claims()) {
      rows.add(claim(result, c));
    }
    return rows;
  }

  private static Row attribution(ExtractionResult result, Attribution a) {
    Object[] v = base(result.document(), ATTRIBUTION, a.id());
    v[index("kind")] = lower(a.kind());
    v[index("cue_class")] = a.cueClass().map(ClaimspanRows::lower).orElse(null);
    span(v, "source", a.source());
    span(v, "cue", a.cue().map(cue -> cue.span()));
    a.speaker().ifPresent(speaker -> speaker(v, speaker));
    span(v, "content", Optional.of(a.content()));
    v[index("content_parts")] = a.contentParts().stream().map(ClaimspanRows::spanRow).toArray(Row[]::new);
    v[index("quote_ids")] = a.quoteIds().toArray(String[]::new);
    v[index("confidence")] = round(a.confidence());
    info(v, result);
    return RowFactory.create(v);
  }

  private static void speaker(Object[] v, Speaker speaker) {
    v[index("speaker")] = speaker.name();
    v[index("speaker_type")] = speaker.type().name();
    v[index("speaker_title")] = speaker.title().orElse(null);
    v[index("speaker_entity")] = speaker.entityId().orElse(null);
  }

  private static Row claim(ExtractionResult result, Claim c) {
    Object[] v = base(result.document(), CLAIM, c.id());
    span(v, "content", Optional.of(c.content()));
    v[index("statement")] = c.statement();
    v[index("claimant")] = c.claimant().orElse(null);
    v[index("attribution_id")] = c.attributionId().orElse(null);
    v[index("quantities")] = c.quantities().stream().map(ClaimspanRows::quantity).toArray(Row[]::new);
    v[index("hedged")] = c.hedged();
    v[index("negated")] = c.negated();
    v[index("checkworthiness")] = round(c.checkworthiness());
    span(v, "hedge", c.hedge());
    v[index("claim_type")] = c.type().name();
    v[index("times")] = c.times().stream().map(ClaimspanRows::spanRow).toArray(Row[]::new);
    info(v, result);
    return RowFactory.create(v);
  }

  /**
   * The row for a document that could not be read or extracted: its id (null if it had none) and
   * the reason. {@code document} may be null when the input record was not a valid document.
   */
  public static Row error(String id, Document document, String reason) {
    Object[] v = document != null ? base(document, ERROR, null) : new Object[WIDTH];
    v[index("doc_id")] = id;
    v[index("record_type")] = ERROR;
    v[index("error")] = reason;
    return RowFactory.create(v);
  }

  private static Object[] base(Document document, String recordType, String recordId) {
    Object[] v = new Object[WIDTH];
    v[index("doc_id")] = document.id();
    v[index("url")] = document.url().orElse(null);
    v[index("publisher")] = document.publisher().orElse(null);
    v[index("date")] = document.date().orElse(null);
    v[index("record_type")] = recordType;
    v[index("record_id")] = recordId;
    return v;
  }

  private static void info(Object[] v, ExtractionResult result) {
    v[index("profile")] = result.info().get("profile");
    v[index("claimspan_version")] = result.info().get("version");
  }

  private static void span(Object[] v, String prefix, Optional<TextSpan> span) {
    span.ifPresent(s -> {
      v[index(prefix + "_begin")] = s.begin();
      v[index(prefix + "_end")] = s.end();
      v[index(prefix + "_text")] = s.text();
    });
  }

  private static Row spanRow(TextSpan span) {
    return RowFactory.create(span.begin(), span.end(), span.text());
  }

  private static Row quantity(Quantity q) {
    return RowFactory.create(q.span().begin(), q.span().end(), q.span().text(), boxed(q.value()), boxed(q.upper()),
        q.unit().orElse(null), q.qualifier().orElse(null));
  }

  private static Row diagnostic(Diagnostic d) {
    Optional<TextSpan> span = d.span();
    return RowFactory.create(d.code(), d.message(), span.map(TextSpan::begin).orElse(null),
        span.map(TextSpan::end).orElse(null), span.map(TextSpan::text).orElse(null));
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** As {@code claimspan/1} writes scores: three decimals. */
  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }

  private static int index(String column) {
    return SCHEMA.fieldIndex(column);
  }
}
