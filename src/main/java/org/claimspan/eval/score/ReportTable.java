package org.claimspan.eval.score;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Prints an {@link EvalReport} as a plain-text table, one column per system. Stateless. */
public final class ReportTable {

  private ReportTable() {}

  /** Writes the table; figures are percentages with one decimal. */
  public static void print(EvalReport report, PrintWriter out) {
    List<SystemScores> systems = report.systems();
    out.printf(
        Locale.ROOT, "corpus %s (%s): %d documents, %d gold attributions, %d threads%n%n",
        report.corpus(), report.path(), report.documents(), report.goldAttributions(), report.threads());
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-34s", "figure"));
    systems.forEach(s -> header.append(String.format(Locale.ROOT, "%24s", s.system())));
    out.println(header);
    for (String role : List.of("source", "cue", "content")) {
      prf(out, systems, "exact " + role + " P/R/F1", s -> s.exact().get(role));
    }
    prf(out, systems, "content overlap>=0.3 P/R/F1", SystemScores::contentOverlap30);
    prf(out, systems, "content overlap>=0.8 P/R/F1", SystemScores::contentOverlap80);
    prf(out, systems, "all three exact P/R/F1", SystemScores::allThreeExact);
    accuracy(out, systems, "source accuracy (matched 0.3)", SystemScores::sourceAccuracy);
    accuracy(out, systems, "cue accuracy (matched 0.3)", SystemScores::cueAccuracy);
    accuracy(out, systems, "speaker accuracy (matched 0.3)", SystemScores::speakerAccuracy);
    for (String kind : systems.isEmpty() ? Set.<String>of() : systems.get(0).byKind30().keySet()) {
      prf(out, systems, "  " + kind + " overlap>=0.3", s -> s.byKind30().get(kind));
      prf(out, systems, "  " + kind + " overlap>=0.8", s -> s.byKind80().get(kind));
    }
    Set<String> classes = new LinkedHashSet<>();
    systems.forEach(s -> s.byCueClass().forEach(r -> classes.add(r.cueClass())));
    for (String cueClass : classes) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", "  cue " + cueClass + " P / gold%"));
      for (SystemScores s : systems) {
        CueClassRow row = s.byCueClass().stream().filter(r -> r.cueClass().equals(cueClass)).findFirst()
            .orElse(new CueClassRow(cueClass, 0, 0, 0, 0, 0));
        line.append(String.format(Locale.ROOT, "%24s",
            String.format(Locale.ROOT, "%s / %s (n=%d)", pct(row.precision()), pct(row.goldShare()), row.predicted())));
      }
      out.println(line);
    }
    printClaims(report.claims(), out);
    out.println();
    report.runs().forEach(r -> out.printf(Locale.ROOT, "%s: load %.1f s, extract %.1f s%n", r.system(), r.loadSeconds(), r.extractSeconds()));
    out.flush();
  }

  private static void printClaims(List<ClaimScores> claims, PrintWriter out) {
    if (claims.isEmpty()) {
      return;
    }
    out.printf(Locale.ROOT, "%nclaims (content overlap>=%.1f; check-worthy at >= %.3f)%n",
        ClaimScoreSheet.COVERAGE, claims.get(0).threshold());
    claimPrf(out, claims, "claims P/R/F1", ClaimScores::claims);
    claimPrf(out, claims, "  attributed P/R/F1", ClaimScores::attributed);
    claimPrf(out, claims, "  author's own P/R/F1", ClaimScores::author);
    claimAccuracy(out, claims, "claimant accuracy (matched)", ClaimScores::claimant);
    claimPrf(out, claims, "quantities in matched P/R/F1", ClaimScores::quantities);
    claimPrf(out, claims, "  spans overlapping P/R/F1", ClaimScores::quantitiesOverlapping);
    claimAccuracy(out, claims, "hedged accuracy (matched)", ClaimScores::hedged);
    claimPrf(out, claims, "check-worthy in matched P/R/F1", ClaimScores::checkworthy);
  }

  private static void claimPrf(PrintWriter out, List<ClaimScores> claims, String label, Function<ClaimScores, Prf> figure) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", label));
    claims.forEach(c -> line.append(String.format(Locale.ROOT, "%24s", prfText(figure.apply(c)))));
    out.println(line);
  }

  private static void claimAccuracy(
      PrintWriter out, List<ClaimScores> claims, String label, Function<ClaimScores, Accuracy> figure) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", label));
    claims.forEach(c -> line.append(String.format(Locale.ROOT, "%24s", accuracyText(figure.apply(c)))));
    out.println(line);
  }

  private static String prfText(Prf p) {
    return pct(p.precision()) + "/" + pct(p.recall()) + "/" + pct(p.f1());
  }

  private static String accuracyText(Accuracy a) {
    return a.total() == 0 ? "n/a" : pct(a.value()) + " of " + a.total();
  }

  private static void prf(PrintWriter out, List<SystemScores> systems, String label, Function<SystemScores, Prf> figure) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", label));
    for (SystemScores s : systems) {
      line.append(String.format(Locale.ROOT, "%24s", prfText(figure.apply(s))));
    }
    out.println(line);
  }

  private static void accuracy(PrintWriter out, List<SystemScores> systems, String label, Function<SystemScores, Accuracy> figure) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-34s", label));
    for (SystemScores s : systems) {
      line.append(String.format(Locale.ROOT, "%24s", accuracyText(figure.apply(s))));
    }
    out.println(line);
  }

  private static String pct(double value) {
    return String.format(Locale.ROOT, "%.1f", 100 * value);
  }
}
