package org.claimspan.backend.encoder;

/** The part of an attribution a span plays, as the tagger labels it. */
public enum AttributionRole {
  /** Who is reported: "the minister", "he". */
  SOURCE,
  /** The words that report: "said", "took issue with". */
  CUE,
  /** What is reported. */
  CONTENT
}
