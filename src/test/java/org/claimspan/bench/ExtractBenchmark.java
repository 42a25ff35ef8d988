package org.claimspan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.ExtractionResult;
import org.claimspan.Profile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

/**
 * JMH benchmark of {@link ClaimExtractor#extract(Document)}: average time per document for one
 * article (the canonical example from {@code claimspan.eval.dir}/dev, or a built-in paragraph when
 * the evaluation data is absent). The extractor is built once per fork, outside the measurement.
 *
 * <p>Not run by surefire. To run it (JMH options after the class name, e.g. {@code -wi 1 -i 1 -f 1}
 * for a quick try, {@code -h} for all):
 *
 * <pre>
 * cd /work/wt-eval
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx4g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.claimspan.bench.ExtractBenchmark -wi 1 -i 1 -f 1
 * </pre>
 *
 * The fork inherits the classpath; pass {@code -jvmArgs "-Xmx4g -Dclaimspan.eval.dir=..."} to
 * change the forked JVM's settings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ExtractBenchmark {

  private static final String FALLBACK =
      "The minister said on Tuesday that the new rules would take effect next year. \"We have listened"
          + " to everyone,\" she told reporters. Critics argued the plan was rushed, according to a"
          + " statement from the opposition.";

  @Param({"accurate"})
  public String profile;

  private ClaimExtractor extractor;
  private Document document;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    extractor = ClaimExtractor.builder().profile(Profile.fromId(profile)).build();
    document = Document.of("bench", text());
  }

  private static String text() throws IOException {
    String dir = System.getProperty("claimspan.eval.dir", "../shared/eval");
    Path file = Path.of(dir, "dev", "xinjiang-visa.txt");
    return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : FALLBACK;
  }

  /** Extracts from one article; the result is returned so JMH keeps the work. */
  @Benchmark
  public ExtractionResult extract() {
    return extractor.extract(document);
  }

  /** Runs this benchmark with JMH command-line options. */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    String[] withInclude = new String[args.length + 1];
    System.arraycopy(args, 0, withInclude, 0, args.length);
    withInclude[args.length] = ExtractBenchmark.class.getSimpleName();
    new Runner(new CommandLineOptions(withInclude)).run();
  }
}
