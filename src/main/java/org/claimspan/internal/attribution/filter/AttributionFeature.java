package org.claimspan.internal.attribution.filter;

import java.util.Collection;

/**
 * The names of the attribution filter's features, so that the code that writes a feature and the
 * rules that read one name it the same way: a rule asks {@code IN_RELATIVE.isIn(features, true)},
 * never for the string {@code "inRelative=true"}. A feature is written {@code name=value}, with
 * {@code |} between the values of a combined feature ({@code lemma+kind=say|INDIRECT}); the names
 * are part of the packaged models, so renaming one needs the models retrained. Immutable and
 * thread-safe.
 */
public enum AttributionFeature {
  /** Always present, with no value: the model's intercept. */
  BIAS("bias"),
  // The cue: lemma, class, form, tag and relation, alone and combined.
  LEMMA("lemma"),
  CLASS("class"),
  FORM("form"),
  KIND("kind"),
  POS("pos"),
  REL("rel"),
  LEMMA_KIND("lemma+kind"),
  LEMMA_REL("lemma+rel"),
  CLASS_KIND("class+kind"),
  CLASS_REL("class+rel"),
  CUE_WORDS("cueWords"),
  CUE_CHILD("cueChild"),
  CUE_CHILD_REL("cueChildRel"),
  // The source: its form and side.
  SOURCE("source"),
  SOURCE_CLASS("source+class"),
  SOURCE_LEMMA("source+lemma"),
  SOURCE_SIDE("sourceSide"),
  // The content: length, side, parts, first and last words, clause.
  CONTENT_WORDS("contentWords"),
  CONTENT_WORDS_CLASS("contentWords+class"),
  CONTENT_SIDE("contentSide"),
  CONTENT_PARTS("contentParts"),
  CONTENT_FIRST("contentFirst"),
  CONTENT_FIRST_POS("contentFirstPos"),
  CONTENT_LAST_POS("contentLastPos"),
  LEMMA_CONTENT_FIRST_POS("lemma+contentFirstPos"),
  CONTENT_CLAUSE("contentClause"),
  LEMMA_CONTENT_CLAUSE("lemma+contentClause"),
  // Where the cue sits in its sentence.
  QUESTION("question"),
  REL_GOV_POS("rel+govPos"),
  REL_GOV_LEMMA("rel+govLemma"),
  MARK("mark"),
  MARK_ABOVE("markAbove"),
  LEMMA_MARK("lemma+mark"),
  IN_RELATIVE("inRelative"),
  ADVCL("advcl"),
  // The words around the cue.
  CUE_PREV("cuePrev"),
  CUE_NEXT_POS("cueNextPos"),
  HEADLINE("headline"),
  // The source's syntax.
  SOURCE_REL("sourceRel"),
  SOURCE_NER("sourceNer"),
  SOURCE_HEAD("sourceHead"),
  // The content's syntax.
  CONTENT_REL("contentRel"),
  LEMMA_CONTENT_REL("lemma+contentRel"),
  CLASS_CONTENT_REL("class+contentRel"),
  CONTENT_HEAD_POS("contentHeadPos"),
  CONTENT_HEAD_NER("contentHeadNer"),
  CLASS_CONTENT_HEAD_NER("class+contentHeadNer"),
  LEMMA_CONTENT_HEAD_POS("lemma+contentHeadPos"),
  CONTENT_VERB("contentVerb"),
  LEMMA_CONTENT_FIRST("lemma+contentFirst"),
  GAP("gap"),
  CONTENT_TO_END("contentToEnd"),
  CONTENT_SENTENCES("contentSentences"),
  // The other candidates of the document.
  RIVALS("rivals"),
  RIVALS_CLASS("rivals+class"),
  RIVAL_NEARER("rivalNearer"),
  CUE_IN_OTHER_CONTENT("cueInOtherContent"),
  HOLDS_OTHER_CUE("holdsOtherCue"),
  // Marks the attribution finder sets.
  FINDER("finder"),
  CONTINUED("continued");

  private final String key;

  AttributionFeature(String key) {
    this.key = key;
  }

  /** The feature's name as the model files write it, such as {@code inRelative}. */
  public String key() {
    return key;
  }

  /**
   * The feature with its values, such as {@code inRelative=true} or {@code lemma+kind=say|DIRECT}:
   * the name, {@code =}, then the values as {@link String#valueOf(Object)} writes them, joined by
   * {@code |}.
   *
   * @param values one value per part of the feature's name (a null value is written {@code null})
   * @return the feature string, never null
   */
  public String of(Object... values) {
    StringBuilder feature = new StringBuilder(key).append('=');
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        feature.append('|');
      }
      feature.append(values[i]);
    }
    return feature.toString();
  }

  /** Whether {@code features} hold this feature with these values. */
  public boolean isIn(Collection<String> features, Object... values) {
    return features.contains(of(values));
  }
}
