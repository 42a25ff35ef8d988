package org.claimspan.internal.attribution.filter;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.model.MaxentModel;
import org.claimspan.internal.ml.BinaryMaxent;
import org.claimspan.internal.ml.MaxentFiles;

/**
 * A trained judge of candidate attributions: the probability that a cue, source and content the
 * rules found are an attribution PolNeAR annotates, and a threshold under which a candidate is
 * dropped. The rules propose generously (every lexicon verb with a complement); the model, trained
 * by the {@code train attribution} command on PolNeAR train, learns which of them are reports ("he
 * believes that ..."), and which are not ("seeking the presidency"). Immutable; thread-safe
 * (OpenNLP's maxent models are read-only after loading).
 */
public final class AttributionFilter {
  /** Classpath folder of the model and its threshold. */
  public static final String RESOURCE_DIR = "/org/claimspan/models/attribution/";
  /** File name of the model that judges candidates found in a parse (the accurate profile). */
  public static final String MODEL_FILE = "attribution-filter-en.bin";
  /** File name of the properties beside the model ({@code threshold=...}). */
  public static final String PROPERTIES_FILE = "attribution-filter-en.properties";
  /** File name of the model that judges candidates found by part-of-speech patterns (the fast profile). */
  public static final String PATTERN_MODEL_FILE = "attribution-filter-patterns-en.bin";
  /** File name of the properties beside the pattern model. */
  public static final String PATTERN_PROPERTIES_FILE = "attribution-filter-patterns-en.properties";
  /** The positive outcome. */
  public static final String YES = "attribution";
  /** The negative outcome. */
  public static final String NO = "other";

  private final BinaryMaxent model;

  /**
   * @param model a trained model with a {@value #YES} outcome; not null
   * @param threshold the decision threshold in {@code [0, 1]}
   */
  public AttributionFilter(MaxentModel model, double threshold) {
    this.model = new BinaryMaxent(model, YES, threshold);
  }

  /**
   * Loads the packaged model. Fails with {@link IllegalStateException} when it is missing from the
   * classpath and {@link UncheckedIOException} when it cannot be read.
   */
  public static AttributionFilter fromClasspath() {
    return fromClasspath(MODEL_FILE, PROPERTIES_FILE);
  }

  private static AttributionFilter fromClasspath(String modelFile, String propertiesFile) {
    try (InputStream model = resource(modelFile);
        InputStream properties = resource(propertiesFile)) {
      return new AttributionFilter(MaxentFiles.readModel(model), MaxentFiles.readThreshold(properties));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the attribution model " + RESOURCE_DIR + modelFile, e);
    }
  }

  /** The packaged model for parsed text, or empty when this build has none on its classpath. */
  public static Optional<AttributionFilter> packaged() {
    return packaged(MODEL_FILE, PROPERTIES_FILE);
  }

  /** The packaged model for text without a parse, or empty when this build has none on its classpath. */
  public static Optional<AttributionFilter> packagedForPatterns() {
    return packaged(PATTERN_MODEL_FILE, PATTERN_PROPERTIES_FILE);
  }

  private static Optional<AttributionFilter> packaged(String modelFile, String propertiesFile) {
    if (AttributionFilter.class.getResource(RESOURCE_DIR + modelFile) == null) {
      return Optional.empty();
    }
    return Optional.of(fromClasspath(modelFile, propertiesFile));
  }

  private static InputStream resource(String name) {
    return MaxentFiles.resource(RESOURCE_DIR + name, "attribution model");
  }

  /** The probability in {@code [0, 1]} that a candidate with these features is an attribution. */
  public double score(List<String> features) {
    return model.probability(features);
  }

  /** The decision threshold: a candidate is kept when its score is at or above it. */
  public double threshold() {
    return model.threshold();
  }
}
