package org.claimspan.eval.score;

import com.google.common.base.Stopwatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimspan.ExtractionResult;
import org.claimspan.eval.corpus.GoldDocument;
import org.claimspan.eval.systems.ParallelRunner;
import org.claimspan.eval.systems.PredictionAdapter;
import org.claimspan.eval.systems.SystemFactory;
import org.claimspan.eval.systems.SystemUnderTest;
import org.claimspan.internal.claim.CheckworthinessScorer;

/**
 * Loads, runs and scores one system over a corpus. Not thread-safe itself (it uses a thread pool
 * internally through {@link ParallelRunner}).
 *
 * @param run the system's timing
 * @param scores its figures
 * @param claims its claims against the gold claims (all zero for corpora without gold claims)
 * @param errors its false positives and misses per document, in document order
 * @param claimErrors its claim misses, false positives and wrong claimants or quantities, per
 *     document with gold claims, in document order
 */
public record EvalRun(
    EvalReport.SystemRun run,
    SystemScores scores,
    ClaimScores claims,
    List<DocumentErrors> errors,
    List<ClaimErrors> claimErrors) {

  /** Loads the named system, runs it over the documents and scores it. */
  public static EvalRun of(String systemName, List<GoldDocument> documents, ParallelRunner runner) {
    Stopwatch load = Stopwatch.createStarted();
    SystemUnderTest system = SystemFactory.create(systemName);
    return of(system, load.elapsed(TimeUnit.MILLISECONDS) / 1000.0, documents, runner);
  }

  /** Runs a loaded system over the documents and scores it; {@code loadSeconds} is reported as given. */
  public static EvalRun of(
      SystemUnderTest system, double loadSeconds, List<GoldDocument> documents, ParallelRunner runner) {
    Stopwatch extract = Stopwatch.createStarted();
    List<ExtractionResult> results =
        runner.run(system, documents.stream().map(GoldDocument::toDocument).toList());
    double extractSeconds = extract.elapsed(TimeUnit.MILLISECONDS) / 1000.0;
    ScoreSheet sheet = new ScoreSheet(system.name());
    ClaimScoreSheet claimSheet = new ClaimScoreSheet(system.name(), CheckworthinessScorer.packagedThreshold());
    List<DocumentErrors> errors = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      errors.add(sheet.add(documents.get(i), PredictionAdapter.attributions(results.get(i))));
      if (!documents.get(i).claims().isEmpty()) { // a document without gold claims is not in the claim set
        claimSheet.add(documents.get(i).claims(), results.get(i));
      }
    }
    return new EvalRun(
        new EvalReport.SystemRun(system.name(), loadSeconds, extractSeconds),
        sheet.scores(),
        claimSheet.scores(),
        List.copyOf(errors),
        claimSheet.errors());
  }
}
