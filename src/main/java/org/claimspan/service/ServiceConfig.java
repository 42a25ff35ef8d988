package org.claimspan.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.claimspan.ClaimExtractor;
import org.claimspan.Profile;

/**
 * How a {@link ClaimspanServer} listens, which profiles it loads and the limits it enforces.
 * Immutable and thread-safe; build one with {@link #builder()}. Sizes of text are UTF-16 code units
 * ({@code maxChars}) or bytes of the request body ({@code maxBodyBytes}).
 */
public final class ServiceConfig {
  /** Default address: loopback only, so nothing outside the machine reaches the service. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  public static final int DEFAULT_PORT = 8080;

  /** Default limit on one request body (one document, or one line of a batch): 8 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 8L << 20;

  /** Default number of documents that may wait for a worker. */
  public static final int DEFAULT_QUEUE = 64;

  /** Default idle timeout: a client that sends or reads nothing for this long is dropped. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  private final String host;
  private final int port;
  private final List<Profile> profiles;
  private final int threads;
  private final int maxChars;
  private final Duration timeBudget;
  private final long maxBodyBytes;
  private final int queue;
  private final Duration idleTimeout;
  private final Optional<String> token;
  private final Optional<String> corsOrigin;

  private ServiceConfig(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
    this.profiles = ImmutableList.copyOf(new LinkedHashSet<>(builder.profiles));
    this.threads = builder.threads;
    this.maxChars = builder.maxChars;
    this.timeBudget = builder.timeBudget;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.queue = builder.queue;
    this.idleTimeout = builder.idleTimeout;
    this.token = builder.token;
    this.corsOrigin = builder.corsOrigin;
  }

  /** A builder with the defaults: loopback, port 8080, the accurate profile, one worker per processor. */
  public static Builder builder() {
    return new Builder();
  }

  /** The address to bind, never null. */
  public String host() {
    return host;
  }

  /** The port to bind; 0 picks a free one (see {@link ClaimspanServer#port()}). */
  public int port() {
    return port;
  }

  /** The profiles to load, in order, without repeats; the first is the default. Never empty. */
  public List<Profile> profiles() {
    return profiles;
  }

  /** Documents extracted at once, each on its own worker thread. */
  public int threads() {
    return threads;
  }

  /** Longest document accepted, in UTF-16 code units. */
  public int maxChars() {
    return maxChars;
  }

  /** Time budget per document; past it a document gets a partial result and a diagnostic. */
  public Duration timeBudget() {
    return timeBudget;
  }

  /** Largest request body accepted, in bytes; for the batch route, the largest line. */
  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Documents that may wait for a worker beyond those being extracted. */
  public int queue() {
    return queue;
  }

  /** How long a connection may stay silent while the service waits on the client. */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** The bearer token every {@code /v1} route requires, if any. */
  public Optional<String> token() {
    return token;
  }

  /** The one origin allowed to call the service from a browser page, if any (CORS). */
  public Optional<String> corsOrigin() {
    return corsOrigin;
  }

  @Override
  public String toString() {
    // Never the token itself.
    return "ServiceConfig{host=" + host + ", port=" + port + ", profiles=" + profiles + ", threads=" + threads
        + ", maxChars=" + maxChars + ", timeBudget=" + timeBudget + ", maxBodyBytes=" + maxBodyBytes
        + ", queue=" + queue + ", idleTimeout=" + idleTimeout + ", token=" + (token.isPresent() ? "set" : "none")
        + ", corsOrigin=" + corsOrigin.orElse("none") + "}";
  }

  /** Configures a {@link ServiceConfig}. Not thread-safe. */
  public static final class Builder {
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private List<Profile> profiles = List.of(Profile.ACCURATE);
    private int threads = Runtime.getRuntime().availableProcessors();
    private int maxChars = ClaimExtractor.DEFAULT_MAX_DOCUMENT_LENGTH;
    private Duration timeBudget = ClaimExtractor.DEFAULT_TIME_BUDGET;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int queue = DEFAULT_QUEUE;
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private Optional<String> token = Optional.empty();
    private Optional<String> corsOrigin = Optional.empty();

    private Builder() {}

    /** The address to bind (a host name or IP literal); default {@value ServiceConfig#DEFAULT_HOST}. */
    public Builder host(String host) {
      checkNotNull(host, "host");
      checkArgument(!host.isBlank(), "host must not be blank");
      this.host = host;
      return this;
    }

    /** The port, 0 to 65535 (0: any free port); default {@value ServiceConfig#DEFAULT_PORT}. */
    public Builder port(int port) {
      checkArgument(port >= 0 && port <= 65_535, "port must be within 0..65535: %s", port);
      this.port = port;
      return this;
    }

    /** The profiles to load, at least one; the first is the default. Default: accurate. */
    public Builder profiles(List<Profile> profiles) {
      checkNotNull(profiles, "profiles");
      checkArgument(!profiles.isEmpty(), "at least one profile is needed");
      profiles.forEach(p -> checkNotNull(p, "profiles contains null: %s", profiles));
      this.profiles = List.copyOf(profiles);
      return this;
    }

    /** Worker threads, 1 to 256; default one per processor. */
    public Builder threads(int threads) {
      checkArgument(threads >= 1 && threads <= 256, "threads must be within 1..256: %s", threads);
      this.threads = threads;
      return this;
    }

    /** Longest document, in UTF-16 code units, at least 1; default 2,000,000. */
    public Builder maxChars(int maxChars) {
      checkArgument(maxChars >= 1, "maxChars must be positive: %s", maxChars);
      this.maxChars = maxChars;
      return this;
    }

    /** Time budget per document, positive; default 60 s. */
    public Builder timeBudget(Duration timeBudget) {
      checkNotNull(timeBudget, "timeBudget");
      checkArgument(!timeBudget.isNegative() && !timeBudget.isZero(), "timeBudget must be positive: %s", timeBudget);
      this.timeBudget = timeBudget;
      return this;
    }

    /** Largest request body (or batch line) in bytes, at least 1; default 8 MiB. */
    public Builder maxBodyBytes(long maxBodyBytes) {
      checkArgument(maxBodyBytes >= 1 && maxBodyBytes <= Integer.MAX_VALUE - 8,
          "maxBodyBytes must be within 1..%s: %s", Integer.MAX_VALUE - 8, maxBodyBytes);
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** Documents that may wait for a worker, 0 or more; default {@value ServiceConfig#DEFAULT_QUEUE}. */
    public Builder queue(int queue) {
      checkArgument(queue >= 0 && queue <= 1_000_000, "queue must be within 0..1000000: %s", queue);
      this.queue = queue;
      return this;
    }

    /** Idle timeout of a connection, positive; default 30 s. */
    public Builder idleTimeout(Duration idleTimeout) {
      checkNotNull(idleTimeout, "idleTimeout");
      checkArgument(!idleTimeout.isNegative() && !idleTimeout.isZero(), "idleTimeout must be positive: %s", idleTimeout);
      this.idleTimeout = idleTimeout;
      return this;
    }

    /**
     * Requires {@code Authorization: Bearer TOKEN} on every {@code /v1} route. The token must be
     * non-empty printable ASCII without spaces (what an HTTP header can carry).
     */
    public Builder token(String token) {
      checkNotNull(token, "token");
      checkArgument(!token.isEmpty() && token.chars().allMatch(c -> c > 0x20 && c < 0x7f),
          "token must be non-empty printable ASCII without spaces (%s characters given)", token.length());
      this.token = Optional.of(token);
      return this;
    }

    /**
     * {@link #token(String)} with the content of {@code file} (UTF-8, surrounding white space
     * trimmed), read now; the token never appears in messages.
     *
     * @throws IllegalArgumentException naming the file if it cannot be read, is empty, or holds
     *     more than a token
     */
    public Builder tokenFile(Path file) {
      checkNotNull(file, "file");
      String content;
      try {
        content = Files.readString(file, StandardCharsets.UTF_8).strip();
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("token file " + file + ": no such file", e);
      } catch (CharacterCodingException e) {
        throw new IllegalArgumentException("token file " + file + ": not UTF-8 text", e);
      } catch (IOException e) {
        throw new IllegalArgumentException("token file " + file + ": cannot read it: " + e.getMessage(), e);
      }
      checkArgument(!content.isEmpty(), "token file %s is empty", file);
      checkArgument(content.chars().allMatch(c -> c > 0x20 && c < 0x7f),
          "token file %s must hold one token of printable ASCII without spaces", file);
      return token(content);
    }

    /**
     * Allows browser pages from this one origin (such as {@code https://tools.example.org}, or
     * {@code *} for any) to call the API; without it no CORS headers are sent.
     */
    public Builder corsOrigin(String origin) {
      checkNotNull(origin, "origin");
      checkArgument(origin.equals("*") || origin.matches("[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s]+"),
          "CORS origin must be scheme://host[:port] or *: '%s'", origin);
      this.corsOrigin = Optional.of(origin);
      return this;
    }

    public ServiceConfig build() {
      return new ServiceConfig(this);
    }
  }
}
