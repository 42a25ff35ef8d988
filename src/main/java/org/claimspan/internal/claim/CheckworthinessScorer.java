package org.claimspan.internal.claim;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.ml.model.MaxentModel;
import org.claimspan.internal.engine.ModelCatalogue.Model;
import org.claimspan.internal.ml.BinaryMaxent;
import org.claimspan.internal.ml.MaxentFiles;

/**
 * The check-worthiness model trained by {@code claimspan train checkworthy}: the probability that a
 * sentence is worth fact-checking, and the decision threshold picked on the newest training debates.
 *
 * <p>Thread-safe: it only calls {@link MaxentModel#eval(String[])}, which reads the model's
 * parameters and keeps no per-call state (unlike OpenNLP's {@code *ME} tools, which are not used).
 */
public final class CheckworthinessScorer {
  /** The positive outcome. */
  public static final String YES = "Yes";

  private static final Model MODEL = Model.CHECKWORTHY;

  private final BinaryMaxent model;
  private final CheckworthyFeatures features = new CheckworthyFeatures();

  /**
   * @param model a trained model with a {@code Yes} outcome; not null
   * @param threshold the decision threshold in {@code [0, 1]}
   */
  public CheckworthinessScorer(MaxentModel model, double threshold) {
    this.model = new BinaryMaxent(model, YES, threshold);
  }

  /**
   * Loads the packaged model from the classpath. Fails with {@link IllegalStateException} when it is
   * missing (a build without {@code models/checkworthy}) and {@link UncheckedIOException} when it
   * cannot be read.
   */
  public static CheckworthinessScorer fromClasspath() {
    try (InputStream model = MaxentFiles.resource(MODEL.resource(), MODEL.description())) {
      MaxentModel read = readModel(model);
      return new CheckworthinessScorer(read, packagedThreshold());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + MODEL.description() + " " + MODEL.resource(), e);
    }
  }

  /** The threshold stored beside the packaged model. */
  public static double packagedThreshold() {
    try (InputStream in = MaxentFiles.resource(MODEL.propertiesResource(), MODEL.description())) {
      return readThreshold(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL.propertiesResource(), e);
    }
  }

  /** Reads a model written by the {@code train checkworthy} command; does not close {@code in}. */
  public static MaxentModel readModel(InputStream in) throws IOException {
    return MaxentFiles.readModel(in);
  }

  /** Reads {@code threshold} from a properties stream; does not close {@code in}. */
  public static double readThreshold(InputStream in) throws IOException {
    return MaxentFiles.readThreshold(in);
  }


  /** The probability in {@code [0, 1]} that {@code sentence} (not null) is check-worthy. */
  public double score(String sentence) {
    checkNotNull(sentence, "sentence");
    return model.probability(features.features(sentence));
  }

  /** The decision threshold: a sentence is check-worthy when its score is at or above it. */
  public double threshold() {
    return model.threshold();
  }

  /** Whether {@code sentence} scores at or above the threshold. */
  public boolean isCheckworthy(String sentence) {
    return score(sentence) >= model.threshold();
  }
}
