package org.claimspan.cli;

import org.claimspan.ClaimExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code claimspan} command line: {@code extract}, {@code eval}, {@code bench}, {@code render}, {@code serve},
 * {@code train}.
 */
@Command(
    name = "claimspan",
    mixinStandardHelpOptions = true,
    versionProvider = ClaimspanCli.Version.class,
    description = "Who said what in English news text: quotes, attributions and claims.",
    subcommands = {
      ExtractCommand.class, EvalCommand.class, BenchCommand.class, RenderCommand.class, ServeCommand.class,
      TrainCommand.class
    })
public final class ClaimspanCli {

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Log what the library does (models loaded, with timings) on standard error.")
  boolean verbose;

  /**
   * Runs the command line and exits with its code. Sets the log levels (quiet unless {@code
   * --verbose}; see {@link CliLogging}) once the arguments are parsed and before any command runs.
   */
  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new ClaimspanCli());
    cli.setExecutionStrategy(
        parsed -> {
          CliLogging.configure(isVerbose(parsed), System.getProperties());
          return new CommandLine.RunLast().execute(parsed);
        });
    System.exit(cli.execute(args));
  }

  /** True when {@code --verbose} was given to the command or any of its subcommands. */
  static boolean isVerbose(ParseResult parsed) {
    for (ParseResult command = parsed; command != null; command = command.subcommand()) {
      if (command.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** Runs the command line and returns its exit code; for tests and embedding. */
  public static int run(String... args) {
    return new CommandLine(new ClaimspanCli()).execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"claimspan " + ClaimExtractor.version()};
    }
  }
}
