package org.claimspan.eval.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimspan.Document;

/**
 * The documents a benchmark runs over: {@code .txt} files, given directly or found in folders
 * (recursively), read as UTF-8, ids from file names. Immutable and thread-safe.
 *
 * @param documents the documents in path order
 * @param tokens whitespace-separated tokens in all documents (a cheap, tokenizer-independent count)
 */
public record BenchInput(List<Document> documents, long tokens) {

  public BenchInput {
    documents = ImmutableList.copyOf(documents);
  }

  /**
   * Reads all {@code .txt} files under the paths.
   *
   * @throws IllegalArgumentException if a path does not exist or no text file is found
   */
  public static BenchInput read(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      checkArgument(Files.exists(path), "no such file or folder: %s", path);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    checkArgument(!files.isEmpty(), "no .txt files found in %s", paths);
    List<Document> documents = new ArrayList<>();
    long tokens = 0;
    for (Path file : files) {
      String text = read(file);
      String name = file.getFileName().toString();
      documents.add(Document.of(name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name, text));
      tokens += whitespaceTokens(text);
    }
    return new BenchInput(documents, tokens);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static long whitespaceTokens(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
