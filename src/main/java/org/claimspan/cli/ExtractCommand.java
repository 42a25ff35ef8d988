package org.claimspan.cli;

import com.google.common.collect.AbstractIterator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.DocumentOutcome;
import org.claimspan.ExtractionResult;
import org.claimspan.Profile;
import org.claimspan.internal.claim.CheckworthinessScorer;
import org.claimspan.json.ClaimReviewJson;
import org.claimspan.json.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimspan extract}: who said what in files, folders, JSON Lines or stdin. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract quotes, attributions and claims.",
      "PATH is a .txt file, a directory of .txt files, a .jsonl file of {\"id\",\"text\",...} records, or - for stdin."
    })
final class ExtractCommand implements Callable<Integer> {

  /**
   * Output formats; {@code claimreview} writes JSON-LD ClaimReview drafts of the check-worthy
   * claims, one array per document: a line each on standard output, an indented file each with
   * {@code --out}.
   */
  enum Format { json, jsonl, text, claimreview }

  @Spec CommandSpec spec;

  @Option(names = "--profile", defaultValue = "accurate", description = "Profile: ${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}.",
      converter = ProfileConverter.class)
  Profile profile;

  @Option(names = "--format", defaultValue = "json", description = "Output: ${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}. On standard output jsonl and "
          + "claimreview write one line per document (claimreview: the document's array of ClaimReview items).")
  Format format;

  @Option(names = "--out", paramLabel = "DIR", description = "Write one file per document into DIR instead of printing: <id>.json (json, jsonl), <id>.txt (text), <id>.claimreview.json (claimreview).")
  Path out;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents extracted at once, on N worker threads; default: the number of processors.")
  Integer threads;

  @Option(names = "--failures", paramLabel = "FILE",
      description = "Write one 'id<TAB>reason' line per failed document or input to FILE; default <DIR>/failures.tsv with --out.")
  Path failures;

  @Option(names = "--resume",
      description = "With --out: skip documents whose output file already exists in DIR (re-run after a crash or a kill).")
  boolean resume;

  @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "60",
      description = "Time budget per document in seconds (default ${DEFAULT-VALUE}): past it the document gets a partial result and a time-budget-exceeded diagnostic.")
  double timeBudgetSeconds;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000",
      description = "Longest document accepted, in UTF-16 units (default ${DEFAULT-VALUE}); longer ones are failures with the size named.")
  int maxChars;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs to read.")
  List<String> inputs;

  /** Check-worthiness at or above which a claim is exported with {@code --format claimreview}. */
  private double claimReviewThreshold;

  /**
   * Runs the batch: documents are read lazily, extracted on {@code --threads} workers and written
   * in input order as they complete. A document or input that fails is reported and the run goes
   * on; the exit code is 1 if any failed, 2 for usage errors.
   */
  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + workers);
    }
    if (resume && out == null) {
      throw new ParameterException(spec.commandLine(), "--resume needs --out DIR: it skips documents whose file is there");
    }
    if (!(timeBudgetSeconds >= 0.001 && timeBudgetSeconds <= 86_400) || maxChars < 1) {
      throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
          "need 0.001 <= --time-budget <= 86400 seconds and --max-chars >= 1 (got %s, %d)", timeBudgetSeconds, maxChars));
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    ClaimExtractor extractor = ClaimExtractor.builder()
        .profile(profile)
        .timeBudget(Duration.ofNanos(Math.round(timeBudgetSeconds * 1e9)))
        .maxDocumentLength(maxChars)
        .build();
    if (format == Format.claimreview) {
      claimReviewThreshold = CheckworthinessScorer.packagedThreshold(); // a classpath read: once per run
    }
    Path failuresFile = failures != null ? failures : out == null ? null : out.resolve("failures.tsv");
    Progress progress = new Progress(stderr, StandardError.isTerminal());
    try (FailureLog log = FailureLog.open(failuresFile, stderr);
        DocumentReader.Items items = new DocumentReader(System.in).items(inputs)) {
      Iterable<Document> accepted = () -> new AcceptedDocuments(items, log, progress);
      try (Stream<DocumentOutcome> outcomes = extractor.extractAll(accepted, workers)) {
        outcomes.forEach(outcome -> write(outcome, stdout, log, progress));
      }
      stdout.flush();
      progress.finish();
      return log.count() == 0 ? 0 : 1;
    }
  }

  private void write(DocumentOutcome outcome, PrintWriter stdout, FailureLog log, Progress progress) {
    String id = outcome.document().id();
    if (outcome.failure().isPresent()) {
      log.failed(id, outcome.failure().get().toString());
      progress.failed();
      return;
    }
    try {
      emit(outcome.result().get(), stdout);
      progress.succeeded();
    } catch (IOException | RuntimeException e) {
      log.failed(id, "cannot write the result: " + e);
      progress.failed();
    }
  }

  /**
   * The documents to extract, pulled from the reader on demand (by the batch, on the consuming
   * thread): inputs that could not be read and ids that cannot be used are reported and left out,
   * and with {@code --resume} documents already written are skipped.
   */
  private final class AcceptedDocuments extends AbstractIterator<Document> {
    private final DocumentReader.Items items;
    private final FailureLog log;
    private final Progress progress;
    private final Set<String> seen = new HashSet<>();

    AcceptedDocuments(DocumentReader.Items items, FailureLog log, Progress progress) {
      this.items = items;
      this.log = log;
      this.progress = progress;
    }

    @Override
    protected Document computeNext() {
      while (items.hasNext()) {
        Document document = accept(items.next());
        if (document != null) {
          return document;
        }
      }
      return endOfData();
    }

    private Document accept(DocumentReader.Item item) {
      if (!item.isDocument()) {
        return reject(item.input(), item.failure());
      }
      Document document = item.document();
      String id = document.id();
      if (out != null && !isPlainFileName(id)) {
        return reject(id, "id cannot name a file in --out (path separators, '..' or control characters)");
      }
      if (!seen.add(id)) {
        return reject(id, "a document with this id was already read; ids must be unique");
      }
      if (resume && Files.exists(outputFile(id))) {
        progress.skipped();
        return null;
      }
      return document;
    }

    private Document reject(String what, String reason) {
      log.failed(what, reason);
      progress.failed();
      return null;
    }
  }

  /** The file a document's result goes to in {@code --out}. */
  private Path outputFile(String id) {
    String extension = switch (format) {
      case text -> ".txt";
      case claimreview -> ".claimreview.json";
      default -> ".json";
    };
    return out.resolve(id + extension);
  }

  private void emit(ExtractionResult result, PrintWriter stdout) throws IOException {
    if (out != null) {
      String body = switch (format) {
        case text -> TextSummary.of(result);
        case claimreview -> ClaimReviewJson.toJson(result, claimReviewThreshold);
        default -> ResultJson.toJson(result);
      };
      AtomicFiles.write(outputFile(result.document().id()), body);
      return;
    }
    switch (format) {
      case json -> stdout.println(ResultJson.toJson(result));
      case jsonl -> stdout.println(ResultJson.toJsonLine(result));
      case text -> stdout.print(TextSummary.of(result));
      case claimreview -> stdout.println(ClaimReviewJson.toJsonLine(result, claimReviewThreshold));
    }
    stdout.flush();
  }

  /** Whether an id can be used as a file name inside the output folder as it is. */
  static boolean isPlainFileName(String id) {
    return !id.equals(".") && !id.equals("..") && !id.contains("/") && !id.contains("\\")
        && id.chars().noneMatch(Character::isISOControl);
  }

}
