package org.claimspan.model;

/** The kind of act a cue reports. */
public enum CueClass {
  /** Saying or writing: said, told, tweeted, added, asked, warned, announced. */
  SPEECH,
  /** A report by a medium or document: reported, according to, showed, found. */
  REPORT,
  /** Belief, opinion or allegation: believes, thinks, alleges, describes as, accused. */
  BELIEF,
  /** Intention or wish: wants, plans, promised, vowed, hopes. */
  INTENTION,
  /** Perception: saw, heard, noticed. */
  PERCEPTION,
  /** Punctuation introducing words: a colon after a name. */
  PUNCTUATION
}
