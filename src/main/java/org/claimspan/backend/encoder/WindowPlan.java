package org.claimspan.backend.encoder;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Overlapping windows over a sequence of wordpieces, so that a text longer than the model's input
 * is read whole, and for each wordpiece the window that reads it best: the one in which it is most
 * central (the most context on its nearer side; ties go to the earlier window).
 *
 * <p>Windows are {@code length} long and start every {@code stride} wordpieces; the last one is
 * moved back to end at the last wordpiece, so every window but a short text's only one is full.
 * Immutable and thread-safe.
 */
public final class WindowPlan {

  /** A window: wordpieces {@code start} (inclusive) to {@code end} (exclusive). */
  public record Window(int start, int end) {
    public Window {
      checkArgument(0 <= start && start <= end, "window %s-%s", start, end);
    }

    /** The number of wordpieces in it. */
    public int size() {
      return end - start;
    }
  }

  private final List<Window> windows;
  private final int[] owners;

  private WindowPlan(List<Window> windows, int[] owners) {
    this.windows = List.copyOf(windows);
    this.owners = owners;
  }

  /**
   * Windows of at most {@code length} wordpieces every {@code stride} over {@code size} wordpieces.
   *
   * @throws IllegalArgumentException unless {@code size >= 0} and {@code 0 < stride <= length}
   */
  public static WindowPlan overlapping(int size, int length, int stride) {
    checkArgument(size >= 0, "size %s < 0", size);
    checkArgument(0 < stride && stride <= length, "need 0 < stride <= length: stride %s, length %s", stride, length);
    List<Window> windows = new ArrayList<>();
    if (size <= length) {
      windows.add(new Window(0, size));
    } else {
      for (int start = 0; ; start += stride) {
        if (start + length >= size) {
          windows.add(new Window(size - length, size));
          break;
        }
        windows.add(new Window(start, start + length));
      }
    }
    int[] owners = new int[size];
    int first = 0; // the earliest window that may still hold wordpiece i
    for (int i = 0; i < size; i++) {
      while (windows.get(first).end() <= i) {
        first++;
      }
      int best = first;
      int bestMargin = -1;
      for (int w = first; w < windows.size() && windows.get(w).start() <= i; w++) {
        Window window = windows.get(w);
        int margin = Math.min(i - window.start(), window.end() - 1 - i);
        if (margin > bestMargin) {
          best = w;
          bestMargin = margin;
        }
      }
      owners[i] = best;
    }
    return new WindowPlan(windows, owners);
  }

  /** The windows in order; never empty (an empty sequence has one empty window). */
  public List<Window> windows() {
    return windows;
  }

  /** The number of wordpieces planned over. */
  public int size() {
    return owners.length;
  }

  /** The index in {@link #windows()} of the window whose output wordpiece {@code i} takes. */
  public int owner(int i) {
    checkElementIndex(i, owners.length, "wordpiece");
    return owners[i];
  }
}
