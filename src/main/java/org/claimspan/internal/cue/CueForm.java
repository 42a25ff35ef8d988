package org.claimspan.internal.cue;

/** The shape of a cue, which decides how its source and content are found. */
public enum CueForm {
  /** A reporting verb with its auxiliaries: "said", "has argued", "was quoted as saying". */
  VERB,
  /** "according to X". */
  ACCORDING_TO,
  /** A colon after a name, introducing a quote. */
  COLON,
  /** A cue noun with a possessor: "his comments on", "Trump's proposal to". */
  NOUN
}
