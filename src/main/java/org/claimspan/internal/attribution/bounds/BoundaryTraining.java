package org.claimspan.internal.attribution.bounds;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.claimspan.internal.attribution.Candidate;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.syntax.DependencyTree;

/**
 * The one door through which training reads the boundary models' view of a candidate: the choices
 * a model would judge, and the candidate as the models before it leave it. The models keep these
 * to themselves at run time. Stateless and thread-safe.
 */
public final class BoundaryTraining {
  private BoundaryTraining() {}

  /**
   * The choices of {@code role}'s span of a candidate, each with the span the engine would give
   * for it: empty when the candidate has no such span to judge (a direct quotation's content, a
   * content of several parts, a missing source, a span that covers no whole token).
   *
   * @param quotes the document's quotations, as the candidate was found with
   * @return the choices, never null
   */
  public static Optional<BoundaryChoiceSet> choices(
      BoundaryModels.Role role, DependencyTree tree, Candidate candidate, List<QuoteSpan> quotes) {
    checkNotNull(role, "role");
    return switch (role) {
      case CONTENT -> ContentBoundaryModel.choices(tree, candidate, quotes);
      case CUE -> CueBoundaryModel.choices(tree, candidate);
      case SOURCE -> SourceBoundaryModel.choices(tree, candidate);
    };
  }

  /**
   * The candidate with the bounds of the models before {@code role}'s placed, as the engine hands
   * it to that model: content (nothing placed), cue (the content placed) or source (content and
   * cue placed).
   *
   * @param quotes the document's quotations, as the candidate was found with
   * @return the candidate as {@code role}'s model sees it, never null
   */
  public static Candidate before(
      BoundaryModels models, BoundaryModels.Role role, DependencyTree tree, Candidate candidate,
      List<QuoteSpan> quotes) {
    return checkNotNull(models, "models").before(role, tree, candidate, quotes);
  }

  /**
   * The index of the highest score when it beats {@code scores[base]} by more than {@code margin},
   * else {@code base}: the choice a model with that margin makes.
   */
  public static int best(double[] scores, int base, double margin) {
    return BoundaryRanker.best(scores, base, margin);
  }
}
