package org.claimspan.backend.encoder;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How the tagger runs. Immutable and thread-safe.
 *
 * @param modelLength wordpieces in one model input, {@code [CLS]} and {@code [SEP]} included (the
 *     length the model was trained on); 4 to 512
 * @param stride wordpieces between the starts of consecutive windows, at most {@code modelLength -
 *     2}; smaller gives every wordpiece more context on both sides and costs more windows
 * @param intraOpThreads ONNX Runtime threads inside one model run, at least 1. Documents run in
 *     parallel on the caller's threads share the one session, so the default is 1 (no pool of its
 *     own per run, no oversubscription); a single-document caller on an idle machine may give more
 */
public record EncoderSettings(int modelLength, int stride, int intraOpThreads) {
  /** The packaged model's length: 256 wordpieces. */
  public static final int PACKAGED_MODEL_LENGTH = 256;

  public EncoderSettings {
    checkArgument(4 <= modelLength && modelLength <= 512, "model length %s outside 4..512", modelLength);
    checkArgument(0 < stride && stride <= modelLength - 2,
        "stride %s outside 1..%s (the model length %s less [CLS] and [SEP])", stride, modelLength - 2, modelLength);
    checkArgument(intraOpThreads >= 1, "intra-op threads %s < 1", intraOpThreads);
  }

  /**
   * The packaged model's settings: 256 wordpieces, windows every 190 (so each wordpiece but those
   * near the text's ends is read with at least 32 wordpieces on either side), one thread per run.
   */
  public static EncoderSettings defaults() {
    return new EncoderSettings(PACKAGED_MODEL_LENGTH, 190, 1);
  }

  /** These settings with {@code threads} intra-op threads. */
  public EncoderSettings withIntraOpThreads(int threads) {
    return new EncoderSettings(modelLength, stride, threads);
  }

  /** Wordpieces of text in one window: the model length less {@code [CLS]} and {@code [SEP]}. */
  public int windowLength() {
    return modelLength - 2;
  }
}
