package org.claimspan.model;

/** What a quoted stretch of text is. */
public enum QuoteType {
  /** Reported speech in quote marks: a sentence or more of someone's words. */
  DIRECT,
  /** A few quoted words inside the author's or reported sentence ("called it a "disaster""). */
  PARTIAL,
  /** Quote marks that distance the author from a term rather than report speech. */
  SCARE
}
