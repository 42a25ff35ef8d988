package org.claimspan.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelIteratorTest {

  @Test
  void resultsComeBackInInputOrderWhateverTheWorkersTake() {
    List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
    List<Integer> outputs = new ArrayList<>();
    try (OrderedParallelIterator<Integer, Integer> it =
        new OrderedParallelIterator<>(inputs.iterator(), OrderedParallelIteratorTest::slowSquare, 4)) {
      it.forEachRemaining(outputs::add);
    }
    assertThat(outputs).isEqualTo(inputs.stream().map(i -> i * i).toList());
  }

  @Test
  void mapInOrderGivesOneResultPerInputInInputOrder() {
    List<Integer> inputs = IntStream.range(0, 100).boxed().toList();
    assertThat(OrderedParallelIterator.mapInOrder(inputs, OrderedParallelIteratorTest::slowSquare, 3))
        .isEqualTo(inputs.stream().map(i -> i * i).toList());
    assertThat(OrderedParallelIterator.mapInOrder(List.<Integer>of(), i -> i, 2)).isEmpty();
  }

  @Test
  void mapInOrderRethrowsTheFirstFailure() {
    List<Integer> inputs = IntStream.range(0, 50).boxed().toList();
    assertThatThrownBy(() -> OrderedParallelIterator.mapInOrder(inputs, i -> {
      if (i == 17) {
        throw new IllegalArgumentException("input " + i);
      }
      return i;
    }, 4)).isInstanceOf(IllegalArgumentException.class).hasMessage("input 17");
  }

  @Test
  void readsAheadAtMostTwiceTheThreads() {
    AtomicInteger pulled = new AtomicInteger();
    Iterator<Integer> endless = new Iterator<>() {
      @Override public boolean hasNext() { return true; }
      @Override public Integer next() { return pulled.incrementAndGet(); }
    };
    try (OrderedParallelIterator<Integer, Integer> it =
        new OrderedParallelIterator<>(endless, i -> i, 3)) {
      assertThat(it.next()).isEqualTo(1);
      assertThat(pulled.get()).isLessThanOrEqualTo(6);
    }
  }

  @Test
  void aFailureIsRethrownAtItsPlace() {
    List<Integer> inputs = List.of(1, 2, 3);
    try (OrderedParallelIterator<Integer, Integer> it = new OrderedParallelIterator<>(
        inputs.iterator(), i -> { if (i == 2) throw new IllegalStateException("two"); return i; }, 2)) {
      assertThat(it.next()).isEqualTo(1);
      assertThatThrownBy(it::next).isInstanceOf(IllegalStateException.class).hasMessage("two");
    }
  }

  @Test
  void emptyInputEndsAtOnce() {
    try (OrderedParallelIterator<Integer, Integer> it =
        new OrderedParallelIterator<>(List.<Integer>of().iterator(), i -> i, 2)) {
      assertThat(it.hasNext()).isFalse();
      assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  private static int slowSquare(int i) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(3));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return i * i;
  }
}
