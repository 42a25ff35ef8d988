package org.claimspan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.base.Stopwatch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.claimspan.Profile;
import org.claimspan.eval.corpus.ClaimSetReader;
import org.claimspan.eval.corpus.ClaimspanGoldReader;
import org.claimspan.eval.corpus.CorpusReader;
import org.claimspan.eval.corpus.GoldClaim;
import org.claimspan.eval.corpus.GoldDocument;
import org.claimspan.eval.corpus.PolnearReader;
import org.claimspan.eval.score.ErrorLog;
import org.claimspan.eval.score.EvalReport;
import org.claimspan.eval.score.EvalRun;
import org.claimspan.eval.score.ReportTable;
import org.claimspan.eval.systems.CachedProfileSystem;
import org.claimspan.eval.systems.CoreNlpQuotePeer;
import org.claimspan.eval.systems.ParallelRunner;
import org.claimspan.eval.systems.SystemFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimspan eval}: scores one or more systems against an annotated corpus (PolNeAR brat
 * files or Claimspan gold JSON) and prints a table; optionally writes the figures as JSON and the
 * errors as text. {@code --corpus checkworthy} scores the check-worthiness model on a TSV instead.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score profiles against an annotated corpus.")
final class EvalCommand implements Callable<Integer> {

  /** The corpus formats. */
  enum Corpus {
    polnear(new PolnearReader()),
    claimspan(new ClaimspanGoldReader()),
    /** A CheckThat!-format TSV scored by the check-worthiness model alone; no reader. */
    checkworthy(null);

    final CorpusReader reader;

    Corpus(CorpusReader reader) {
      this.reader = reader;
    }
  }

  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, description = "Corpus format: ${COMPLETION-CANDIDATES}.")
  Corpus corpus;

  @Parameters(index = "0", paramLabel = "PATH", description = "A PolNeAR split folder, or a gold .json file or folder.")
  Path path;

  @Option(names = "--profile", paramLabel = "P", description = "System to score, repeatable: accurate, fast, corenlp-quote (default accurate).")
  List<String> profiles = new ArrayList<>();

  @Option(names = "--report", paramLabel = "FILE.json", description = "Write all figures as JSON.")
  Path report;

  @Option(names = "--errors", paramLabel = "FILE", description = "Write false positives and misses per document.")
  Path errors;

  @Option(names = "--claims", paramLabel = "PATH",
      description = "With --corpus polnear: a hand-made claim set (a .tsv file or a folder of them, e.g. eval/claims) "
          + "to score claims on: claim P/R/F1, claimant accuracy, quantities, hedges and check-worthiness.")
  Path claims;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents.")
  Integer limit;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Worker threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep each document's parse in DIR and reuse it on the next run, for Claimspan profiles "
          + "(parsing is nearly all the time; delete DIR after changing a backend).")
  Path cache;

  @Override
  public Integer call() throws IOException {
    validate();
    if (corpus == Corpus.checkworthy) {
      return CheckworthyEval.run(path, report, spec);
    }
    List<GoldDocument> documents = withClaimSet(readCorpus());
    if (limit != null && limit < documents.size()) {
      documents = documents.subList(0, limit);
    }
    ParallelRunner runner = new ParallelRunner(threads);
    List<EvalRun> runs = new ArrayList<>();
    for (String profile : profiles.isEmpty() ? List.of("accurate") : profiles) {
      runs.add(run(profile, documents, runner));
    }
    EvalReport evalReport =
        new EvalReport(
            corpus.name(), path.toString(), documents.size(),
            documents.stream().mapToInt(d -> d.gold().size()).sum(), threads,
            runs.stream().map(EvalRun::run).toList(), runs.stream().map(EvalRun::scores).toList(),
            documents.stream().anyMatch(d -> !d.claims().isEmpty())
                ? runs.stream().map(EvalRun::claims).toList()
                : List.of());
    ReportTable.print(evalReport, spec.commandLine().getOut());
    if (report != null) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(report.toFile(), evalReport);
    }
    if (errors != null) {
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
        runs.forEach(run -> ErrorLog.write(run.run().system(), run.errors(), out));
        if (claims != null) {
          runs.forEach(run -> ErrorLog.writeClaims(run.run().system(), run.claimErrors(), out));
        }
      }
    }
    return 0;
  }

  /** Loads and scores one system; a Claimspan profile reads its parses from {@code --cache} when given. */
  private EvalRun run(String profile, List<GoldDocument> documents, ParallelRunner runner) throws IOException {
    if (cache == null || profile.trim().equalsIgnoreCase(CoreNlpQuotePeer.NAME)) {
      return EvalRun.of(profile, documents, runner);
    }
    Stopwatch load = Stopwatch.createStarted();
    CachedProfileSystem system = new CachedProfileSystem(Profile.fromId(profile), cache); // validate() knows it
    return EvalRun.of(system, load.elapsed(TimeUnit.MILLISECONDS) / 1000.0, documents, runner);
  }

  /** The documents with the gold claims of {@code --claims} attached; as they are without it. */
  private List<GoldDocument> withClaimSet(List<GoldDocument> documents) throws IOException {
    if (claims == null) {
      return documents;
    }
    Map<String, String> texts = new HashMap<>();
    documents.forEach(d -> texts.put(d.id(), d.text()));
    try {
      Map<String, List<GoldClaim>> set = ClaimSetReader.read(claims, texts);
      return documents.stream().map(d -> d.withClaims(set.getOrDefault(d.id(), List.of()))).toList();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private void validate() {
    if (!Files.exists(path)) {
      throw new ParameterException(spec.commandLine(), "corpus path does not exist: " + path);
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
    }
    if (claims != null && corpus != Corpus.polnear) {
      throw new ParameterException(spec.commandLine(), "--claims needs --corpus polnear, not " + corpus);
    }
    if (claims != null && !Files.exists(claims)) {
      throw new ParameterException(spec.commandLine(), "claim set does not exist: " + claims);
    }
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
    }
    for (String profile : profiles) {
      if (SystemFactory.names().stream().noneMatch(n -> n.equalsIgnoreCase(profile.trim()))) {
        throw new ParameterException(
            spec.commandLine(),
            String.format(Locale.ROOT, "unknown profile '%s'; known: %s", profile, SystemFactory.names()));
      }
    }
  }

  private List<GoldDocument> readCorpus() throws IOException {
    try {
      List<GoldDocument> documents = corpus.reader.read(path);
      if (documents.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "no annotated documents found in " + path);
      }
      return documents;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
