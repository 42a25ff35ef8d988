package org.claimspan.eval.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimspan.model.AttributionKind;
import org.claimspan.model.TextSpan;

/**
 * Reads Claimspan's own gold files: a {@code .json} file, or a folder of them, each naming its
 * text in {@code text_file} (beside it) and listing {@code attributions} with {@code kind}, {@code
 * source}, {@code cue}, {@code content} (each {@code {begin, end, text}}, source and cue may be
 * null), {@code speaker} and {@code speaker_aliases}, and {@code claims} with {@code content},
 * {@code claimant}, {@code quantities}, {@code hedged} and {@code checkworthy}. Span texts are
 * checked against the text.
 * Thread-safe.
 */
public final class ClaimspanGoldReader implements CorpusReader {

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public List<GoldDocument> read(Path path) throws IOException {
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> list = Files.list(path)) {
        files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
    } else {
      checkArgument(
          Files.isRegularFile(path) && path.toString().endsWith(".json"),
          "%s is neither a folder nor a .json gold file",
          path);
      files = List.of(path);
    }
    List<GoldDocument> documents = new ArrayList<>();
    for (Path file : files) {
      documents.add(readFile(file));
    }
    return List.copyOf(documents);
  }

  /** One gold file and its text. */
  public GoldDocument readFile(Path file) throws IOException {
    JsonNode root = mapper.readTree(file.toFile());
    String textFile = root.path("text_file").asText("");
    checkArgument(!textFile.isEmpty(), "%s has no text_file", file);
    Path textPath = file.resolveSibling(textFile);
    String text = Files.readString(textPath, StandardCharsets.UTF_8);
    String name = file.getFileName().toString();
    String id = root.path("id").asText(name.substring(0, name.length() - ".json".length()));
    List<EvalAttribution> gold = new ArrayList<>();
    for (JsonNode a : root.path("attributions")) {
      gold.add(attribution(a, text, file));
    }
    List<GoldClaim> claims = new ArrayList<>();
    for (JsonNode c : root.path("claims")) {
      claims.add(claim(c, text, file));
    }
    return new GoldDocument(id, text, gold, claims);
  }

  private static GoldClaim claim(JsonNode c, String text, Path file) {
    EvalSpan content =
        span(c.get("content"), text, file)
            .orElseThrow(() -> new IllegalArgumentException(file + ": claim without content: " + c));
    List<EvalSpan> quantities = new ArrayList<>();
    for (JsonNode q : c.path("quantities")) {
      span(q, text, file).ifPresent(quantities::add);
    }
    JsonNode claimant = c.get("claimant");
    return new GoldClaim(
        content,
        claimant == null || claimant.isNull() ? Optional.empty() : Optional.of(claimant.asText()),
        quantities,
        c.path("hedged").asBoolean(false),
        c.path("checkworthy").asBoolean(false));
  }

  private static EvalAttribution attribution(JsonNode a, String text, Path file) {
    EvalSpan content =
        span(a.get("content"), text, file)
            .orElseThrow(() -> new IllegalArgumentException(file + ": attribution without content: " + a));
    List<String> aliases = new ArrayList<>();
    a.path("speaker_aliases").forEach(alias -> aliases.add(alias.asText()));
    JsonNode speaker = a.get("speaker");
    Optional<String> speakerName =
        speaker == null || speaker.isNull() ? Optional.empty() : Optional.of(speaker.asText());
    String kind = a.path("kind").asText("");
    return new EvalAttribution(
        kind.isEmpty() ? KindDeriver.kindOf(content) : AttributionKind.valueOf(kind.toUpperCase(Locale.ROOT)),
        span(a.get("source"), text, file),
        span(a.get("cue"), text, file),
        content,
        Optional.empty(),
        speakerName,
        aliases);
  }

  private static Optional<EvalSpan> span(JsonNode node, String text, Path file) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    int begin = node.path("begin").asInt(-1);
    int end = node.path("end").asInt(-1);
    checkArgument(
        begin >= 0 && begin <= end && end <= text.length(),
        "%s: span %s outside a text of length %s",
        file,
        node,
        text.length());
    TextSpan span = TextSpan.of(text, begin, end);
    JsonNode expected = node.get("text");
    checkArgument(
        expected == null || expected.asText().equals(span.text()),
        "%s: span %s-%s covers '%s', not '%s'",
        file,
        begin,
        end,
        span.text(),
        expected == null ? "" : expected.asText());
    return Optional.of(EvalSpan.of(span));
  }
}
