package org.claimspan.training;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.claimspan.eval.corpus.LabelledSentence;
import org.claimspan.eval.score.YesScores;
import org.claimspan.internal.claim.CheckworthinessScorer;
import org.claimspan.internal.claim.CheckworthyFeatures;
import org.claimspan.internal.ml.MaxentFiles;

/**
 * Trains the check-worthiness model: L2-regularised logistic regression (OpenNLP's quasi-Newton
 * maxent trainer, one thread, fixed iterations and cutoff, so the same data gives the same model)
 * over {@link CheckworthyFeatures}.
 *
 * <p>The decision threshold is picked on the newest sentences, not on the dev set. CheckThat!'s
 * dev split is a random sample of the same debates as train, so a threshold tuned there (about
 * 0.4) assumes the model will see debates it was trained on; on later debates the model is less
 * sure of the claims it finds and that threshold throws away a third of them. So the trainer holds
 * out the last {@link Settings#holdoutFraction()} of the training sentences by id (ids grow with
 * time in CheckThat!), trains a probe model on the rest, takes the threshold that maximises Yes-F1
 * on the held-out tail, and then trains the final model on every training sentence. The dev set
 * is scored at that threshold as an in-distribution check. Not shared between threads.
 */
public final class CheckworthyTrainer {
  /** Training settings; fixed so runs are reproducible. */
  public record Settings(int iterations, int cutoff, double l2, double holdoutFraction) {
    public Settings {
      checkArgument(iterations >= 1, "iterations must be at least 1: %s", iterations);
      checkArgument(cutoff >= 0, "cutoff must not be negative: %s", cutoff);
      checkArgument(l2 >= 0, "l2 must not be negative: %s", l2);
      checkArgument(holdoutFraction > 0 && holdoutFraction < 1, "holdout fraction must be in (0, 1): %s", holdoutFraction);
    }

    /** The settings used for the packaged model. */
    public static Settings defaults() {
      return new Settings(200, 2, 3.0, 0.1);
    }
  }

  /**
   * What a training run produced.
   *
   * @param model the final model, trained on every training sentence
   * @param holdout the probe model's figures on the held-out newest sentences, at the chosen
   *     threshold (which is {@code holdout.threshold()})
   * @param dev the final model's figures on the dev set at that threshold
   */
  public record Result(
      MaxentModel model, YesScores holdout, YesScores dev, int trainSentences, int holdoutSentences, int devSentences) {
    /** The decision threshold stored with the model. */
    public double threshold() {
      return holdout.threshold();
    }
  }

  private final CheckworthyFeatures features = new CheckworthyFeatures();

  /**
   * Picks the threshold on the newest part of {@code train}, then trains on all of it and scores
   * {@code dev} at that threshold.
   */
  public Result train(List<LabelledSentence> train, List<LabelledSentence> dev, Settings settings) throws IOException {
    List<LabelledSentence> byId = oldestFirst(train);
    int holdoutSize = Math.max(1, (int) Math.round(byId.size() * settings.holdoutFraction()));
    checkArgument(holdoutSize < byId.size(), "too few training sentences to hold some out: %s", byId.size());
    List<LabelledSentence> older = byId.subList(0, byId.size() - holdoutSize);
    List<LabelledSentence> newest = byId.subList(byId.size() - holdoutSize, byId.size());

    CheckworthinessScorer probe = new CheckworthinessScorer(fit(older, settings), 0.5);
    YesScores holdout = YesScores.best(scores(probe, newest), labels(newest));
    MaxentModel model = fit(train, settings);
    CheckworthinessScorer scorer = new CheckworthinessScorer(model, holdout.threshold());
    YesScores devScores = YesScores.at(scores(scorer, dev), labels(dev), holdout.threshold());
    return new Result(model, holdout, devScores, train.size(), newest.size(), dev.size());
  }

  /** The sentences sorted by id: numeric ids in numeric order, then the others in string order. */
  static List<LabelledSentence> oldestFirst(List<LabelledSentence> sentences) {
    List<LabelledSentence> sorted = new ArrayList<>(sentences);
    sorted.sort(Comparator.comparing(LabelledSentence::id, CheckworthyTrainer::compareIds));
    return sorted;
  }

  private static int compareIds(String a, String b) {
    boolean numericA = a.matches("\\d{1,18}");
    boolean numericB = b.matches("\\d{1,18}");
    if (numericA && numericB) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    return numericA != numericB ? (numericA ? -1 : 1) : a.compareTo(b);
  }

  private MaxentModel fit(List<LabelledSentence> sentences, Settings settings) throws IOException {
    List<Event> events = new ArrayList<>(sentences.size());
    for (LabelledSentence sentence : sentences) {
      events.add(new Event(sentence.checkworthy() ? CheckworthinessScorer.YES : "No",
          features.features(sentence.text()).toArray(String[]::new)));
    }
    return MaxentFiles.trainLogistic(events, settings.iterations(), settings.cutoff(), settings.l2());
  }

  /** The scorer's probabilities for {@code sentences}, in order. */
  public static List<Double> scores(CheckworthinessScorer scorer, List<LabelledSentence> sentences) {
    return sentences.stream().map(s -> scorer.score(s.text())).toList();
  }

  /** The gold labels of {@code sentences}, in order. */
  public static List<Boolean> labels(List<LabelledSentence> sentences) {
    return sentences.stream().map(LabelledSentence::checkworthy).toList();
  }

  /**
   * Writes the model to {@code modelFile} and the threshold (with the dev figures and settings, as
   * comments for provenance) to the properties file beside it with the same base name.
   */
  public static Path write(Result result, Settings settings, Path modelFile) throws IOException {
    MaxentFiles.writeModel(result.model(), modelFile);
    Path properties = MaxentFiles.propertiesBeside(modelFile);
    YesScores holdout = result.holdout();
    YesScores dev = result.dev();
    String body = String.format(Locale.ROOT,
        "# check-worthiness decision threshold: the best Yes-F1 of a probe model on the newest%n"
            + "# %d training sentences by id, trained on the older ones; the model itself is trained on all%n"
            + "# trainer=MAXENT_QN iterations=%d cutoff=%d l2=%s holdout=%s train=%d dev=%d%n"
            + "# held-out precision=%.4f recall=%.4f f1=%.4f%n"
            + "# dev precision=%.4f recall=%.4f f1=%.4f (at this threshold)%n"
            + "threshold=%.3f%n",
        result.holdoutSentences(), settings.iterations(), settings.cutoff(), settings.l2(),
        settings.holdoutFraction(), result.trainSentences(), result.devSentences(),
        holdout.precision(), holdout.recall(), holdout.f1(), dev.precision(), dev.recall(), dev.f1(),
        result.threshold());
    Files.writeString(properties, body);
    return properties;
  }
}
