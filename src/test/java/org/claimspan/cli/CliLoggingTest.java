package org.claimspan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's log levels: quiet by default, the library's lines with {@code --verbose}. */
class CliLoggingTest {

  @Test
  void quietRunsShowTheLibrarysWarningsAndOthersErrors() {
    Properties properties = new Properties();
    CliLogging.configure(false, properties);
    assertThat(properties)
        .containsEntry(CliLogging.DEFAULT_LEVEL, "error")
        .containsEntry(CliLogging.LIBRARY_LEVEL, "warn");
  }

  @Test
  void verboseRunsShowTheLibrarysDebugLines() {
    Properties properties = new Properties();
    CliLogging.configure(true, properties);
    assertThat(properties)
        .containsEntry(CliLogging.DEFAULT_LEVEL, "info")
        .containsEntry(CliLogging.LIBRARY_LEVEL, "debug");
  }

  @Test
  void levelsSetOnTheJavaCommandLineAreKept() {
    Properties properties = new Properties();
    properties.setProperty(CliLogging.DEFAULT_LEVEL, "trace");
    CliLogging.configure(false, properties);
    assertThat(properties)
        .containsEntry(CliLogging.DEFAULT_LEVEL, "trace")
        .containsEntry(CliLogging.LIBRARY_LEVEL, "warn");
  }

  @Test
  void verboseIsTakenBeforeOrAfterTheSubcommand() {
    assertThat(verbose("--verbose", "extract", "a.txt")).isTrue();
    assertThat(verbose("extract", "--verbose", "a.txt")).isTrue();
    assertThat(verbose("extract", "-v", "a.txt")).isTrue();
    assertThat(verbose("render", "-v", "a.txt")).isTrue();
    assertThat(verbose("extract", "a.txt")).isFalse();
  }

  private static boolean verbose(String... args) {
    return ClaimspanCli.isVerbose(new CommandLine(new ClaimspanCli()).parseArgs(args));
  }

  /**
   * The real command in its own JVM, as a user runs it: SLF4J reads its levels once per process,
   * so this cannot be checked in-process.
   */
  @Test
  void theLibrarysLinesReachStandardErrorOnlyWhenVerbose(@TempDir Path dir) throws Exception {
    String quiet = standardError(dir, "extract", "--profile", "fast", "--out", dir.toString(), article());
    assertThat(quiet).doesNotContain("org.claimspan").contains("1 document, 0 failed");

    String verbose =
        standardError(dir, "extract", "--verbose", "--profile", "fast", "--out", dir.toString(), article());
    assertThat(verbose)
        .contains("DEBUG org.claimspan.backend.opennlp.OpenNlpModels - loaded OpenNLP's")
        .contains("INFO org.claimspan.ClaimExtractor - Claimspan ")
        .contains("the fast profile");
  }

  private static String article() {
    return Path.of("examples/articles/xinjiang-visa.txt").toAbsolutePath().toString();
  }

  /**
   * Runs {@code claimspan ARGS...} in a new JVM and returns its standard error. The test classes
   * are left off its classpath: their {@code simplelogger.properties} quietens the test run, and the
   * command must be quiet on its own.
   */
  private static String standardError(Path dir, String... args) throws IOException, InterruptedException {
    String classpath =
        Arrays.stream(
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                    .split(File.pathSeparator))
            .filter(entry -> !Path.of(entry).endsWith(Path.of("target", "test-classes")))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(classpath);
    command.add(ClaimspanCli.class.getName());
    command.addAll(List.of(args));
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("claimspan " + String.join(" ", args) + " did not end in 5 minutes");
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("exit code; stderr: %s", stderr).isZero();
    return stderr;
  }
}
