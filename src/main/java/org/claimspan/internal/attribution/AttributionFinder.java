package org.claimspan.internal.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimspan.internal.cue.CueFinder;
import org.claimspan.internal.cue.CueForm;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.model.Attribution;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.Cue;
import org.claimspan.model.Entity;
import org.claimspan.model.Quote;
import org.claimspan.model.QuoteType;
import org.claimspan.model.Speaker;
import org.claimspan.model.TextSpan;

/**
 * Builds attributions from cues, sources, contents and quotes, resolves their speakers, lets a
 * quote with no cue of its own continue the previous speaker, and types every quote. Thread-safe;
 * per-document state lives in local variables.
 */
public final class AttributionFinder {
  /** Quotes of at least this many words read as speech rather than scare quotes. */
  private static final int SPEECH_WORDS = 4;
  /** A floating quote continues a speaker at most this many characters after their attribution. */
  private static final int FLOATING_REACH = 1_500;

  private final Lexicons lexicons;
  private final CueFinder cueFinder;
  private final SourceFinder sourceFinder = new SourceFinder();
  private final ContentFinder contentFinder = new ContentFinder();

  public AttributionFinder(Lexicons lexicons) {
    this.lexicons = lexicons;
    this.cueFinder = new CueFinder(lexicons);
  }

  /** Attributions, typed and linked quotes, and the entities speakers link to. */
  public record Found(List<Attribution> attributions, List<Quote> quotes, List<Entity> entities) {}

  /** A found attribution before ids are given. */
  private record Draft(
      AttributionKind kind,
      Optional<TextSpan> source,
      Optional<Speaker> speaker,
      Optional<Cue> cue,
      TextSpan content,
      List<QuoteSpan> quotes,
      double confidence) {}

  public Found find(DependencyTree tree, List<QuoteSpan> quotes) {
    EntityIndex entities = new EntityIndex(tree);
    SpeakerResolver resolver = new SpeakerResolver(tree, entities, lexicons);
    List<Draft> drafts = new ArrayList<>();
    for (CueMatch cue : cueFinder.find(tree)) {
      draft(tree, cue, quotes).ifPresent(drafts::add);
    }
    drafts = withoutDuplicates(drafts);
    drafts.addAll(floatingQuotes(drafts, quotes));
    drafts.sort(Comparator.comparing(Draft::content));
    drafts = resolveSpeakers(drafts, resolver);
    return assemble(tree.text(), drafts, quotes, entities.entities());
  }

  private Optional<Draft> draft(DependencyTree tree, CueMatch cue, List<QuoteSpan> quotes) {
    Optional<TextSpan> source = sourceFinder.find(tree, cue);
    int[] clause = cueClause(tree, cue, source);
    Optional<ContentCandidate> content = contentFinder.find(tree, cue, clause, quotes);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    boolean speechWithoutSource = content.get().kind() == AttributionKind.DIRECT
        && wordCount(content.get().span()) >= SPEECH_WORDS;
    if (source.isEmpty() && !speechWithoutSource) {
      return Optional.empty(); // "the so-called “detox” teas": a cue word next to scare quotes
    }
    if (source.isPresent() && source.get().overlaps(content.get().span())) {
      return Optional.empty(); // a parse that puts the source inside what it says is not to be trusted
    }
    TextSpan cueSpan = TextSpan.of(tree.text(), tree.token(cue.first()).begin(), tree.token(cue.last()).end());
    if (cueSpan.overlaps(content.get().span())) {
      return Optional.empty();
    }
    double confidence = confidence(cue, source.isPresent(), content.get().kind());
    return Optional.of(
        new Draft(
            content.get().kind(),
            source,
            Optional.empty(),
            Optional.of(new Cue(cueSpan, cue.lemma(), cue.cueClass())),
            content.get().span(),
            content.get().quotes(),
            confidence));
  }

  /** Tokens of the source and cue together, inclusive: what is not content. */
  private static int[] cueClause(DependencyTree tree, CueMatch cue, Optional<TextSpan> source) {
    int first = cue.first();
    int last = cue.last();
    if (source.isPresent()) {
      int[] range = tree.tokenRange(source.get().begin(), source.get().end());
      if (range != null) {
        first = Math.min(first, range[0]);
        last = Math.max(last, range[1]);
      }
    }
    return new int[] {first, last};
  }

  private static double confidence(CueMatch cue, boolean hasSource, AttributionKind kind) {
    double base = cue.form() == CueForm.COLON ? 0.6 : cue.form() == CueForm.ACCORDING_TO ? 0.8 : 0.9;
    if (!hasSource) {
      base -= 0.25;
    }
    if (kind == AttributionKind.DIRECT) {
      base = Math.min(0.95, base + 0.03);
    }
    return base;
  }

  /** One attribution per content span and per cue: the most confident one wins. */
  private static List<Draft> withoutDuplicates(List<Draft> drafts) {
    List<Draft> kept = new ArrayList<>();
    List<Draft> byConfidence = new ArrayList<>(drafts);
    byConfidence.sort(Comparator.comparingDouble(Draft::confidence).reversed());
    for (Draft draft : byConfidence) {
      boolean duplicate = kept.stream().anyMatch(
          other -> other.content().equals(draft.content())
              || other.cue().get().span().overlaps(draft.cue().get().span()));
      if (!duplicate) {
        kept.add(draft);
      }
    }
    return kept;
  }

  /**
   * Quotes of speech with no cue of their own, placed after an attribution: they continue that
   * attribution's speaker (news style: a quote paragraph after "..., she said.").
   */
  private static List<Draft> floatingQuotes(List<Draft> drafts, List<QuoteSpan> quotes) {
    List<Draft> floating = new ArrayList<>();
    for (QuoteSpan quote : quotes) {
      if (isUsed(quote, drafts) || wordCount(quote.content()) < SPEECH_WORDS * 2) {
        continue;
      }
      Draft previous = null;
      for (Draft draft : drafts) {
        if (draft.content().end() <= quote.span().begin() && draft.source().isPresent()
            && (previous == null || draft.content().end() > previous.content().end())) {
          previous = draft;
        }
      }
      if (previous != null && quote.span().begin() - previous.content().end() <= FLOATING_REACH) {
        floating.add(new Draft(AttributionKind.DIRECT, Optional.empty(), Optional.empty(), Optional.empty(),
            quote.content(), List.of(quote), 0.5));
      }
    }
    return floating;
  }

  private static boolean isUsed(QuoteSpan quote, List<Draft> drafts) {
    for (Draft draft : drafts) {
      if (draft.quotes().contains(quote) || draft.content().overlaps(quote.span())) {
        return true;
      }
    }
    return false;
  }

  private static int wordCount(TextSpan span) {
    String trimmed = span.text().strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  /** Resolves each source in document order; a floating quote takes the speaker before it. */
  private static List<Draft> resolveSpeakers(List<Draft> drafts, SpeakerResolver resolver) {
    List<Draft> resolved = new ArrayList<>();
    List<Speaker> earlier = new ArrayList<>();
    for (Draft draft : drafts) {
      Optional<Speaker> speaker =
          draft.source().isPresent() ? resolver.resolve(draft.source().get(), earlier)
              : earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
      speaker.ifPresent(earlier::add);
      resolved.add(new Draft(draft.kind(), draft.source(), speaker, draft.cue(), draft.content(), draft.quotes(), draft.confidence()));
    }
    return resolved;
  }

  private static Found assemble(String text, List<Draft> drafts, List<QuoteSpan> quoteSpans, List<Entity> entities) {
    List<QuoteSpan> ordered = new ArrayList<>(quoteSpans);
    ordered.sort(Comparator.comparing(QuoteSpan::span));
    List<Attribution> attributions = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      List<String> quoteIds = new ArrayList<>();
      for (QuoteSpan quote : draft.quotes()) {
        quoteIds.add("q" + (ordered.indexOf(quote) + 1));
      }
      attributions.add(new Attribution("a" + (i + 1), draft.kind(), draft.source(), draft.speaker(), draft.cue(),
          draft.content(), quoteIds, draft.confidence()));
    }
    List<Quote> quotes = new ArrayList<>();
    for (int q = 0; q < ordered.size(); q++) {
      QuoteSpan span = ordered.get(q);
      Optional<String> owner = Optional.empty();
      AttributionKind ownerKind = null;
      for (int i = 0; i < drafts.size(); i++) {
        if (drafts.get(i).quotes().contains(span)) {
          owner = Optional.of("a" + (i + 1));
          ownerKind = drafts.get(i).kind();
          break;
        }
      }
      quotes.add(new Quote("q" + (q + 1), span.span(), span.content(), quoteType(span, ownerKind), owner));
    }
    return new Found(attributions, quotes, entities);
  }

  private static QuoteType quoteType(QuoteSpan quote, AttributionKind ownerKind) {
    if (ownerKind == AttributionKind.DIRECT) {
      return QuoteType.DIRECT;
    }
    if (ownerKind == AttributionKind.MIXED) {
      return QuoteType.PARTIAL;
    }
    return wordCount(quote.content()) >= SPEECH_WORDS ? QuoteType.DIRECT : QuoteType.SCARE;
  }
}
