package org.claimspan.backend.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WordpieceTokenizerTest {
  private static WordpieceTokenizer tokenizer;

  @BeforeAll
  static void load() {
    tokenizer = WordpieceTokenizer.base();
  }

  @AfterAll
  static void close() {
    tokenizer.close();
  }

  /** Every wordpiece has text of its own, in order, never overlapping, within the text. */
  static void assertOffsetsHold(Wordpieces pieces, String text) {
    assertThat(pieces.text()).isEqualTo(text);
    int lastEnd = 0;
    for (int i = 0; i < pieces.size(); i++) {
      assertThat(pieces.begin(i)).isGreaterThanOrEqualTo(lastEnd).isLessThan(pieces.end(i));
      assertThat(pieces.end(i)).isLessThanOrEqualTo(text.length());
      assertThat(insidePair(text, pieces.begin(i))).as("wordpiece %s starts inside a surrogate pair", i).isFalse();
      assertThat(insidePair(text, pieces.end(i))).as("wordpiece %s ends inside a surrogate pair", i).isFalse();
      assertThat(pieces.surface(i)).isEqualTo(text.substring(pieces.begin(i), pieces.end(i))).isNotBlank();
      lastEnd = pieces.end(i);
    }
  }

  private static boolean insidePair(String text, int offset) {
    return offset > 0 && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
  }

  @Test
  void plainWordsGetTheirOwnOffsets() {
    String text = "The minister took issue with it.";
    Wordpieces pieces = tokenizer.tokenize(text);
    List<String> surfaces = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      surfaces.add(pieces.surface(i));
    }
    assertThat(surfaces).containsExactly("The", "minister", "took", "issue", "with", "it", ".");
    assertOffsetsHold(pieces, text);
  }

  @Test
  void emojiAfterTheBasicPlaneKeepUtf16Offsets() {
    String text = "Hello 😀😀 world 𝔘nicode, “said” she.";
    Wordpieces pieces = tokenizer.tokenize(text);
    assertOffsetsHold(pieces, text);
    List<String> surfaces = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      surfaces.add(pieces.surface(i));
    }
    // the library counts code points; these offsets must be UTF-16 for the words after the emoji
    assertThat(surfaces).contains("world", "said", "she", "“", "”");
    assertThat(surfaces.get(surfaces.size() - 1)).isEqualTo(".");
  }

  @Test
  void cyrillicCombiningMarksAndControlCharactersGiveNoException() {
    String text = "Привет, мир\u0000\u0001\u0007\u001b naïve e\u0301 ﬁne ẞtraße\u200b\u2028 \uFEFF end";
    Wordpieces pieces = tokenizer.tokenize(text);
    assertOffsetsHold(pieces, text);
    assertThat(pieces.surface(pieces.size() - 1)).isEqualTo("end");
    assertThat(pieces.surface(0)).isEqualTo("П");
  }

  @Test
  void unpairedSurrogatesMoveNoLaterOffset() {
    for (String text : List.of("x \uD83D y z", "x \uDE00 y z", "\uDE00\uD83D y z", "\uD83D\uD83D\uDE00 y z")) {
      Wordpieces pieces = tokenizer.tokenize(text);
      assertOffsetsHold(pieces, text);
      assertThat(pieces.surface(pieces.size() - 2)).isEqualTo("y");
      assertThat(pieces.surface(pieces.size() - 1)).isEqualTo("z");
    }
    assertThat(WordpieceTokenizer.withoutLoneSurrogates("a😀\uD83Db\uDE00")).isEqualTo("a😀\uFFFDb\uFFFD");
  }

  @Test
  void blankAndControlOnlyTextHasNoWordpieces() {
    assertThat(tokenizer.tokenize("").size()).isZero();
    assertThat(tokenizer.tokenize(" \n\t\u0001\u0002 ").size()).isZero();
  }

  @Test
  void longTextIsCutWhole() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("word").append(i % 7).append(i % 13 == 0 ? ".\n" : " ");
    }
    Wordpieces pieces = tokenizer.tokenize(text.toString());
    assertOffsetsHold(pieces, text.toString());
    assertThat(pieces.end(pieces.size() - 1)).isGreaterThanOrEqualTo(text.length() - 2);
    assertThat(pieces.size()).isGreaterThan(20_000);
  }

  @Test
  void randomTextKeepsEveryOffsetInvariant() {
    Random random = new Random(7);
    int[] alphabet = {'a', 'Z', ' ', '\n', '.', '“', '”', '\'', 0x0301, 0x1F600, 0x1D518, 0x0416, 0x4E2D, 0x0000,
        0x0007, 0x200B, 0xFFFD, '-', '0'};
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(80);
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
      }
      if (random.nextInt(5) == 0) {
        text.insert(random.nextInt(text.length() + 1), random.nextBoolean() ? '\uD83D' : '\uDE00'); // unpaired
      }
      assertOffsetsHold(tokenizer.tokenize(text.toString()), text.toString());
    }
  }

  @Test
  void specialTokensHaveTheirVocabularyIds() {
    assertThat(tokenizer.specialId("[CLS]")).isEqualTo(101);
    assertThat(tokenizer.specialId("[SEP]")).isEqualTo(102);
  }

  @Test
  void sixteenThreadsCutTheSameWordpieces() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      texts.add("Text " + i + ": the senator 😀 said “no” to Привет " + "again ".repeat(i));
    }
    List<long[]> expected = new ArrayList<>();
    for (String text : texts) {
      expected.add(signature(tokenizer.tokenize(text)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String text : texts) {
          futures.add(pool.submit(() -> signature(tokenizer.tokenize(text))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aMissingTokenizerFailsNamingIt() {
    assertThatThrownBy(() -> WordpieceTokenizer.fromClasspath("no/such/tokenizer.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no/such/tokenizer.json");
  }

  @Test
  void aCorruptTokenizerFailsNamingIt() {
    byte[] garbage = "{not a tokenizer".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> WordpieceTokenizer.load(new ByteArrayInputStream(garbage), "broken.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken.json");
  }

  private static long[] signature(Wordpieces pieces) {
    long[] values = new long[pieces.size() * 3];
    for (int i = 0; i < pieces.size(); i++) {
      values[3 * i] = pieces.id(i);
      values[3 * i + 1] = pieces.begin(i);
      values[3 * i + 2] = pieces.end(i);
    }
    return values;
  }
}
