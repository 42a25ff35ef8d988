package org.claimspan.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.claimspan.ClaimExtractor;
import org.claimspan.eval.corpus.EvalAttribution;
import org.claimspan.eval.corpus.EvalSpan;
import org.claimspan.eval.corpus.GoldDocument;
import org.claimspan.internal.attribution.AttributionFinder;
import org.claimspan.internal.attribution.Candidate;
import org.claimspan.internal.attribution.TrainingCandidates;
import org.claimspan.internal.engine.OrderedParallelIterator;
import org.claimspan.internal.lexicon.Lexicons;
import org.claimspan.internal.quote.QuoteFinder;
import org.claimspan.internal.quote.QuoteSpan;
import org.claimspan.internal.speaker.CapitalisedNames;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.internal.text.PreparedText;
import org.claimspan.internal.text.TextPreparer;
import org.claimspan.spi.AnalyzedText;
import org.claimspan.spi.LinguisticBackend;
import org.claimspan.training.AttributionFilterTrainer.Example;
import org.claimspan.training.AttributionFilterTrainer.Examples;

/**
 * Turns annotated documents into labelled candidates for {@link
 * org.claimspan.training.AttributionFilterTrainer}: runs the extraction stages up to
 * the attribution rules (without any trained filter) and labels each candidate with the first
 * gold attribution whose content it covers at least 0.3 of (the evaluation's content match) and
 * whose cue its cue overlaps (which the evaluation's overlap figures do not ask), if any: with the
 * content alone as the label, the filter learned to keep candidates whose cue and source belong to
 * another attribution of the same words. Documents run on worker
 * threads; results come back in document order, so the data does not depend on scheduling.
 */
public final class AttributionTrainingData {
  /** Share of a gold content a candidate must cover to count as that attribution (as in eval). */
  static final double COVERAGE = 0.3;

  private final LinguisticBackend backend;
  private final TextPreparer preparer;
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final AttributionFinder finder;

  private final CapitalisedNames names;

  public AttributionTrainingData(LinguisticBackend backend, Lexicons lexicons) {
    this.backend = backend;
    this.preparer = new TextPreparer(lexicons.boilerplate());
    this.finder = new AttributionFinder(lexicons, Optional.empty());
    this.names = new CapitalisedNames(lexicons.titles());
  }

  /**
   * Labelled candidates with, for each, where it comes from (for error analysis only; never part of
   * the model).
   *
   * @param examples the labelled candidates, in document order
   * @param where for each example, its document id and content text, tab-separated
   */
  public record Labelled(Examples examples, List<String> where) {}

  /** The labelled candidates of {@code documents}, in document order. */
  public Labelled examples(List<GoldDocument> documents, int threads) {
    List<Labelled> perDocument = inDocumentOrder(documents, threads, this::examples);
    List<Example> all = new ArrayList<>();
    List<String> where = new ArrayList<>();
    int gold = 0;
    for (int i = 0; i < perDocument.size(); i++) {
      all.addAll(perDocument.get(i).examples().examples());
      where.addAll(perDocument.get(i).where());
      gold += documents.get(i).gold().size();
    }
    return new Labelled(new Examples(all, gold), where);
  }

  /**
   * {@code work} on each document, on {@code threads} workers, the results in document order, so
   * that training data does not depend on scheduling; shared by the training data of the filter and
   * of the boundary models.
   *
   * @throws IllegalStateException wrapping the first failure, naming the document
   */
  static <T> List<T> inDocumentOrder(List<GoldDocument> documents, int threads, Function<GoldDocument, T> work) {
    return OrderedParallelIterator.mapInOrder(documents, document -> {
      try {
        return work.apply(document);
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot analyse " + document.id(), e);
      }
    }, threads);
  }

  private Labelled examples(GoldDocument document) {
    Analysed analysed = analyse(document);
    List<Example> examples = new ArrayList<>();
    List<String> where = new ArrayList<>();
    for (int i = 0; i < analysed.candidates().size(); i++) {
      Candidate candidate = analysed.candidates().get(i);
      Optional<String> matched = analysed.gold().get(i).map(g -> document.id() + "#" + g);
      examples.add(new Example(candidate.features(), matched));
      where.add(document.id() + "\t" + new EvalSpan(candidate.parts()).text().replaceAll("\\s+", " "));
    }
    return new Labelled(new Examples(examples, document.gold().size()), where);
  }

  /**
   * A document as the rules see it: its parse, its quotations, the rules' candidates and, for each,
   * the index of the gold attribution it matches.
   */
  record Analysed(DependencyTree tree, List<QuoteSpan> quotes, List<Candidate> candidates,
      List<Optional<Integer>> gold) {}

  /**
   * Runs the extraction stages up to the attribution rules (without any trained filter) and matches
   * each candidate to the first gold attribution whose content it covers at least {@link #COVERAGE}
   * of and whose cue its cue overlaps.
   */
  Analysed analyse(GoldDocument document) {
    String text = document.text();
    PreparedText prepared = preparer.prepare(text);
    QuoteFinder.Found quotes = quoteFinder.find(prepared);
    AnalyzedText analysis = backend.analyze(text, prepared.paragraphs(), ClaimExtractor.DEFAULT_MAX_SENTENCE_TOKENS);
    DependencyTree tree = new DependencyTree(names.withNamesIfMissing(analysis)); // as the engine does
    List<Candidate> candidates = TrainingCandidates.of(finder, tree, quotes.quotes());
    List<Optional<Integer>> gold = new ArrayList<>();
    for (Candidate candidate : candidates) {
      EvalSpan content = new EvalSpan(candidate.parts());
      Optional<Integer> matched = Optional.empty();
      for (int g = 0; g < document.gold().size() && matched.isEmpty(); g++) {
        EvalAttribution attribution = document.gold().get(g);
        int length = attribution.content().length();
        boolean matches = length > 0 && content.overlap(attribution.content()) >= COVERAGE * length
            && attribution.cue().map(cue -> cue.overlap(EvalSpan.of(candidate.cue())) > 0).orElse(true);
        if (matches) {
          matched = Optional.of(g);
        }
      }
      gold.add(matched);
    }
    return new Analysed(tree, quotes.quotes(), candidates, gold);
  }
}
