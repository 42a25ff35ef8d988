package org.claimspan.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.claimspan.internal.attribution.filter.AttributionFeatures;
import org.claimspan.internal.attribution.filter.AttributionFilter;
import org.claimspan.internal.ml.MaxentFiles;

/**
 * Trains {@link AttributionFilter}: L2-regularised logistic regression (OpenNLP's quasi-Newton
 * maxent trainer, one thread, fixed iterations and cutoff, so the same candidates give the same
 * model) over {@link AttributionFeatures}. The threshold is picked by cross-validation: the
 * documents come in folds, a probe model trained on all other folds scores each fold, and the
 * threshold in the middle of the near-best plateau of attribution F1 over these out-of-fold scores
 * of every document is kept (one held-out tail of 168 documents moved the threshold by several
 * hundredths from one rule change to the next, and so did the argmax over all documents, the curve
 * being flat near its peak); the final model is then trained on every document. Each training run
 * builds its own; not shared between threads.
 */
public final class AttributionFilterTrainer {
  /** Training settings; fixed so runs are reproducible. */
  public record Settings(int iterations, int cutoff, double l2) {
    /**
     * The settings used for the packaged model. L2 20 was picked on the held-out tail of PolNeAR
     * train (held-out AUC 0.875 against 0.834 at L2 1 with these features, which overfitted them).
     */
    public static Settings defaults() {
      return new Settings(200, 2, 20.0);
    }
  }

  /**
   * A candidate with its label.
   *
   * @param features the candidate's features
   * @param gold the gold attribution it matches (any key unique within the training data), or
   *     empty when it matches none: for the threshold, the kept candidates of one gold attribution
   *     count once as right and the others as neither right nor wrong (the engine keeps one of
   *     those with equal contents or overlapping cues; others it keeps would be false positives
   *     in the evaluation, so the figures are a little optimistic)
   */
  public record Example(List<String> features, Optional<String> gold) {
    public Example {
      features = List.copyOf(features);
      Objects.requireNonNull(gold, "gold");
    }

    /** Whether the candidate matches a gold attribution: the label. */
    public boolean attribution() {
      return gold.isPresent();
    }
  }

  /**
   * Examples from a set of documents.
   *
   * @param examples the labelled candidates
   * @param gold how many gold attributions the documents have (recall's denominator)
   */
  public record Examples(List<Example> examples, int gold) {
    public Examples {
      examples = List.copyOf(examples);
    }
  }

  /**
   * What a training run produced: the final model (trained on every example), its threshold, and
   * the out-of-fold precision, recall and F1 at that threshold (recall over all gold
   * attributions), with every example's out-of-fold score, in fold order.
   */
  public record Result(MaxentModel model, double threshold, double precision, double recall, double f1,
      double unfilteredF1, int trainExamples, int folds, double[] outOfFoldScores) {}

  /**
   * Scores each fold with a probe model trained on the other folds, picks the threshold on all
   * these scores, then trains the final model on every fold.
   *
   * @param folds at least two folds of examples, each from its own documents
   */
  public Result train(List<Examples> folds, Settings settings) throws IOException {
    if (folds.size() < 2) {
      throw new IllegalArgumentException("need at least two folds, got " + folds.size());
    }
    List<Example> all = new ArrayList<>();
    folds.forEach(fold -> all.addAll(fold.examples()));
    double[] scores = new double[all.size()];
    int offset = 0;
    int gold = 0;
    for (int i = 0; i < folds.size(); i++) {
      List<Example> others = new ArrayList<>();
      for (int j = 0; j < folds.size(); j++) {
        if (j != i) {
          others.addAll(folds.get(j).examples());
        }
      }
      AttributionFilter probe = new AttributionFilter(fit(others, settings), 0.5);
      for (Example example : folds.get(i).examples()) {
        scores[offset++] = probe.score(example.features());
      }
      gold += folds.get(i).gold();
    }
    Examples pooled = new Examples(all, gold);
    double[] f1ByStep = new double[THRESHOLD_STEPS + 1];
    for (int step = 0; step <= THRESHOLD_STEPS; step++) {
      f1ByStep[step] = figures(pooled, scores, step / (double) THRESHOLD_STEPS)[2];
    }
    double threshold = middleOfPlateau(f1ByStep, PLATEAU_TOLERANCE) / (double) THRESHOLD_STEPS;
    double[] chosen = figures(pooled, scores, threshold);
    double unfiltered = f1ByStep[0];
    MaxentModel model = fit(all, settings);
    return new Result(model, threshold, chosen[0], chosen[1], chosen[2], unfiltered, all.size(), folds.size(), scores);
  }

  /** Thresholds tried: every hundredth from 0 to 1. */
  private static final int THRESHOLD_STEPS = 100;

  /**
   * How far below the best out-of-fold F1 a threshold may score and still count as on its plateau.
   * The F1 curve is flat near its peak (on PolNeAR train: within 0.0013 from 0.29 to 0.41), so its
   * argmax moved by several hundredths whenever a rule change touched a few candidates; the middle
   * of the plateau moves much less.
   */
  static final double PLATEAU_TOLERANCE = 0.001;

  /**
   * The step in the middle of the plateau around the best F1: the run of consecutive steps, the
   * best among them, whose F1 is within {@code tolerance} of the best; the lower middle step when
   * the run has an even length.
   *
   * @param f1ByStep the F1 at each step; not empty
   */
  static int middleOfPlateau(double[] f1ByStep, double tolerance) {
    int best = 0;
    for (int step = 1; step < f1ByStep.length; step++) {
      if (f1ByStep[step] > f1ByStep[best]) {
        best = step;
      }
    }
    double floor = f1ByStep[best] - tolerance;
    int low = best;
    while (low > 0 && f1ByStep[low - 1] >= floor) {
      low--;
    }
    int high = best;
    while (high + 1 < f1ByStep.length && f1ByStep[high + 1] >= floor) {
      high++;
    }
    return (low + high) / 2;
  }

  private static MaxentModel fit(List<Example> examples, Settings settings) throws IOException {
    List<Event> events = new ArrayList<>(examples.size());
    for (Example example : examples) {
      events.add(new Event(example.attribution() ? AttributionFilter.YES : AttributionFilter.NO,
          example.features().toArray(String[]::new)));
    }
    return MaxentFiles.trainLogistic(events, settings.iterations(), settings.cutoff(), settings.l2());
  }

  /**
   * Precision, recall and F1 of the candidates scoring at or above {@code threshold}, counting the
   * kept candidates of one gold attribution once (see {@link Example#gold}): without that, a low
   * threshold gained recall from duplicates that the engine drops.
   */
  private static double[] figures(Examples examples, double[] scores, double threshold) {
    int wrong = 0;
    Set<String> found = new HashSet<>();
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] >= threshold) {
        Optional<String> gold = examples.examples().get(i).gold();
        if (gold.isPresent()) {
          found.add(gold.get());
        } else {
          wrong++;
        }
      }
    }
    int right = found.size();
    double precision = right + wrong == 0 ? 0 : right / (double) (right + wrong);
    double recall = examples.gold() == 0 ? 0 : Math.min(1, right / (double) examples.gold());
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f1};
  }

  /**
   * Writes the model to {@code modelFile} and the threshold (with the out-of-fold figures and
   * settings, as comments for provenance) to the properties file beside it with the same base name.
   */
  public static Path write(Result result, Settings settings, String data, Path modelFile) throws IOException {
    MaxentFiles.writeModel(result.model(), modelFile);
    Path properties = MaxentFiles.propertiesBeside(modelFile);
    String body = String.format(Locale.ROOT,
        "# attribution filter threshold: the middle of the thresholds whose candidate F1 over out-of-fold probe%n"
            + "# scores (cross-validation) is within %s of the best; the model itself is trained on every document%n"
            + "# data=%s%n"
            + "# trainer=MAXENT_QN iterations=%d cutoff=%d l2=%s train=%d candidates folds=%d%n"
            + "# out-of-fold precision=%.4f recall=%.4f f1=%.4f (f1 keeping every candidate %.4f)%n"
            + "threshold=%.2f%n",
        PLATEAU_TOLERANCE, data, settings.iterations(), settings.cutoff(), settings.l2(), result.trainExamples(),
        result.folds(), result.precision(), result.recall(), result.f1(), result.unfilteredF1(),
        result.threshold());
    Files.writeString(properties, body);
    return properties;
  }
}
