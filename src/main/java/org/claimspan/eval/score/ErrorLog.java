package org.claimspan.eval.score;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimspan.eval.corpus.EvalAttribution;
import org.claimspan.eval.corpus.EvalSpan;
import org.claimspan.eval.corpus.GoldClaim;
import org.claimspan.model.Claim;

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

  /**
   * Writes one system's claim errors: gold claims missed, claims that match no gold claim, and
   * matched claims whose claimant or quantities differ from the gold ones.
   */
  public static void writeClaims(String system, List<ClaimErrors> errors, PrintWriter out) {
    out.printf(Locale.ROOT, "##### claims of system %s%n%n", system);
    for (ClaimErrors doc : errors) {
      if (doc.misses().isEmpty() && doc.falsePositives().isEmpty() && doc.wrong().isEmpty()) {
        continue;
      }
      out.printf(Locale.ROOT, "=== %s: %d missed, %d false positives, %d matched with another claimant or quantities%n",
          doc.document(), doc.misses().size(), doc.falsePositives().size(), doc.wrong().size());
      for (GoldClaim gold : doc.misses()) {
        out.printf(Locale.ROOT, "--- MISSED CLAIM %d-%d (%s)%n  %s%n", gold.content().begin(), gold.content().end(),
            gold.claimant().orElse("author"), oneLine(gold.content().text()));
      }
      for (Claim claim : doc.falsePositives()) {
        out.printf(Locale.ROOT, "--- FALSE CLAIM %d-%d (%s)%n  %s%n", claim.content().begin(), claim.content().end(),
            claim.claimant().orElse(claim.attributionId().isPresent() ? "unresolved" : "author"),
            oneLine(claim.content().text()));
      }
      for (ClaimErrors.Pair pair : doc.wrong()) {
        out.printf(Locale.ROOT, "--- %s %d-%d%n  gold:  %s | %s%n  ours:  %s | %s%n  text:  %s%n",
            pair.claimantRight() ? "QUANTITIES" : pair.quantitiesRight() ? "CLAIMANT" : "CLAIMANT, QUANTITIES",
            pair.gold().content().begin(), pair.gold().content().end(),
            pair.gold().claimant().orElse("author"),
            pair.gold().quantities().stream().map(EvalSpan::text).toList(),
            pair.predicted().claimant().orElse(pair.predicted().attributionId().isPresent() ? "unresolved" : "author"),
            pair.predicted().quantities().stream().map(q -> q.span().text()).toList(),
            oneLine(pair.gold().content().text()));
      }
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
