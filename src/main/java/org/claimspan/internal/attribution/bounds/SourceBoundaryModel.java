package org.claimspan.internal.attribution.bounds;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.claimspan.internal.attribution.Candidate;
import org.claimspan.internal.engine.ModelCatalogue.Model;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.model.TextSpan;

/**
 * A trained judge of where a source begins and ends: of the {@link SourceBoundaryChoices} around
 * the rules' source it scores each and moves a bound to the best choice when that scores more than
 * a margin above the rules' own ({@link BoundaryRanker}). Done after the content and the cue are
 * placed, so the source never takes them in. Trained by the boundary trainer on the choices
 * {@link #choices} gives. Immutable; thread-safe.
 */
public final class SourceBoundaryModel {

  private final BoundaryRanker ranker;

  /** A model judging with {@code ranker}. */
  public SourceBoundaryModel(BoundaryRanker ranker) {
    this.ranker = checkNotNull(ranker, "ranker");
  }

  /** The packaged model for parsed text, or empty when this build has none on its classpath. */
  public static Optional<SourceBoundaryModel> packaged() {
    return BoundaryRanker.packaged(Model.SOURCE_BOUNDS)
        .map(SourceBoundaryModel::new);
  }

  /** The packaged model for text without a parse, or empty when this build has none on its classpath. */
  public static Optional<SourceBoundaryModel> packagedForPatterns() {
    return BoundaryRanker.packaged(Model.SOURCE_BOUNDS_PATTERNS)
        .map(SourceBoundaryModel::new);
  }

  /**
   * The choices for a candidate's source, each with the source span it gives as its one part: the
   * training data of the boundary trainer; empty when it has no source or the source or cue
   * covers no whole token.
   */
  static Optional<BoundaryChoiceSet> choices(DependencyTree tree, Candidate candidate) {
    Optional<SourceBoundaryChoices> found = candidate.source()
        .flatMap(source -> SourceBoundaryChoices.of(tree, source, candidate.cue(), candidate.parts()));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SourceBoundaryChoices choices = found.get();
    String lemma = candidate.cueLemma();
    return Optional.of(BoundaryChoiceSet.ofTokens(tree, choices.start(), choices.end(), choices.ends(), choices.starts(),
        last -> SourceBoundaryFeatures.end(tree, choices, last, lemma),
        first -> SourceBoundaryFeatures.start(tree, choices, first, lemma)));
  }

  /**
   * The source with its bounds moved where the model puts them, or {@code source} unchanged when no
   * choice beats the rules' bounds by the margin.
   */
  TextSpan adjust(DependencyTree tree, TextSpan source, TextSpan cue, List<TextSpan> parts, String cueLemma) {
    Optional<SourceBoundaryChoices> found = SourceBoundaryChoices.of(tree, source, cue, parts);
    if (found.isEmpty()) {
      return source;
    }
    SourceBoundaryChoices choices = found.get();
    int last = ranker.best(choices.ends(), choices.end(), token -> SourceBoundaryFeatures.end(tree, choices, token, cueLemma));
    int first = ranker.best(choices.starts(), choices.start(),
        token -> SourceBoundaryFeatures.start(tree, choices, token, cueLemma));
    if (first > last || first == choices.start() && last == choices.end()) {
      return source;
    }
    return BoundaryChoiceSet.span(tree, first, last);
  }
}
