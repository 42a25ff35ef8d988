package org.claimspan.internal.attribution.filter;

/**
 * How a candidate's source is written, the value of the {@link AttributionFeature#SOURCE} feature
 * family. Each form is written as its {@link #toString() label}, which the packaged models hold.
 */
public enum SourceForm {
  /** No source. */
  NONE("none"),
  /** A first- or second-person pronoun: I, we, you, me, us. */
  PERSON12("person12"),
  /** A third-person pronoun: he, she, they, it. */
  PRONOUN("pronoun"),
  /** A relative pronoun: who, which, that. */
  RELATIVE("relative"),
  /** A span with no tokens in the analysis. */
  OTHER("other"),
  /** A phrase with a proper noun. */
  NAME("name"),
  /** A phrase of four tokens or more without a proper noun. */
  LONG_NOUN("longNoun"),
  /** A shorter phrase without a proper noun. */
  NOUN("noun");

  private final String label;

  SourceForm(String label) {
    this.label = label;
  }

  /** The form as features write it, such as {@code relative}. */
  @Override
  public String toString() {
    return label;
  }
}
