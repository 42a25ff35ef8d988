package org.claimspan.internal.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Deadline;

/**
 * Keeps one document's time budget for the engine: tells it whether a stage may still run, and
 * remembers what was cut short or skipped so that the result carries one {@code
 * time-budget-exceeded} diagnostic saying so. Not thread-safe; one per extraction.
 */
final class StageClock {
  static final String CODE = "time-budget-exceeded";

  private final Deadline deadline;
  private final List<String> skipped = new ArrayList<>();
  private String cutStage;
  private TextSpan cutAt;
  private Duration elapsedAtFirstStop;

  StageClock(Deadline deadline) {
    this.deadline = deadline;
  }

  Deadline deadline() {
    return deadline;
  }

  /** Whether {@code stage} must be skipped because the budget is spent; records it if so. */
  boolean skip(String stage) {
    if (!deadline.expired()) {
      return false;
    }
    markStopped();
    skipped.add(stage);
    return true;
  }

  /** Records that {@code stage} ran but stopped early, before the text at {@code at}. */
  void cutShort(String stage, TextSpan at) {
    markStopped();
    cutStage = stage;
    cutAt = at;
  }

  private void markStopped() {
    if (elapsedAtFirstStop == null) {
      elapsedAtFirstStop = deadline.elapsed();
    }
  }

  /** Offset where the analysis stopped, or {@code Integer.MAX_VALUE} when it was not cut. */
  int analysedEnd() {
    return cutAt == null ? Integer.MAX_VALUE : cutAt.begin();
  }

  /** The diagnostic describing what the budget cost, if anything was cut or skipped. */
  Optional<Diagnostic> diagnostic() {
    if (elapsedAtFirstStop == null) {
      return Optional.empty();
    }
    StringBuilder message = new StringBuilder()
        .append("time budget of ").append(deadline.budget().toMillis()).append(" ms spent after ")
        .append(elapsedAtFirstStop.toMillis()).append(" ms");
    if (cutStage != null) {
      message.append("; stage '").append(cutStage).append("' stopped at offset ").append(cutAt.begin())
          .append(", the text from there on was not analysed");
    }
    if (!skipped.isEmpty()) {
      message.append("; skipped stage(s): ").append(String.join(", ", skipped));
    }
    message.append("; the result is partial (raise Builder.timeBudget to allow more)");
    return Optional.of(cutAt == null
        ? Diagnostic.of(CODE, message.toString())
        : Diagnostic.at(CODE, message.toString(), cutAt));
  }
}
