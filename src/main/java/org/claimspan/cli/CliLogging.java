package org.claimspan.cli;

import java.util.Properties;

/**
 * The command line's log levels, set on SLF4J's simple binding (the CLI's own; the library brings
 * none) through its system properties, which it reads once, when the first logger is made.
 *
 * <p>Quiet by default: the library's warnings and errors, and only errors of the libraries under it
 * (CoreNLP warns about every character its tokenizer cannot read, which the result's diagnostics
 * already report), so that a batch run's stderr holds what went wrong and the summary. {@code
 * --verbose} shows the library's lines at debug level (models loaded, with timings) and everyone
 * else's (CoreNLP's annotators, say) at info level. A level the user set with {@code
 * -Dorg.slf4j.simpleLogger...} on the {@code java} command line is kept.
 */
final class CliLogging {

  static final String PREFIX = "org.slf4j.simpleLogger.";
  static final String DEFAULT_LEVEL = PREFIX + "defaultLogLevel";
  static final String LIBRARY_LEVEL = PREFIX + "log.org.claimspan";

  private CliLogging() {}

  /**
   * Writes the levels for a quiet or a verbose run into {@code properties} (the system properties
   * in {@link ClaimspanCli#main}), leaving the keys already set alone. Must run before the first
   * SLF4J logger is made to take effect.
   */
  static void configure(boolean verbose, Properties properties) {
    properties.putIfAbsent(DEFAULT_LEVEL, verbose ? "info" : "error");
    properties.putIfAbsent(LIBRARY_LEVEL, verbose ? "debug" : "warn");
    properties.putIfAbsent(PREFIX + "showThreadName", "false");
    properties.putIfAbsent(PREFIX + "showDateTime", "true"); // milliseconds since start: the timings
    properties.putIfAbsent(PREFIX + "logFile", "System.err");
  }
}
