package org.claimspan.eval.systems;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.AnalyzedText;
import org.claimspan.spi.Capability;
import org.claimspan.spi.EntityMention;
import org.claimspan.spi.LinguisticBackend;
import org.claimspan.spi.Sentence;
import org.claimspan.spi.Token;

/**
 * A backend that keeps each analysis in a folder, so that retraining the attribution filter (after
 * a feature or rule change) does not parse the same documents again: parsing is nearly all of a
 * training run's time, and the parse does not depend on Claimspan's rules. An analysis is stored
 * under the SHA-256 of the backend's name, an analysis revision, the token limit, the text and the
 * regions, so a changed text, boilerplate lexicon or CoreNLP version (part of the backend's name)
 * misses the cache instead of reading a stale parse. A change to how a backend builds its analysis
 * that keeps its name must bump {@link #ANALYSIS_REVISION}. It parses without a time budget (the
 * deadline overload falls back to the plain one), so a cached parse is always whole.
 * For the training and evaluation commands only; thread-safe (each document is its own file,
 * written atomically).
 */
public final class CachingBackend implements LinguisticBackend {
  private static final String MAGIC = "claimspan-analysis-1";
  /**
   * Part of every key; bumped when a backend changes its analysis under the same name, so old
   * entries miss. 2: CoreNLP reads the text with its straight quotes curled.
   */
  static final int ANALYSIS_REVISION = 2;

  private final LinguisticBackend backend;
  private final Path folder;

  public CachingBackend(LinguisticBackend backend, Path folder) throws IOException {
    this.backend = backend;
    this.folder = Files.createDirectories(folder);
  }

  @Override
  public String name() {
    return backend.name();
  }

  @Override
  public Set<Capability> capabilities() {
    return backend.capabilities();
  }

  @Override
  public AnalyzedText analyze(String text, List<TextSpan> regions, int maxSentenceTokens) {
    Path file = folder.resolve(key(text, regions, maxSentenceTokens) + ".tsv.gz");
    try {
      if (Files.isRegularFile(file)) {
        return read(text, file);
      }
      AnalyzedText analysis = backend.analyze(text, regions, maxSentenceTokens);
      Path temporary = Files.createTempFile(folder, "part", ".tmp");
      try {
        write(analysis, temporary);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary); // gone after the move; left by a failed write otherwise
      }
      return analysis;
    } catch (IOException e) {
      throw new UncheckedIOException("analysis cache " + file, e);
    }
  }

  private String key(String text, List<TextSpan> regions, int maxSentenceTokens) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      StringBuilder header = new StringBuilder(backend.name()).append('\n').append(ANALYSIS_REVISION)
          .append('\n').append(maxSentenceTokens);
      for (TextSpan region : regions) {
        header.append('\n').append(region.begin()).append(',').append(region.end());
      }
      digest.update(header.append('\n').toString().getBytes(StandardCharsets.UTF_8));
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /* Format: a magic line, the capabilities, then one line per sentence (S), token (T) and entity
   * (E), fields separated by tabs. A token's word is not stored: it is the text at its offsets. */
  private static void write(AnalyzedText analysis, Path file) throws IOException {
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
      out.write(MAGIC + "\n");
      StringBuilder capabilities = new StringBuilder("C");
      for (Capability capability : analysis.capabilities()) {
        capabilities.append('\t').append(capability.name());
      }
      out.write(capabilities.append('\n').toString());
      for (Sentence s : analysis.sentences()) {
        out.write(String.join("\t", "S", "" + s.index(), "" + s.begin(), "" + s.end(), "" + s.firstToken(),
            "" + s.endToken(), "" + s.parsed()) + "\n");
      }
      for (Token t : analysis.tokens()) {
        out.write(String.join("\t", "T", "" + t.index(), "" + t.sentence(), "" + t.begin(), "" + t.end(),
            escape(t.pos()), escape(t.lemma()), escape(t.ner()), "" + t.head(), escape(t.relation())) + "\n");
      }
      for (EntityMention e : analysis.entities()) {
        out.write(String.join("\t", "E", "" + e.begin(), "" + e.end(), "" + e.firstToken(), "" + e.endToken(),
            escape(e.type())) + "\n");
      }
    }
  }

  private static AnalyzedText read(String text, Path file) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      if (!MAGIC.equals(in.readLine())) {
        throw new IOException("not a cached analysis");
      }
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split("\t", -1);
        switch (f[0]) {
          case "C" -> {
            for (int i = 1; i < f.length; i++) {
              capabilities.add(Capability.valueOf(f[i]));
            }
          }
          case "S" -> sentences.add(new Sentence(i(f[1]), i(f[2]), i(f[3]), i(f[4]), i(f[5]),
              Boolean.parseBoolean(f[6])));
          case "T" -> {
            int begin = i(f[3]);
            int end = i(f[4]);
            tokens.add(new Token(i(f[1]), i(f[2]), begin, end, text.substring(begin, end), unescape(f[5]),
                unescape(f[6]), unescape(f[7]), i(f[8]), unescape(f[9])));
          }
          case "E" -> entities.add(new EntityMention(i(f[1]), i(f[2]), i(f[3]), i(f[4]), unescape(f[5])));
          default -> throw new IOException("bad line: " + line);
        }
      }
    }
    return new AnalyzedText(text, sentences, tokens, entities, capabilities);
  }

  private static int i(String field) {
    return Integer.parseInt(field);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
