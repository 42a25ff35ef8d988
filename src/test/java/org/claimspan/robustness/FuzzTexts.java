package org.claimspan.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Seeded generators of hostile news-like text for the fuzz tests: excerpts of the example articles,
 * adversarial pieces (quote marks of every style, HTML, control characters, lone surrogates, huge
 * tokens, long sentences without full stops, right-to-left text, emoji, CRLF), random strings over
 * an alphabet of such characters, all spliced together and then mutated (insertions, deletions,
 * duplications, character swaps). Test code only.
 */
final class FuzzTexts {
  private FuzzTexts() {}

  /** Every kind of quote mark, including the ones the extractor does not pair. */
  static final String QUOTE_MARKS = "\"'\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A\u201B\u2039\u203A\u300C\u300D`";

  /** Characters that have broken or could break text handling. */
  private static final String ODD_CHARS = QUOTE_MARKS
      + "\u0000\u0001\u0007\u001B\u007F\u0085\u00A0\u2028\u2029\u200B\u200F\u202E\uFEFF\r\n\t"
      + "\uD800\uDBFF\uDC00\uDFFF<>&;:,.!?-\u2014\u2026()[]{}#$%0123456789 aeAE";

  private static final List<String> PIECES = List.of(
      "\u201CWe will win,\u201D she said. ", "\"Not now,\" he told reporters: \"later.\" ",
      "according to officials, ", " the mayor said that taxes would rise", ", said Governor Ana Ruiz. ",
      "Mr. Smith told Reuters: \u201C", "\u201D", "\u201C", "\"", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E",
      "\u2018Quoted title\u2019 ", "It\u2019s the 90\u2019s ", "a 12\" pipe ",
      "<p>", "</p>", "<b>", "<script>alert(\"x\")</script>", "<a href=\"https://example.com/?a=1&b=2\">link</a>",
      "&quot;", "&amp;", "&#8220;", "&nbsp;", "&lt;", "&", "<",
      "\u0000", "\u0001", "\u001B[31m", "\u007F", "\u0085", "\uFEFF", "\u200B",
      "\uD800", "\uDC00", "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
      "\r\n", "\r", "\n", "\n\n", "\u2028", "\u2029", "\u00A0", "\t",
      "\u202E\u05E9\u05DC\u05D5\u05DD\u202C", "\u0645\u0631\u062D\u0628\u0627 \u0642\u0627\u0644", "\u200F",
      "Also Read: ", "Disclaimer: none\n", "By Jane Doe\n",
      "1,000,000 ", "$1.4 million ", "over 50% ", "\u2014", "...", "\u2026", ": ", " -- ");

  private static final List<String> ARTICLES = loadArticles();

  private static List<String> loadArticles() {
    try (Stream<Path> files = Files.list(Path.of("examples/articles"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(FuzzTexts::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A text of up to about {@code maxLength} characters (mutations may add a little): one to six
   * segments spliced together, cut to {@code maxLength}, then up to eight edits.
   *
   * @param random the source of every choice; the same seed gives the same text
   * @param maxLength bound on the spliced text before mutation; keeps slow profiles' runs short
   */
  static String text(SplittableRandom random, int maxLength) {
    StringBuilder spliced = new StringBuilder();
    int segments = 1 + random.nextInt(6);
    for (int i = 0; i < segments; i++) {
      spliced.append(segment(random, maxLength));
    }
    String text = spliced.length() > maxLength ? spliced.substring(0, maxLength) : spliced.toString();
    int edits = random.nextInt(9);
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < edits; i++) {
      applyEdit(random, out);
    }
    return out.toString();
  }

  /** One segment, picked with weights 4 excerpt, 4 piece, 2 odd string, 1 each for the rest. */
  private static String segment(SplittableRandom random, int maxLength) {
    int pick = random.nextInt(14);
    if (pick < 4) {
      return excerpt(random);
    }
    if (pick < 8) {
      return oneOf(random, PIECES);
    }
    if (pick < 10) {
      return oddString(random, 200);
    }
    return switch (pick) {
      case 10 -> hugeToken(random, maxLength);
      case 11 -> longSentence(random, maxLength);
      case 12 -> quotePile(random);
      default -> bylineList(random, maxLength);
    };
  }

  /** A whole article or a stretch of one. */
  private static String excerpt(SplittableRandom random) {
    String article = oneOf(random, ARTICLES);
    int begin = random.nextInt(article.length() + 1);
    int end = begin + random.nextInt(article.length() - begin + 1);
    return article.substring(begin, end);
  }

  private static String hugeToken(SplittableRandom random, int maxLength) {
    int n = between(random, 100, Math.max(100, maxLength / 2));
    String unit = oneOf(random, List.of("a", "\u00E9", "\uD83D\uDE00", "x/", "-", "0"));
    return unit.repeat(n / unit.length());
  }

  /** Many clauses full of cues and quotes, and no full stop. */
  private static String longSentence(SplittableRandom random, int maxLength) {
    int n = between(random, 10, Math.max(10, maxLength / 40));
    return "and the mayor said \u201Cyes\u201D according to aides ".repeat(n);
  }

  /** A furniture-like line that goes on: "By A, B, C, ..." once overflowed a regex's stack. */
  private static String bylineList(SplittableRandom random, int maxLength) {
    int n = between(random, 1, Math.max(1, maxLength / 10));
    return "\nBy " + "Ana Ruiz, ".repeat(n) + "and Jo Lee\n";
  }

  private static String quotePile(SplittableRandom random) {
    return stringOf(random, QUOTE_MARKS + " ", 1 + random.nextInt(400));
  }

  private static String oddString(SplittableRandom random, int maxLength) {
    return stringOf(random, ODD_CHARS, random.nextInt(maxLength + 1));
  }

  /** One mutation at a random place: insert a piece, delete, duplicate a stretch, or overwrite a char. */
  private static void applyEdit(SplittableRandom random, StringBuilder out) {
    int kind = random.nextInt(4);
    int at = random.nextInt(out.length() + 1);
    int to = at + random.nextInt(out.length() - at + 1);
    String payload = random.nextBoolean() ? oneOf(random, PIECES) : oddString(random, 3);
    switch (kind) {
      case 0 -> out.insert(at, payload);
      case 1 -> out.delete(at, Math.min(to, at + 300));
      case 2 -> out.insert(at, out.substring(at, Math.min(to, at + 300)));
      default -> {
        if (at < out.length() && !payload.isEmpty()) {
          out.setCharAt(at, payload.charAt(0));
        }
      }
    }
  }

  private static String stringOf(SplittableRandom random, String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private static <T> T oneOf(SplittableRandom random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private static int between(SplittableRandom random, int min, int max) {
    return min + random.nextInt(max - min + 1);
  }
}
