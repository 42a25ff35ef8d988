package org.claimspan.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Writes false positives and misses (content overlap 0.3) per system and document, with source,
 * cue and the paragraph around each, for error analysis. Stateless.
 */
public final class ErrorLog {

  private static final int MAX_CONTEXT = 600;

  private ErrorLog() {}

  /** Writes one system's errors over all documents. */
  public static void write(String system, List<DocumentErrors> errors, PrintWriter out) {
    out.printf(Locale.ROOT, "##### system %s%n%n", system);
    for (DocumentErrors doc : errors) {
      if (doc.falsePositives().isEmpty() && doc.misses().isEmpty()) {
        continue;
      }
      out.printf(
          Locale.ROOT, "=== %s: %d false positives, %d misses%n",
          doc.document().id(), doc.falsePositives().size(), doc.misses().size());
      doc.falsePositives().forEach(a -> entry("FALSE POSITIVE", a, doc.document().text(), out));
      doc.misses().forEach(a -> entry("MISS", a, doc.document().text(), out));
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
