package org.claimspan.internal.attribution;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.claimspan.internal.attribution.filter.AttributionFeature.CONTINUED;
import static org.claimspan.internal.attribution.filter.AttributionFeature.FINDER;
import static org.claimspan.internal.attribution.filter.AttributionFeature.IN_RELATIVE;
import static org.claimspan.internal.attribution.filter.AttributionFeature.POS;
import static org.claimspan.internal.attribution.filter.AttributionFeature.SOURCE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimspan.internal.attribution.bounds.BoundaryModels;
import org.claimspan.internal.attribution.content.ContentCandidate;
import org.claimspan.internal.attribution.content.ContentFinder;
import org.claimspan.internal.attribution.content.CutContent;
import org.claimspan.internal.attribution.content.PassiveContent;
import org.claimspan.internal.attribution.content.QuestionContent;
import org.claimspan.internal.attribution.content.RaisingContent;
import org.claimspan.internal.attribution.content.SpeakingRelativeClauses;
import org.claimspan.internal.attribution.filter.AttributionFeatures;
import org.claimspan.internal.attribution.filter.AttributionFilter;
import org.claimspan.internal.attribution.filter.RivalFeatures;
import org.claimspan.internal.attribution.filter.SourceForm;
import org.claimspan.internal.attribution.layout.LayoutAttributions;
import org.claimspan.internal.attribution.patterns.PatternContentFinder;
import org.claimspan.internal.attribution.patterns.PatternSourceFinder;
import org.claimspan.internal.attribution.source.SourceFinder;
import org.claimspan.internal.cue.CueFinder;
import org.claimspan.internal.cue.CueForm;
import org.claimspan.internal.cue.CueMatch;
import org.claimspan.internal.cue.NounCues;
import org.claimspan.internal.cue.PatternCues;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.quote.QuoteEdges;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.speaker.EntityIndex;
import org.claimspan.internal.speaker.SpeakerResolver;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.syntax.TokenRanges;
import org.claimspan.model.Attribution;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.Cue;
import org.claimspan.model.Entity;
import org.claimspan.model.Quote;
import org.claimspan.model.QuoteType;
import org.claimspan.model.Speaker;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.Capability;

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
  /** Sources and contents from part-of-speech patterns, for a backend without a parser. */
  private final PatternSourceFinder patternSourceFinder = new PatternSourceFinder();
  private final PatternContentFinder patternContentFinder = new PatternContentFinder();
  private final NounCues nounCues;

  private final Optional<AttributionFilter> filter;
  private final Optional<AttributionFilter> patternFilter;
  private final BoundaryModels bounds;
  private final BoundaryModels patternBounds;

  /** A finder with the packaged attribution models, where the classpath has them. */
  public AttributionFinder(Lexicons lexicons) {
    this(lexicons, AttributionFilter.packaged(), AttributionFilter.packagedForPatterns(), BoundaryModels.packaged(),
        BoundaryModels.packagedForPatterns());
  }

  /**
   * A finder whose candidates in parsed text {@code filter} judges, keeping every candidate of
   * text without a parse, and every bound where the rules put it.
   *
   * @param filter the trained judge of candidates; empty to keep every candidate the rules find
   */
  public AttributionFinder(Lexicons lexicons, Optional<AttributionFilter> filter) {
    this(lexicons, filter, Optional.empty());
  }

  /**
   * A finder with these filters that keeps every bound where the rules put it.
   *
   * @param filter the trained judge of candidates found in a parse; empty to keep them all
   * @param patternFilter the trained judge of candidates found by part-of-speech patterns in text
   *     without a parse (the fast profile); empty to keep them all
   */
  public AttributionFinder(
      Lexicons lexicons, Optional<AttributionFilter> filter, Optional<AttributionFilter> patternFilter) {
    this(lexicons, filter, patternFilter, BoundaryModels.none(), BoundaryModels.none());
  }

  /**
   * @param filter the trained judge of candidates found in a parse; empty to keep them all
   * @param patternFilter the trained judge of candidates found by part-of-speech patterns in text
   *     without a parse (the fast profile); empty to keep them all
   * @param bounds the trained judges of where a kept candidate's content, cue and source begin and
   *     end in parsed text; {@link BoundaryModels#none()} to keep the rules' bounds
   * @param patternBounds the same for text without a parse (the fast profile)
   */
  public AttributionFinder(Lexicons lexicons, Optional<AttributionFilter> filter,
      Optional<AttributionFilter> patternFilter, BoundaryModels bounds, BoundaryModels patternBounds) {
    this.lexicons = lexicons;
    this.cueFinder = new CueFinder(lexicons);
    this.nounCues = new NounCues(lexicons);
    this.filter = filter;
    this.patternFilter = patternFilter;
    this.bounds = checkNotNull(bounds, "bounds");
    this.patternBounds = checkNotNull(patternBounds, "patternBounds");
  }

  /**
   * Every candidate with a cue that the rules find, in cue order, from the parse or, in text
   * without one, from part-of-speech patterns: the training data of the filter for that kind of
   * text, read through {@link TrainingCandidates}.
   */
  List<Candidate> candidates(DependencyTree tree, List<QuoteSpan> quotes) {
    List<QuoteSpan> continuable = LayoutAttributions.of(tree.text(), quotes).continuable(quotes);
    List<Draft> drafts = tree.analysis().has(Capability.DEPENDENCIES)
        ? parsedDrafts(tree, quotes, continuable) : patternDrafts(tree, quotes, continuable);
    return drafts.stream().map(AttributionFinder::candidate).toList();
  }

  private static Candidate candidate(Draft draft) {
    Cue cue = draft.cue().orElseThrow();
    return new Candidate(draft.parts(), draft.source(), cue.span(), cue.lemma(), draft.kind(), draft.features());
  }

  /**
   * The drafts of the verb cues of a text without a parse, from part-of-speech patterns, in cue
   * order, with the rival features; only {@code continuable} quotes continue a draft.
   */
  private List<Draft> patternDrafts(DependencyTree tree, List<QuoteSpan> quotes, List<QuoteSpan> continuable) {
    List<Draft> drafts = new ArrayList<>();
    for (CueMatch cue : cueFinder.find(tree)) {
      patternDraft(tree, cue, quotes).ifPresent(drafts::add);
    }
    return withContinuations(tree.text(), withRivals(drafts), continuable);
  }

  /**
   * The drafts of every verb and noun cue of a parsed text, before the filter, in cue order, with
   * the features that depend on the other drafts ({@link RivalFeatures}); only {@code continuable}
   * quotes continue a draft.
   */
  private List<Draft> parsedDrafts(DependencyTree tree, List<QuoteSpan> quotes, List<QuoteSpan> continuable) {
    List<Draft> drafts = new ArrayList<>();
    for (CueMatch cue : cueFinder.find(tree)) {
      parsedDraft(tree, cue, quotes).ifPresent(drafts::add);
    }
    for (NounCues.Found cue : nounCues.find(tree)) {
      nounDraft(tree, cue, quotes).ifPresent(drafts::add);
    }
    return withContinuations(tree.text(), withRivals(drafts), continuable);
  }

  /** The drafts with the features that depend on the other drafts of the document ({@link RivalFeatures}). */
  private static List<Draft> withRivals(List<Draft> drafts) {
    List<List<String>> rivals = RivalFeatures.of(drafts.stream()
        .map(d -> new RivalFeatures.Entry(d.cue().orElseThrow().span(), d.cue().orElseThrow().cueClass(), d.parts()))
        .toList());
    List<Draft> withRivals = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      withRivals.add(drafts.get(i).withFeatures(rivals.get(i)));
    }
    return withRivals;
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
      List<TextSpan> parts,
      List<QuoteSpan> quotes,
      double confidence,
      List<String> features) {

    /** The draft marked, for the filter, as found by part-of-speech patterns in a parsed text. */
    Draft fromPatterns() {
      return withFeatures(List.of(FINDER.of("patterns")));
    }

    /** The draft with more features. */
    Draft withFeatures(List<String> more) {
      List<String> all = new ArrayList<>(features);
      all.addAll(more);
      return new Draft(kind, source, speaker, cue, content, parts, quotes, confidence, all);
    }

    /** The draft with another content. */
    Draft withContent(ContentCandidate content) {
      return new Draft(content.kind(), source, speaker, cue, content.span(), content.parts(), content.quotes(),
          confidence, features);
    }

    /** The draft with another cue. */
    Draft withCue(Cue newCue) {
      return new Draft(kind, source, speaker, Optional.of(newCue), content, parts, quotes, confidence, features);
    }

    Draft withSource(Optional<TextSpan> newSource) {
      return new Draft(kind, newSource, speaker, cue, content, parts, quotes, confidence, features);
    }

    Draft withSpeaker(Optional<Speaker> newSpeaker) {
      return new Draft(kind, source, newSpeaker, cue, content, parts, quotes, confidence, features);
    }
  }

  public Found find(DependencyTree tree, List<QuoteSpan> quotes) {
    EntityIndex entities = new EntityIndex(tree);
    SpeakerResolver resolver = new SpeakerResolver(tree, entities, lexicons);
    List<Draft> drafts = new ArrayList<>();
    // Each kind of text has its own model: the parser's candidates and features differ from the patterns'.
    boolean parsed = tree.analysis().has(Capability.DEPENDENCIES);
    LayoutAttributions layout = LayoutAttributions.of(tree.text(), quotes);
    List<QuoteSpan> continuable = layout.continuable(quotes);
    QuoteEdges edges = QuoteEdges.of(quotes);
    for (Draft draft : parsed ? parsedDrafts(tree, quotes, continuable) : patternDrafts(tree, quotes, continuable)) {
      judged(draft, parsed ? filter : patternFilter)
          .map(kept -> withBounds(tree, kept, parsed ? bounds : patternBounds, quotes, edges))
          .filter(kept -> !layout.displaces(kept.cue().orElseThrow().span(), kept.parts()))
          .ifPresent(drafts::add);
    }
    drafts.addAll(layoutDrafts(tree.text(), layout, quotes));
    drafts = withFloatingQuotes(tree.text(), withoutDuplicates(withSpeakingClausesCut(tree, drafts)), continuable);
    drafts.sort(Comparator.comparing(Draft::content));
    drafts = resolveSpeakers(drafts, resolver);
    return assemble(tree.text(), drafts, quotes, entities.entities());
  }

  /** Confidence of an attribution the layout gives: a turn or a byline is seldom anything else. */
  private static final double LAYOUT_CONFIDENCE = 0.9;

  /** The drafts of a transcript's turns and of dash bylines ({@link LayoutAttributions}). */
  private static List<Draft> layoutDrafts(String text, LayoutAttributions layout, List<QuoteSpan> quotes) {
    return layout.attributions(text, quotes).stream()
        .map(found -> new Draft(found.content().kind(), Optional.of(found.source()), Optional.empty(),
            Optional.of(found.cue()), found.content().span(), found.content().parts(), found.content().quotes(),
            LAYOUT_CONFIDENCE, List.of()))
        .toList();
  }

  /**
   * The kept drafts with each source cut before a relative clause whose pronoun is another kept
   * draft's source ({@link SpeakingRelativeClauses}). Done after the filter, which judged the
   * source whole: only a clause the filter kept as an attribution of its own is cut off.
   */
  private static List<Draft> withSpeakingClausesCut(DependencyTree tree, List<Draft> drafts) {
    List<TextSpan> pronouns = SpeakingRelativeClauses.relativePronouns(
        drafts.stream().flatMap(draft -> draft.source().stream()).toList());
    if (pronouns.isEmpty()) {
      return drafts;
    }
    return drafts.stream()
        .map(draft -> draft.withSource(draft.source().map(source -> SpeakingRelativeClauses.cut(tree, source, pronouns))))
        .toList();
  }

  /**
   * The draft with its content's, cue's and source's bounds where the trained models put them
   * ({@link BoundaryModels}); unchanged without models. Done after the filter, which judged the
   * rules' spans: the models are trained on the spans of candidates that match an attribution.
   */
  private static Draft withBounds(DependencyTree tree, Draft draft, BoundaryModels models, List<QuoteSpan> quotes,
      QuoteEdges edges) {
    Cue cue = draft.cue().orElseThrow();
    ContentCandidate content = new ContentCandidate(draft.content(), draft.parts(), draft.quotes(), draft.kind());
    BoundaryModels.Placed placed = models.place(tree, content, cue.span(), draft.source(), cue.lemma(), quotes, edges);
    Draft bounded = placed.content() == content ? draft : draft.withContent(placed.content());
    if (!placed.cue().equals(cue.span())) {
      bounded = bounded.withCue(new Cue(placed.cue(), cue.lemma(), cue.cueClass()));
    }
    return placed.source().equals(draft.source()) ? bounded : bounded.withSource(placed.source());
  }

  /**
   * The draft with the trained model's probability as its confidence, or empty when the model
   * rejects it; unchanged without a model.
   */
  private static Optional<Draft> judged(Draft draft, Optional<AttributionFilter> filter) {
    if (filter.isEmpty()) {
      return Optional.of(draft);
    }
    double score = filter.get().score(draft.features());
    if (score < filter.get().threshold()) {
      return Optional.empty();
    }
    return Optional.of(new Draft(draft.kind(), draft.source(), draft.speaker(), draft.cue(), draft.content(),
        draft.parts(), draft.quotes(), Math.round(score * 1000) / 1000.0, draft.features()));
  }

  /**
   * The draft of a cue in a parsed text: from the parse, or when the parse gives the cue no source
   * or content (it often hangs a sentence-final "said" or a participle on the wrong verb), from the
   * part-of-speech patterns of the fast profile, marked as such for the filter: always when the
   * parse gives no draft, and in place of a draft without a source when the patterns find one.
   */
  private Optional<Draft> parsedDraft(DependencyTree tree, CueMatch cue, List<QuoteSpan> quotes) {
    Optional<Draft> parsed = draft(tree, cue, quotes, true);
    if (parsed.isPresent() && (parsed.get().source().isPresent() || hasNoSourceByDesign(tree, cue, quotes))
        || cue.form() != CueForm.VERB) {
      return parsed;
    }
    // no draft, or one without a source: the patterns may find the source the parse hid
    Optional<Draft> patterned = patternDraft(tree, cue, quotes).map(Draft::fromPatterns);
    return parsed.isEmpty() || patterned.filter(draft -> draft.source().isPresent()).isPresent() ? patterned : parsed;
  }

  /**
   * Whether a verb cue reports for nobody the text names, so that the rules leave its source out
   * on purpose: a passive ("[Pence] was asked about"), a bare "asked", a raising verb ("[The
   * governor] seemed [to waver]").
   */
  private boolean hasNoSourceByDesign(DependencyTree tree, CueMatch cue, List<QuoteSpan> quotes) {
    return SourceFinder.mayLackSource(tree, cue.head()) || RaisingContent.find(tree, cue, quotes, lexicons).isPresent();
  }

  /**
   * Whether a span begins inside a closed quotation that reads as speech, or at its opening mark,
   * or lies wholly inside a shorter one ("“Safety,” said Grimm" parsed with "Safety" the subject);
   * not a quoted title that opens a longer span ("“Daily Show” host Trevor Noah").
   */
  private static boolean opensInSpeech(TextSpan span, List<QuoteSpan> quotes) {
    return quotes.stream().anyMatch(quote -> quote.closed() && quote.span().contains(span.begin())
        && (TokenRanges.wordCount(quote.content()) >= SPEECH_WORDS || quote.content().contains(span)));
  }

  /** The draft of a cue from part-of-speech patterns, its auxiliaries joined to it as they find them. */
  private Optional<Draft> patternDraft(DependencyTree tree, CueMatch cue, List<QuoteSpan> quotes) {
    CueMatch withAuxiliaries = PatternCues.withAuxiliaries(tree, cue); // null for "are expected to meet"
    return withAuxiliaries == null ? Optional.empty() : draft(tree, withAuxiliaries, quotes, false);
  }

  private Optional<Draft> draft(DependencyTree tree, CueMatch cue, List<QuoteSpan> quotes, boolean parsed) {
    int cueBegin = tree.token(cue.head()).begin();
    if (quotes.stream().anyMatch(quote -> quote.closed() && quote.content().contains(cueBegin))) {
      // "“I think we will win,” he said": words inside a closed quotation belong to it (an unclosed
      // one may have swallowed the real cue). PolNeAR, too, annotates almost no attribution inside
      // quote marks (9 of 6,564 cues in 300 train files).
      return Optional.empty();
    }
    // "Trump seems to lead": a raising verb reports nobody's words; its content has no source
    Optional<ContentCandidate> raised = parsed ? RaisingContent.find(tree, cue, quotes, lexicons) : Optional.empty();
    Optional<TextSpan> source = raised.isPresent() ? Optional.empty()
        : parsed ? sourceFinder.find(tree, cue) : patternSourceFinder.find(tree, cue);
    int cueStart = tree.token(cue.first()).begin();
    if (parsed && tree.token(cue.head()).isFiniteVerb()
        && source.filter(span -> span.end() <= cueStart && opensInSpeech(span, quotes)).isPresent()) {
      // "“Small towns where the other party wins don't matter,” said Jenkins": the parser made the
      // quotation the verb's subject and the speaker its object; without a source the patterns'
      // draft, which reads the inverted "said Jenkins", is taken
      source = Optional.empty();
    }
    int[] clause = cueClause(tree, cue, source);
    Optional<ContentCandidate> content = raised.isPresent() ? raised
        : parsed ? contentFinder.find(tree, cue, clause, quotes)
        : patternContentFinder.find(tree, cue, clause, quotes);
    if (content.isEmpty() && parsed && source.isPresent()) {
      content = PassiveContent.find(tree, cue, quotes); // "[The meeting] was first reported by Politico"
    }
    if (content.isEmpty()) {
      return Optional.empty();
    }
    content = Optional.of(beforeSpeechParticiple(tree, cue, content.get(), quotes));
    boolean speechWithoutSource = content.get().kind() == AttributionKind.DIRECT
        && TokenRanges.wordCount(content.get().span()) >= SPEECH_WORDS;
    boolean unnamed = cue.form() == CueForm.VERB && SourceFinder.mayLackSource(tree, cue.head());
    // A short quotation by nobody is mostly scare quotes next to a cue word ("the so-called “detox”
    // teas"). Other contents without a source are left to the filter: most are a participle's or a
    // misparsed clause's whose source the parse hid ("Asserting [Clinton's role]", "[...] were in
    // the lead in advocating [NATO enlargement]"), reported with their cue and content all the same
    if (source.isEmpty() && !speechWithoutSource && raised.isEmpty() && !unnamed && !isQuestionAsked(tree, cue, content.get())
        && content.get().kind() == AttributionKind.DIRECT) {
      return Optional.empty();
    }
    if (source.isPresent() && TokenRanges.overlapsAny(source.get(), content.get().parts())) {
      return Optional.empty(); // a parse that puts the source inside what it says is not to be trusted
    }
    if (cue.form() == CueForm.VERB && content.get().kind() == AttributionKind.DIRECT && cue.last() > cue.head()
        && tree.hasRelation(cue.last(), "case") && content.get().span().end() <= tree.token(cue.first()).begin()) {
      // "“...,” she said of Trump": the quotation before the cue is what was said, so the preposition
      // is no part of the cue (PolNeAR train: "said"/"wrote"/"spoke" with "of"/"about"/"on" after
      // them, 102 cues without it, 48 with it); in "talked about “the crisis”" it stays
      cue = new CueMatch(cue.head(), cue.first(), cue.last() - 1, cue.lemma(), cue.cueClass(), cue.form());
    }
    TextSpan cueSpan = TextSpan.of(tree.text(), tree.token(cue.first()).begin(), tree.token(cue.last()).end());
    if (TokenRanges.overlapsAny(cueSpan, content.get().parts())) {
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
            content.get().parts(),
            content.get().quotes(),
            confidence,
            AttributionFeatures.of(tree, cue, source, content.get())));
  }

  /** A content of one part cut before a participle of speech it swallowed ({@link CutContent#beforeSpeechParticiple}). */
  private ContentCandidate beforeSpeechParticiple(
      DependencyTree tree, CueMatch cue, ContentCandidate content, List<QuoteSpan> quotes) {
    if (content.parts().size() != 1) {
      return content;
    }
    TextSpan cut = CutContent.beforeSpeechParticiple(tree, cue, content.span(), quotes, lexicons);
    return cut.equals(content.span()) ? content : ContentFinder.classify(tree.text(), cut, quotes);
  }

  /**
   * Whether a cue of asking reports a question without naming who asked: "Asked on Fox News [who
   * leads the party], he said Ryan", "when asked [if he would endorse Trump]". PolNeAR annotates
   * them without a source (train: 158 cues "asked" alone).
   */
  private static boolean isQuestionAsked(DependencyTree tree, CueMatch cue, ContentCandidate content) {
    if (!cue.lemma().equals("ask")) {
      return false;
    }
    int[] range = tree.tokenRange(content.span().begin(), content.span().end());
    return range != null && QuestionContent.opensQuestion(tree, range[0]);
  }

  /** A draft of a cue noun with a possessor: "[his] comments on [Muslims]". */
  private Optional<Draft> nounDraft(DependencyTree tree, NounCues.Found found, List<QuoteSpan> quotes) {
    CueMatch cue = found.cue();
    int cueBegin = tree.token(cue.head()).begin();
    if (quotes.stream().anyMatch(quote -> quote.closed() && quote.content().contains(cueBegin))) {
      return Optional.empty();
    }
    Optional<TextSpan> source = NounCues.source(tree, found);
    Optional<TextSpan> span = NounCues.content(tree, found);
    if (source.isEmpty() || span.isEmpty()) {
      return Optional.empty();
    }
    ContentCandidate content = ContentFinder.classify(tree.text(), span.get(), quotes);
    TextSpan cueSpan = TextSpan.of(tree.text(), tree.token(cue.first()).begin(), tree.token(cue.last()).end());
    return Optional.of(
        new Draft(content.kind(), source, Optional.empty(), Optional.of(new Cue(cueSpan, cue.lemma(), cue.cueClass())),
            content.span(), content.parts(), content.quotes(), confidence(cue, true, content.kind()),
            AttributionFeatures.of(tree, cue, source, content)));
  }

  /** Tokens of the source and cue together, inclusive: what is not content. */
  private static int[] cueClause(DependencyTree tree, CueMatch cue, Optional<TextSpan> source) {
    int first = cue.first();
    int last = cue.last();
    if (source.isPresent()) {
      int[] range = tree.tokenRangeCovering(source.get().begin(), source.get().end());
      if (range != null) {
        first = Math.min(first, range[0]);
        last = Math.max(last, range[1]);
      }
    }
    return new int[] {first, last};
  }

  private static double confidence(CueMatch cue, boolean hasSource, AttributionKind kind) {
    double base = switch (cue.form()) {
      case COLON -> 0.6;
      case NOUN -> 0.7; // a verb cue on the same content wins
      case ACCORDING_TO -> 0.8;
      case VERB -> 0.9;
    };
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
   * Quotes of speech with no cue of their own that follow an attribution: they continue its
   * speaker (news style: "“...,” said Caddell. “...”"). A quote right after an attribution that
   * quotes (direct or mixed), in its paragraph or the next, becomes another part of it, as PolNeAR
   * draws it, and so does a long one opening the sentence right after an indirect report; one
   * further away, or after any other indirect report, becomes a cue-less attribution of its own.
   */
  private static List<Draft> withFloatingQuotes(String text, List<Draft> drafts, List<QuoteSpan> quotes) {
    List<Draft> result = new ArrayList<>(drafts);
    result.sort(Comparator.comparing(Draft::content));
    for (QuoteSpan quote : quotes) {
      if (isUsed(quote, result)) {
        continue;
      }
      int previous = -1;
      for (int i = 0; i < result.size(); i++) {
        // "“...,” said one staffer, who said he left on good terms. “...”": the relative clause's
        // attribution is an aside about the source; the quote continues the one before it
        if (result.get(i).content().end() <= quote.span().begin() && !isAside(result.get(i))) {
          previous = i;
        }
      }
      if (previous < 0 || quote.span().begin() - result.get(previous).content().end() > FLOATING_REACH) {
        continue;
      }
      Draft before = result.get(previous);
      if (continues(text, before, quote)) {
        result.set(previous, continued(text, before, quote));
      } else if (isSpeech(text, before, quote) && before.source().isPresent()) {
        result.add(previous + 1, new Draft(AttributionKind.DIRECT, Optional.empty(), Optional.empty(), Optional.empty(),
            quote.content(), List.of(quote.content()), List.of(quote), 0.5, List.of()));
      }
    }
    return result;
  }

  /**
   * Whether a quote that no draft holds, after {@code before} and no other draft, continues it:
   * "“...,” she said. “But it's not.”" and "Obama “felt ...” about it, Axelrod said. “...”". A quote
   * opening the sentence after the cue continues an attribution that quotes at any length, one
   * further on in the paragraph or the next when it is long enough to be speech; an indirect report
   * only as {@link #continuesReport} says.
   */
  private static boolean continues(String text, Draft before, QuoteSpan quote) {
    if (before.kind() == AttributionKind.INDIRECT) {
      return continuesReport(text, before, quote);
    }
    return isSpeech(text, before, quote)
        && quote.span().begin() - before.content().end() <= FLOATING_REACH
        && paragraphsBetween(text, before.content().end(), quote.span().begin()) <= 1
        && !framedAnewByColon(text, lastEnd(before), quote.span().begin());
  }

  /**
   * Whether a quote continues an indirect report: only a long one that opens the very next sentence
   * after a report with a source, "The administration may be reluctant to act ..., Schiff said.
   * “The other factor the administration may be considering is ...”", which PolNeAR draws as one
   * content of two parts. Left alone, such a quote stood as an attribution of no one's, which the
   * scorer matched to that annotation while the report itself counted as a false positive. Shorter
   * quotes, or ones further on, are left to stand alone (train: joining the short ones too cost
   * exact contents).
   */
  private static boolean continuesReport(String text, Draft before, QuoteSpan quote) {
    return before.source().isPresent() && opensNextSentence(text, lastEnd(before), quote.span().begin())
        && isLong(quote);
  }

  /**
   * Whether words of their own between a draft and a quote end in a colon that introduces the quote:
   * "“...,” he said. But back home, he returned to his familiar lines: “...”" frames the quote
   * anew (PolNeAR gives it its own attribution, the cue running to the colon), so it does not go
   * on with the draft before.
   */
  private static boolean framedAnewByColon(String text, int begin, int end) {
    int last = end - 1;
    while (last >= begin && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    return last > begin && text.charAt(last) == ':' && text.substring(begin, last).chars().anyMatch(Character::isLetter);
  }

  /** Whether a quote after a draft reads as more of its speaker's speech: right after it, or long. */
  private static boolean isSpeech(String text, Draft before, QuoteSpan quote) {
    boolean rightAfter = before.kind() != AttributionKind.INDIRECT
        && opensNextSentence(text, lastEnd(before), quote.span().begin());
    return rightAfter || isLong(quote);
  }

  /** Whether a quote is long enough to read as speech wherever it stands: twice a short quotation. */
  private static boolean isLong(QuoteSpan quote) {
    return TokenRanges.wordCount(quote.content()) >= SPEECH_WORDS * 2;
  }

  /**
   * The candidate drafts with the quotes that continue them joined as further parts (marked with
   * feature {@code continued=true}), as {@link #withFloatingQuotes} joins them to the kept ones, so
   * that the filter judges, and learns from, the content the engine would report: "“That tide will
   * lift all boats,” said Carson. “And ...”" is one attribution in PolNeAR, and judged on its first
   * quote alone it covered too little of it to count as right in training, which taught the filter
   * to drop short quotes before "said".
   */
  private static List<Draft> withContinuations(String text, List<Draft> drafts, List<QuoteSpan> quotes) {
    List<Draft> result = new ArrayList<>(drafts);
    for (QuoteSpan quote : quotes) {
      if (isUsed(quote, result)) {
        continue;
      }
      int latestEnd = -1;
      for (Draft draft : result) {
        int end = draft.content().end();
        if (end <= quote.span().begin() && !isAside(draft)) {
          latestEnd = Math.max(latestEnd, end);
        }
      }
      for (int i = 0; i < result.size(); i++) {
        Draft draft = result.get(i);
        if (draft.content().end() == latestEnd && !isAside(draft) && continues(text, draft, quote)) {
          result.set(i, continued(text, draft, quote).withFeatures(List.of(CONTINUED.of(true))));
        }
      }
    }
    return result;
  }

  /**
   * Whether a draft is an aside a later quotation does not continue: its cue sits in a relative
   * clause ("..., who said he left") or is a participle reporting in its own words ("“...,” said
   * Rendell, referring to the mayors' endorsements. “...”": the quotation goes on with "said").
   */
  private static boolean isAside(Draft draft) {
    if (draft.kind() == AttributionKind.DIRECT) {
      // a quotation of its own is the speech a later quote goes on with, whatever the parse made of
      // its cue ("“...,” Harry Bond, who was among those polled, said. “...”")
      return false;
    }
    // "who said" misparsed as a bare dependent is a relative clause all the same
    List<String> features = draft.features();
    boolean relative = IN_RELATIVE.isIn(features, true) || SOURCE.isIn(features, SourceForm.RELATIVE);
    return relative || draft.kind() == AttributionKind.INDIRECT && POS.isIn(features, "VBG");
  }

  /** Where a draft's last span (content, source or cue) ends. */
  private static int lastEnd(Draft draft) {
    int end = draft.content().end();
    end = Math.max(end, draft.source().map(TextSpan::end).orElse(end));
    return Math.max(end, draft.cue().map(cue -> cue.span().end()).orElse(end));
  }

  /** Longest stretch between a cue and the quote that continues its speaker in the next sentence. */
  private static final int CONTINUATION_GAP = 200;

  /**
   * Whether a quote opens the sentence right after the one that ends at {@code begin}, in the same
   * paragraph: "“...,” she said in the first debate. “...”".
   */
  private static boolean opensNextSentence(String text, int begin, int end) {
    if (end < begin || end - begin > CONTINUATION_GAP) {
      return false;
    }
    int stop = -1;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if (c == '.' || c == '!' || c == '?') {
        stop = i;
      }
    }
    if (stop < 0) {
      return false; // no sentence ends between the cue and the quote
    }
    for (int i = stop + 1; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Draft continued(String text, Draft draft, QuoteSpan quote) {
    List<TextSpan> parts = new ArrayList<>(draft.parts());
    parts.add(quote.content());
    List<QuoteSpan> quotes = new ArrayList<>(draft.quotes());
    quotes.add(quote);
    TextSpan content = TextSpan.of(text, draft.content().begin(), quote.content().end());
    // an indirect report with a quotation joined to it is partly quoted
    AttributionKind kind = draft.kind() == AttributionKind.INDIRECT ? AttributionKind.MIXED : draft.kind();
    return new Draft(kind, draft.source(), draft.speaker(), draft.cue(), content, parts, quotes, draft.confidence(),
        draft.features());
  }

  /** How many paragraph breaks (runs of line breaks, blank lines included) lie between two offsets. */
  private static int paragraphsBetween(String text, int begin, int end) {
    int breaks = 0;
    boolean inBreak = false;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        if (!inBreak) {
          breaks++;
        }
        inBreak = true;
      } else if (!Character.isWhitespace(c)) {
        inBreak = false;
      }
    }
    return breaks;
  }

  private static boolean isUsed(QuoteSpan quote, List<Draft> drafts) {
    for (Draft draft : drafts) {
      if (draft.quotes().contains(quote) || draft.parts().stream().anyMatch(part -> part.overlaps(quote.span()))) {
        return true;
      }
    }
    return false;
  }

  /** Resolves each source in document order; a floating quote takes the speaker before it. */
  private static List<Draft> resolveSpeakers(List<Draft> drafts, SpeakerResolver resolver) {
    List<Draft> resolved = new ArrayList<>();
    List<Speaker> earlier = new ArrayList<>();
    Optional<Speaker> previous = Optional.empty();
    for (Draft draft : drafts) {
      Optional<Speaker> speaker;
      if (draft.source().isPresent()) {
        speaker = resolver.resolve(draft.source().get(), earlier);
      } else {
        // A quote with no cue continues the attribution right before it, even an unresolved one;
        // a cue whose source was not found is left without a speaker rather than guessed.
        speaker = draft.cue().isEmpty() ? previous : Optional.empty();
      }
      previous = speaker;
      speaker.ifPresent(earlier::add);
      resolved.add(draft.withSpeaker(speaker));
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
          draft.content(), draft.parts(), quoteIds, draft.confidence()));
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
    return TokenRanges.wordCount(quote.content()) >= SPEECH_WORDS ? QuoteType.DIRECT : QuoteType.SCARE;
  }
}
