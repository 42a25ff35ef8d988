package org.claimspan.internal.attribution.filter;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.model.MaxentModel;
import org.claimspan.internal.engine.ModelCatalogue.Model;
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
    return fromClasspath(Model.ATTRIBUTION_FILTER);
  }

  private static AttributionFilter fromClasspath(Model packaged) {
    try (InputStream model = MaxentFiles.resource(packaged.resource(), packaged.description());
        InputStream properties = MaxentFiles.resource(packaged.propertiesResource(), packaged.description())) {
      return new AttributionFilter(MaxentFiles.readModel(model), MaxentFiles.readThreshold(properties));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + packaged.description() + " " + packaged.resource(), e);
    }
  }

  /** The packaged model for parsed text, or empty when this build has none on its classpath. */
  public static Optional<AttributionFilter> packaged() {
    return packaged(Model.ATTRIBUTION_FILTER);
  }

  /** The packaged model for text without a parse, or empty when this build has none on its classpath. */
  public static Optional<AttributionFilter> packagedForPatterns() {
    return packaged(Model.ATTRIBUTION_FILTER_PATTERNS);
  }

  private static Optional<AttributionFilter> packaged(Model model) {
    return model.isPackaged() ? Optional.of(fromClasspath(model)) : Optional.empty();
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
