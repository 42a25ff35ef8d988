package org.claimspan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A news article to read: an id, its text, and optional metadata. Immutable and thread-safe.
 *
 * <p>All offsets in an {@link ExtractionResult} are UTF-16 offsets into {@link #text()} exactly as
 * given here; Claimspan never rewrites it.
 *
 * @param id a non-empty identifier, used in output file names and JSON
 * @param text the article text; may be empty
 * @param url where the article was published, if known
 * @param publisher who published it, if known
 * @param date when it was published (ISO-8601 recommended), if known
 */
public record Document(
    String id, String text, Optional<String> url, Optional<String> publisher, Optional<String> date) {

  public Document {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(url, "url");
    checkNotNull(publisher, "publisher");
    checkNotNull(date, "date");
    checkArgument(!id.isBlank(), "document id must not be blank");
  }

  /** A document without metadata. */
  public static Document of(String id, String text) {
    return new Document(id, text, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This document with the given URL. */
  public Document withUrl(String newUrl) {
    return new Document(id, text, Optional.of(checkNotNull(newUrl, "url")), publisher, date);
  }

  /** This document with the given publisher. */
  public Document withPublisher(String newPublisher) {
    return new Document(id, text, url, Optional.of(checkNotNull(newPublisher, "publisher")), date);
  }

  /** This document with the given publication date. */
  public Document withDate(String newDate) {
    return new Document(id, text, url, publisher, Optional.of(checkNotNull(newDate, "date")));
  }
}
