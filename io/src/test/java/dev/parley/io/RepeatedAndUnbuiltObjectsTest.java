package dev.parley.io;

import static dev.parley.io.BadInputCatalogueTest.A1;
import static dev.parley.io.BadInputCatalogueTest.DOCUMENT;
import static dev.parley.io.BadInputCatalogueTest.LAVROV;
import static dev.parley.io.BadInputCatalogueTest.M1;
import static dev.parley.io.BadInputCatalogueTest.RUS;
import static dev.parley.io.BadInputCatalogueTest.TUR;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.io.json.ChronicleJson;
import dev.parley.io.ndjson.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Where the readers report what only the whole of an object shows: repeated names (in small and
 * large objects, nested, in extensions, repeated NDJSON kinds), found by the readers' tables and
 * reported at the repeated name; an object that fails to build, reported where it starts; an
 * invalid chronicle, reported at the record concerned.
 */
class RepeatedAndUnbuiltObjectsTest {

  /** Twenty unknown fields, then the fourth again: more than the names compared one by one. */
  private static final String MANY_FIELDS = IntStream.range(0, 20)
      .mapToObj(i -> "\"k" + i + "\":" + i).collect(Collectors.joining(",")) + ",\"k3\":99";

  @Test
  void repeatedNameInALargeObject() {
    String line = M1.replace("\"title\":\"Talks\",", "\"title\":\"Talks\"," + MANY_FIELDS + ",");
    line(line, at(line, "\"k3\":99"), "$.k3", "the field 'k3' is given twice in the meeting");
    String many = IntStream.range(0, 20).mapToObj(i -> "      \"k" + i + "\": " + i)
        .collect(Collectors.joining(",\n")) + ",\n      \"k3\": 99";
    document(DOCUMENT.replace("\"title\": \"Talks\",", "\"title\": \"Talks\",\n" + many + ","),
        69, 7, "$.meetings[0].k3", "the field 'k3' is given twice in the meeting");
  }

  @Test
  void repeatedNameInsideAnExtensionValue() {
    String line = RUS.replace("\"name\":\"Russia\"",
        "\"name\":\"Russia\",\"mood\":{\"a\":1,\"b\":{\"c\":2},\"a\":3}");
    line(line, at(line, "\"a\":3"), "$.mood.a", "the field 'a' is given twice in the object");
    String document = DOCUMENT.replace("\"name\": \"Russia\"",
        "\"name\": \"Russia\",\n      \"mood\": {\"a\": 1, \"a\": 2}");
    document(document, 8, 24, "$.states[0].mood.a", "the field 'a' is given twice in the object");
    String meeting = M1.replace("\"title\":\"Talks\",",
        "\"title\":\"Talks\",\"extensions\":{\"x\":{\"y\":1,\"y\":2}},");
    chronicle(meeting, 5, at(meeting, "\"y\":2"), "$.extensions.x.y",
        "the field 'y' is given twice in the object");
  }

  @Test
  void repeatedNameNotNextToTheFirst() {
    String line = M1.replace("\"role\":\"host\"}",
        "\"role\":\"host\",\"actor\":\"official:lavrov\"}");
    line(line, line.lastIndexOf("\"actor\"") + 1, "$.participants[0].actor",
        "the field 'actor' is given twice in the participant");
    document(DOCUMENT.replace("\"role\": \"host\"",
            "\"role\": \"host\",\n            \"actor\": \"official:lavrov\""),
        59, 13, "$.meetings[0].participants[0].actor",
        "the field 'actor' is given twice in the participant");
    document(DOCUMENT.replace("\"statements\": [ ],", "\"statements\": [ ],\n  \"states\": [ ],"),
        93, 3, "$.states", "the field 'states' is given twice in the document");
  }

  /** Jackson reads a field's value with its name: a malformed value comes first. */
  @Test
  void repeatedNameBeforeMalformedJson() {
    line(M1.replace("\"title\":\"Talks\",", "\"title\":\"Talks\",\"title\":tru,"),
        53, "$", "Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or"
            + " token 'null', 'true' or 'false')");
  }

  @Test
  void repeatedKindOfAnNdjsonRecord() {
    String line = RUS.substring(0, RUS.length() - 1) + ",\"kind\":\"state\"}";
    line(line, line.lastIndexOf("\"kind\"") + 1, "$.kind",
        "the field 'kind' is given twice in the state");
    line = "{\"id\":\"RUS\",\"kind\":\"state\",\"name\":\"Russia\",\"id\":\"X\"}";
    line(line, line.lastIndexOf("\"id\"") + 1, "$.id",
        "the field 'id' is given twice in the state");
  }

  /** The column (from 1) of {@code text}, the last in {@code line}. */
  private static int at(String line, String text) {
    return line.lastIndexOf(text) + 1;
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
    TestReads.checkReport(e, 1, column, path, reason);
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
    TestReads.checkReport(e, line, column, path, reason);
  }

  private static void document(String document, int line, int column, String path,
      String reason) {
    ParleyJsonException e = assertThrows(ParleyJsonException.class,
        () -> ChronicleJson.read(document.getBytes(UTF_8)));
    TestReads.checkReport(e, line, column, path, reason);
  }

}
