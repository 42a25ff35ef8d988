package org.claimspan.service;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.claimspan.Document;

/**
 * Turns request bodies into {@link Document}s: plain UTF-8 text, or a JSON object {@code {"id",
 * "text", "url"?, "publisher"?, "date"?}} (other fields are ignored, as the command line does).
 * Every problem is an {@link ApiException} whose message
 * names it: bytes that are not UTF-8 (with the offset), malformed JSON (with line and column), a
 * missing or mistyped field, a text over the length limit. Thread-safe.
 */
final class DocumentParser {
  /** The id of a document whose request names none. */
  static final String DEFAULT_ID = "document";

  private final ObjectMapper json = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final int maxChars;

  DocumentParser(int maxChars) {
    this.maxChars = maxChars;
  }

  /** A document of plain text; {@code id} from the query, or {@value #DEFAULT_ID}. */
  Document fromText(byte[] body, Optional<String> id) throws ApiException {
    String text = decodeUtf8(body, "request body");
    return checked(Document.of(validId(id.orElse(DEFAULT_ID)), text));
  }

  /** A document from a JSON object; {@code id} may be left out. */
  Document fromJson(byte[] body) throws ApiException {
    return fromJsonText(decodeUtf8(body, "request body"), false);
  }

  /**
   * A document from one JSON Lines record, whose {@code id} is required. A record that fails still
   * tells its id where it has a readable one: see {@link #idOf(String)}.
   */
  Document fromJsonLine(String line) throws ApiException {
    return fromJsonText(line, true);
  }

  /** The {@code id} of a record, if it is a JSON object with a string id; for failure lines. */
  Optional<String> idOf(String line) {
    try {
      JsonNode node = json.readTree(line);
      return node != null && node.path("id").isTextual() ? Optional.of(node.get("id").asText()) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private Document fromJsonText(String text, boolean idRequired) throws ApiException {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage() + where(e.getLocation()));
    }
    if (node == null || node.isMissingNode()) {
      throw ApiException.badRequest("malformed JSON: no value; expected an object {\"id\", \"text\", ...}");
    }
    if (!node.isObject()) {
      throw ApiException.badRequest("expected a JSON object {\"id\", \"text\", ...}, got " + kind(node));
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || !textNode.isTextual()) {
      throw ApiException.badRequest("field \"text\" must be a string, got " + (textNode == null ? "nothing" : kind(textNode)));
    }
    Optional<String> id = optionalString(node, "id");
    if (idRequired && id.isEmpty()) {
      throw ApiException.badRequest("field \"id\" is required in a batch record");
    }
    Document document = Document.of(validId(id.orElse(DEFAULT_ID)), textNode.asText());
    Optional<String> url = optionalString(node, "url");
    Optional<String> publisher = optionalString(node, "publisher");
    Optional<String> date = optionalString(node, "date");
    document = new Document(document.id(), document.text(), url, publisher, date);
    return checked(document);
  }

  private Document checked(Document document) throws ApiException {
    int length = document.text().length();
    if (length > maxChars) {
      throw new ApiException(413, "document '" + document.id() + "' has " + length
          + " characters, over the limit of " + maxChars + " (see serve --max-chars)");
    }
    return document;
  }

  private static String validId(String id) throws ApiException {
    if (id.isBlank()) {
      throw ApiException.badRequest("document id must not be blank");
    }
    if (id.length() > 1000) {
      throw ApiException.badRequest("document id is " + id.length() + " characters long; at most 1000");
    }
    return id;
  }

  private static Optional<String> optionalString(JsonNode node, String field) throws ApiException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw ApiException.badRequest("field \"" + field + "\" must be a string or null, got " + kind(value));
    }
    return Optional.of(value.asText());
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case NULL -> "null";
      case OBJECT -> "an object";
      case STRING -> "a string";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /**
   * Decodes strict UTF-8: a malformed or truncated sequence is a 400 naming the byte offset (a
   * body is never silently repaired with replacement characters).
   */
  static String decodeUtf8(byte[] bytes, String what) throws ApiException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, bytes.length + 1L));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw ApiException.badRequest(what + " is not valid UTF-8: bad byte sequence at byte offset " + in.position());
    }
    if (!result.isUnderflow()) {
      try {
        result.throwException();
      } catch (CharacterCodingException e) {
        throw ApiException.badRequest(what + " cannot be decoded as UTF-8");
      }
    }
    out.flip();
    return out.toString();
  }
}
