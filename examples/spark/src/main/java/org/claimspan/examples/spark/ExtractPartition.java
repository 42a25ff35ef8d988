package org.claimspan.examples.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.Profile;

/**
 * Extracts every article of a partition, one after another, with the executor's shared extractor.
 *
 * <p>Input rows have the columns {@link ClaimspanSparkJob#INPUT_COLUMNS}; output rows follow
 * {@link ClaimspanRows#SCHEMA}. Spark already runs one task per core, so documents inside a
 * partition are read sequentially. Output is produced lazily, one document at a time, so a
 * partition never has to fit in memory. A document that fails (no id or text, malformed input
 * line, over the length limit, an exception in the engine) becomes an {@code error} row naming
 * the document and the reason; the partition goes on.
 *
 * <p>The function holds only the profile's id: the extractor itself is never serialised.
 */
public final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final String profileId;

  public ExtractPartition(Profile profile) {
    this.profileId = profile.id();
  }

  @Override
  public Iterator<Row> call(Iterator<Row> articles) {
    Profile profile = Profile.fromId(profileId);
    return new Iterator<>() {
      private final Deque<Row> pending = new ArrayDeque<>();
      /** Asked for at the first article, so an empty partition never loads the models. */
      private ClaimExtractor extractor;

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && articles.hasNext()) {
          Row article = articles.next();
          if (extractor == null) {
            extractor = ExtractorHolder.get(profile);
          }
          pending.addAll(rowsOf(extractor, article));
        }
        return !pending.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.removeFirst();
      }
    };
  }

  /** The rows for one input article: its result's rows, or one error row. */
  static java.util.List<Row> rowsOf(ClaimExtractor extractor, Row article) {
    String id = article.getAs("id");
    String corrupt = article.getAs(ClaimspanSparkJob.CORRUPT_RECORD);
    if (corrupt != null) {
      return java.util.List.of(ClaimspanRows.error(id, null, "malformed input record: " + abbreviate(corrupt)));
    }
    String text = article.getAs("text");
    if (id == null || id.isBlank()) {
      return java.util.List.of(ClaimspanRows.error(id, null, "record without an id"));
    }
    if (text == null) {
      return java.util.List.of(ClaimspanRows.error(id, null, "record without a text"));
    }
    Document document = Document.of(id, text);
    String url = article.getAs("url");
    String publisher = article.getAs("publisher");
    String date = article.getAs("date");
    if (url != null) {
      document = document.withUrl(url);
    }
    if (publisher != null) {
      document = document.withPublisher(publisher);
    }
    if (date != null) {
      document = document.withDate(date);
    }
    try {
      return ClaimspanRows.of(extractor.extract(document));
    } catch (RuntimeException | StackOverflowError e) {
      // The same reason text as the CLI prints (claimspan: ID: REASON).
      return java.util.List.of(ClaimspanRows.error(id, document, e.toString()));
    }
  }

  private static String abbreviate(String record) {
    return record.length() <= 200 ? record : record.substring(0, 200) + "...";
  }
}
