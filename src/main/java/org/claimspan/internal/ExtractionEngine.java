package org.claimspan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.internal.attribution.AttributionFinder;
import org.claimspan.internal.attribution.CapitalisedNames;
import org.claimspan.internal.claim.ClaimFinder;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.quote.QuoteFinder;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.text.PreparedText;
import org.claimspan.internal.text.TextPreparer;
import org.claimspan.model.Claim;
import org.claimspan.model.Diagnostic;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.AnalyzedText;
import org.claimspan.spi.Capability;
import org.claimspan.spi.LinguisticBackend;
import org.claimspan.spi.Sentence;

/**
 * Runs the extraction stages over one document: text preparation, quotes, linguistic analysis,
 * cues and attributions, claims. Stateless and thread-safe; the stages share nothing mutable.
 */
public final class ExtractionEngine {
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
    String text = document.text();
    PreparedText prepared = preparer.prepare(text);
    List<Diagnostic> diagnostics = new ArrayList<>(prepared.diagnostics());
    QuoteFinder.Found quotes = quoteFinder.find(prepared);
    diagnostics.addAll(quotes.diagnostics());
    AnalyzedText analysis = backend.analyze(text, prepared.paragraphs(), limits.maxSentenceTokens());
    if (!analysis.has(Capability.NAMED_ENTITIES)) {
      analysis = names.withNames(analysis); // speakers need names even from a backend without NER
    }
    if (analysis.has(Capability.DEPENDENCIES)) {
      reportUnparsedSentences(analysis, limits, diagnostics); // a backend without a parser parses nothing
    }
    DependencyTree tree = new DependencyTree(analysis);
    AttributionFinder.Found found = attributionFinder.find(tree, quotes.quotes());
    List<Claim> claims = claimFinder.find(tree, found.attributions(), found.quotes());
    return new ExtractionResult(
        document, found.quotes(), found.attributions(), claims, found.entities(), diagnostics, info);
  }

  private static void reportUnparsedSentences(
      AnalyzedText analysis, ExtractionLimits limits, List<Diagnostic> diagnostics) {
    for (Sentence sentence : analysis.sentences()) {
      if (!sentence.parsed()) {
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
