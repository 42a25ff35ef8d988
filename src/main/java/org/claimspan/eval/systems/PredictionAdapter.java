package org.claimspan.eval.systems;

import java.util.List;
import org.claimspan.ExtractionResult;
import org.claimspan.eval.corpus.EvalAttribution;
import org.claimspan.eval.corpus.EvalSpan;
import org.claimspan.model.Attribution;
import org.claimspan.model.Cue;
import org.claimspan.model.Speaker;

/** Turns a system's {@link ExtractionResult} into the scorer's attributions. Stateless and thread-safe. */
public final class PredictionAdapter {

  private PredictionAdapter() {}

  /** The result's attributions as contiguous-span {@link EvalAttribution}s, in result order. */
  public static List<EvalAttribution> attributions(ExtractionResult result) {
    return result.attributions().stream().map(PredictionAdapter::toEval).toList();
  }

  static EvalAttribution toEval(Attribution a) {
    return new EvalAttribution(
        a.kind(),
        a.source().map(EvalSpan::of),
        a.cue().map(Cue::span).map(EvalSpan::of),
        new EvalSpan(a.contentParts()),
        a.cueClass(),
        a.speaker().map(Speaker::name),
        List.of());
  }
}
