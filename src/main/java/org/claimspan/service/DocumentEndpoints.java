package org.claimspan.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimspan.ClaimExtractor;
import org.claimspan.Profile;

/**
 * The two documents the service serves: the OpenAPI description at {@code /v1/openapi.json} and the
 * web page at {@code /}. Both come from resources in the jar, filled in once with what this server
 * loaded (version, profiles, limits); no route reads the file system. Thread-safe.
 */
final class DocumentEndpoints {
  /** The page may run its own inline script and talk to this server only. */
  static final String PAGE_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
      + "connect-src 'self'; frame-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
      + "frame-ancestors 'self'";

  private DocumentEndpoints() {}

  /** The OpenAPI 3 document, with this server's version and profiles. */
  static Endpoint openApi(ServiceConfig config) {
    String document = openApiDocument(config);
    return (request, response, callback) -> {
      QueryParameters.of(request, Set.of());
      Responses.send(response, callback, 200, Responses.JSON, document);
    };
  }

  static String openApiDocument(ServiceConfig config) {
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream in = resource("openapi.json")) {
      ObjectNode root = (ObjectNode) mapper.readTree(in);
      ((ObjectNode) root.get("info")).put("version", ClaimExtractor.version());
      for (JsonNode path : root.get("paths")) {
        for (JsonNode operation : path) {
          for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.get("name").asText().equals("profile")) {
              ArrayNode profiles = ((ObjectNode) parameter.get("schema")).putArray("enum");
              config.profiles().forEach(p -> profiles.add(p.id()));
            }
          }
        }
      }
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the packaged OpenAPI document", e);
    }
  }

  /** The web page, with this server's profiles (the default first) and a token field if needed. */
  static Endpoint page(ServiceConfig config) {
    String options = config.profiles().stream()
        .map(Profile::id)
        .map(id -> "<option value=\"" + id + "\">" + id + "</option>")
        .collect(Collectors.joining());
    String page = read("page.html")
        .replace("{{VERSION}}", escape(ClaimExtractor.version()))
        .replace("{{MAX_CHARS}}", String.format(java.util.Locale.ROOT, "%,d", config.maxChars()))
        .replace("{{PROFILE_OPTIONS}}", options)
        .replace("{{TOKEN_HIDDEN}}", config.token().isPresent() ? "" : "hidden");
    return (request, response, callback) -> {
      QueryParameters.of(request, Set.of());
      response.getHeaders().put("Content-Security-Policy", PAGE_POLICY);
      response.getHeaders().put("Referrer-Policy", "no-referrer");
      Responses.send(response, callback, 200, Responses.HTML, page);
    };
  }

  private static String read(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the packaged " + name, e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = DocumentEndpoints.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource " + name + " is missing from the jar");
    }
    return in;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
