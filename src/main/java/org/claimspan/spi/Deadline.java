package org.claimspan.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * The point in time by which one document's extraction should be done. Backends and stages ask
 * {@link #expired()} between units of work (paragraphs, sentences) and stop early when it says
 * so; the engine then returns a partial result with a {@code time-budget-exceeded} diagnostic.
 *
 * <p>A deadline is created per document and passed down explicitly: there is no thread-local or
 * static state. {@link #expired()} reads {@link System#nanoTime()} only, so it is cheap enough to
 * call per sentence. Immutable and thread-safe.
 */
public final class Deadline {
  private static final Deadline NONE = new Deadline(0, Long.MAX_VALUE, null);

  private final long start;
  /** Nanoseconds from {@code start}; {@code Long.MAX_VALUE} for no deadline. */
  private final long budgetNanos;
  private final Duration budget;

  private Deadline(long start, long budgetNanos, Duration budget) {
    this.start = start;
    this.budgetNanos = budgetNanos;
    this.budget = budget;
  }

  /**
   * A deadline {@code budget} from now.
   *
   * @param budget the time allowed, positive, not null
   */
  public static Deadline after(Duration budget) {
    checkNotNull(budget, "budget");
    checkArgument(!budget.isNegative() && !budget.isZero(), "budget must be positive: %s", budget);
    long nanos = budget.compareTo(Duration.ofDays(1000)) > 0 ? Long.MAX_VALUE : budget.toNanos();
    return new Deadline(System.nanoTime(), nanos, budget);
  }

  /** A deadline that never expires, for callers without a budget. */
  public static Deadline none() {
    return NONE;
  }

  /**
   * A deadline with the same start that expires after {@code fraction} of this one's budget, for a
   * stage that must leave time to the stages after it.
   *
   * @param fraction in (0, 1]
   */
  public Deadline fraction(double fraction) {
    checkArgument(fraction > 0 && fraction <= 1, "fraction must be in (0, 1]: %s", fraction);
    if (budgetNanos == Long.MAX_VALUE) {
      return this;
    }
    long nanos = Math.max(1, (long) (budgetNanos * fraction));
    return new Deadline(start, nanos, Duration.ofNanos(nanos));
  }

  /** Whether the budget is spent. */
  public boolean expired() {
    return budgetNanos != Long.MAX_VALUE && System.nanoTime() - start >= budgetNanos;
  }

  /** Time since the deadline was created; zero for {@link #none()}. */
  public Duration elapsed() {
    return this == NONE ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - start);
  }

  /** The budget this deadline was created with; {@code ChronoUnit.FOREVER}'s duration for {@link #none()}. */
  public Duration budget() {
    return budget == null ? java.time.temporal.ChronoUnit.FOREVER.getDuration() : budget;
  }

  @Override
  public String toString() {
    return this == NONE ? "Deadline[none]" : "Deadline[budget=" + budget + ", elapsed=" + elapsed() + "]";
  }
}
