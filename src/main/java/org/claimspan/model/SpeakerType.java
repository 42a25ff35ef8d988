package org.claimspan.model;

/** What kind of source a speaker is. */
public enum SpeakerType {
  PERSON,
  ORGANIZATION,
  /** A place standing for its government ("Washington", "Beijing"). */
  LOCATION,
  /** An unnamed source: "officials", "a spokesperson", "critics". */
  ANONYMOUS,
  /** A document or medium: "the report", "the study". */
  DOCUMENT,
  UNKNOWN
}
