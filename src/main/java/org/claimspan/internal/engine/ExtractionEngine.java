package org.claimspan.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.internal.attribution.AttributionFinder;
import org.claimspan.internal.claim.ClaimFinder;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.quote.QuoteFinder;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.speaker.CapitalisedNames;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.text.AnalysisRegions;
import org.claimspan.internal.text.PreparedText;
import org.claimspan.internal.text.TextPreparer;
import org.claimspan.model.Claim;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.Quote;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.AnalyzedText;
import org.claimspan.spi.Capability;
import org.claimspan.spi.Deadline;
import org.claimspan.spi.LinguisticBackend;
import org.claimspan.spi.Sentence;

/**
 * Runs the extraction stages over one document: text preparation, quotes, linguistic analysis,
 * cues and attributions, claims. Stateless and thread-safe; the stages share nothing mutable.
 *
 * <p>Each document gets a {@link Deadline} from the limits' time budget. Text preparation and
 * quote finding are linear and always run (so quotes are never lost); the backend stops between
 * units of its work once {@value #ANALYSIS_SHARE} of the budget is spent (CoreNLP: regions and
 * sentences; OpenNLP: regions); attribution and claim finding are skipped if it has passed before
 * they start, but are not interrupted once started. Whatever was cut is named in a {@code time-budget-exceeded}
 * diagnostic and the partial result is returned.
 */
public final class ExtractionEngine {
  /** Share of the time budget the linguistic analysis may use; the rest is for later stages. */
  static final double ANALYSIS_SHARE = 0.8;

  private final TextPreparer preparer;
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final AttributionFinder attributionFinder;
  private final ClaimFinder claimFinder;
  private final CapitalisedNames names;

  public ExtractionEngine(Lexicons lexicons) {
    this.preparer = new TextPreparer(lexicons.boilerplate());
    this.attributionFinder = new AttributionFinder(lexicons);
    this.claimFinder = new ClaimFinder(lexicons);
    this.names = new CapitalisedNames(lexicons.titles());
  }

  /**
   * Extracts from one document.
   *
   * @param info facts about the run (profile, backend, version) to put into the result
   */
  public ExtractionResult extract(
      Document document, LinguisticBackend backend, ExtractionLimits limits, Map<String, String> info) {
    StageClock clock = new StageClock(Deadline.after(limits.timeBudget()));
    String text = document.text();
    PreparedText prepared = preparer.prepare(text);
    List<Diagnostic> diagnostics = new ArrayList<>(prepared.diagnostics());
    QuoteFinder.Found quotes = quoteFinder.find(prepared);
    diagnostics.addAll(quotes.diagnostics());
    AnalyzedText analysis = analyze(text, prepared, backend, limits, clock);
    analysis = names.withNamesIfMissing(analysis);
    if (analysis.has(Capability.DEPENDENCIES)) {
      reportUnparsedSentences(analysis, limits, diagnostics); // a backend without a parser parses nothing
    }
    DependencyTree tree = new DependencyTree(analysis);
    AttributionFinder.Found found = clock.skip("attributions")
        ? unattributed(text, quotes.quotes())
        : attribute(tree, quotes.quotes(), clock.analysedEnd());
    List<Claim> claims = clock.skip("claims")
        ? List.of()
        : claimFinder.find(tree, found.attributions(), found.quotes());
    clock.diagnostic().ifPresent(diagnostics::add);
    return new ExtractionResult(
        document, found.quotes(), found.attributions(), claims, found.entities(), diagnostics, info);
  }

  /**
   * Attributions over the analysed text. When the analysis was cut, only the quotes inside the
   * analysed part are linked (those beyond it have no cues to link to, and handing them all to
   * the attribution stage would make its quote-by-attribution work grow with the whole document);
   * the rest are appended unattributed, numbered after them, so no quote is lost.
   */
  private AttributionFinder.Found attribute(DependencyTree tree, List<QuoteSpan> quotes, int analysedEnd) {
    List<QuoteSpan> head = new ArrayList<>();
    List<QuoteSpan> tail = new ArrayList<>();
    for (QuoteSpan quote : quotes) {
      (quote.span().begin() < analysedEnd ? head : tail).add(quote);
    }
    AttributionFinder.Found found = attributionFinder.find(tree, head);
    if (tail.isEmpty()) {
      return found;
    }
    List<Quote> all = new ArrayList<>(found.quotes());
    for (Quote quote : unattributed(tree.text(), tail).quotes()) {
      all.add(new Quote("q" + (all.size() + 1), quote.span(), quote.content(), quote.type(), Optional.empty()));
    }
    return new AttributionFinder.Found(found.attributions(), all, found.entities());
  }

  /** The quotes numbered and typed with no attributions: an empty analysis has no cues. */
  private AttributionFinder.Found unattributed(String text, List<QuoteSpan> quotes) {
    return attributionFinder.find(new DependencyTree(AnalyzedText.empty(text)), quotes);
  }

  private static AnalyzedText analyze(
      String text, PreparedText prepared, LinguisticBackend backend, ExtractionLimits limits, StageClock clock) {
    List<TextSpan> regions =
        AnalysisRegions.split(text, prepared.paragraphs(), AnalysisRegions.MAX_REGION_LENGTH);
    if (clock.skip("analysis")) {
      return AnalyzedText.empty(text);
    }
    // The analysis gets most of the budget, not all: the stages after it need the rest to turn
    // what was analysed into attributions, else a cut analysis would be wasted work.
    Deadline analysisDeadline = clock.deadline().fraction(ANALYSIS_SHARE);
    AnalyzedText analysis = backend.analyze(text, regions, limits.maxSentenceTokens(), analysisDeadline);
    if (analysisDeadline.expired()) {
      TextSpan stop = firstUnanalysed(analysis, regions, limits);
      if (stop != null) {
        clock.cutShort("analysis", stop);
      }
    }
    return analysis;
  }

  /**
   * Where a backend stopped for lack of time: the first sentence short enough to parse that was
   * left unparsed (by a backend that parses), or the first region with no sentence; null when the
   * backend got through everything.
   */
  private static TextSpan firstUnanalysed(
      AnalyzedText analysis, List<TextSpan> regions, ExtractionLimits limits) {
    String text = analysis.text();
    int end = 0;
    for (Sentence sentence : analysis.sentences()) {
      if (analysis.has(Capability.DEPENDENCIES) && !sentence.parsed()
          && sentence.tokenCount() <= limits.maxSentenceTokens()) {
        return TextSpan.of(text, sentence.begin(), sentence.end());
      }
      end = sentence.end();
    }
    for (TextSpan region : regions) {
      if (region.begin() >= end) {
        return region;
      }
    }
    return null;
  }

  /** Reports sentences left unparsed for their length (not those the deadline cut). */
  private static void reportUnparsedSentences(
      AnalyzedText analysis, ExtractionLimits limits, List<Diagnostic> diagnostics) {
    for (Sentence sentence : analysis.sentences()) {
      if (!sentence.parsed() && sentence.tokenCount() > limits.maxSentenceTokens()) {
        diagnostics.add(
            Diagnostic.at(
                "sentence-not-parsed",
                "sentence of " + sentence.tokenCount() + " tokens is over the parse limit of "
                    + limits.maxSentenceTokens() + "; its attributions may be missed",
                TextSpan.of(analysis.text(), sentence.begin(), sentence.end())));
      }
    }
  }
}
