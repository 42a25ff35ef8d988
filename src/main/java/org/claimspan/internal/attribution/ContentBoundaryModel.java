package org.claimspan.internal.attribution;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.claimspan.internal.ml.ConditionalLogit;
import org.claimspan.internal.ml.MaxentFiles;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.TextSpan;

/**
 * A trained judge of where a reported or mixed content of one part begins and ends: of the {@link
 * ContentBoundaryChoices} around the rules' bounds it scores each (the probability that PolNeAR's
 * annotators drew the bound there) and moves a bound to the best choice when that scores at least
 * a margin above the rules' own. The rules cut where the parse does; the annotators cut where the
 * report ends ("said [it made a mistake] when ...", "[the deal-breaker was his proposal ...], a
 * plan he has modified"), which the words around a boundary tell better than any one rule.
 * Trained by {@link ContentBoundaryTrainer}. Immutable; thread-safe (OpenNLP's maxent models are
 * read-only after loading).
 */
public final class ContentBoundaryModel {
  /** File name of the model's weights (a {@link ConditionalLogit}). */
  public static final String MODEL_FILE = "content-bounds-en.tsv";
  /** File name of the properties beside the model ({@code threshold=}: the margin). */
  public static final String PROPERTIES_FILE = "content-bounds-en.properties";

  private final ConditionalLogit model;
  private final double margin;

  /**
   * @param model the trained ranker of choices; not null
   * @param margin how much more than the rules' bound a choice must score to replace it; not
   *     negative
   */
  public ContentBoundaryModel(ConditionalLogit model, double margin) {
    checkArgument(margin >= 0, "negative margin %s", margin);
    this.model = checkNotNull(model, "model");
    this.margin = margin;
  }

  /** The packaged model, or empty when this build has none on its classpath. */
  public static Optional<ContentBoundaryModel> packaged() {
    String folder = AttributionFilter.RESOURCE_DIR;
    if (ContentBoundaryModel.class.getResource(folder + MODEL_FILE) == null) {
      return Optional.empty();
    }
    try (InputStream model = MaxentFiles.resource(folder + MODEL_FILE, "content boundary model");
        InputStream properties = MaxentFiles.resource(folder + PROPERTIES_FILE, "content boundary model")) {
      return Optional.of(new ContentBoundaryModel(ConditionalLogit.read(model), MaxentFiles.readThreshold(properties)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the content boundary model " + folder + MODEL_FILE, e);
    }
  }

  /** The margin a choice must score above the rules' bound to replace it. */
  public double margin() {
    return margin;
  }

  /**
   * The boundary choices of one content, each with its features and the content the engine would
   * give for it: the training data of {@link ContentBoundaryTrainer} and what {@link #adjust}
   * judges.
   *
   * @param ends the end choices, each with the rules' start
   * @param endBase the index of the rules' own end in {@code ends}
   * @param starts the start choices, each with the rules' end
   * @param startBase the index of the rules' own start in {@code starts}
   */
  public record Choices(List<Choice> ends, int endBase, List<Choice> starts, int startBase) {
    public Choices {
      ends = List.copyOf(ends);
      starts = List.copyOf(starts);
    }
  }

  /**
   * One choice of a bound.
   *
   * @param token the content's last (for an end) or first (for a start) token
   * @param parts the content's parts with this bound, as the engine would give them
   * @param features the features the model judges the choice by
   */
  public record Choice(int token, List<TextSpan> parts, List<String> features) {
    public Choice {
      parts = List.copyOf(parts);
      features = List.copyOf(features);
    }
  }

  /**
   * The choices for a candidate's content when it is reported or mixed and of one part (a direct
   * quotation's bounds are its marks), each with the content the engine would give for it (for
   * training), else empty.
   *
   * @param quotes the document's quotations, as the candidate was found with
   */
  public static Optional<Choices> choices(DependencyTree tree, AttributionFinder.Candidate candidate,
      List<QuoteSpan> quotes) {
    if (candidate.parts().size() != 1 || candidate.kind() == AttributionKind.DIRECT) {
      return Optional.empty();
    }
    QuoteEdges edges = QuoteEdges.of(quotes);
    Optional<ContentBoundaryChoices> found = ContentBoundaryChoices.of(tree, candidate.cue(), candidate.parts().get(0), edges);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ContentBoundaryChoices choices = found.get();
    AttributionKind kind = candidate.kind();
    List<Choice> ends = new ArrayList<>();
    for (int last : choices.ends()) {
      List<String> features = ContentBoundaryFeatures.end(tree, choices, last, edges, kind, candidate.cueLemma());
      parts(tree, choices.start(), last, quotes).ifPresent(parts -> ends.add(new Choice(last, parts, features)));
    }
    List<Choice> starts = new ArrayList<>();
    for (int first : choices.starts()) {
      List<String> features = ContentBoundaryFeatures.start(tree, choices, first, edges, kind, candidate.cueLemma());
      parts(tree, first, choices.end(), quotes).ifPresent(parts -> starts.add(new Choice(first, parts, features)));
    }
    int endBase = indexOf(ends, choices.end());
    int startBase = indexOf(starts, choices.start());
    if (endBase < 0 || startBase < 0) {
      return Optional.empty();
    }
    return Optional.of(new Choices(ends, endBase, starts, startBase));
  }

  private static int indexOf(List<Choice> choices, int token) {
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
   * The content with its bounds moved where the model puts them, or {@code content} unchanged
   * when it is direct or of several parts, when it has no choices, when no choice beats the rules'
   * bounds by the margin, or when the moved content would overlap the cue or {@code source}. Only
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
    Optional<ContentBoundaryChoices> found = ContentBoundaryChoices.of(tree, cue, content.span(), edges);
    if (found.isEmpty()) {
      return content;
    }
    ContentBoundaryChoices choices = found.get();
    AttributionKind kind = content.kind();
    int last = best(choices.ends(), choices.end(),
        token -> ContentBoundaryFeatures.end(tree, choices, token, edges, kind, cueLemma));
    int first = best(choices.starts(), choices.start(),
        token -> ContentBoundaryFeatures.start(tree, choices, token, edges, kind, cueLemma));
    if (first > last) {
      return content;
    }
    Optional<TextSpan> span = TokenRanges.span(tree, first, last);
    if (span.isEmpty() || span.get().equals(content.span()) || span.get().overlaps(cue)
        || source.filter(span.get()::overlaps).isPresent()) {
      return content;
    }
    return ContentFinder.classify(tree.text(), span.get(), quotes);
  }

  /**
   * The token of the best choice: the highest-scoring one when it beats the rules' choice {@code
   * base} by the margin, else {@code base}.
   */
  private int best(List<Integer> tokens, int base, IntFunction<List<String>> features) {
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

  /** A choice's score: higher for a likelier bound; comparable only within one decision. */
  public double score(List<String> features) {
    return model.score(features);
  }
}
