package org.claimspan.internal.attribution;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained judge of candidate attributions: the probability that a cue, source and content the
 * rules found are an attribution PolNeAR annotates, and a threshold under which a candidate is
 * dropped. The rules propose generously (every lexicon verb with a complement); the model, trained
 * by {@link AttributionFilterTrainer} on PolNeAR train, learns which of them are reports ("he
 * believes that ..."), and which are not ("seeking the presidency"). Immutable; thread-safe
 * (OpenNLP's maxent models are read-only after loading).
 */
public final class AttributionFilter {
  /** Classpath folder of the model and its threshold. */
  public static final String RESOURCE_DIR = "/org/claimspan/models/attribution/";
  /** File name of the model. */
  public static final String MODEL_FILE = "attribution-filter-en.bin";
  /** File name of the properties beside the model ({@code threshold=...}). */
  public static final String PROPERTIES_FILE = "attribution-filter-en.properties";
  /** The positive outcome. */
  static final String YES = "attribution";
  /** The negative outcome. */
  static final String NO = "other";

  private final MaxentModel model;
  private final int yes;
  private final double threshold;

  /**
   * @param model a trained model with a {@value #YES} outcome; not null
   * @param threshold the decision threshold in {@code [0, 1]}
   */
  public AttributionFilter(MaxentModel model, double threshold) {
    checkNotNull(model, "model");
    checkArgument(threshold >= 0 && threshold <= 1, "threshold %s outside [0, 1]", threshold);
    this.model = model;
    this.yes = model.getIndex(YES);
    checkArgument(yes >= 0, "model has no outcome '%s'", YES);
    this.threshold = threshold;
  }

  /**
   * Loads the packaged model. Fails with {@link IllegalStateException} when it is missing from the
   * classpath and {@link UncheckedIOException} when it cannot be read.
   */
  public static AttributionFilter fromClasspath() {
    try (InputStream model = resource(MODEL_FILE);
        InputStream properties = resource(PROPERTIES_FILE)) {
      MaxentModel read = new GenericModelReader(new BinaryFileDataReader(model)).getModel();
      return new AttributionFilter(read, readThreshold(properties));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the attribution model " + RESOURCE_DIR + MODEL_FILE, e);
    }
  }

  /** The packaged model, or empty when this build has none on its classpath. */
  public static Optional<AttributionFilter> packaged() {
    if (AttributionFilter.class.getResource(RESOURCE_DIR + MODEL_FILE) == null) {
      return Optional.empty();
    }
    return Optional.of(fromClasspath());
  }

  /** Reads {@code threshold} from a properties stream; does not close {@code in}. */
  static double readThreshold(InputStream in) throws IOException {
    Properties properties = new Properties();
    properties.load(in);
    String value = properties.getProperty("threshold");
    if (value == null) {
      throw new IOException("no 'threshold' property");
    }
    return Double.parseDouble(value.strip());
  }

  private static InputStream resource(String name) {
    InputStream in = AttributionFilter.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new IllegalStateException("attribution model missing from the classpath: " + RESOURCE_DIR + name);
    }
    return in;
  }

  /** The probability in {@code [0, 1]} that a candidate with these features is an attribution. */
  public double score(List<String> features) {
    double p = model.eval(features.toArray(String[]::new))[yes];
    return Math.max(0, Math.min(1, p));
  }

  /** The decision threshold: a candidate is kept when its score is at or above it. */
  public double threshold() {
    return threshold;
  }
}
