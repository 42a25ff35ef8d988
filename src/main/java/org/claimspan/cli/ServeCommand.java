package org.claimspan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.claimspan.Profile;
import org.claimspan.service.ClaimspanServer;
import org.claimspan.service.ServiceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimspan serve}: the HTTP service and its web page, with models loaded once. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve who said what over HTTP: POST /v1/extract, POST /v1/extract/batch (JSON Lines), GET /healthz,"
          + " /readyz, /metrics, /v1/openapi.json, and a web page at /.",
      "Models load once, at start. SIGTERM or Ctrl+C stops taking requests and lets those in flight finish"
          + " within the time budget."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--host", defaultValue = ServiceConfig.DEFAULT_HOST,
      description = "Address to bind; default ${DEFAULT-VALUE} (this machine only). 0.0.0.0 listens on every interface.")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port; default ${DEFAULT-VALUE}; 0 picks a free one.")
  int port;

  @Option(names = "--profile", defaultValue = "accurate", split = ",", paramLabel = "PROFILE",
      converter = ProfileConverter.class,
      description = "Profiles to load (accurate, fast; comma-separated or repeated); the first is the default."
          + " Default: ${DEFAULT-VALUE}.")
  List<Profile> profiles;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents extracted at once, on N worker threads; default: the number of processors.")
  Integer threads;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000",
      description = "Longest document accepted, in UTF-16 units (default ${DEFAULT-VALUE}); longer ones get 413.")
  int maxChars;

  @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "60",
      description = "Time budget per document in seconds (default ${DEFAULT-VALUE}): past it the answer is the partial"
          + " result with a time-budget-exceeded diagnostic. A graceful stop waits this long plus 5 s.")
  double timeBudgetSeconds;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "8388608",
      description = "Largest request body, and largest line of a batch, in bytes (default ${DEFAULT-VALUE}); larger: 413.")
  long maxBody;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
      description = "Documents that may wait for a worker (default ${DEFAULT-VALUE}); beyond: 429 with Retry-After.")
  int queue;

  @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "A client that sends or reads nothing for this long is dropped (default ${DEFAULT-VALUE}).")
  double idleTimeoutSeconds;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "Require 'Authorization: Bearer TOKEN' on every /v1 route, TOKEN being FILE's content (trimmed).")
  Path tokenFile;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "Let browser pages from ORIGIN (scheme://host[:port], or *) call the API; default: no CORS.")
  String corsOrigin;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter stderr = spec.commandLine().getErr();
    ServiceConfig config = config();
    ClaimspanServer server;
    try {
      server = ClaimspanServer.start(config, stderr, true);
    } catch (IOException e) {
      stderr.println("claimspan: " + e.getMessage());
      stderr.flush();
      return 1;
    }
    try {
      server.ready().get();
    } catch (ExecutionException e) {
      stderr.println("claimspan: the models failed to load: " + server.loadFailure().orElse(String.valueOf(e.getCause())));
      stderr.flush();
      server.close();
      return 1;
    }
    server.join();
    return 0;
  }

  private ServiceConfig config() {
    if (!(timeBudgetSeconds >= 0.001 && timeBudgetSeconds <= 86_400)
        || !(idleTimeoutSeconds >= 0.001 && idleTimeoutSeconds <= 86_400)) {
      throw usage(String.format(Locale.ROOT,
          "need 0.001 <= --time-budget, --idle-timeout <= 86400 seconds (got %s, %s)", timeBudgetSeconds, idleTimeoutSeconds));
    }
    try {
      ServiceConfig.Builder builder = ServiceConfig.builder()
          .host(host)
          .port(port)
          .profiles(profiles)
          .maxChars(maxChars)
          .timeBudget(seconds(timeBudgetSeconds))
          .maxBodyBytes(maxBody)
          .queue(queue)
          .idleTimeout(seconds(idleTimeoutSeconds));
      if (threads != null) {
        builder.threads(threads);
      }
      if (tokenFile != null) {
        builder.tokenFile(tokenFile);
      }
      if (corsOrigin != null) {
        builder.corsOrigin(corsOrigin);
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private static Duration seconds(double seconds) {
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
