package org.claimspan.eval.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads an annotated corpus from disk. Implementations are stateless and thread-safe. */
public interface CorpusReader {

  /**
   * The corpus's documents, sorted by id.
   *
   * @param path where the corpus is, not null
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if the path does not hold such a corpus, or the annotation is
   *     inconsistent with the text
   */
  List<GoldDocument> read(Path path) throws IOException;
}
