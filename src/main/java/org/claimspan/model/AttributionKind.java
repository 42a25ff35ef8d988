package org.claimspan.model;

/** How an attribution reports what was said, in PolNeAR's and PARC's terms. */
public enum AttributionKind {
  /** The content is entirely a quotation ("...," he added). */
  DIRECT,
  /** The content is paraphrased (the department said it had added 28 ...). */
  INDIRECT,
  /** Paraphrase with quoted words inside it. */
  MIXED
}
