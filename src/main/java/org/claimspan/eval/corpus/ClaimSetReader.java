package org.claimspan.eval.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.claimspan.model.TextSpan;

/**
 * Reads a hand-made claim set: tab-separated files with the header
 *
 * <pre>document	begin	end	text	claimant	attributed	quantities	hedged	checkworthy</pre>
 *
 * and one claim per row: the document's id (its file stem in the corpus); the claim's content as
 * UTF-16 offsets into the document's text, half-open, and its text (tabs and line breaks written as
 * spaces); the claimant's fullest name, {@code anonymous} for a source the text does not name, or
 * the publisher (the id's prefix before {@code _}) for the author's own claim; {@code attributed}
 * {@code yes} for a source's claim and {@code no} for the author's; the quantities stated, as exact
 * substrings of the text in text order joined by {@code |}, or {@code -}; {@code hedged} and
 * {@code checkworthy} {@code yes} or {@code no}.
 *
 * <p>Every row is checked against the corpus and all problems are reported at once, each with its
 * file and line. Stateless and thread-safe.
 */
public final class ClaimSetReader {
  /** The header line every file starts with. */
  public static final String HEADER = "document\tbegin\tend\ttext\tclaimant\tattributed\tquantities\thedged\tcheckworthy";
  private static final int FIELDS = 9;

  private ClaimSetReader() {}

  /**
   * The gold claims of {@code set} (a {@code .tsv} file or a folder of them), by document id in
   * the order the rows come, checked against {@code texts} (the corpus's texts by document id).
   *
   * @throws IllegalArgumentException listing every problem found: a malformed row, a document the
   *     corpus lacks, offsets or a text that do not match it, a quantity not in the text, a
   *     repeated row
   */
  public static Map<String, List<GoldClaim>> read(Path set, Map<String, String> texts) throws IOException {
    checkNotNull(set, "set");
    checkNotNull(texts, "texts");
    List<Path> files = files(set);
    checkArgument(!files.isEmpty(), "no .tsv files in the claim set %s", set);
    Map<String, List<GoldClaim>> claims = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").equals(HEADER)) {
        problems.add(file + ":1: the header is not '" + HEADER.replace("\t", "<TAB>") + "'");
        continue;
      }
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + (i + 1) + ": ";
        try {
          String[] fields = line.split("\t", -1);
          Row row = row(fields, texts);
          if (!seen.add(row.document + "\t" + row.claim.content().begin() + "\t" + row.claim.content().end())) {
            throw new IllegalArgumentException("a second row for the claim at " + fields[1] + "-" + fields[2]);
          }
          claims.computeIfAbsent(row.document, d -> new ArrayList<>()).add(row.claim);
        } catch (IllegalArgumentException e) {
          problems.add(where + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.size() + " problems in the claim set " + set + ":\n  "
          + String.join("\n  ", problems));
    }
    return claims;
  }

  private record Row(String document, GoldClaim claim) {}

  private static Row row(String[] fields, Map<String, String> texts) {
    checkArgument(fields.length == FIELDS, "%s fields, not %s", fields.length, FIELDS);
    String document = fields[0];
    String text = texts.get(document);
    checkArgument(text != null, "document %s is not in the corpus", document);
    int begin = offset(fields[1], "begin");
    int end = offset(fields[2], "end");
    checkArgument(begin < end && end <= text.length(), "offsets %s-%s outside a text of length %s or empty",
        begin, end, text.length());
    TextSpan content = TextSpan.of(text, begin, end);
    checkArgument(oneLine(content.text()).equals(fields[3]), "the text at %s-%s is '%s', not '%s'",
        begin, end, oneLine(content.text()), fields[3]);
    boolean attributed = yesNo(fields[5], "attributed");
    String claimant = fields[4].strip();
    checkArgument(!claimant.isEmpty(), "no claimant");
    if (!attributed) {
      String publisher = document.contains("_") ? document.substring(0, document.indexOf('_')) : document;
      checkArgument(claimant.equals(publisher), "an author claim's claimant is the publisher %s, not %s",
          publisher, claimant);
    }
    List<EvalSpan> quantities = quantities(fields[6], text, content);
    return new Row(document, new GoldClaim(EvalSpan.of(content), attributed ? Optional.of(claimant) : Optional.empty(),
        quantities, yesNo(fields[7], "hedged"), yesNo(fields[8], "checkworthy")));
  }

  /** The quantities as spans inside the content, each found after the one before. */
  private static List<EvalSpan> quantities(String field, String text, TextSpan content) {
    List<EvalSpan> spans = new ArrayList<>();
    if (field.equals("-")) {
      return spans;
    }
    int from = content.begin();
    for (String quantity : field.split("\\|", -1)) {
      checkArgument(!quantity.isEmpty(), "an empty quantity in '%s'", field);
      int at = text.indexOf(quantity, from);
      checkArgument(at >= 0 && at + quantity.length() <= content.end(),
          "quantity '%s' is not in the claim's text after offset %s", quantity, from);
      spans.add(EvalSpan.of(TextSpan.of(text, at, at + quantity.length())));
      from = at + quantity.length();
    }
    return spans;
  }

  private static int offset(String field, String name) {
    try {
      int value = Integer.parseInt(field);
      checkArgument(value >= 0, "%s %s is negative", name, value);
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " '" + field + "' is not a number", e);
    }
  }

  private static boolean yesNo(String field, String name) {
    return switch (field.toLowerCase(Locale.ROOT)) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new IllegalArgumentException(name + " is '" + field + "', not yes or no");
    };
  }

  private static String oneLine(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static List<Path> files(Path set) throws IOException {
    if (!Files.isDirectory(set)) {
      return Files.isRegularFile(set) ? List.of(set) : List.of();
    }
    try (Stream<Path> files = Files.list(set)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
    }
  }
}
