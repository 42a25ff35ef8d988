package org.claimspan.internal.attribution.bounds;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimspan.internal.attribution.Candidate;
import org.claimspan.internal.attribution.content.ContentCandidate;
import org.claimspan.internal.attribution.content.ContentFinder;
import org.claimspan.internal.engine.ModelCatalogue.Model;
import org.claimspan.internal.quote.QuoteEdges;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.TextSpan;

/**
 * A trained judge of where a reported or mixed content of one part begins and ends: of the {@link
 * ContentBoundaryChoices} around the rules' bounds it scores each (how likely PolNeAR's annotators
 * drew the bound there) and moves a bound to the best choice when that scores more than a margin
 * above the rules' own ({@link BoundaryRanker}). The rules cut where the parse does; the annotators
 * cut where the report ends ("said [it made a mistake] when ...", "[the deal-breaker was his
 * proposal ...], a plan he has modified"), which the words around a boundary tell better than any
 * one rule. Trained by the boundary trainer. Immutable; thread-safe.
 */
public final class ContentBoundaryModel {

  private final BoundaryRanker ranker;

  /** A model judging with {@code ranker}. */
  public ContentBoundaryModel(BoundaryRanker ranker) {
    this.ranker = checkNotNull(ranker, "ranker");
  }

  /** The packaged model for parsed text, or empty when this build has none on its classpath. */
  public static Optional<ContentBoundaryModel> packaged() {
    return BoundaryRanker.packaged(Model.CONTENT_BOUNDS)
        .map(ContentBoundaryModel::new);
  }

  /** The packaged model for text without a parse, or empty when this build has none on its classpath. */
  public static Optional<ContentBoundaryModel> packagedForPatterns() {
    return BoundaryRanker.packaged(Model.CONTENT_BOUNDS_PATTERNS)
        .map(ContentBoundaryModel::new);
  }

  /**
   * The choices for a candidate's content when it is reported or mixed and of one part (a direct
   * quotation's bounds are its marks), each with the content the engine would give for it: the
   * training data of the boundary trainer; else empty.
   *
   * @param quotes the document's quotations, as the candidate was found with
   */
  static Optional<BoundaryChoiceSet> choices(DependencyTree tree, Candidate candidate,
      List<QuoteSpan> quotes) {
    if (candidate.parts().size() != 1 || candidate.kind() == AttributionKind.DIRECT) {
      return Optional.empty();
    }
    QuoteEdges edges = QuoteEdges.of(quotes);
    Optional<ContentBoundaryChoices> found =
        ContentBoundaryChoices.of(tree, candidate.cue(), candidate.source(), candidate.parts().get(0), edges);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ContentBoundaryChoices choices = found.get();
    AttributionKind kind = candidate.kind();
    List<BoundaryChoiceSet.Choice> ends = new ArrayList<>();
    for (int last : choices.ends()) {
      List<String> features = ContentBoundaryFeatures.end(tree, choices, last, edges, kind, candidate.cueLemma());
      parts(tree, choices.start(), last, quotes).ifPresent(parts -> ends.add(new BoundaryChoiceSet.Choice(last, parts, features)));
    }
    List<BoundaryChoiceSet.Choice> starts = new ArrayList<>();
    for (int first : choices.starts()) {
      List<String> features = ContentBoundaryFeatures.start(tree, choices, first, edges, kind, candidate.cueLemma());
      parts(tree, first, choices.end(), quotes).ifPresent(parts -> starts.add(new BoundaryChoiceSet.Choice(first, parts, features)));
    }
    int endBase = indexOf(ends, choices.end());
    int startBase = indexOf(starts, choices.start());
    if (endBase < 0 || startBase < 0) {
      return Optional.empty(); // the rules' own bound gives no span: nothing to judge
    }
    return Optional.of(new BoundaryChoiceSet(ends, endBase, starts, startBase));
  }

  private static int indexOf(List<BoundaryChoiceSet.Choice> choices, int token) {
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).token() == token) {
        return i;
      }
    }
    return -1;
  }

  /** The content's parts over tokens {@code [first, last]}, as the engine classifies a clause. */
  private static Optional<List<TextSpan>> parts(DependencyTree tree, int first, int last, List<QuoteSpan> quotes) {
    return TokenRanges.span(tree, first, last).map(span -> ContentFinder.classify(tree.text(), span, quotes).parts());
  }

  /**
   * The candidate with its content's bounds where the model puts them, as the engine moves them
   * before the cue and source models judge theirs: the input of their training data.
   *
   * @param quotes the document's quotations, as the candidate was found with
   */
  Candidate adjust(DependencyTree tree, Candidate candidate,
      List<QuoteSpan> quotes) {
    List<QuoteSpan> inside = quotes.stream()
        .filter(quote -> candidate.parts().stream().anyMatch(quote.span()::overlaps)).toList();
    TextSpan whole = TextSpan.of(tree.text(), candidate.parts().get(0).begin(),
        candidate.parts().get(candidate.parts().size() - 1).end());
    ContentCandidate content = new ContentCandidate(whole, candidate.parts(), inside, candidate.kind());
    ContentCandidate moved = adjust(tree, candidate.cue(), candidate.source(), content, candidate.cueLemma(), quotes,
        QuoteEdges.of(quotes));
    return moved == content ? candidate : new Candidate(moved.parts(), candidate.source(),
        candidate.cue(), candidate.cueLemma(), moved.kind(), candidate.features());
  }

  /**
   * The content with its bounds moved where the model puts them, or {@code content} unchanged
   * when it is direct or of several parts, when it has no choices, when no choice beats the rules'
   * bounds by the margin, or when the moved content, as classified, would overlap the cue or
   * {@code source}. Only
   * the chosen content is classified, so a long document's quotations are not scanned per choice.
   *
   * @param quotes the document's quotations
   * @param edges where they open and close, made once per document
   */
  ContentCandidate adjust(DependencyTree tree, TextSpan cue, Optional<TextSpan> source, ContentCandidate content,
      String cueLemma, List<QuoteSpan> quotes, QuoteEdges edges) {
    if (content.parts().size() != 1 || content.kind() == AttributionKind.DIRECT) {
      return content;
    }
    Optional<ContentBoundaryChoices> found = ContentBoundaryChoices.of(tree, cue, source, content.span(), edges);
    if (found.isEmpty()) {
      return content;
    }
    ContentBoundaryChoices choices = found.get();
    AttributionKind kind = content.kind();
    int last = ranker.best(choices.ends(), choices.end(),
        token -> ContentBoundaryFeatures.end(tree, choices, token, edges, kind, cueLemma));
    int first = ranker.best(choices.starts(), choices.start(),
        token -> ContentBoundaryFeatures.start(tree, choices, token, edges, kind, cueLemma));
    if (first > last || first == choices.start() && last == choices.end()) {
      return content;
    }
    Optional<ContentCandidate> moved = TokenRanges.span(tree, first, last)
        .map(span -> ContentFinder.classify(tree.text(), span, quotes));
    if (moved.isEmpty() || TokenRanges.overlapsAny(cue, moved.get().parts())
        || source.filter(span -> TokenRanges.overlapsAny(span, moved.get().parts())).isPresent()) {
      return content; // classifying may run a mixed content on to its quotation's end
    }
    return moved.get();
  }
}
