package dev.parley.io;

import static dev.parley.io.BadInputCatalogueTest.A1;
import static dev.parley.io.BadInputCatalogueTest.DOCUMENT;
import static dev.parley.io.BadInputCatalogueTest.LAVROV;
import static dev.parley.io.BadInputCatalogueTest.M1;
import static dev.parley.io.BadInputCatalogueTest.RUS;
import static dev.parley.io.BadInputCatalogueTest.TUR;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.io.json.ChronicleJson;
import dev.parley.io.ndjson.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The readers read an input first with field names checked by themselves and no locations
 * kept, and read it again, as before, when that first reading fails in a way whose report needs
 * Jackson's own duplicate detection or a location: a repeated name (in small and large objects,
 * nested, in extensions, repeated NDJSON kinds), malformed JSON right after one, an object that
 * fails to build, an invalid chronicle. These reports are the ones the readers gave when Jackson
 * checked every name and every location was kept.
 */
class FastReadingTest {

  /** Twenty unknown fields, then the fourth again: more than the names compared one by one. */
  private static final String MANY_FIELDS = IntStream.range(0, 20)
      .mapToObj(i -> "\"k" + i + "\":" + i).collect(Collectors.joining(",")) + ",\"k3\":99";

  @Test
  void repeatedNameInALargeObject() {
    line(M1.replace("\"title\":\"Talks\",", "\"title\":\"Talks\"," + MANY_FIELDS + ","),
        209, "$.k3", "Duplicate Object property \"k3\"");
    String many = IntStream.range(0, 20).mapToObj(i -> "      \"k" + i + "\": " + i)
        .collect(Collectors.joining(",\n")) + ",\n      \"k3\": 99";
    document(DOCUMENT.replace("\"title\": \"Talks\",", "\"title\": \"Talks\",\n" + many + ","),
        69, 11, "$.meetings[0].k3", "Duplicate Object property \"k3\"");
  }

  @Test
  void repeatedNameInsideAnExtensionValue() {
    line(RUS.replace("\"name\":\"Russia\"",
            "\"name\":\"Russia\",\"mood\":{\"a\":1,\"b\":{\"c\":2},\"a\":3}"),
        73, "$.mood.a", "Duplicate Object property \"a\"");
    document(DOCUMENT.replace("\"name\": \"Russia\"",
            "\"name\": \"Russia\",\n      \"mood\": {\"a\": 1, \"a\": 2}"),
        8, 27, "$.states[0].mood", "Duplicate Object property \"a\"");
    chronicle(M1.replace("\"title\":\"Talks\",",
            "\"title\":\"Talks\",\"extensions\":{\"x\":{\"y\":1,\"y\":2}},"),
        5, 73, "$.extensions.x", "Duplicate Object property \"y\"");
  }

  @Test
  void repeatedNameNotNextToTheFirst() {
    line(M1.replace("\"role\":\"host\"}", "\"role\":\"host\",\"actor\":\"official:lavrov\"}"),
        194, "$.participants[0].actor", "Duplicate Object property \"actor\"");
    document(DOCUMENT.replace("\"role\": \"host\"",
            "\"role\": \"host\",\n            \"actor\": \"official:lavrov\""),
        59, 20, "$.meetings[0].participants[0].actor", "Duplicate Object property \"actor\"");
    document(DOCUMENT.replace("\"statements\": [ ],", "\"statements\": [ ],\n  \"states\": [ ],"),
        93, 11, "$.states", "Duplicate Object property \"states\"");
  }

  @Test
  void repeatedNameBeforeMalformedJson() {
    line(M1.replace("\"title\":\"Talks\",", "\"title\":\"Talks\",\"title\":tru,"),
        52, "$", "Duplicate Object property \"title\"");
  }

  @Test
  void repeatedKindOfAnNdjsonRecord() {
    line(RUS.substring(0, RUS.length() - 1) + ",\"kind\":\"state\"}",
        50, "$.kind", "Duplicate Object property \"kind\"");
    line("{\"id\":\"RUS\",\"kind\":\"state\",\"name\":\"Russia\",\"id\":\"X\"}",
        48, "$.id", "Duplicate Object property \"id\"");
  }

  @Test
  void objectsThatFailToBuildAreReportedWhereTheyStart() {
    line(M1.replace("{\"role\":\"member\",\"capacity\":{\"role\":\"foreign_minister\","
            + "\"party\":\"state:TUR\"}}", "{\"role\":\"member\"}"),
        188, "$.participants[1]", "Invalid Participant '': needs an actor, a capacity or both");
    line("{\"kind\":\"state\",\"id\":\"RUS\"}", 1, "$", "state is missing required field 'name'");
  }

  @Test
  void invalidChroniclesAreReportedAtTheRecord() {
    document(DOCUMENT.replace("\"official:lavrov\"", "\"official:nobody\""),
        46, 5, "$.meetings[0].participants[0].actor", "unknown official 'nobody'");
    chronicle(M1.replace("\"official:lavrov\"", "\"official:nobody\""),
        5, 1, "$.participants[0].actor", "unknown official 'nobody'");
  }

  /** One NDJSON line, read alone: the report is on line 1. */
  private static void line(String line, int column, String path, String reason) {
    ParleyJsonException e = assertThrows(ParleyJsonException.class, () -> {
      try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(line.getBytes(UTF_8)))) {
        for (Optional<?> r = in.read(); r.isPresent(); r = in.read()) {
          // read every record
        }
      }
    });
    check(e, 1, column, path, reason);
  }

  /** The catalogue's stream with {@code meeting} as its fifth and last line, into a chronicle. */
  private static void chronicle(String meeting, int line, int column, String path,
      String reason) {
    String stream = String.join("\n", RUS, TUR, LAVROV, A1, meeting) + "\n";
    ParleyJsonException e = assertThrows(ParleyJsonException.class, () -> {
      try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(stream.getBytes(UTF_8)))) {
        in.readChronicle();
      }
    });
    check(e, line, column, path, reason);
  }

  private static void document(String document, int line, int column, String path,
      String reason) {
    ParleyJsonException e = assertThrows(ParleyJsonException.class,
        () -> ChronicleJson.read(document.getBytes(UTF_8)));
    check(e, line, column, path, reason);
  }

  private static void check(ParleyJsonException e, int line, int column, String path,
      String reason) {
    assertAll(e.getMessage(),
        () -> assertEquals(line, e.line(), "line"),
        () -> assertEquals(column, e.column(), "column"),
        () -> assertEquals(path, e.path(), "path"),
        () -> assertEquals(reason, e.reason(), "reason"));
  }
}
