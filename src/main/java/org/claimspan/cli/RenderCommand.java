package org.claimspan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.Profile;
import org.claimspan.html.ResultHtml;
import org.claimspan.json.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimspan render}: one article as a self-contained HTML page of who said what, either
 * extracted now or read from a saved {@code claimspan/1} result (which needs no models).
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render who said what in one article as a self-contained HTML page.",
      "Either PATH (a .txt file, extracted now) or --from-json FILE.json --text FILE.txt (a saved result; no models are loaded)."
    })
final class RenderCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--profile", defaultValue = "accurate", description = "Profile: ${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}.",
      converter = ProfileConverter.class)
  Profile profile;

  @Option(names = "--out", paramLabel = "FILE.html", description = "Write the page to FILE.html instead of printing it.")
  Path out;

  @Option(names = "--from-json", paramLabel = "FILE.json", description = "A saved claimspan/1 result to render.")
  Path fromJson;

  @Option(names = "--text", paramLabel = "FILE.txt", description = "The article text the saved result was made from.")
  Path text;

  @Parameters(arity = "0..1", paramLabel = "PATH", description = "A .txt article to extract and render.")
  Path input;

  @Override
  public Integer call() throws IOException {
    checkUsage();
    PrintWriter stderr = spec.commandLine().getErr();
    ExtractionResult result;
    try {
      result = fromJson != null ? readSaved() : extract();
    } catch (Failure e) {
      stderr.println("claimspan: " + e.getMessage());
      stderr.flush();
      return 1;
    }
    String html = ResultHtml.toHtml(result);
    if (out == null) {
      // The page is pure ASCII, so the console's encoding cannot garble it.
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(html);
      stdout.flush();
    } else {
      AtomicFiles.write(out, html);
    }
    return 0;
  }

  private void checkUsage() {
    if (fromJson != null) {
      if (text == null) {
        throw new ParameterException(spec.commandLine(), "--from-json needs --text FILE.txt, the article the result was made from");
      }
      if (input != null) {
        throw new ParameterException(spec.commandLine(), "give either PATH or --from-json, not both");
      }
    } else {
      if (text != null) {
        throw new ParameterException(spec.commandLine(), "--text goes with --from-json; to extract, give the .txt file as PATH");
      }
      if (input == null) {
        throw new ParameterException(spec.commandLine(), "missing PATH (a .txt file), or --from-json FILE.json --text FILE.txt");
      }
    }
  }

  private ExtractionResult extract() throws Failure {
    String body = read(input);
    String name = input.getFileName().toString();
    String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    Document document = Document.of(id.isBlank() ? "document" : id, body);
    ClaimExtractor extractor = ClaimExtractor.builder().profile(profile).build();
    try {
      return extractor.extract(document);
    } catch (IllegalArgumentException e) {
      throw new Failure(input + ": " + e.getMessage());
    }
  }

  private ExtractionResult readSaved() throws Failure {
    String json = read(fromJson);
    String article = read(text);
    try {
      return ResultJson.fromJson(json, article);
    } catch (IllegalArgumentException e) {
      throw new Failure(fromJson + ": " + e.getMessage());
    }
  }

  private static String read(Path path) throws Failure {
    try {
      if (Files.isDirectory(path)) {
        throw new Failure(path + ": is a directory, expected a file");
      }
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Failure(path + ": no such file");
    } catch (CharacterCodingException e) {
      throw new Failure(path + ": not UTF-8 text");
    } catch (IOException e) {
      throw new Failure(path + ": cannot read: " + e);
    }
  }

  /** An input that could not be read or rendered; its message names the input. */
  private static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }
}
