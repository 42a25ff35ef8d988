package org.claimspan.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A test client of one running service: requests, raw sockets, and metric values. Test code only. */
final class ServiceClient {
  private final URI base;
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  ServiceClient(URI base) {
    this.base = base;
  }

  URI uri(String pathAndQuery) {
    return base.resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
    return send(withHeaders(request, headers).build());
  }

  HttpResponse<String> post(String path, String contentType, String body, String... headers) {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(withHeaders(request, headers).build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpClient http() {
    return http;
  }

  private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  /** A metric's value now, by name and labels; 0 when the series does not exist yet. */
  double metric(String name, Map<String, String> labels) {
    String text = get("/metrics").body();
    Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{([^}]*)\\})? (\\S+)$", Pattern.MULTILINE);
    Matcher matcher = line.matcher(text);
    while (matcher.find()) {
      String given = matcher.group(2) == null ? "" : matcher.group(2);
      boolean all = labels.entrySet().stream()
          .allMatch(e -> given.contains(e.getKey() + "=\"" + e.getValue() + "\""));
      if (all) {
        return Double.parseDouble(matcher.group(3));
      }
    }
    return 0;
  }

  double metric(String name) {
    return metric(name, Map.of());
  }

  /** Waits up to {@code timeout} for {@code condition}; returns whether it came true. */
  static boolean eventually(Duration timeout, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }

  /** A raw connection, for clients that misbehave: trickling, vanishing mid-body. */
  Socket socket() throws IOException {
    Socket socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(10_000);
    return socket;
  }

  /** Writes the request line and headers of a POST with the given length. */
  static void writeHead(OutputStream out, String path, String contentType, long length, String host) throws IOException {
    String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + length + "\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Everything the server sends until it closes the connection or the socket times out. */
  static String readAll(InputStream in) {
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[8192];
    try {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // a reset or a timeout: what came before is the answer
    }
    return text.toString();
  }
}
