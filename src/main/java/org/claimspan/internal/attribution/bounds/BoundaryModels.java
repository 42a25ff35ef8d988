package org.claimspan.internal.attribution.bounds;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.claimspan.internal.attribution.Candidate;
import org.claimspan.internal.attribution.content.ContentCandidate;
import org.claimspan.internal.quote.QuoteEdges;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.TextSpan;

/**
 * The trained boundary models of one kind of text, run in the engine's order: the content's bounds
 * first, then the cue's (which may take in words the content gave up, or the first words of the
 * content, which then starts after it), then the source's (which must not take in the content or
 * the cue). Each is optional; a missing one keeps the rules' bounds. Immutable; thread-safe.
 *
 * @param content places a reported or mixed content's start and end
 * @param cue places a cue's start and end
 * @param source places a source's start and end
 */
public record BoundaryModels(
    Optional<ContentBoundaryModel> content, Optional<CueBoundaryModel> cue, Optional<SourceBoundaryModel> source) {

  public BoundaryModels {
    checkNotNull(content, "content");
    checkNotNull(cue, "cue");
    checkNotNull(source, "source");
  }

  /** No models: every bound stays where the rules put it. */
  public static BoundaryModels none() {
    return new BoundaryModels(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The packaged models for parsed text (the accurate profile), those this build has. */
  public static BoundaryModels packaged() {
    return new BoundaryModels(
        ContentBoundaryModel.packaged(), CueBoundaryModel.packaged(), SourceBoundaryModel.packaged());
  }

  /** The packaged models for text tagged without a parse (the fast profile), those this build has. */
  public static BoundaryModels packagedForPatterns() {
    return new BoundaryModels(ContentBoundaryModel.packagedForPatterns(), CueBoundaryModel.packagedForPatterns(),
        SourceBoundaryModel.packagedForPatterns());
  }

  /**
   * An attribution's spans with their bounds placed.
   *
   * @param content the content
   * @param cue the cue's span
   * @param source the source's span, if it has one
   */
  public record Placed(ContentCandidate content, TextSpan cue, Optional<TextSpan> source) {}

  /**
   * The spans with their bounds where the models put them, content first, then cue, then source.
   *
   * @param quotes the document's quotations
   * @param edges where they open and close, made once per document
   */
  public Placed place(DependencyTree tree, ContentCandidate content, TextSpan cue, Optional<TextSpan> source,
      String cueLemma, List<QuoteSpan> quotes, QuoteEdges edges) {
    ContentCandidate placedContent = this.content
        .map(model -> model.adjust(tree, cue, source, content, cueLemma, quotes, edges)).orElse(content);
    TextSpan movedCue = this.cue
        .map(model -> model.adjust(tree, cue, source, placedContent.parts(), cueLemma)).orElse(cue);
    ContentCandidate afterCue = movedCue.equals(cue) ? placedContent
        : CueBoundaryModel.afterCue(tree, movedCue, placedContent, quotes);
    // a cue that took in words the content could not give up stays where the rules put it
    TextSpan placedCue = TokenRanges.overlapsAny(movedCue, afterCue.parts()) ? cue : movedCue;
    ContentCandidate placedAfterCue = placedCue.equals(cue) ? placedContent : afterCue;
    Optional<TextSpan> placedSource = source
        .map(span -> this.source.map(model -> model.adjust(tree, span, placedCue, placedAfterCue.parts(), cueLemma))
            .orElse(span));
    return new Placed(placedAfterCue, placedCue, placedSource);
  }

  /**
   * A candidate with the bounds of the models before {@code role}'s placed, as the engine hands it
   * to that model: the input of its training data.
   *
   * @param role the span whose model is to learn: content (nothing placed), cue (the content
   *     placed) or source (content and cue placed)
   * @param quotes the document's quotations, as the candidate was found with
   */
  Candidate before(Role role, DependencyTree tree, Candidate candidate,
      List<QuoteSpan> quotes) {
    Candidate seen = candidate;
    if (role != Role.CONTENT && content.isPresent()) {
      seen = content.get().adjust(tree, seen, quotes);
    }
    if (role == Role.SOURCE && cue.isPresent()) {
      seen = cue.get().adjust(tree, seen, quotes);
    }
    return seen;
  }

  /** The span a boundary model places. */
  public enum Role {
    /** The content ({@link ContentBoundaryModel}). */
    CONTENT,
    /** The cue ({@link CueBoundaryModel}). */
    CUE,
    /** The source ({@link SourceBoundaryModel}). */
    SOURCE
  }
}
