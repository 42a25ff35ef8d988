package org.claimspan.internal.attribution.bounds;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.claimspan.internal.engine.ModelCatalogue.Model;
import org.claimspan.internal.ml.ConditionalLogit;
import org.claimspan.internal.ml.MaxentFiles;

/**
 * A trained ranker of the choices of one bound with its margin: the rules' bound stays unless
 * another choice scores more than the margin above it. What the content, cue and source boundary
 * models share. Immutable; thread-safe.
 */
public final class BoundaryRanker {
  private final ConditionalLogit model;
  private final double margin;

  /**
   * @param model the trained ranker of choices; not null
   * @param margin how much more than the rules' bound a choice must score to replace it; not
   *     negative
   */
  public BoundaryRanker(ConditionalLogit model, double margin) {
    checkArgument(margin >= 0, "negative margin %s", margin);
    this.model = checkNotNull(model, "model");
    this.margin = margin;
  }

  /**
   * The packaged ranker with its margin from the properties beside it, or empty when this build
   * has none on its classpath; {@link UncheckedIOException} naming the model when it cannot be read.
   */
  static Optional<BoundaryRanker> packaged(Model packaged) {
    if (!packaged.isPackaged()) {
      return Optional.empty();
    }
    String what = packaged.description();
    try (InputStream model = MaxentFiles.resource(packaged.resource(), what);
        InputStream properties = MaxentFiles.resource(packaged.propertiesResource(), what)) {
      return Optional.of(new BoundaryRanker(ConditionalLogit.read(model), MaxentFiles.readThreshold(properties)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + what + " " + packaged.resource(), e);
    }
  }

  /** The margin a choice must score above the rules' bound to replace it. */
  public double margin() {
    return margin;
  }

  /** A choice's score: higher for a likelier bound; comparable only within one decision. */
  public double score(List<String> features) {
    return model.score(features);
  }

  /**
   * The token of the best choice among {@code tokens}: the highest-scoring one when it beats the
   * rules' choice {@code base} by more than the margin, else {@code base}.
   *
   * @param features the features of the choice at a token
   */
  int best(List<Integer> tokens, int base, IntFunction<List<String>> features) {
    double[] scores = new double[tokens.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = model.score(features.apply(tokens.get(i)));
    }
    return tokens.get(best(scores, tokens.indexOf(base), margin));
  }

  /**
   * The index of the highest score when it beats {@code scores[base]} by more than {@code margin},
   * else {@code base}; the first of equal scores.
   */
  static int best(double[] scores, int base, double margin) {
    int best = base;
    double bar = scores[base] + margin;
    for (int i = 0; i < scores.length; i++) {
      if (i != base && scores[i] > bar) {
        best = i;
        bar = scores[i];
      }
    }
    return best;
  }
}
