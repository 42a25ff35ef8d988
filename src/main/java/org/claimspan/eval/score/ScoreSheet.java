package org.claimspan.eval.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.claimspan.eval.corpus.EvalAttribution;
import org.claimspan.eval.corpus.EvalSpan;
import org.claimspan.eval.corpus.GoldDocument;
import org.claimspan.model.AttributionKind;

/**
 * Accumulates the scores of one system over documents (the attribution literature's metrics:
 * exact spans per role, content overlap, source, cue and speaker accuracy on matched pairs) and
 * turns them into {@link SystemScores}; figures are micro-averaged over documents. Not
 * thread-safe: feed it from one thread.
 */
public final class ScoreSheet {

  static final double LOOSE = 0.3;
  static final double STRICT = 0.8;
  private static final List<String> ROLES = List.of("source", "cue", "content");

  private final String system;
  private int documents;
  private final Map<String, Counts> exact = new LinkedHashMap<>();
  private final Counts overlap30 = new Counts();
  private final Counts overlap80 = new Counts();
  private final Counts allThree = new Counts();
  private final Map<String, Counts> byKind30 = new LinkedHashMap<>();
  private final Map<String, Counts> byKind80 = new LinkedHashMap<>();
  private final Map<String, int[]> byCueClass = new TreeMap<>();
  private final int[] source = new int[2];
  private final int[] cue = new int[2];
  private final int[] speaker = new int[2];

  /** An empty sheet for the named system. */
  public ScoreSheet(String system) {
    this.system = system;
    ROLES.forEach(role -> exact.put(role, new Counts()));
    Arrays.stream(AttributionKind.values()).forEach(k -> byKind30.put(kindName(k), new Counts()));
    Arrays.stream(AttributionKind.values()).forEach(k -> byKind80.put(kindName(k), new Counts()));
  }

  /**
   * Scores one document's predictions against its gold.
   *
   * @return the unmatched predictions and gold at overlap 0.3 and the matched pairs whose spans
   *     differ, for error analysis
   */
  public DocumentErrors add(GoldDocument document, List<EvalAttribution> predicted) {
    List<EvalAttribution> gold = document.gold();
    documents++;
    addExact("source", gold, predicted, a -> a.source().map(SpanNormalizer::key));
    addExact("cue", gold, predicted, a -> a.cue().map(SpanNormalizer::key));
    addExact("content", gold, predicted, a -> Optional.of(SpanNormalizer.key(a.content())));
    addSets(allThree, keys(gold, ScoreSheet::tripleKey), keys(predicted, ScoreSheet::tripleKey));
    ContentMatching loose = ContentMatching.match(gold, predicted, LOOSE);
    addOverlap(overlap30, byKind30, gold, predicted, loose);
    addOverlap(overlap80, byKind80, gold, predicted, ContentMatching.match(gold, predicted, STRICT));
    addPairs(gold, predicted, loose);
    return errors(document, predicted, loose);
  }

  private void addExact(
      String role,
      List<EvalAttribution> gold,
      List<EvalAttribution> predicted,
      Function<EvalAttribution, Optional<List<List<Integer>>>> key) {
    Function<EvalAttribution, Optional<Object>> k = a -> key.apply(a).map(o -> o);
    addSets(exact.get(role), keys(gold, k), keys(predicted, k));
  }

  private static Set<Object> keys(
      List<EvalAttribution> attributions, Function<EvalAttribution, Optional<Object>> key) {
    Set<Object> keys = new HashSet<>();
    attributions.forEach(a -> key.apply(a).ifPresent(keys::add));
    return keys;
  }

  private static Optional<Object> tripleKey(EvalAttribution a) {
    return Optional.of(
        Arrays.asList(
            SpanNormalizer.key(a.content()),
            a.source().map(SpanNormalizer::key).orElse(null),
            a.cue().map(SpanNormalizer::key).orElse(null)));
  }

  private static void addSets(Counts counts, Set<Object> gold, Set<Object> predicted) {
    int tp = (int) predicted.stream().filter(gold::contains).count();
    counts.gold += gold.size();
    counts.predicted += predicted.size();
    counts.correctPredicted += tp;
    counts.foundGold += tp;
  }

  private static void addOverlap(
      Counts total,
      Map<String, Counts> byKind,
      List<EvalAttribution> gold,
      List<EvalAttribution> predicted,
      ContentMatching matching) {
    for (int g = 0; g < gold.size(); g++) {
      boolean found = matching.predFor(g).isPresent();
      for (Counts c : List.of(total, byKind.get(kindName(gold.get(g).kind())))) {
        c.gold++;
        c.foundGold += found ? 1 : 0;
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      boolean correct = matching.isPredMatched(p);
      for (Counts c : List.of(total, byKind.get(kindName(predicted.get(p).kind())))) {
        c.predicted++;
        c.correctPredicted += correct ? 1 : 0;
      }
    }
  }

  private void addPairs(List<EvalAttribution> gold, List<EvalAttribution> predicted, ContentMatching matching) {
    for (int p = 0; p < predicted.size(); p++) {
      int[] row = cueRow(cueClassName(predicted.get(p)));
      row[0]++;
      row[1] += matching.isPredMatched(p) ? 1 : 0;
    }
    for (int g = 0; g < gold.size(); g++) {
      OptionalInt p = matching.predFor(g);
      if (p.isEmpty()) {
        cueRow("unmatched")[2]++;
        continue;
      }
      EvalAttribution goldA = gold.get(g);
      EvalAttribution pred = predicted.get(p.getAsInt());
      cueRow(cueClassName(pred))[2]++;
      judge(source, overlapsOrBothAbsent(goldA.source(), pred.source()));
      judge(cue, overlapsOrBothAbsent(goldA.cue(), pred.cue()));
      goldA.speaker().ifPresent(name ->
          judge(speaker, pred.speaker().filter(s -> SpeakerNames.matches(s, name, goldA.speakerAliases())).isPresent()));
    }
  }

  private static boolean overlapsOrBothAbsent(Optional<EvalSpan> gold, Optional<EvalSpan> pred) {
    if (gold.isEmpty() || pred.isEmpty()) {
      return gold.isEmpty() && pred.isEmpty();
    }
    return gold.get().overlap(pred.get()) > 0;
  }

  private static void judge(int[] tally, boolean correct) {
    tally[0] += correct ? 1 : 0;
    tally[1]++;
  }

  private int[] cueRow(String name) {
    return byCueClass.computeIfAbsent(name, n -> new int[3]);
  }

  private static String cueClassName(EvalAttribution a) {
    return a.cueClass().map(c -> c.name().toLowerCase(Locale.ROOT)).orElse("none");
  }

  private static String kindName(AttributionKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static DocumentErrors errors(
      GoldDocument document, List<EvalAttribution> predicted, ContentMatching matching) {
    List<EvalAttribution> falsePositives = new ArrayList<>();
    List<EvalAttribution> misses = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      if (!matching.isPredMatched(p)) {
        falsePositives.add(predicted.get(p));
      }
    }
    List<DocumentErrors.Pair> boundaries = new ArrayList<>();
    for (int g = 0; g < document.gold().size(); g++) {
      OptionalInt p = matching.predFor(g);
      if (p.isEmpty()) {
        misses.add(document.gold().get(g));
      } else if (!tripleKey(document.gold().get(g)).equals(tripleKey(predicted.get(p.getAsInt())))) {
        boundaries.add(new DocumentErrors.Pair(document.gold().get(g), predicted.get(p.getAsInt())));
      }
    }
    return new DocumentErrors(document, falsePositives, misses, boundaries);
  }

  /** The figures so far. */
  public SystemScores scores() {
    Map<String, Prf> exactPrf = new LinkedHashMap<>();
    exact.forEach((role, c) -> exactPrf.put(role, c.toPrf()));
    Map<String, Prf> kind30 = new LinkedHashMap<>();
    byKind30.forEach((k, c) -> kind30.put(k, c.toPrf()));
    Map<String, Prf> kind80 = new LinkedHashMap<>();
    byKind80.forEach((k, c) -> kind80.put(k, c.toPrf()));
    List<CueClassRow> rows = new ArrayList<>();
    byCueClass.forEach((name, r) ->
        rows.add(new CueClassRow(name, r[0], r[1], Prf.ratio(r[1], r[0]), r[2], Prf.ratio(r[2], overlap30.gold))));
    return new SystemScores(
        system,
        documents,
        exactPrf,
        overlap30.toPrf(),
        overlap80.toPrf(),
        Accuracy.of(source[0], source[1]),
        Accuracy.of(cue[0], cue[1]),
        Accuracy.of(speaker[0], speaker[1]),
        allThree.toPrf(),
        kind30,
        kind80,
        rows);
  }
}
