package org.claimspan.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimspan.internal.attribution.bounds.BoundaryRanker;
import org.claimspan.internal.attribution.bounds.BoundaryTraining;
import org.claimspan.internal.attribution.bounds.ContentBoundaryModel;
import org.claimspan.internal.attribution.bounds.CueBoundaryModel;
import org.claimspan.internal.attribution.bounds.SourceBoundaryModel;
import org.claimspan.internal.ml.ConditionalLogit;
import org.claimspan.internal.ml.MaxentFiles;

/**
 * Trains a {@link BoundaryRanker} (for {@link ContentBoundaryModel}, {@link CueBoundaryModel} or
 * {@link SourceBoundaryModel}):
 * a {@link ConditionalLogit} over the choices of every decision that has a right choice (fixed
 * settings and seed, so the same examples give the same model). The margin is picked by
 * cross-validation: a probe model trained without each fold judges it, and the margin under which
 * the spans that come out with both bounds right and the spans that still match their annotation
 * add up to the most is kept; the final model is trained on every fold. Each run builds its own;
 * not shared between threads.
 */
public final class BoundaryTrainer {
  /** Margins tried: 0 to this many tenths. */
  private static final int MAX_MARGIN_STEPS = 30;

  /** Training settings; fixed so runs are reproducible. */
  public record Settings(int epochs, int cutoff, double l2) {
    /** The settings of the packaged model. */
    public static Settings defaults() {
      return new Settings(10, 2, 1.0);
    }

    ConditionalLogit.Settings logit() {
      return new ConditionalLogit.Settings(epochs, cutoff, l2, 0.1, 20261206L);
    }
  }

  /**
   * One bound to choose.
   *
   * @param features each choice's features
   * @param right whether each choice is where the annotators put the bound
   * @param matching whether the span each choice gives (with the other bound the rules') still
   *     matches its annotation in the evaluation (a content covers enough of the annotated one; a
   *     cue's choices always match, the evaluation matching by content)
   * @param base which choice is the rules'
   */
  public record Decision(List<List<String>> features, List<Boolean> right, List<Boolean> matching, int base) {
    public Decision {
      features = features.stream().map(List::copyOf).toList();
      right = List.copyOf(right);
      matching = List.copyOf(matching);
      if (features.size() != right.size() || features.size() != matching.size() || base < 0
          || base >= features.size()) {
        throw new IllegalArgumentException("a decision needs two labels per choice and its base among them: "
            + features.size() + " choices, " + right.size() + " and " + matching.size() + " labels, base " + base);
      }
    }

    boolean hasRightChoice() {
      return right.contains(true);
    }
  }

  /** A span's two decisions, each empty when the span has no choices for it. */
  public record Example(Optional<Decision> end, Optional<Decision> start) {}

  /**
   * What a training run produced: the final model, its margin, and out-of-fold counts of spans
   * whose bounds come out right with the rules' choices and with the model's.
   */
  public record Result(ConditionalLogit model, double margin, int spans, int rulesExact, int modelExact,
      int rulesEnds, int modelEnds, int rulesStarts, int modelStarts, int rulesMatching, int modelMatching,
      int groups) {}

  /**
   * Judges each fold with a probe model trained on the other folds, picks the margin on all these
   * judgements, then trains the final model on every fold.
   *
   * @param folds at least two folds of examples, each from its own documents
   * @throws IllegalArgumentException with fewer than two folds, or when the folds but one hold no
   *     decision with a right choice
   */
  public Result train(List<List<Example>> folds, Settings settings) {
    if (folds.size() < 2) {
      throw new IllegalArgumentException("need at least two folds, got " + folds.size());
    }
    List<Example> all = new ArrayList<>();
    folds.forEach(all::addAll);
    List<double[]> endScores = new ArrayList<>();
    List<double[]> startScores = new ArrayList<>();
    for (int i = 0; i < folds.size(); i++) {
      List<Example> others = new ArrayList<>();
      for (int j = 0; j < folds.size(); j++) {
        if (j != i) {
          others.addAll(folds.get(j));
        }
      }
      ConditionalLogit probe = fit(others, settings);
      for (Example example : folds.get(i)) {
        endScores.add(scores(probe, example.end()));
        startScores.add(scores(probe, example.start()));
      }
    }
    // A content's bound moved in can lose the content its match in the evaluation (it no longer
    // covers enough of the annotation), a loss the exact count does not see: the margin is the one
    // under which the spans with both bounds right and the spans still matching add up to the most
    int bestSteps = 0;
    int[] best = counts(all, endScores, startScores, 0);
    for (int steps = 1; steps <= MAX_MARGIN_STEPS; steps++) {
      int[] counts = counts(all, endScores, startScores, steps / 10.0);
      if (counts[0] + counts[3] > best[0] + best[3]) {
        best = counts;
        bestSteps = steps;
      }
    }
    int[] rules = counts(all, endScores, startScores, Double.POSITIVE_INFINITY);
    List<ConditionalLogit.Group> groups = groups(all);
    return new Result(fit(all, settings), bestSteps / 10.0, all.size(), rules[0], best[0], rules[1], best[1],
        rules[2], best[2], rules[3], best[3], groups.size());
  }

  /** Each choice's probe score (an empty array when the decision is absent). */
  private static double[] scores(ConditionalLogit probe, Optional<Decision> decision) {
    return decision.map(d -> d.features().stream().mapToDouble(probe::score).toArray()).orElse(new double[0]);
  }

  /**
   * Spans with both bounds right, ends right, starts right, and spans that still match their
   * annotation, choosing with {@code margin}.
   */
  private static int[] counts(List<Example> examples, List<double[]> endScores, List<double[]> startScores,
      double margin) {
    int exact = 0;
    int ends = 0;
    int starts = 0;
    int matching = 0;
    for (int i = 0; i < examples.size(); i++) {
      int end = chosen(examples.get(i).end(), endScores.get(i), margin);
      int start = chosen(examples.get(i).start(), startScores.get(i), margin);
      boolean endRight = end >= 0 && examples.get(i).end().get().right().get(end);
      boolean startRight = start >= 0 && examples.get(i).start().get().right().get(start);
      ends += endRight ? 1 : 0;
      starts += startRight ? 1 : 0;
      exact += endRight && startRight ? 1 : 0;
      boolean endMatching = end < 0 || examples.get(i).end().get().matching().get(end);
      boolean startMatching = start < 0 || examples.get(i).start().get().matching().get(start);
      matching += endMatching && startMatching ? 1 : 0;
    }
    return new int[] {exact, ends, starts, matching};
  }

  /** The index of the choice made with {@code margin}, or -1 for an absent decision. */
  private static int chosen(Optional<Decision> decision, double[] scores, double margin) {
    return decision.map(d -> BoundaryTraining.best(scores, d.base(), margin)).orElse(-1);
  }

  /** The decisions with a right choice, as the ranker's groups. */
  private static List<ConditionalLogit.Group> groups(List<Example> examples) {
    List<ConditionalLogit.Group> groups = new ArrayList<>();
    for (Example example : examples) {
      for (Optional<Decision> decision : List.of(example.end(), example.start())) {
        decision.filter(Decision::hasRightChoice)
            .ifPresent(d -> groups.add(new ConditionalLogit.Group(d.features(), d.right())));
      }
    }
    return groups;
  }

  private static ConditionalLogit fit(List<Example> examples, Settings settings) {
    List<ConditionalLogit.Group> groups = groups(examples);
    if (groups.isEmpty()) {
      throw new IllegalArgumentException(
          "no boundary to learn from: no candidate matched an annotation with a right choice");
    }
    return ConditionalLogit.train(groups, settings.logit());
  }

  /**
   * Writes the model to {@code modelFile} and the margin (with the out-of-fold figures and settings,
   * as comments for provenance) to the properties file beside it with the same base name.
   *
   * @param what what the spans are, plural ("contents", "cues"), for the comments
   */
  public static Path write(Result result, Settings settings, String what, String data, Path modelFile)
      throws IOException {
    result.model().write(modelFile);
    Path properties = MaxentFiles.propertiesBeside(modelFile);
    String body = String.format(Locale.ROOT,
        "# boundary margin: the one under which out-of-fold probe models (cross-validation) give the most%n"
            + "# %s with both bounds right plus %s still matching their annotation; the model itself is%n"
            + "# trained on every document%n"
            + "# data=%s%n"
            + "# trainer=conditional logit (AdaGrad) epochs=%d cutoff=%d l2=%s groups=%d features=%d%n"
            + "# out of fold, of %d matched %s: both bounds right %d with the rules' bounds, %d with the model's;%n"
            + "# ends right %d -> %d, starts right %d -> %d, still matching the annotation %d -> %d%n"
            + "threshold=%.1f%n",
        what, what, data, settings.epochs(), settings.cutoff(), settings.l2(), result.groups(), result.model().size(),
        result.spans(), what, result.rulesExact(), result.modelExact(), result.rulesEnds(), result.modelEnds(),
        result.rulesStarts(), result.modelStarts(), result.rulesMatching(), result.modelMatching(), result.margin());
    Files.writeString(properties, body);
    return properties;
  }
}
