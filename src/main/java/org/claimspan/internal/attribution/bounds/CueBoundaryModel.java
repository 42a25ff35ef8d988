package org.claimspan.internal.attribution.bounds;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.claimspan.internal.attribution.Candidate;
import org.claimspan.internal.attribution.content.ContentCandidate;
import org.claimspan.internal.attribution.content.ContentFinder;
import org.claimspan.internal.engine.ModelCatalogue.Model;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.TextSpan;

/**
 * A trained judge of where a cue begins and ends: of the {@link CueBoundaryChoices} around the
 * rules' cue it scores each and moves a bound to the best choice when that scores more than a
 * margin above the rules' own ({@link BoundaryRanker}). Done after {@link ContentBoundaryModel} has
 * placed the content, so a cue may take in a preposition the content gave up ("railed [at]"), or
 * the first words of a content that follows it, which then starts after it ({@link #afterCue}).
 * Trained by the boundary trainer on the choices {@link #choices} gives. Immutable; thread-safe.
 */
public final class CueBoundaryModel {

  private final BoundaryRanker ranker;

  /** A model judging with {@code ranker}. */
  public CueBoundaryModel(BoundaryRanker ranker) {
    this.ranker = checkNotNull(ranker, "ranker");
  }

  /** The packaged model for parsed text, or empty when this build has none on its classpath. */
  public static Optional<CueBoundaryModel> packaged() {
    return BoundaryRanker.packaged(Model.CUE_BOUNDS)
        .map(CueBoundaryModel::new);
  }

  /** The packaged model for text without a parse, or empty when this build has none on its classpath. */
  public static Optional<CueBoundaryModel> packagedForPatterns() {
    return BoundaryRanker.packaged(Model.CUE_BOUNDS_PATTERNS)
        .map(CueBoundaryModel::new);
  }

  /**
   * The choices for a candidate's cue, each with the cue span it gives as its one part: the
   * training data of the boundary trainer; empty when the cue covers no whole token.
   */
  static Optional<BoundaryChoiceSet> choices(DependencyTree tree, Candidate candidate) {
    Optional<CueBoundaryChoices> found = CueBoundaryChoices.of(tree, candidate.cue(), candidate.source(), candidate.parts());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CueBoundaryChoices choices = found.get();
    String lemma = candidate.cueLemma();
    return Optional.of(BoundaryChoiceSet.ofTokens(tree, choices.first(), choices.last(), choices.ends(), choices.starts(),
        last -> CueBoundaryFeatures.end(tree, choices, last, lemma),
        first -> CueBoundaryFeatures.start(tree, choices, first, lemma)));
  }

  /**
   * The candidate with its cue's bounds where the model puts them, and its content after the cue
   * when the cue took in its first words, as the engine moves them before the source model judges
   * the source's: the input of that model's training data.
   *
   * @param quotes the document's quotations, as the candidate was found with
   */
  Candidate adjust(DependencyTree tree, Candidate candidate,
      List<QuoteSpan> quotes) {
    TextSpan cue = adjust(tree, candidate.cue(), candidate.source(), candidate.parts(), candidate.cueLemma());
    if (cue.equals(candidate.cue())) {
      return candidate;
    }
    List<TextSpan> parts = candidate.parts();
    AttributionKind kind = candidate.kind();
    if (parts.size() == 1 && cue.end() > parts.get(0).begin()) {
      ContentCandidate cut = afterCue(tree, cue, ContentCandidate.whole(parts.get(0), List.of(), kind), quotes);
      if (TokenRanges.overlapsAny(cue, cut.parts())) {
        return candidate; // the content could not give up the words: the cue stays, as in the engine
      }
      parts = cut.parts();
      kind = cut.kind();
    }
    return new Candidate(parts, candidate.source(), cue, candidate.cueLemma(), kind,
        candidate.features());
  }

  /**
   * The content with the words the cue took in cut off its start ("declared [war on] [the United
   * States]"), or the content itself when the cue does not reach into it.
   */
  static ContentCandidate afterCue(DependencyTree tree, TextSpan cue, ContentCandidate content, List<QuoteSpan> quotes) {
    if (cue.end() <= content.span().begin() || cue.begin() >= content.span().begin()) {
      return content;
    }
    int[] range = tree.tokenRange(cue.end(), content.span().end());
    return range == null ? content
        : TokenRanges.span(tree, range[0], range[1])
            .map(span -> ContentFinder.classify(tree.text(), span, quotes)).orElse(content);
  }

  /**
   * The cue with its bounds moved where the model puts them, or {@code cue} unchanged when no
   * choice beats the rules' bounds by the margin.
   */
  TextSpan adjust(DependencyTree tree, TextSpan cue, Optional<TextSpan> source, List<TextSpan> parts, String cueLemma) {
    Optional<CueBoundaryChoices> found = CueBoundaryChoices.of(tree, cue, source, parts);
    if (found.isEmpty()) {
      return cue;
    }
    CueBoundaryChoices choices = found.get();
    int last = ranker.best(choices.ends(), choices.last(), token -> CueBoundaryFeatures.end(tree, choices, token, cueLemma));
    int first = ranker.best(choices.starts(), choices.first(), token -> CueBoundaryFeatures.start(tree, choices, token, cueLemma));
    if (first > last || first == choices.first() && last == choices.last()) {
      return cue;
    }
    return BoundaryChoiceSet.span(tree, first, last);
  }
}
