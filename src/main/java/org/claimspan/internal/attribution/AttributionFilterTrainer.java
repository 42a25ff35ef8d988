package org.claimspan.internal.attribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.claimspan.internal.ml.MaxentFiles;

/**
 * Trains {@link AttributionFilter}: L2-regularised logistic regression (OpenNLP's quasi-Newton
 * maxent trainer, one thread, fixed iterations and cutoff, so the same candidates give the same
 * model) over {@link AttributionFeatures}. As the check-worthiness trainer does, a probe model
 * trained on all but the held-out documents picks the threshold that maximises attribution F1 on
 * them, and the final model is then trained on every document. Each training run builds its own;
 * not shared between threads.
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
   * @param attribution whether its content matches a gold attribution
   */
  public record Example(List<String> features, boolean attribution) {
    public Example {
      features = List.copyOf(features);
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
   * the probe model's held-out figures at it (precision and recall of candidates kept, recall over
   * all gold attributions) with the probe's score of each held-out example.
   */
  public record Result(MaxentModel model, double threshold, double precision, double recall, double f1,
      double unfilteredF1, int trainExamples, int heldOutExamples, double[] heldOutScores) {}

  /**
   * Trains a probe model on {@code train}, picks the threshold with it on {@code heldOut}, then
   * trains the final model on both.
   */
  public Result train(Examples train, Examples heldOut, Settings settings) throws IOException {
    MaxentModel probe = fit(train.examples(), settings);
    AttributionFilter filter = new AttributionFilter(probe, 0.5);
    double[] scores = heldOut.examples().stream().mapToDouble(e -> filter.score(e.features())).toArray();
    double[] best = {0, 0, 0, -1};
    for (int step = 0; step <= 100; step++) {
      double threshold = step / 100.0;
      double[] figures = figures(heldOut, scores, threshold);
      if (figures[2] > best[3]) {
        best = new double[] {threshold, figures[0], figures[1], figures[2]};
      }
    }
    double unfiltered = figures(heldOut, scores, 0)[2];
    List<Example> all = new ArrayList<>(train.examples());
    all.addAll(heldOut.examples());
    MaxentModel model = fit(all, settings);
    return new Result(model, best[0], best[1], best[2], best[3], unfiltered, all.size(),
        heldOut.examples().size(), scores);
  }

  private static MaxentModel fit(List<Example> examples, Settings settings) throws IOException {
    List<Event> events = new ArrayList<>(examples.size());
    for (Example example : examples) {
      events.add(new Event(example.attribution() ? AttributionFilter.YES : AttributionFilter.NO,
          example.features().toArray(String[]::new)));
    }
    return MaxentFiles.trainLogistic(events, settings.iterations(), settings.cutoff(), settings.l2());
  }

  /** Precision, recall and F1 of the candidates scoring at or above {@code threshold}. */
  private static double[] figures(Examples heldOut, double[] scores, double threshold) {
    int kept = 0;
    int right = 0;
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] >= threshold) {
        kept++;
        if (heldOut.examples().get(i).attribution()) {
          right++;
        }
      }
    }
    double precision = kept == 0 ? 0 : right / (double) kept;
    double recall = heldOut.gold() == 0 ? 0 : Math.min(1, right / (double) heldOut.gold());
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f1};
  }

  /**
   * Writes the model to {@code modelFile} and the threshold (with the held-out figures and
   * settings, as comments for provenance) to the properties file beside it with the same base name.
   */
  public static Path write(Result result, Settings settings, String data, Path modelFile) throws IOException {
    MaxentFiles.writeModel(result.model(), modelFile);
    Path parent = modelFile.toAbsolutePath().getParent();
    String base = modelFile.getFileName().toString().replaceFirst("\\.bin$", "");
    Path properties = parent.resolve(base + ".properties");
    String body = String.format(Locale.ROOT,
        "# attribution filter threshold: the best candidate F1 of a probe model on held-out training documents;%n"
            + "# the model itself is trained on every document%n"
            + "# data=%s%n"
            + "# trainer=MAXENT_QN iterations=%d cutoff=%d l2=%s train=%d held-out=%d candidates%n"
            + "# held-out precision=%.4f recall=%.4f f1=%.4f (f1 keeping every candidate %.4f)%n"
            + "threshold=%.2f%n",
        data, settings.iterations(), settings.cutoff(), settings.l2(), result.trainExamples(),
        result.heldOutExamples(), result.precision(), result.recall(), result.f1(), result.unfilteredF1(),
        result.threshold());
    Files.writeString(properties, body);
    return properties;
  }
}
