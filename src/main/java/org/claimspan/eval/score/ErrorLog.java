package org.claimspan.eval.score;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimspan.eval.corpus.EvalAttribution;
import org.claimspan.eval.corpus.EvalSpan;

/**
 * Writes false positives and misses (content overlap 0.3) per system and document, with source,
 * cue and the paragraph around each, and the matched pairs whose spans differ ({@code BOUNDS}, gold
 * and ours for each role that differs), for error analysis. Stateless.
 */
public final class ErrorLog {

  private static final int MAX_CONTEXT = 600;

  private ErrorLog() {}

  /** Writes one system's errors over all documents. */
  public static void write(String system, List<DocumentErrors> errors, PrintWriter out) {
    out.printf(Locale.ROOT, "##### system %s%n%n", system);
    for (DocumentErrors doc : errors) {
      if (doc.falsePositives().isEmpty() && doc.misses().isEmpty() && doc.boundaries().isEmpty()) {
        continue;
      }
      out.printf(
          Locale.ROOT, "=== %s: %d false positives, %d misses, %d matched with other spans%n",
          doc.document().id(), doc.falsePositives().size(), doc.misses().size(), doc.boundaries().size());
      doc.falsePositives().forEach(a -> entry("FALSE POSITIVE", a, doc.document().text(), out));
      doc.misses().forEach(a -> entry("MISS", a, doc.document().text(), out));
      doc.boundaries().forEach(pair -> boundaries(pair, doc.document().text(), out));
      out.println();
    }
    out.flush();
  }

  private static void entry(String label, EvalAttribution a, String text, PrintWriter out) {
    out.printf(Locale.ROOT, "--- %s [%s] %d-%d%n", label, a.kind().name().toLowerCase(Locale.ROOT), a.content().begin(), a.content().end());
    out.println("  content: " + oneLine(a.content().text()));
    out.println("  source:  " + a.source().map(s -> oneLine(s.text())).orElse("-"));
    out.println("  cue:     " + a.cue().map(s -> oneLine(s.text())).orElse("-")
        + a.cueClass().map(c -> " (" + c.name().toLowerCase(Locale.ROOT) + ")").orElse(""));
    a.speaker().ifPresent(s -> out.println("  speaker: " + s));
    out.println("  context: " + oneLine(context(text, a.content())));
  }

  /** A matched pair whose spans differ: each role that differs, gold then predicted. */
  private static void boundaries(DocumentErrors.Pair pair, String text, PrintWriter out) {
    EvalAttribution gold = pair.gold();
    EvalAttribution predicted = pair.predicted();
    out.printf(Locale.ROOT, "--- BOUNDS [%s/%s] %d-%d%n", gold.kind().name().toLowerCase(Locale.ROOT),
        predicted.kind().name().toLowerCase(Locale.ROOT), gold.content().begin(), gold.content().end());
    role("content", Optional.of(gold.content()), Optional.of(predicted.content()), out);
    role("source", gold.source(), predicted.source(), out);
    role("cue", gold.cue(), predicted.cue(), out);
    out.println("  context: " + oneLine(context(text, gold.content())));
  }

  private static void role(String name, Optional<EvalSpan> gold, Optional<EvalSpan> predicted, PrintWriter out) {
    Optional<List<List<Integer>>> goldKey = gold.map(SpanNormalizer::key);
    if (goldKey.equals(predicted.map(SpanNormalizer::key))) {
      return;
    }
    out.printf(Locale.ROOT, "  %-8s gold: %s%n", name + ":", gold.map(s -> oneLine(s.text())).orElse("-"));
    out.printf(Locale.ROOT, "  %-8s ours: %s%n", "", predicted.map(s -> oneLine(s.text())).orElse("-"));
  }

  /** The paragraph (line) around the span, or a window if that is long. */
  static String context(String text, EvalSpan span) {
    int begin = Math.max(0, text.lastIndexOf('\n', Math.max(0, span.begin() - 1)) + 1);
    int end = text.indexOf('\n', span.end());
    end = end < 0 ? text.length() : end;
    if (end - begin > MAX_CONTEXT + span.length()) {
      begin = Math.max(begin, span.begin() - MAX_CONTEXT / 2);
      end = Math.min(end, span.end() + MAX_CONTEXT / 2);
    }
    return text.substring(begin, Math.max(begin, end));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
