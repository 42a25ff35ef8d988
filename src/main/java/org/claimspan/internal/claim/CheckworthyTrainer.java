package org.claimspan.internal.claim;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the check-worthiness model: L2-regularised logistic regression (OpenNLP's quasi-Newton
 * maxent trainer, one thread, fixed iterations and cutoff, so the same data gives the same model)
 * over {@link CheckworthyFeatures}, then picks the threshold that maximises Yes-F1 on a dev set.
 * Not shared between threads (each training run builds its own).
 */
public final class CheckworthyTrainer {
  /** Training settings; fixed so runs are reproducible. */
  public record Settings(int iterations, int cutoff, double l2) {
    /** The settings used for the packaged model. */
    public static Settings defaults() {
      return new Settings(200, 2, 1.0);
    }
  }

  /** What a training run produced. */
  public record Result(MaxentModel model, YesScores dev, int trainSentences, int devSentences) {}

  private final CheckworthyFeatures features = new CheckworthyFeatures();

  /** Trains on {@code train} and tunes the threshold on {@code dev}. */
  public Result train(List<LabelledSentence> train, List<LabelledSentence> dev, Settings settings) throws IOException {
    List<Event> events = new ArrayList<>(train.size());
    for (LabelledSentence sentence : train) {
      events.add(new Event(sentence.checkworthy() ? CheckworthinessScorer.YES : "No",
          features.features(sentence.text()).toArray(String[]::new)));
    }
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    parameters.put(QNTrainer.L1COST_PARAM, 0.0);
    parameters.put(QNTrainer.L2COST_PARAM, settings.l2());
    EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
    MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
    CheckworthinessScorer scorer = new CheckworthinessScorer(model, 0.5);
    YesScores best = YesScores.best(scores(scorer, dev), labels(dev));
    return new Result(model, best, train.size(), dev.size());
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
    Path parent = modelFile.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    try (OutputStream out = Files.newOutputStream(modelFile);
        DataOutputStream data = new DataOutputStream(out)) {
      new GenericModelWriter((AbstractModel) result.model(), data).persist();
    }
    String base = modelFile.getFileName().toString().replaceFirst("\\.bin$", "");
    Path properties = parent.resolve(base + ".properties");
    YesScores dev = result.dev();
    String body = String.format(Locale.ROOT,
        "# check-worthiness decision threshold, picked for the best Yes-F1 on the dev set%n"
            + "# trainer=MAXENT_QN iterations=%d cutoff=%d l2=%s train=%d dev=%d%n"
            + "# dev precision=%.4f recall=%.4f f1=%.4f%n"
            + "threshold=%.3f%n",
        settings.iterations(), settings.cutoff(), settings.l2(), result.trainSentences(), result.devSentences(),
        dev.precision(), dev.recall(), dev.f1(), dev.threshold());
    Files.writeString(properties, body);
    return properties;
  }
}
