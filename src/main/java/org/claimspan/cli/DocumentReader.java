package org.claimspan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.AbstractIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimspan.Document;

/**
 * Reads the documents named on the command line: {@code .txt} files (id = file name without
 * {@code .txt}), directories of them, JSON Lines files of {@code {"id", "text", "url",
 * "publisher", "date"}} records, and {@code -} for standard input. Problems with one input are
 * items of their own and reading goes on with the next.
 *
 * <p>Reading is lazy and streaming: {@link #items(List)} reads one document (one file, one JSON
 * line) per {@code next()}, so a JSON Lines file larger than memory can be processed. Not
 * thread-safe: one consumer.
 */
final class DocumentReader {

  /**
   * One thing read: a document, or an input that could not be read.
   *
   * @param document the document, when it was read
   * @param input where a failure happened (file, {@code file:line}, {@code -}); null for documents
   * @param failure why that input could not be read; null for documents
   */
  record Item(Document document, String input, String failure) {
    static Item of(Document document) {
      return new Item(document, null, null);
    }

    static Item failed(String input, String failure) {
      return new Item(null, input, failure);
    }

    boolean isDocument() {
      return document != null;
    }
  }

  /** The items of a run, read on demand; close it to release an open JSON Lines file. */
  interface Items extends Iterator<Item>, AutoCloseable {
    @Override
    void close();
  }

  private final ObjectMapper json = new ObjectMapper();
  private final InputStream stdin;

  DocumentReader(InputStream stdin) {
    this.stdin = stdin;
  }

  /** The inputs' items, in command-line order, read lazily. */
  Items items(List<String> inputs) {
    return new LazyItems(inputs);
  }

  /** Walks the inputs; a pending queue holds what one step produced (a directory's file list). */
  private final class LazyItems extends AbstractIterator<Item> implements Items {
    private final Iterator<String> inputs;
    private final Deque<Path> pendingFiles = new ArrayDeque<>();
    private BufferedReader jsonLines;
    private Path jsonLinesFile;
    private int lineNumber;

    LazyItems(List<String> inputs) {
      this.inputs = List.copyOf(inputs).iterator();
    }

    @Override
    protected Item computeNext() {
      while (true) {
        Item item = step();
        if (item != null) {
          return item;
        }
        if (pendingFiles.isEmpty() && jsonLines == null && !inputs.hasNext()) {
          return endOfData();
        }
      }
    }

    /** Reads the next item, or returns null when this step produced none (a blank line, say). */
    private Item step() {
      if (jsonLines != null) {
        return nextJsonLine();
      }
      if (!pendingFiles.isEmpty()) {
        return readText(pendingFiles.removeFirst());
      }
      if (!inputs.hasNext()) {
        return null;
      }
      String input = inputs.next();
      if (input.equals("-")) {
        return readStdin();
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        return listDirectory(path);
      }
      if (!Files.isRegularFile(path)) {
        return Item.failed(input, "no such file or directory");
      }
      if (input.endsWith(".jsonl")) {
        return openJsonLines(path);
      }
      return readText(path);
    }

    private Item listDirectory(Path directory) {
      try (Stream<Path> files = Files.list(directory)) {
        List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        if (texts.isEmpty()) {
          return Item.failed(directory.toString(), "directory holds no .txt files");
        }
        pendingFiles.addAll(texts);
        return null;
      } catch (IOException | UncheckedIOException e) {
        return Item.failed(directory.toString(), "cannot list directory: " + e.getMessage());
      }
    }

    private Item openJsonLines(Path file) {
      try {
        jsonLines = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
        jsonLinesFile = file;
        lineNumber = 0;
        return null;
      } catch (IOException e) {
        return Item.failed(file.toString(), "cannot read JSON Lines file: " + e.getMessage());
      }
    }

    private Item nextJsonLine() {
      try {
        String line = jsonLines.readLine();
        if (line == null) {
          closeJsonLines();
          return null;
        }
        lineNumber++;
        return line.isBlank() ? null : readRecord(jsonLinesFile + ":" + lineNumber, line);
      } catch (IOException e) {
        Path file = jsonLinesFile;
        closeJsonLines();
        return Item.failed(file.toString(), "cannot read JSON Lines file: " + e.getMessage());
      }
    }

    private void closeJsonLines() {
      try {
        jsonLines.close();
      } catch (IOException e) {
        // Nothing was lost: every line was read; a failing close of a read-only file changes nothing.
      }
      jsonLines = null;
      jsonLinesFile = null;
    }

    @Override
    public void close() {
      if (jsonLines != null) {
        closeJsonLines();
      }
    }
  }

  private Item readStdin() {
    try {
      String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      return Item.of(Document.of("stdin", text));
    } catch (IOException e) {
      return Item.failed("-", "cannot read standard input: " + e.getMessage());
    }
  }

  private static Item readText(Path file) {
    String name = file.getFileName().toString();
    String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    try {
      return Item.of(Document.of(id, Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      return Item.failed(file.toString(), "cannot read file as UTF-8 text: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return Item.failed(file.toString(), e.getMessage()); // a name such as ".txt" gives no id
    }
  }

  private Item readRecord(String where, String line) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return Item.failed(where, "bad JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject() || !node.path("id").isTextual() || !node.path("text").isTextual()) {
      return Item.failed(where, "expected an object with string fields \"id\" and \"text\"");
    }
    try {
      return Item.of(
          new Document(
              node.get("id").asText(),
              node.get("text").asText(),
              optional(node, "url"),
              optional(node, "publisher"),
              optional(node, "date")));
    } catch (IllegalArgumentException e) {
      return Item.failed(where, e.getMessage());
    }
  }

  private static Optional<String> optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
