package org.claimspan.cli;

import java.util.Locale;
import org.claimspan.ExtractionResult;
import org.claimspan.model.Attribution;
import org.claimspan.model.Claim;

/** A human-readable summary of a result: one line per attribution and per claim. */
final class TextSummary {
  private TextSummary() {}

  static String of(ExtractionResult result) {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(result.document().id()).append(" ==\n");
    for (Attribution a : result.attributions()) {
      String who = a.speaker().map(s -> s.name()).orElse(a.source().map(s -> s.text()).orElse("(unknown)"));
      String cue = a.cue().map(c -> c.span().text()).orElse("continues");
      out.append(who).append(" (").append(cue).append(") [").append(a.kind().name().toLowerCase(Locale.ROOT)).append("]: \"")
          .append(parts(a)).append("\"\n");
    }
    if (!result.claims().isEmpty()) {
      out.append("-- claims --\n");
      for (Claim c : result.claims()) {
        out.append(String.format(Locale.ROOT, "%.2f %s%s%n", c.checkworthiness(), c.hedged() ? "(hedged) " : "", oneLine(c.statement())));
      }
    }
    result.diagnostics().forEach(d -> out.append("! ").append(d.code()).append(": ").append(d.message()).append('\n'));
    return out.toString();
  }

  /** The content's parts, without the cue between the halves of a split quote. */
  private static String parts(Attribution a) {
    return a.contentParts().stream().map(part -> oneLine(part.text())).collect(java.util.stream.Collectors.joining(" ... "));
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
