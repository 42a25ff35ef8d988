package org.claimspan.internal.attribution;

import java.util.List;
import java.util.Optional;
import org.claimspan.backend.corenlp.CoreNlpBackend;
import org.claimspan.backend.opennlp.OpenNlpBackend;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.quote.QuoteFinder;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.text.TextPreparer;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.LinguisticBackend;

/**
 * The attribution rules' candidates for a handwritten text, analysed as one region and judged by
 * no filter: what the filter's features and the rules' spans are tested on. The backends load once
 * per test JVM, on first use (seconds); thread-safe.
 */
public final class RuleCandidates {
  private static CoreNlpBackend parser;
  private static OpenNlpBackend tagger;
  private static Lexicons lexicons;
  private static AttributionFinder finder;

  private RuleCandidates() {}

  /** Every candidate the rules propose in {@code text} parsed by CoreNLP, in cue order, without its quotes. */
  public static synchronized List<Candidate> of(String text) {
    return candidates(parser(), text, false);
  }

  /** Every candidate in {@code text} parsed by CoreNLP, with the quotations the engine finds in it. */
  static synchronized List<Candidate> withQuotes(String text) {
    return candidates(parser(), text, true);
  }

  /**
   * Every candidate in {@code text} tagged by OpenNLP without a parse (the fast profile's
   * part-of-speech patterns), with its quotations.
   */
  static synchronized List<Candidate> withoutParse(String text) {
    if (tagger == null) {
      tagger = new OpenNlpBackend();
    }
    return candidates(tagger, text, true);
  }

  private static CoreNlpBackend parser() {
    if (parser == null) { // loaded on first use, so a failure shows in the test that needed it
      parser = new CoreNlpBackend();
    }
    return parser;
  }

  /** A text parsed by CoreNLP, with its quotations and the rules' candidates in it. */
  public record Parsed(DependencyTree tree, List<QuoteSpan> quotes, List<Candidate> candidates) {}

  /** {@code text} parsed by CoreNLP, with its quotations and every candidate the rules propose in it. */
  public static synchronized Parsed parsed(String text) {
    return analyse(parser(), text, true);
  }

  private static List<Candidate> candidates(LinguisticBackend backend, String text, boolean quoted) {
    return analyse(backend, text, quoted).candidates();
  }

  private static Parsed analyse(LinguisticBackend backend, String text, boolean quoted) {
    if (finder == null) {
      lexicons = Lexicons.loadDefault();
      finder = new AttributionFinder(lexicons, Optional.empty());
    }
    DependencyTree tree = new DependencyTree(backend.analyze(text, List.of(TextSpan.of(text, 0, text.length())), 200));
    List<QuoteSpan> quotes = quoted
        ? new QuoteFinder().find(new TextPreparer(lexicons.boilerplate()).prepare(text)).quotes()
        : List.of();
    return new Parsed(tree, quotes, finder.candidates(tree, quotes));
  }
}
