package org.claimspan.eval.corpus;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR split: {@code DIR/text/NAME.txt} with {@code DIR/attributions/NAME.ann}, both
 * UTF-8. Documents are read in name order. Stateless and thread-safe.
 */
public final class PolnearReader implements CorpusReader {

  @Override
  public List<GoldDocument> read(Path dir) throws IOException {
    Path texts = dir.resolve("text");
    Path anns = dir.resolve("attributions");
    checkArgument(
        Files.isDirectory(texts) && Files.isDirectory(anns),
        "%s is not a PolNeAR split: expected folders text/ and attributions/ in it",
        dir);
    List<Path> annFiles;
    try (Stream<Path> files = Files.list(anns)) {
      annFiles = files.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
    }
    List<GoldDocument> documents = new ArrayList<>();
    for (Path ann : annFiles) {
      String file = ann.getFileName().toString();
      String name = file.substring(0, file.length() - ".ann".length());
      Path textFile = texts.resolve(name + ".txt");
      checkArgument(Files.isRegularFile(textFile), "%s has no text file %s", ann, textFile);
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      String annotations = Files.readString(ann, StandardCharsets.UTF_8);
      documents.add(new GoldDocument(name, text, BratAnnotationParser.parse(annotations, text, name)));
    }
    return List.copyOf(documents);
  }
}
