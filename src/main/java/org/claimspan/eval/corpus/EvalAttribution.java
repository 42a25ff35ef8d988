package org.claimspan.eval.corpus;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.CueClass;

/**
 * One attribution as the scorer sees it, gold or predicted: source, cue and content spans (each
 * possibly discontinuous), kind, cue class and speaker. Immutable and thread-safe; no component is
 * null.
 *
 * @param kind direct, indirect or mixed (derived from the text for PolNeAR gold)
 * @param source the source as written, if any
 * @param cue the cue, if any
 * @param content what was said
 * @param cueClass the cue's class; known for predictions, empty for gold
 * @param speaker the resolved speaker name, if any
 * @param speakerAliases other accepted names of the speaker (gold only; empty for predictions)
 */
public record EvalAttribution(
    AttributionKind kind,
    Optional<EvalSpan> source,
    Optional<EvalSpan> cue,
    EvalSpan content,
    Optional<CueClass> cueClass,
    Optional<String> speaker,
    List<String> speakerAliases) {

  public EvalAttribution {
    checkNotNull(kind, "kind");
    checkNotNull(source, "source");
    checkNotNull(cue, "cue");
    checkNotNull(content, "content");
    checkNotNull(cueClass, "cueClass");
    checkNotNull(speaker, "speaker");
    speakerAliases = ImmutableList.copyOf(speakerAliases);
  }
}
