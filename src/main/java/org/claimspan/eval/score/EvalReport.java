package org.claimspan.eval.score;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The result of one evaluation run, written as JSON by {@code eval --report}. Immutable and
 * thread-safe; no component is null.
 *
 * @param corpus {@code polnear} or {@code claimspan}
 * @param path where the corpus was read
 * @param documents documents scored
 * @param goldAttributions gold attributions in them
 * @param threads worker threads used
 * @param runs per system: load and extraction time
 * @param systems per system: the figures
 * @param claims per system: the claim figures; empty when the corpus has no gold claims
 */
public record EvalReport(
    String corpus,
    String path,
    int documents,
    int goldAttributions,
    int threads,
    List<SystemRun> runs,
    List<SystemScores> systems,
    List<ClaimScores> claims) {

  public EvalReport {
    runs = ImmutableList.copyOf(runs);
    systems = ImmutableList.copyOf(systems);
    claims = ImmutableList.copyOf(claims);
  }

  /**
   * Timing of one system in the run.
   *
   * @param system the system's name
   * @param loadSeconds time to load its models
   * @param extractSeconds wall time to extract from all documents
   */
  public record SystemRun(String system, double loadSeconds, double extractSeconds) {}
}
