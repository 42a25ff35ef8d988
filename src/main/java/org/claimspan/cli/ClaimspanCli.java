package org.claimspan.cli;

import org.claimspan.ClaimExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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

  public static void main(String[] args) {
    System.exit(run(args));
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
