package dev.parley.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.ReadOptions;
import dev.parley.io.json.ChronicleJson;
import dev.parley.testkit.ParleyArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link NdjsonReader#validate()} and {@link ChronicleJson#validate} report every problem, each
 * where it is, where reading stops at the first.
 */
class ValidateProperties {

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(1, 3).withMeetings(0, 4)
        .withStatements(0, 3).withStances(0, 3).withParticipants(1, 4);
  }

  @Provide
  Arbitrary<Set<Integer>> lines() {
    return Arbitraries.integers().between(1, 40).set().ofMaxSize(5);
  }

  /**
   * Lines of a valid stream replaced by malformed ones: each is reported once at its line, and
   * every other problem is a violation at a good line (a record that refers to one lost).
   */
  @Property(tries = 200)
  void everyBadLineIsReportedAtItsLine(@ForAll("chronicles") Chronicle chronicle,
      @ForAll("lines") Set<Integer> broken) throws Exception {
    String[] lines = ndjson(chronicle).split("\n");
    Set<Integer> bad = new TreeSet<>();
    for (int line : broken) {
      if (line <= lines.length) {
        lines[line - 1] = line % 2 == 0 ? "{\"kind\": \"meeting\", \"id\": 3}" : "not json";
        bad.add(line);
      }
    }
    byte[] stream = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    List<ParleyJsonException> problems = validate(stream);

    Map<Integer, Long> perBadLine = new TreeMap<>(problems.stream()
        .filter(p -> bad.contains(p.line()))
        .filter(p -> !(p.reason().startsWith("unknown") || p.reason().contains("refer")))
        .collect(Collectors.groupingBy(ParleyJsonException::line, Collectors.counting())));
    assertEquals(bad, perBadLine.keySet(), () -> "problems: " + problems);
    perBadLine.values().forEach(n -> assertEquals(1L, n, () -> "problems: " + problems));
    for (ParleyJsonException p : problems) {
      assertTrue(p.line() >= 1 && p.line() <= lines.length && p.column() >= 1, p::getMessage);
      assertTrue(p.path().startsWith("$"), p::getMessage);
    }
    if (bad.isEmpty()) {
      assertEquals(List.of(), problems);
    }
  }

  /** A valid stream and document have no problem; what {@code read} accepts, validate does. */
  @Property(tries = 100)
  void aValidChronicleHasNoProblem(@ForAll("chronicles") Chronicle chronicle) throws Exception {
    assertEquals(List.of(), validate(ndjson(chronicle).getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(), ChronicleJson.validate(ChronicleJson.write(chronicle),
        ReadOptions.defaults()));
  }

  /**
   * Every violation of a well-formed but invalid document is reported at its own record: the
   * first problem is what {@code read} throws, the others follow it.
   */
  @Test
  void everyViolationOfADocumentIsReportedAtItsRecord() throws Exception {
    String src = "\"sources\": [ { \"article\": \"a1\", \"start\": 0, \"end\": 5,"
        + " \"excerpt\": \"Hello\" } ]";
    String status = "\"statusHistory\": [ { \"status\": \"held\", \"reported\":"
        + " \"2023-05-10\", " + src + " } ]";
    String document = "{\n"
        + "  \"format\": \"parley-chronicle\",\n"
        + "  \"version\": 1,\n"
        + "  \"states\": [ { \"id\": \"RUS\", \"name\": \"Russia\" } ],\n"
        + "  \"articles\": [ { \"id\": \"a1\", \"publisher\": \"Pub\" } ],\n"
        + "  \"meetings\": [\n"
        + "    { \"id\": \"m1\", \"title\": \"One\", \"date\": \"2023-05-10\",\n"
        + "      \"participants\": [ { \"actor\": \"official:nobody\" } ],\n"
        + "      " + status + ", " + src + " },\n"
        + "    { \"id\": \"m2\", \"title\": \"Two\", \"date\": \"2023-05-10\",\n"
        + "      \"participants\": [ { \"actor\": \"state:RUS\" }, { \"actor\":"
        + " \"official:noone\" } ],\n"
        + "      " + status + ", " + src + " }\n"
        + "  ]\n"
        + "}\n";
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    List<ParleyJsonException> problems = ChronicleJson.validate(bytes, ReadOptions.defaults());
    assertEquals(2, problems.size(), () -> "problems: " + problems);
    assertEquals("$.meetings[0].participants[0].actor", problems.get(0).path());
    assertEquals("$.meetings[1].participants[1].actor", problems.get(1).path());
    assertEquals(7, problems.get(0).line());
    assertEquals(10, problems.get(1).line());
    assertTrue(problems.get(1).reason().contains("noone"), problems.get(1)::getMessage);
    ParleyJsonException thrown = null;
    try {
      ChronicleJson.read(bytes);
    } catch (ParleyJsonException e) {
      thrown = e;
    }
    assertEquals(messages(problems), messages(thrown.problems()));
    assertEquals(problems.get(0).path(), thrown.path());
    assertEquals(problems.get(0).line(), thrown.line());
    assertTrue(thrown.reason().startsWith(problems.get(0).reason() + " (1 more"), thrown::reason);
    assertEquals("unknown official 'nobody'", problems.get(0).reason());
  }

  /** A line over the length limit stops validation there: no later line can be found. */
  @Test
  void aLineOverTheLimitStopsValidation() throws Exception {
    String stream = "{\"kind\":\"state\",\"id\":\"RUS\",\"name\":\"Russia\"}\n"
        + "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"" + "x".repeat(300) + "\"}\n"
        + "not json\n";
    ReadOptions small = ReadOptions.defaults().withMaxRecordLength(100);
    List<ParleyJsonException> problems;
    try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(
        stream.getBytes(StandardCharsets.UTF_8)), small)) {
      problems = in.validate();
    }
    assertEquals(1, problems.size(), () -> "problems: " + problems);
    assertEquals(2, problems.get(0).line());
  }

  private static List<String> messages(List<ParleyJsonException> problems) {
    return problems.stream().map(ParleyJsonException::getMessage).toList();
  }

  private static List<ParleyJsonException> validate(byte[] stream) throws Exception {
    try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(stream))) {
      return in.validate();
    }
  }

  private static String ndjson(Chronicle chronicle) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = NdjsonWriter.to(out)) {
      writer.writeAll(chronicle);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
