package org.claimspan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.Profile;
import org.claimspan.internal.claim.CheckworthinessScorer;
import org.claimspan.json.ClaimReviewJson;
import org.claimspan.json.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  /** Output formats; {@code claimreview} writes JSON-LD ClaimReview drafts of the check-worthy claims. */
  enum Format { json, jsonl, text, claimreview }

  @Spec CommandSpec spec;

  @Option(names = "--profile", defaultValue = "accurate", description = "Profile: ${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}.",
      converter = ProfileConverter.class)
  Profile profile;

  @Option(names = "--format", defaultValue = "json", description = "Output: ${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "DIR", description = "Write one file per document into DIR instead of printing: <id>.json (json, jsonl), <id>.txt (text), <id>.claimreview.json (claimreview).")
  Path out;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs to read.")
  List<String> inputs;

  /** Check-worthiness at or above which a claim is exported with {@code --format claimreview}. */
  private double claimReviewThreshold;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (out != null) {
      Files.createDirectories(out);
    }
    ClaimExtractor extractor = ClaimExtractor.builder().profile(profile).build();
    if (format == Format.claimreview) {
      claimReviewThreshold = CheckworthinessScorer.packagedThreshold(); // a classpath read: once per run
    }
    int[] failures = {0};
    java.util.Set<String> written = new java.util.HashSet<>();
    new DocumentReader(System.in).read(inputs, new DocumentReader.Listener() {
      @Override
      public void document(Document document) {
        if (out != null && !isPlainFileName(document.id())) {
          failed(document.id(), "id cannot name a file in --out (path separators, '..' or control characters)");
          return;
        }
        if (!written.add(document.id())) {
          failed(document.id(), "a document with this id was already read; ids must be unique");
          return;
        }
        try {
          emit(extractor.extract(document), stdout);
        } catch (RuntimeException | IOException e) {
          failed(document.id(), e.toString());
        }
      }

      @Override
      public void failed(String input, String reason) {
        failures[0]++;
        stderr.println("claimspan: " + input + ": " + reason);
      }
    });
    stdout.flush();
    stderr.flush();
    return failures[0] == 0 ? 0 : 1;
  }

  private void emit(ExtractionResult result, PrintWriter stdout) throws IOException {
    if (out != null) {
      String body = switch (format) {
        case text -> TextSummary.of(result);
        case claimreview -> ClaimReviewJson.toJson(result, claimReviewThreshold);
        default -> ResultJson.toJson(result);
      };
      String extension = switch (format) {
        case text -> ".txt";
        case claimreview -> ".claimreview.json";
        default -> ".json";
      };
      AtomicFiles.write(out.resolve(result.document().id() + extension), body);
      return;
    }
    switch (format) {
      case json -> stdout.println(ResultJson.toJson(result));
      case jsonl -> stdout.println(ResultJson.toJsonLine(result));
      case text -> stdout.print(TextSummary.of(result));
      case claimreview -> stdout.println(ClaimReviewJson.toJson(result, claimReviewThreshold));
    }
    stdout.flush();
  }

  /** Whether an id can be used as a file name inside the output folder as it is. */
  static boolean isPlainFileName(String id) {
    return !id.equals(".") && !id.equals("..") && !id.contains("/") && !id.contains("\\")
        && id.chars().noneMatch(Character::isISOControl);
  }

}
