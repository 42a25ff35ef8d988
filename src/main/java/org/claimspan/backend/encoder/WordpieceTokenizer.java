package org.claimspan.backend.encoder;

import static com.google.common.base.Preconditions.checkNotNull;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

/**
 * Cuts text into the encoder's wordpieces, with exact UTF-16 offsets into the caller's string.
 *
 * <p>Wraps DJL's {@link HuggingFaceTokenizer}, which reads a HuggingFace {@code tokenizer.json} and
 * runs the Rust tokenizers library (its native code ships inside the DJL jar and is unpacked to
 * DJL's cache folder, {@code ~/.djl.ai} unless {@code DJL_CACHE_DIR} says otherwise; nothing is
 * downloaded). That library reports offsets in Unicode code points; this class turns them into
 * UTF-16 offsets, so text outside the Basic Multilingual Plane (emoji) keeps its spans right, and
 * hands it unpaired surrogates as U+FFFD, which the native side would otherwise miscount.
 *
 * <p>The same tokenizer prepares the training examples and runs at inference, so the ids the model
 * was trained on and the ids it sees agree by construction.
 *
 * <p>Thread-safe: one instance may tokenize on many threads at once (the native tokenizer is
 * immutable once loaded). Holds native memory until {@link #close() closed}.
 */
public final class WordpieceTokenizer implements AutoCloseable {
  /** The base model's tokenizer, in the all-MiniLM-L6-v2 jar on the classpath. */
  public static final String BASE_TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";

  private static final Map<String, String> OPTIONS =
      Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false");

  private final HuggingFaceTokenizer tokenizer;
  private final String name;

  private WordpieceTokenizer(HuggingFaceTokenizer tokenizer, String name) {
    this.tokenizer = tokenizer;
    this.name = name;
  }

  /**
   * The base model's tokenizer, read from {@link #BASE_TOKENIZER_RESOURCE} on the classpath.
   *
   * @throws IllegalStateException naming the resource if it is missing or unreadable
   */
  public static WordpieceTokenizer base() {
    return fromClasspath(BASE_TOKENIZER_RESOURCE);
  }

  /**
   * A tokenizer read from a {@code tokenizer.json} resource on this class's class path.
   *
   * @param resource the resource name, absolute (no leading slash needed), not null
   * @throws IllegalStateException naming the resource if it is missing or not a tokenizer
   */
  public static WordpieceTokenizer fromClasspath(String resource) {
    checkNotNull(resource, "resource");
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader loader = WordpieceTokenizer.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("tokenizer " + path + " is not on the class path");
      }
      return load(in, path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tokenizer " + path, e);
    }
  }

  /**
   * A tokenizer read from a {@code tokenizer.json} stream (the stream is read, not closed).
   *
   * @param name what to call the source in error messages
   * @throws IllegalStateException naming {@code name} if the content is not a tokenizer
   */
  public static WordpieceTokenizer load(InputStream in, String name) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(name, "name");
    try {
      return new WordpieceTokenizer(HuggingFaceTokenizer.newInstance(in, OPTIONS), name);
    } catch (RuntimeException e) {
      throw new IllegalStateException("tokenizer " + name + " could not be loaded: " + e.getMessage(), e);
    }
  }

  /**
   * The wordpieces of {@code text}, without special tokens; never null, empty for text with no
   * wordpiece (blank or control characters only).
   */
  public Wordpieces tokenize(String text) {
    checkNotNull(text, "text");
    if (text.isEmpty()) {
      return new Wordpieces(text, new long[0], new int[0], new int[0]);
    }
    Encoding encoding = tokenizer.encode(withoutLoneSurrogates(text), false, false);
    long[] ids = encoding.getIds();
    CharSpan[] spans = encoding.getCharTokenSpans();
    int[] utf16 = codePointOffsets(text);
    int codePoints = utf16.length - 1;
    long[] keptIds = new long[ids.length];
    int[] begins = new int[ids.length];
    int[] ends = new int[ids.length];
    int kept = 0;
    int lastEnd = 0;
    for (int i = 0; i < ids.length; i++) {
      CharSpan span = spans[i];
      if (span == null) {
        continue;
      }
      int begin = utf16[Math.max(0, Math.min(codePoints, span.getStart()))];
      int end = utf16[Math.max(0, Math.min(codePoints, span.getEnd()))];
      if (begin >= end || begin < lastEnd) {
        continue; // no characters of its own: nothing to label, nothing to map back
      }
      keptIds[kept] = ids[i];
      begins[kept] = begin;
      ends[kept] = end;
      lastEnd = end;
      kept++;
    }
    return new Wordpieces(text, Arrays.copyOf(keptIds, kept), Arrays.copyOf(begins, kept), Arrays.copyOf(ends, kept));
  }

  /** The id of a vocabulary entry such as {@code [CLS]}, {@code [SEP]} or {@code [PAD]}. */
  public long specialId(String token) {
    checkNotNull(token, "token");
    Encoding encoding = tokenizer.encode(token, false, false);
    long[] ids = encoding.getIds();
    if (ids.length != 1) {
      throw new IllegalArgumentException("tokenizer " + name + " has no single id for " + token);
    }
    return ids[0];
  }

  /** Where this tokenizer was read from. */
  public String name() {
    return name;
  }

  @Override
  public void close() {
    tokenizer.close();
  }

  /**
   * The text with each unpaired surrogate replaced by U+FFFD, which has the same UTF-16 length and
   * counts as one code point, as the unpaired surrogate does in Java. Unreplaced, the native
   * library reads one lone surrogate as three characters and every later offset moves by two.
   */
  static String withoutLoneSurrogates(String text) {
    StringBuilder clean = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        if (clean != null) {
          clean.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      boolean lone = Character.isSurrogate(c);
      if (lone && clean == null) {
        clean = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (clean != null) {
        clean.append(lone ? '\uFFFD' : c);
      }
    }
    return clean == null ? text : clean.toString();
  }

  /** For each code point index {@code k} (and one past the last), its UTF-16 offset in {@code text}. */
  private static int[] codePointOffsets(String text) {
    int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
    int k = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      offsets[k++] = i;
    }
    offsets[k] = text.length();
    return offsets;
  }
}
