package org.claimspan.eval.corpus;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a CheckThat!-format TSV ({@code Sentence_id<TAB>Text<TAB>class_label}, label
 * Yes/No) and the reader for such files. Immutable and thread-safe; no component is null.
 *
 * @param id the sentence id as written
 * @param text the sentence
 * @param checkworthy whether the label is {@code Yes}
 */
public record LabelledSentence(String id, String text, boolean checkworthy) {

  public LabelledSentence {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
  }

  /**
   * Reads a TSV with a header line. Fails with {@link IllegalArgumentException} naming the file
   * and line when a line has fewer than three columns or a label other than Yes/No.
   */
  public static List<LabelledSentence> read(Path tsv) throws IOException {
    List<LabelledSentence> sentences = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      String line = reader.readLine(); // the header
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length < 3) {
          throw new IllegalArgumentException(tsv + ":" + number + ": expected 3 tab-separated columns, got " + columns.length);
        }
        // The label is the last column; text may in principle contain a tab, so join the middle.
        String label = columns[columns.length - 1].strip();
        if (!label.equals("Yes") && !label.equals("No")) {
          throw new IllegalArgumentException(tsv + ":" + number + ": label must be Yes or No: '" + label + "'");
        }
        String text = String.join("\t", java.util.Arrays.copyOfRange(columns, 1, columns.length - 1));
        sentences.add(new LabelledSentence(columns[0].strip(), text, label.equals("Yes")));
      }
    }
    return sentences;
  }
}
