package dev.parley.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.JsonSchema;
import dev.parley.core.InvalidChronicleException;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.schema.Schemas;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What every error report of a reader must be, whatever the input. */
final class Reports {
  private Reports() {}

  /** Plain JSON: one value, no repeated names (what a schema validator's tree cannot see). */
  private static final JsonMapper STRICT_JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /**
   * Checks that the reader refused {@code input} ({@code error}; null if it read it) only where
   * the published schema refuses it too, or for what the schema's description leaves to others:
   * rules across fields and records, which Parley's core checks (the error's cause is then the
   * core's {@code IllegalArgumentException}, {@code DateTimeException} or {@code
   * InvalidChronicleException}), and Parley's limits. Input that is not plain JSON text (not
   * UTF-8, a repeated name, content after the value) is no schema's business and is left out.
   */
  static void checkAgainstSchema(JsonSchema schema, byte[] input, ParleyJsonException error) {
    if (error == null) {
      return;
    }
    String json = plainJson(input);
    if (json == null || !Schemas.accepts(schema, json)) {
      return;
    }
    Throwable cause = error.getCause();
    boolean coreRule = cause instanceof IllegalArgumentException
        || cause instanceof DateTimeException || cause instanceof InvalidChronicleException;
    boolean limit = error.reason().contains("limit");
    assertTrue(coreRule || limit,
        () -> "the schema accepts what the reader refuses: " + error.getMessage());
  }

  /** The text of {@code input} if it is plain JSON, strict UTF-8 without a BOM; else null. */
  static String plainJson(byte[] input) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      return null;
    }
    try {
      STRICT_JSON.readTree(text);
    } catch (JacksonException e) {
      return null;
    }
    return text;
  }

  /**
   * Checks that {@code e} is a report of bad input, not a bug in disguise: a located, plain
   * reason, and no internal error (an unexpected exception that a reader caught and wrapped).
   */
  static void check(ParleyJsonException e) {
    String message = e.getMessage();
    // The readers' last resort for an unexpected exception; the reason may quote the input.
    assertFalse(e.reason().startsWith("could not read the document (internal error: ")
        || e.reason().startsWith("could not read the record (internal error: "),
        () -> "a bug, reported as " + message);
    assertFalse(e.reason().isBlank(), "a reason");
    assertTrue(e.line() >= 0 && e.column() >= 0, () -> "a location: " + message);
    assertTrue(e.path().startsWith("$"), () -> "a JSON path: " + message);
    assertEquals("line " + e.line() + ", column " + e.column() + ", at " + e.path() + ": "
        + e.reason(), message);
  }
}
