package org.claimspan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.claimspan.eval.EvalSpan;
import org.claimspan.eval.GoldDocument;
import org.claimspan.eval.SpanNormalizer;
import org.claimspan.internal.attribution.AttributionFinder;
import org.claimspan.internal.attribution.ContentBoundaryModel;
import org.claimspan.internal.attribution.ContentBoundaryTrainer.Decision;
import org.claimspan.internal.attribution.ContentBoundaryTrainer.Example;

/**
 * Turns annotated documents into labelled boundary decisions for {@link
 * org.claimspan.internal.attribution.ContentBoundaryTrainer}: for each candidate of the rules that
 * matches a gold attribution (as {@link AttributionTrainingData} matches them), its end and start
 * choices, an end labelled right when the content it gives ends where the gold content does, a
 * start when it begins there (both after the evaluation's trimming of quote marks, white space and
 * final punctuation). Documents run on worker threads; results come back in document order.
 */
final class ContentBoundaryTrainingData {
  private final AttributionTrainingData analyser;

  ContentBoundaryTrainingData(AttributionTrainingData analyser) {
    this.analyser = analyser;
  }

  /** The labelled decisions of {@code documents}, in document order. */
  List<Example> examples(List<GoldDocument> documents, int threads) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Example>>> futures = new ArrayList<>();
      for (GoldDocument document : documents) {
        futures.add(pool.submit(() -> examples(document)));
      }
      List<Example> all = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          all.addAll(futures.get(i).get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("cannot analyse " + documents.get(i).id(), e.getCause());
        }
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Example> examples(GoldDocument document) {
    AttributionTrainingData.Analysed analysed = analyser.analyse(document);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < analysed.candidates().size(); i++) {
      Optional<Integer> gold = analysed.gold().get(i);
      if (gold.isEmpty()) {
        continue;
      }
      AttributionFinder.Candidate candidate = analysed.candidates().get(i);
      Optional<ContentBoundaryModel.Choices> choices =
          ContentBoundaryModel.choices(analysed.tree(), candidate, analysed.quotes());
      if (choices.isEmpty()) {
        continue;
      }
      EvalSpan goldContent = document.gold().get(gold.get()).content();
      List<List<Integer>> goldKey = SpanNormalizer.key(goldContent);
      int goldBegin = goldKey.get(0).get(0);
      int goldEnd = goldKey.get(goldKey.size() - 1).get(1);
      examples.add(new Example(
          decision(choices.get().ends(), choices.get().endBase(), goldContent, key -> last(key) == goldEnd),
          decision(choices.get().starts(), choices.get().startBase(), goldContent, key -> key.get(0).get(0) == goldBegin)));
    }
    return examples;
  }

  private static int last(List<List<Integer>> key) {
    return key.get(key.size() - 1).get(1);
  }

  /**
   * A decision over {@code choices}, each labelled by whether its content's key passes {@code right}
   * and whether its content still covers {@link AttributionTrainingData#COVERAGE} of {@code gold}.
   */
  private static Optional<Decision> decision(List<ContentBoundaryModel.Choice> choices, int base, EvalSpan gold,
      Predicate<List<List<Integer>>> right) {
    List<List<String>> features = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    List<Boolean> matching = new ArrayList<>();
    for (ContentBoundaryModel.Choice choice : choices) {
      EvalSpan content = new EvalSpan(choice.parts());
      features.add(choice.features());
      labels.add(right.test(SpanNormalizer.key(content)));
      matching.add(content.overlap(gold) >= AttributionTrainingData.COVERAGE * gold.length());
    }
    return Optional.of(new Decision(features, labels, matching, base));
  }
}
