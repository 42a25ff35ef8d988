package org.claimspan.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.claimspan.ClaimExtractor;
import org.claimspan.Document;
import org.claimspan.DocumentOutcome;
import org.claimspan.Profile;

/**
 * A load run of the service on loopback, bounded in time, that stops by itself: the library's own
 * batch path ({@code extractAll} on {@code --threads} workers, what {@code claimspan extract
 * --threads N} runs) over the documents for {@code --baseline-seconds}; then a server on 127.0.0.1
 * with the same workers, driven by {@code --clients} concurrent clients for {@code --seconds},
 * each posting one document at a time; then the library's path again. Both are warmed up for
 * {@code --warmup-seconds} first. It reports documents/s for both, the process's CPU time per document
 * (steadier than wall time on a shared machine; the service's includes its clients' HTTP work),
 * the load average, the service's latency percentiles, and checks that no answer was a 5xx and that no document was lost,
 * duplicated or answered for another (each request carries a unique id the answer must echo). Exit
 * code 1 when a check fails. Test code, not a test: run it through examples/service/load-test.sh.
 *
 * <pre>
 * ServiceLoadRun [--profile fast] [--threads 2] [--clients 32] [--seconds 60]
 *                [--baseline-seconds 30] [--warmup-seconds 10] [--docs examples/articles]
 * </pre>
 */
public final class ServiceLoadRun {
  private final Profile profile;
  private final int threads;
  private final int clients;
  private final Duration duration;
  private final Duration baselineDuration;
  private final Duration warmUp;
  private final Path folder;
  private final List<Document> documents = new ArrayList<>();

  private ServiceLoadRun(Map<String, String> options) throws IOException {
    profile = Profile.fromId(options.getOrDefault("--profile", "fast"));
    threads = Integer.parseInt(options.getOrDefault("--threads", "2"));
    clients = Integer.parseInt(options.getOrDefault("--clients", "32"));
    duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("--seconds", "60")));
    baselineDuration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("--baseline-seconds", "30")));
    warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("--warmup-seconds", "10")));
    folder = Path.of(options.getOrDefault("--docs", "examples/articles"));
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        documents.add(Document.of(name.substring(0, name.length() - 4), Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    if (documents.isEmpty()) {
      throw new IllegalArgumentException(folder + " holds no .txt documents");
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("options come in pairs: --name value; got " + Arrays.toString(args));
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    System.exit(new ServiceLoadRun(options).run() ? 0 : 1);
  }

  /**
   * Warms both paths up (the JIT compiles the same code for both, and its threads' CPU time would
   * otherwise fall on whichever is measured first), then measures the library's stream, the
   * service, and the library's stream again, so that a drift of the machine shows.
   */
  private boolean run() throws Exception {
    long characters = documents.stream().mapToLong(d -> d.text().length()).sum();
    System.out.printf(Locale.ROOT, "documents: %d from %s (%,d characters); profile %s, %d workers, %d processors%n",
        documents.size(), folder, characters, profile.id(), threads, Runtime.getRuntime().availableProcessors());
    ClaimExtractor extractor = ClaimExtractor.builder().profile(profile).build();
    ServiceConfig config = ServiceConfig.builder()
        .port(0)
        .profiles(List.of(profile))
        .threads(threads)
        .queue(clients)
        .build();
    try (ClaimspanServer server = ClaimspanServer.start(config, new PrintWriter(System.err, true), false)) {
      server.ready().get(5, TimeUnit.MINUTES);
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      stream(extractor, warmUp);
      new Load(server, http, clients, Long.MAX_VALUE).drive(warmUp);
      double before = baseline(extractor);
      Load load = new Load(server, http, clients, Long.MAX_VALUE);
      String average = loadAverage();
      long cpu = cpuNanos();
      long begin = System.nanoTime();
      load.drive(duration);
      double seconds = (System.nanoTime() - begin) / 1e9;
      long cpuUsed = cpuNanos() - cpu;
      System.out.printf(Locale.ROOT, "load average %s -> %s%n", average, loadAverage());
      double after = baseline(extractor);
      return load.report(seconds, cpuUsed, (before + after) / 2, new ServiceClient(server.uri()));
    }
  }

  /** Documents/s of one extractAll stream on the same workers, fed the documents over and over. */
  private double baseline(ClaimExtractor extractor) {
    String load = loadAverage();
    long cpu = cpuNanos();
    long begin = System.nanoTime();
    long done = stream(extractor, baselineDuration);
    double seconds = (System.nanoTime() - begin) / 1e9;
    double rate = done / seconds;
    System.out.printf(Locale.ROOT,
        "in-process extractAll(threads %d): %d documents in %.1f s = %.2f docs/s, %.0f CPU ms/doc; load average %s -> %s%n",
        threads, done, seconds, rate, (cpuNanos() - cpu) / 1e6 / done, load, loadAverage());
    return rate;
  }

  /** Extracts the documents round and round for {@code time}; returns how many succeeded. */
  private long stream(ClaimExtractor extractor, Duration time) {
    long deadline = System.nanoTime() + time.toNanos();
    Iterable<Document> cycle = () -> new java.util.Iterator<>() {
      private long next;

      @Override
      public boolean hasNext() {
        return System.nanoTime() < deadline;
      }

      @Override
      public Document next() {
        return documents.get((int) (next++ % documents.size()));
      }
    };
    try (Stream<DocumentOutcome> outcomes = extractor.extractAll(cycle, threads)) {
      return outcomes.filter(DocumentOutcome::succeeded).count();
    }
  }

  /** CPU time of this process so far, all threads. */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The machine's 1-minute load average, as the kernel reports it. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return String.format(Locale.ROOT, "%.2f",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** Clients posting documents with unique ids until the time or the count is up. */
  private final class Load {
    private final ClaimspanServer server;
    private final HttpClient http;
    private final int clientCount;
    private final long limit;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Integer> expectedLength = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger transportErrors = new AtomicInteger();
    private final AtomicInteger mismatched = new AtomicInteger();
    private final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile long deadline;

    Load(ClaimspanServer server, HttpClient http, int clientCount, long limit) {
      this.server = server;
      this.http = http;
      this.clientCount = clientCount;
      this.limit = limit;
    }

    void drive(Duration time) throws InterruptedException {
      deadline = System.nanoTime() + time.toNanos();
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < clientCount; i++) {
        Thread client = new Thread(this::client, "load-client-" + i);
        threads.add(client);
        client.start();
      }
      for (Thread client : threads) {
        client.join();
      }
    }

    private void client() {
      while (System.nanoTime() < deadline) {
        long n = sequence.getAndIncrement();
        if (n >= limit) {
          return;
        }
        Document document = documents.get((int) (n % documents.size()));
        String id = document.id() + "#" + n;
        expectedLength.put(id, document.text().length());
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("v1/extract?id="
                + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8)))
            .header("Content-Type", "text/plain; charset=utf-8")
            .timeout(Duration.ofMinutes(2))
            .POST(HttpRequest.BodyPublishers.ofString(document.text()))
            .build();
        long begin = System.nanoTime();
        try {
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          latencies.add(System.nanoTime() - begin);
          statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
          if (response.statusCode() == 200) {
            check(id, response.body());
          } else if (response.statusCode() == 429) {
            Thread.sleep(100);
          }
        } catch (IOException e) {
          transportErrors.incrementAndGet();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    /** The answer must be for this request: its id and its text's length. */
    private void check(String id, String body) {
      String answeredId = null;
      int length = -1;
      try (JsonParser parser = new JsonFactory().createParser(body)) {
        int depth = 0;
        boolean inDocument = false;
        JsonToken token;
        while ((token = parser.nextToken()) != null && (answeredId == null || length < 0)) {
          if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            depth++;
          } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            depth--;
            inDocument = false;
          } else if (token == JsonToken.FIELD_NAME && depth == 1 && parser.currentName().equals("document")) {
            inDocument = true;
          } else if (token == JsonToken.FIELD_NAME && depth == 2 && inDocument) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("id")) {
              answeredId = parser.getText();
            } else if (name.equals("length")) {
              length = parser.getIntValue();
            }
          }
        }
      } catch (IOException e) {
        mismatched.incrementAndGet();
        return;
      }
      if (answeredId == null) {
        mismatched.incrementAndGet();
        return;
      }
      answered.computeIfAbsent(answeredId, k -> new AtomicInteger()).incrementAndGet();
      if (!answeredId.equals(id) || length != expectedLength.get(id)) {
        mismatched.incrementAndGet();
      }
    }

    boolean report(double seconds, long cpuUsed, double baseline, ServiceClient metrics) {
      int ok = statuses.getOrDefault(200, new AtomicInteger()).get();
      int serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(e -> e.getValue().get()).sum();
      long sent = Math.min(sequence.get(), limit);
      long duplicated = answered.values().stream().filter(c -> c.get() > 1).count();
      long lost = sent - answered.size() - statuses.entrySet().stream().filter(e -> e.getKey() != 200)
          .mapToInt(e -> e.getValue().get()).sum() - transportErrors.get();
      long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      double rate = ok / seconds;
      System.out.printf(Locale.ROOT,
          "service, %d clients: %d answers 200 in %.1f s = %.2f docs/s (%.0f%% of in-process, the mean of the runs before and after), %.0f CPU ms/doc%n",
          clientCount, ok, seconds, rate, 100 * rate / baseline, cpuUsed / 1e6 / Math.max(1, ok));
      System.out.printf(Locale.ROOT, "latency ms: p50 %.0f, p95 %.0f, p99 %.0f, max %.0f%n",
          percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), percentile(sorted, 1.0));
      System.out.printf(Locale.ROOT, "statuses %s; transport errors %d; 5xx %d; lost %d; duplicated %d; mismatched %d%n",
          new java.util.TreeMap<>(statuses), transportErrors.get(), serverErrors, lost, duplicated, mismatched.get());
      double counted = metrics.metric("claimspan_documents_total", Map.of("outcome", "ok"))
          + metrics.metric("claimspan_documents_total", Map.of("outcome", "partial"));
      System.out.printf(Locale.ROOT, "server metrics: %.0f documents extracted, warm-up included%n", counted);
      boolean passed = serverErrors == 0 && lost == 0 && duplicated == 0 && mismatched.get() == 0
          && transportErrors.get() == 0 && ok > 0;
      System.out.println(passed ? "PASSED: no 5xx, no document lost, duplicated or mismatched" : "FAILED");
      return passed;
    }

    private double percentile(long[] sorted, double p) {
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
  }
}
