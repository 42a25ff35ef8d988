package org.claimspan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimspan.Profile;
import org.claimspan.eval.bench.BenchInput;
import org.claimspan.eval.bench.BenchReport;
import org.claimspan.eval.bench.BenchResult;
import org.claimspan.eval.bench.BenchSchedule;
import org.claimspan.eval.bench.Benchmarker;
import org.claimspan.eval.bench.StageTimer;
import org.claimspan.eval.systems.CoreNlpQuotePeer;
import org.claimspan.eval.systems.SystemFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimspan bench}: throughput, load time and peak heap of profiles over text files, with
 * the ratio to the {@code corenlp-quote} peer when it runs too.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure documents/s, tokens/s (whitespace tokens), load time and peak heap per profile.",
      "Run with a fixed heap (e.g. java -Xmx4g) and nothing else busy on the machine."
    })
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = ".txt files or folders of them.")
  List<Path> paths;

  @Option(names = "--profile", paramLabel = "P", description = "System to measure, repeatable: accurate, fast, corenlp-quote (default accurate).")
  List<String> profiles = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Worker threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--warmup", paramLabel = "K", defaultValue = "1", description = "Warm-up passes (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "0",
      description = "Keep warming up with more passes until S seconds have passed too (default ${DEFAULT-VALUE}); gives fast and slow profiles the same JIT time in one run.")
  double warmupSeconds;

  @Option(names = "--passes", paramLabel = "M", defaultValue = "3", description = "Measured passes (default ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--min-pass-seconds", paramLabel = "T", defaultValue = "0",
      description = "Repeat the documents within a measured pass until it has lasted T seconds (default ${DEFAULT-VALUE}); steadier figures for fast profiles.")
  double minPassSeconds;

  @Option(names = "--report", paramLabel = "FILE.json", description = "Write the figures as JSON.")
  Path report;

  @Option(names = "--stages", description = "Also time each Claimspan profile's stages (preparation, backend, engine) on one thread.")
  boolean stages;

  @Override
  public Integer call() throws IOException {
    List<String> names = profiles.isEmpty() ? List.of("accurate") : profiles;
    validate(names);
    BenchInput input;
    try {
      input = BenchInput.read(paths);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    BenchReport.Machine machine = BenchReport.Machine.current();
    out.printf(Locale.ROOT, "%d documents, %d whitespace tokens; %d cores, max heap %.0f MiB; %d threads, %d warm-up (at least %.0f s), %d passes (at least %.1f s each)%n",
        input.documents().size(), input.tokens(), machine.cores(), machine.maxHeapMb(), threads, warmup, warmupSeconds,
        passes, minPassSeconds);
    out.flush();
    Benchmarker benchmarker =
        new Benchmarker(input, threads, new BenchSchedule(warmup, warmupSeconds, passes, minPassSeconds));
    List<BenchResult> results = new ArrayList<>();
    for (String name : names) {
      results.add(benchmarker.measure(name));
    }
    results = withRatios(results);
    print(results, out);
    if (stages) {
      printStages(input, names, out);
    }
    if (report != null) {
      BenchReport benchReport = new BenchReport(
          machine, input.documents().size(), input.tokens(), warmup, warmupSeconds, passes, minPassSeconds, results);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(report.toFile(), benchReport);
    }
    return 0;
  }

  private void validate(List<String> names) {
    if (threads < 1 || warmup < 0 || passes < 1 || warmupSeconds < 0 || minPassSeconds < 0) {
      throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
          "need --threads >= 1, --warmup >= 0, --passes >= 1, --warmup-seconds >= 0, --min-pass-seconds >= 0"
              + " (got %d, %d, %d, %s, %s)", threads, warmup, passes, warmupSeconds, minPassSeconds));
    }
    for (String name : names) {
      if (SystemFactory.names().stream().noneMatch(n -> n.equalsIgnoreCase(name.trim()))) {
        throw new ParameterException(spec.commandLine(), "unknown profile '" + name + "'; known: " + SystemFactory.names());
      }
    }
  }

  private static List<BenchResult> withRatios(List<BenchResult> results) {
    Optional<Double> peer = results.stream()
        .filter(r -> r.profile().equals(CoreNlpQuotePeer.NAME)).map(BenchResult::docsPerSecond).findFirst();
    return results.stream().map(r -> r.withRatio(peer.map(p -> r.docsPerSecond() / p).orElse(null))).toList();
  }

  /** Per-stage milliseconds per document for the Claimspan profiles among {@code names}. */
  private void printStages(BenchInput input, List<String> names, PrintWriter out) {
    StageTimer timer = new StageTimer(input, warmup, passes);
    out.printf(Locale.ROOT, "%nstages, one thread, ms/document (median over passes):%n%-15s %10s %10s %10s %10s %9s%n",
        "profile", "prepare", "backend", "engine", "total", "backend%");
    for (String name : names) {
      if (name.trim().equalsIgnoreCase(CoreNlpQuotePeer.NAME)) {
        continue;
      }
      StageTimer.StageTimes t = timer.measure(Profile.fromId(name));
      out.printf(Locale.ROOT, "%-15s %10.2f %10.2f %10.2f %10.2f %8.0f%%%n", t.profile(), t.prepareMs(), t.backendMs(),
          t.engineMs(), t.totalMs(), t.totalMs() > 0 ? 100 * t.backendMs() / t.totalMs() : 0);
      out.flush();
    }
  }

  private static void print(List<BenchResult> results, PrintWriter out) {
    out.printf(Locale.ROOT, "%-15s %7s %22s %26s %8s %10s %10s %10s %8s%n",
        "profile", "threads", "docs/s med [min-max]", "tokens/s med [min-max]", "load s", "peak MiB", "sampled", "after load", "x peer");
    for (BenchResult r : results) {
      out.printf(Locale.ROOT, "%-15s %7d %22s %26s %8.1f %10.0f %10.0f %10.0f %8s%n",
          r.profile(), r.threads(),
          String.format(Locale.ROOT, "%.2f [%.2f-%.2f]", r.docsPerSecond(), r.docsPerSecondMin(), r.docsPerSecondMax()),
          String.format(Locale.ROOT, "%.0f [%.0f-%.0f]", r.tokensPerSecond(), r.tokensPerSecondMin(), r.tokensPerSecondMax()),
          r.loadSeconds(), r.peakHeapMb(), r.sampledPeakHeapMb(), r.heapAfterLoadMb(),
          r.ratioToCorenlpQuote() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.ratioToCorenlpQuote()));
    }
    out.flush();
  }
}
