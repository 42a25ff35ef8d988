package org.claimspan.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of hostile news-like text for the property tests: excerpts of the example articles,
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
   * Texts of up to about {@code maxLength} characters (mutations may add a little).
   *
   * @param maxLength bound on the spliced text before mutation; keeps slow profiles' runs short
   */
  static Arbitrary<String> texts(int maxLength) {
    Arbitrary<String> spliced = segment(maxLength).list().ofMinSize(1).ofMaxSize(6)
        .map(parts -> String.join("", parts))
        .map(text -> text.length() > maxLength ? text.substring(0, maxLength) : text);
    return Combinators.combine(spliced, edit().list().ofMaxSize(8)).as(FuzzTexts::apply);
  }

  private static Arbitrary<String> segment(int maxLength) {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, excerpt()),
        net.jqwik.api.Tuple.of(4, Arbitraries.of(PIECES)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars(ODD_CHARS).ofMaxLength(200)),
        net.jqwik.api.Tuple.of(1, hugeToken(maxLength)),
        net.jqwik.api.Tuple.of(1, longSentence(maxLength)),
        net.jqwik.api.Tuple.of(1, quotePile()),
        net.jqwik.api.Tuple.of(1, bylineList(maxLength)));
  }

  /** A whole article or a stretch of one. */
  private static Arbitrary<String> excerpt() {
    return Arbitraries.of(ARTICLES).flatMap(article -> {
      Arbitrary<Integer> begin = Arbitraries.integers().between(0, article.length());
      return begin.flatMap(b -> Arbitraries.integers().between(b, article.length()).map(e -> article.substring(b, e)));
    });
  }

  private static Arbitrary<String> hugeToken(int maxLength) {
    return Arbitraries.integers().between(100, Math.max(100, maxLength / 2))
        .flatMap(n -> Arbitraries.of("a", "\u00E9", "\uD83D\uDE00", "x/", "-", "0").map(unit -> unit.repeat(n / unit.length())));
  }

  /** Many clauses full of cues and quotes, and no full stop. */
  private static Arbitrary<String> longSentence(int maxLength) {
    return Arbitraries.integers().between(10, Math.max(10, maxLength / 40))
        .map(n -> "and the mayor said \u201Cyes\u201D according to aides ".repeat(n));
  }

  /** A furniture-like line that goes on: "By A, B, C, ..." once overflowed a regex's stack. */
  private static Arbitrary<String> bylineList(int maxLength) {
    return Arbitraries.integers().between(1, Math.max(1, maxLength / 10))
        .map(n -> "\nBy " + "Ana Ruiz, ".repeat(n) + "and Jo Lee\n");
  }

  private static Arbitrary<String> quotePile() {
    return Arbitraries.strings().withChars(QUOTE_MARKS + " ").ofMinLength(1).ofMaxLength(400);
  }

  /** One mutation at a relative position, so it applies to a text of any length. */
  private record Edit(int kind, double at, double to, String payload) {}

  private static Arbitrary<Edit> edit() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().withChars(ODD_CHARS).ofMaxLength(3)))
        .as(Edit::new);
  }

  private static String apply(String text, List<Edit> edits) {
    StringBuilder out = new StringBuilder(text);
    for (Edit edit : edits) {
      int at = (int) (edit.at() * out.length());
      int to = Math.max(at, (int) (edit.to() * out.length()));
      switch (edit.kind()) {
        case 0 -> out.insert(at, edit.payload());
        case 1 -> out.delete(at, Math.min(to, at + 300));
        case 2 -> out.insert(at, out.substring(at, Math.min(to, at + 300)));
        default -> {
          if (at < out.length() && !edit.payload().isEmpty()) {
            out.setCharAt(at, edit.payload().charAt(0));
          }
        }
      }
    }
    return out.toString();
  }
}
