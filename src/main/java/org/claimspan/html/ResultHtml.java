package org.claimspan.html;

import static com.google.common.base.Preconditions.checkNotNull;

import org.claimspan.ExtractionResult;

/**
 * Renders an {@link ExtractionResult} as one self-contained HTML page: the article with sources,
 * cues, contents, quotes and quantities highlighted, each attribution's parts linked to each other
 * and to its resolved speaker, a list of speakers with their attributions, and the claims sorted
 * by check-worthiness.
 *
 * <p>The page has its style sheet and a small script inline and refers to nothing outside itself;
 * a Content-Security-Policy forbids any network access. All text from the result (the article,
 * names, titles, ids) is escaped, so hostile input shows as text. The page is pure ASCII (other
 * characters are written as character references) and declares UTF-8.
 *
 * <p>Each highlight is one or more {@code <span class="hl">} elements inside {@code
 * <article id="text">}, carrying {@code data-hl} (one value per highlight, shared by the pieces
 * of a highlight split where it crosses another), {@code data-role} ({@code source}, {@code cue},
 * {@code content}, {@code quote}, {@code claim}, {@code quantity}), {@code data-begin} and {@code
 * data-end} (the highlight's UTF-16 offsets into the document text), and {@code
 * data-attribution}, {@code data-part}, {@code data-quote} or {@code data-claim} ids.
 *
 * <p>Stateless and thread-safe.
 */
public final class ResultHtml {
  private ResultHtml() {}

  /**
   * The page for {@code result}; never null.
   *
   * @throws NullPointerException if {@code result} is null
   * @throws IllegalArgumentException if a span of the result lies outside its document's text
   */
  public static String toHtml(ExtractionResult result) {
    checkNotNull(result, "result");
    return new PageWriter(result).write();
  }
}
