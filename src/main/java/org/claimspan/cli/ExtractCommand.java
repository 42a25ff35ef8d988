package org.claimspan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code claimspan extract}: who said what in files, folders, JSON Lines or stdin. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extract quotes, attributions and claims.")
final class ExtractCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
