package org.claimspan.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.TextSpan;

/**
 * A candidate attribution the rules found, before the trained filter and before duplicates are
 * removed, with the features the filter judges it by: the unit of the attribution filter's and the
 * boundary models' training data. Immutable and thread-safe; no component is null.
 *
 * @param parts the content's parts
 * @param source the source, if the rules found one
 * @param cue the cue's span
 * @param cueLemma the cue's lemma
 * @param kind the content's kind
 * @param features the candidate's features
 */
public record Candidate(List<TextSpan> parts, Optional<TextSpan> source, TextSpan cue, String cueLemma,
    AttributionKind kind, List<String> features) {
  public Candidate {
    parts = List.copyOf(parts);
    features = List.copyOf(features);
  }
}
