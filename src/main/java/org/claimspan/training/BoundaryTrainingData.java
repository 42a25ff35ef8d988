package org.claimspan.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.claimspan.eval.corpus.EvalAttribution;
import org.claimspan.eval.corpus.EvalSpan;
import org.claimspan.eval.corpus.GoldDocument;
import org.claimspan.eval.score.SpanNormalizer;
import org.claimspan.internal.attribution.Candidate;
import org.claimspan.internal.attribution.bounds.BoundaryChoiceSet;
import org.claimspan.internal.attribution.bounds.BoundaryModels.Role;
import org.claimspan.internal.attribution.bounds.BoundaryModels;
import org.claimspan.internal.attribution.bounds.BoundaryTraining;
import org.claimspan.training.BoundaryTrainer.Decision;
import org.claimspan.training.BoundaryTrainer.Example;

/**
 * Turns annotated documents into labelled boundary decisions for {@link
 * org.claimspan.training.BoundaryTrainer}: for each candidate of the rules that
 * matches a gold attribution (as {@link AttributionTrainingData} matches them), the end and start
 * choices of its content, its cue or its source, an end labelled right when the span it gives ends where
 * the gold span does, a start when it begins there (both after the evaluation's trimming of quote
 * marks, white space and final punctuation). Documents run on worker threads; results come back
 * in document order.
 */
public final class BoundaryTrainingData {
  private final AttributionTrainingData analyser;
  private final Role role;
  /** The models the engine runs before this role's, whose bounds its decisions start from. */
  private final BoundaryModels upstream;

  /**
   * @param role the span whose bounds the decisions are about
   * @param upstream the models whose bounds a cue's decisions (the content model's) and a source's
   *     (the content and cue models') start from, as the engine's do
   */
  public BoundaryTrainingData(AttributionTrainingData analyser, Role role, BoundaryModels upstream) {
    this.analyser = analyser;
    this.role = role;
    this.upstream = upstream;
  }

  /** The labelled decisions of {@code documents}, in document order. */
  public List<Example> examples(List<GoldDocument> documents, int threads) {
    List<Example> all = new ArrayList<>();
    AttributionTrainingData.inDocumentOrder(documents, threads, this::examples).forEach(all::addAll);
    return all;
  }

  private List<Example> examples(GoldDocument document) {
    AttributionTrainingData.Analysed analysed = analyser.analyse(document);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < analysed.candidates().size(); i++) {
      Optional<Integer> gold = analysed.gold().get(i);
      if (gold.isEmpty()) {
        continue;
      }
      EvalAttribution attribution = document.gold().get(gold.get());
      Optional<EvalSpan> goldSpan = switch (role) {
        case CONTENT -> Optional.of(attribution.content());
        case CUE -> attribution.cue();
        case SOURCE -> attribution.source();
      };
      Candidate candidate =
          BoundaryTraining.before(upstream, role, analysed.tree(), analysed.candidates().get(i), analysed.quotes());
      Optional<BoundaryChoiceSet> choices =
          BoundaryTraining.choices(role, analysed.tree(), candidate, analysed.quotes());
      if (goldSpan.isEmpty() || choices.isEmpty()) {
        continue;
      }
      List<List<Integer>> goldKey = SpanNormalizer.key(goldSpan.get());
      int goldBegin = goldKey.get(0).get(0);
      int goldEnd = last(goldKey);
      Predicate<EvalSpan> matching = role == Role.CONTENT
          ? span -> span.overlap(goldSpan.get()) >= AttributionTrainingData.COVERAGE * goldSpan.get().length()
          : span -> true; // the evaluation matches attributions by content, whatever their cue and source
      examples.add(new Example(
          decision(choices.get().ends(), choices.get().endBase(), key -> last(key) == goldEnd, matching),
          decision(choices.get().starts(), choices.get().startBase(), key -> key.get(0).get(0) == goldBegin, matching)));
    }
    return examples;
  }

  private static int last(List<List<Integer>> key) {
    return key.get(key.size() - 1).get(1);
  }

  /**
   * A decision over {@code choices}, each labelled by whether its span's key passes {@code right}
   * and whether its span passes {@code matching}.
   */
  private static Optional<Decision> decision(List<BoundaryChoiceSet.Choice> choices, int base,
      Predicate<List<List<Integer>>> right, Predicate<EvalSpan> matching) {
    List<List<String>> features = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    List<Boolean> matches = new ArrayList<>();
    for (BoundaryChoiceSet.Choice choice : choices) {
      EvalSpan span = new EvalSpan(choice.parts());
      features.add(choice.features());
      labels.add(right.test(SpanNormalizer.key(span)));
      matches.add(matching.test(span));
    }
    return Optional.of(new Decision(features, labels, matches, base));
  }
}
