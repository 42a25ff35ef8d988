package org.claimspan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimspan.Document;

/**
 * Reads the documents named on the command line: {@code .txt} files (id = file name without
 * {@code .txt}), directories of them, JSON Lines files of {@code {"id", "text", "url",
 * "publisher", "date"}} records, and {@code -} for standard input. Problems with one input are
 * reported to the listener and reading goes on with the next.
 */
final class DocumentReader {

  /** Receives each document read and each input that could not be read. */
  interface Listener {
    void document(Document document);

    void failed(String input, String reason);
  }

  private final ObjectMapper json = new ObjectMapper();
  private final InputStream stdin;

  DocumentReader(InputStream stdin) {
    this.stdin = stdin;
  }

  void read(List<String> inputs, Listener listener) {
    for (String input : inputs) {
      if (input.equals("-")) {
        readStdin(listener);
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        readDirectory(path, listener);
      } else if (!Files.isRegularFile(path)) {
        listener.failed(input, "no such file or directory");
      } else if (input.endsWith(".jsonl")) {
        readJsonLines(path, listener);
      } else {
        readText(path, listener);
      }
    }
  }

  private void readStdin(Listener listener) {
    try {
      String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      listener.document(Document.of("stdin", text));
    } catch (IOException e) {
      listener.failed("-", "cannot read standard input: " + e.getMessage());
    }
  }

  private void readDirectory(Path directory, Listener listener) {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      if (texts.isEmpty()) {
        listener.failed(directory.toString(), "directory holds no .txt files");
      }
      texts.forEach(file -> readText(file, listener));
    } catch (IOException e) {
      listener.failed(directory.toString(), "cannot list directory: " + e.getMessage());
    }
  }

  private static void readText(Path file, Listener listener) {
    String name = file.getFileName().toString();
    String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    try {
      listener.document(Document.of(id, Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      listener.failed(file.toString(), "cannot read file as UTF-8 text: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      listener.failed(file.toString(), e.getMessage()); // a name such as ".txt" gives no id
    }
  }

  private void readJsonLines(Path file, Listener listener) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (!line.isBlank()) {
          readRecord(file + ":" + lineNumber, line, listener);
        }
      }
    } catch (IOException e) {
      listener.failed(file.toString(), "cannot read JSON Lines file: " + e.getMessage());
    }
  }

  private void readRecord(String where, String line, Listener listener) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      listener.failed(where, "bad JSON: " + e.getOriginalMessage());
      return;
    }
    if (!node.isObject() || !node.path("id").isTextual() || !node.path("text").isTextual()) {
      listener.failed(where, "expected an object with string fields \"id\" and \"text\"");
      return;
    }
    try {
      Document document =
          new Document(
              node.get("id").asText(),
              node.get("text").asText(),
              optional(node, "url"),
              optional(node, "publisher"),
              optional(node, "date"));
      listener.document(document);
    } catch (IllegalArgumentException e) {
      listener.failed(where, e.getMessage());
    }
  }

  private static Optional<String> optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
