package org.claimspan.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchFiguresTest {

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(Benchmarker.median(new double[] {3, 1, 2})).isEqualTo(2);
    assertThat(Benchmarker.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }

  @Test
  void readsTextFilesFromFoldersAndCountsWhitespaceTokens(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("a.txt"), "one two\nthree ");
    Files.writeString(dir.resolve("sub/b.txt"), "  four  ");
    Files.writeString(dir.resolve("c.ann"), "not text");

    BenchInput input = BenchInput.read(List.of(dir));

    assertThat(input.documents()).extracting(d -> d.id()).containsExactly("a", "b");
    assertThat(input.tokens()).isEqualTo(4);
  }

  @Test
  void heapMeterReportsSomething() {
    try (HeapMeter meter = HeapMeter.start()) {
      byte[][] garbage = new byte[16][];
      for (int i = 0; i < garbage.length; i++) {
        garbage[i] = new byte[1 << 20];
      }
      assertThat(garbage.length).isEqualTo(16);
      assertThat(meter.poolPeakMb()).isPositive();
      assertThat(meter.sampledPeakMb()).isPositive();
    }
  }
}
