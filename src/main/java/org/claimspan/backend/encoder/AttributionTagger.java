package org.claimspan.backend.encoder;

import static com.google.common.base.Preconditions.checkNotNull;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;
import org.claimspan.backend.encoder.WindowPlan.Window;
import org.claimspan.spi.Deadline;

/**
 * The attribution tagger: a fine-tuned transformer that gives every wordpiece of a text its
 * probabilities of the seven {@link TaggerLabel}s, run through ONNX Runtime.
 *
 * <p>The text is read in overlapping windows ({@link WindowPlan}), so nothing is cut off however
 * long it is; each wordpiece keeps the output of the window where it is most central. The
 * document's {@link Deadline} is checked before each window; windows not run leave their
 * wordpieces {@linkplain WordpieceProbabilities#covered(int) uncovered}.
 *
 * <p>The model must take {@code input_ids} and {@code attention_mask} (int64, {@code [batch,
 * wordpieces]}) and give {@code probabilities} (float, {@code [batch, wordpieces, 7]}) in {@link
 * TaggerLabel} order; {@link #load} checks this.
 *
 * <p>Thread-safe: one shared {@link OrtSession} serves every thread ({@code OrtSession.run} is
 * safe to call concurrently). Its threading: {@linkplain EncoderSettings#intraOpThreads() intra-op
 * threads} as configured (1 by default), one inter-op thread, sequential execution, all graph
 * optimisations. Holds native memory until {@link #close() closed}.
 */
public final class AttributionTagger implements AutoCloseable {
  /** The packaged model's resource name on the class path. */
  public static final String PACKAGED_MODEL = "org/claimspan/models/encoder/attribution-tagger-en.onnx";

  private static final String INPUT_IDS = "input_ids";
  private static final String ATTENTION_MASK = "attention_mask";
  private static final String PROBABILITIES = "probabilities";
  private static final int LABELS = TaggerLabel.count();

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final WordpieceTokenizer tokenizer;
  private final EncoderSettings settings;
  private final String name;
  private final long cls;
  private final long sep;

  private AttributionTagger(
      OrtEnvironment environment, OrtSession session, WordpieceTokenizer tokenizer, EncoderSettings settings,
      String name) {
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.settings = settings;
    this.name = name;
    this.cls = tokenizer.specialId("[CLS]");
    this.sep = tokenizer.specialId("[SEP]");
  }

  /**
   * The packaged tagger with the base tokenizer.
   *
   * @throws IllegalStateException naming the file if the model or tokenizer is missing or corrupt
   */
  public static AttributionTagger packaged(EncoderSettings settings) {
    return fromClasspath(PACKAGED_MODEL, settings);
  }

  /**
   * A tagger read from a model resource on the class path, with the base tokenizer.
   *
   * @throws IllegalStateException naming the resource if it is missing or not a tagger model
   */
  public static AttributionTagger fromClasspath(String resource, EncoderSettings settings) {
    checkNotNull(resource, "resource");
    checkNotNull(settings, "settings");
    byte[] model;
    try (InputStream in = AttributionTagger.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("encoder model " + resource + " is not on the class path");
      }
      model = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read encoder model " + resource, e);
    }
    return load(model, resource, WordpieceTokenizer.base(), settings);
  }

  /**
   * A tagger from a model's bytes. Takes ownership of {@code tokenizer} (closed with the tagger,
   * or at once if loading fails).
   *
   * @param name what to call the model in error messages (its file or resource name)
   * @throws IllegalStateException naming {@code name} if the bytes are not a tagger model
   */
  public static AttributionTagger load(byte[] model, String name, WordpieceTokenizer tokenizer, EncoderSettings settings) {
    checkNotNull(model, "model");
    checkNotNull(name, "name");
    checkNotNull(tokenizer, "tokenizer");
    checkNotNull(settings, "settings");
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    OrtSession session = null;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(settings.intraOpThreads());
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      session = environment.createSession(model, options);
      checkSignature(session, name);
      return new AttributionTagger(environment, session, tokenizer, settings, name);
    } catch (OrtException | RuntimeException e) {
      closeQuietly(session, e);
      tokenizer.close();
      if (e instanceof IllegalStateException) {
        throw (IllegalStateException) e;
      }
      throw new IllegalStateException("encoder model " + name + " could not be loaded: " + e.getMessage(), e);
    }
  }

  /** The tokenizer the model reads with. */
  public WordpieceTokenizer tokenizer() {
    return tokenizer;
  }

  /** The settings it runs with. */
  public EncoderSettings settings() {
    return settings;
  }

  /**
   * Tokenizes {@code text} and tags every wordpiece; never null.
   *
   * @param deadline checked before each window; windows after it expires are not run
   */
  public WordpieceProbabilities tag(String text, Deadline deadline) {
    return tag(tokenizer.tokenize(checkNotNull(text, "text")), deadline);
  }

  /**
   * Tags every wordpiece of {@code pieces} (made by {@link #tokenizer()}); never null.
   *
   * @param deadline checked before each window; windows after it expires are not run
   * @throws IllegalStateException naming the model if ONNX Runtime fails on a window
   */
  public WordpieceProbabilities tag(Wordpieces pieces, Deadline deadline) {
    checkNotNull(pieces, "pieces");
    checkNotNull(deadline, "deadline");
    int n = pieces.size();
    float[] probabilities = new float[n * LABELS];
    boolean[] covered = new boolean[n];
    if (n == 0) {
      return new WordpieceProbabilities(pieces, probabilities, covered, 0, 0);
    }
    WindowPlan plan = WindowPlan.overlapping(n, settings.windowLength(), settings.stride());
    List<Window> windows = plan.windows();
    int run = 0;
    for (int w = 0; w < windows.size(); w++) {
      if (deadline.expired()) {
        break;
      }
      Window window = windows.get(w);
      float[] output = runWindow(pieces, window);
      for (int i = window.start(); i < window.end(); i++) {
        if (plan.owner(i) == w) {
          int row = (i - window.start() + 1) * LABELS; // +1: the [CLS] in front
          System.arraycopy(output, row, probabilities, i * LABELS, LABELS);
          covered[i] = true;
        }
      }
      run++;
    }
    return new WordpieceProbabilities(pieces, probabilities, covered, run, windows.size());
  }

  /** The model's output for one window, {@code (size + 2) * 7} values, [CLS] and [SEP] included. */
  private float[] runWindow(Wordpieces pieces, Window window) {
    int length = window.size() + 2;
    long[] ids = new long[length];
    long[] mask = new long[length];
    ids[0] = cls;
    System.arraycopy(pieces.ids(window.start(), window.end()), 0, ids, 1, window.size());
    ids[length - 1] = sep;
    java.util.Arrays.fill(mask, 1L);
    long[] shape = {1, length};
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OrtSession.Result result = session.run(Map.of(INPUT_IDS, idTensor, ATTENTION_MASK, maskTensor))) {
      OnnxTensor output = (OnnxTensor) result.get(PROBABILITIES)
          .orElseThrow(() -> new IllegalStateException("encoder model " + name + " gave no " + PROBABILITIES));
      FloatBuffer buffer = output.getFloatBuffer();
      if (buffer.remaining() != length * LABELS) {
        throw new IllegalStateException(String.format(
            "encoder model %s gave %d values for %d wordpieces, expected %d", name, buffer.remaining(), length,
            length * LABELS));
      }
      float[] values = new float[buffer.remaining()];
      buffer.get(values);
      return values;
    } catch (OrtException e) {
      throw new IllegalStateException("encoder model " + name + " failed on " + length + " wordpieces: " + e.getMessage(), e);
    }
  }

  private static void checkSignature(OrtSession session, String name) throws OrtException {
    Map<String, NodeInfo> inputs = session.getInputInfo();
    Map<String, NodeInfo> outputs = session.getOutputInfo();
    if (!inputs.keySet().equals(java.util.Set.of(INPUT_IDS, ATTENTION_MASK)) || !outputs.containsKey(PROBABILITIES)) {
      throw new IllegalStateException(String.format(
          "encoder model %s takes %s and gives %s; expected inputs [%s, %s] and output %s",
          name, inputs.keySet(), outputs.keySet(), INPUT_IDS, ATTENTION_MASK, PROBABILITIES));
    }
    if (outputs.get(PROBABILITIES).getInfo() instanceof TensorInfo info) {
      long[] shape = info.getShape();
      if (shape.length != 3 || shape[2] != LABELS) {
        throw new IllegalStateException(String.format(
            "encoder model %s gives %s of shape %s; expected [batch, wordpieces, %d]", name, PROBABILITIES,
            java.util.Arrays.toString(shape), LABELS));
      }
    }
  }

  private static void closeQuietly(OrtSession session, Exception cause) {
    if (session != null) {
      try {
        session.close();
      } catch (OrtException e) {
        cause.addSuppressed(e);
      }
    }
  }

  /** Releases the session and the tokenizer. Not to be called while another thread tags. */
  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("closing encoder model " + name + ": " + e.getMessage(), e);
    } finally {
      tokenizer.close();
    }
  }

  @Override
  public String toString() {
    return "AttributionTagger[" + name + ", " + settings + "]";
  }
}
