package org.claimspan.eval.score;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * All figures for one system on one corpus. Immutable and thread-safe; no component is null.
 *
 * @param system the system's name ({@code accurate}, {@code corenlp-quote})
 * @param documents documents scored
 * @param exact exact-span figures per role: {@code source}, {@code cue}, {@code content} (spans
 *     as sets per document, normalised boundaries)
 * @param contentOverlap30 content overlap, gold coverage at least 0.3, greedy one-to-one
 * @param contentOverlap80 the same at 0.8
 * @param sourceAccuracy on pairs matched at 0.3: sources overlap, or both are absent
 * @param cueAccuracy on pairs matched at 0.3: cues overlap, or both are absent
 * @param speakerAccuracy on pairs matched at 0.3 whose gold has a speaker: the predicted name is
 *     the gold name or an alias ({@code total} is 0 for corpora without resolved speakers)
 * @param allThreeExact attributions whose source, cue and content are all exact
 * @param byKind30 content overlap at 0.3 by kind (predicted kind for precision, gold kind for
 *     recall)
 * @param byKind80 the same at 0.8
 * @param byCueClass content overlap at 0.3 by cue class
 */
public record SystemScores(
    String system,
    int documents,
    Map<String, Prf> exact,
    Prf contentOverlap30,
    Prf contentOverlap80,
    Accuracy sourceAccuracy,
    Accuracy cueAccuracy,
    Accuracy speakerAccuracy,
    Prf allThreeExact,
    Map<String, Prf> byKind30,
    Map<String, Prf> byKind80,
    List<CueClassRow> byCueClass) {

  public SystemScores {
    exact = ImmutableMap.copyOf(exact);
    byKind30 = ImmutableMap.copyOf(byKind30);
    byKind80 = ImmutableMap.copyOf(byKind80);
    byCueClass = ImmutableList.copyOf(byCueClass);
  }
}
