package dev.parley.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.core.Chronicle;
import dev.parley.core.ChronicleAssembler;
import dev.parley.core.Entity;
import dev.parley.core.InvalidChronicleException;
import dev.parley.core.RecordKind;
import dev.parley.core.Violation;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.json.ChronicleJson;
import dev.parley.testkit.ParleyArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The readers check references as {@link ChronicleAssembler#create()} does. A reader builds its
 * chronicle with an assembler that looks up, once, each id the reader met as a reference,
 * rather than walking to every reference of every record; these properties hold it to the
 * plain assembler's outcome over the same records: the same chronicle, or the same violations
 * in the same order. Records are dropped from generated chronicles so that references dangle.
 */
class ReferenceCheckProperties {
  /** Numbers kept exactly as written (extension values compare by BigDecimal.equals). */
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .build();

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(1, 3).withMeetings(0, 8)
        .withStatements(0, 4).withStances(0, 3).withParticipants(1, 4);
  }

  @Provide
  Arbitrary<Set<Integer>> dropped() {
    return Arbitraries.integers().between(0, 40).set().ofMaxSize(3);
  }

  /** A chronicle, or the violations that its records have. */
  private record Outcome(Chronicle chronicle, List<Violation> violations) {}

  @Property(tries = 400)
  void readersFindWhatTheAssemblerFinds(@ForAll("chronicles") Chronicle chronicle,
      @ForAll("dropped") Set<Integer> dropped,
      @ForAll @IntRange(min = 1, max = 5) int batchLines) throws IOException {
    List<Entity<?>> all = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      all.addAll(kind.records(chronicle));
    }
    List<Entity<?>> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!dropped.contains(i)) {
        kept.add(all.get(i));
      }
    }
    Outcome expected = assemble(kept);
    Statistics.label("outcome").collect(expected.chronicle() != null ? "valid" : "violations");

    byte[] ndjson = ndjson(kept);
    assertEquals(expected, read(() -> {
      try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(ndjson))) {
        return in.readChronicle();
      }
    }), "NDJSON, one thread");
    assertEquals(expected, read(() -> {
      try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(ndjson))) {
        return in.readChronicle(2, batchLines);
      }
    }), "NDJSON, two threads");
    assertEquals(expected, read(() -> ChronicleJson.read(document(chronicle, all, kept))),
        "document");
    List<String> problems;
    try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(ndjson))) {
      problems = in.validate().stream().map(ParleyJsonException::reason).toList();
    }
    assertEquals(expected.chronicle() != null ? List.of()
        : expected.violations().stream().map(Violation::message).toList(), problems,
        "NDJSON validation");
  }

  private static Outcome assemble(List<Entity<?>> records) {
    try {
      return new Outcome(ChronicleAssembler.create().addAll(records).build(), null);
    } catch (InvalidChronicleException e) {
      return new Outcome(null, e.violations());
    }
  }

  private interface Read {
    Chronicle get() throws IOException;
  }

  private static Outcome read(Read read) throws IOException {
    try {
      return new Outcome(read.get(), null);
    } catch (ParleyJsonException e) {
      if (e.getCause() instanceof InvalidChronicleException invalid) {
        return new Outcome(null, invalid.violations());
      }
      throw e;
    }
  }

  private static byte[] ndjson(List<Entity<?>> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = NdjsonWriter.to(out)) {
      for (Entity<?> r : records) {
        w.write(r);
      }
    }
    return out.toByteArray();
  }

  /** The chronicle's document with the records not kept taken out of their arrays. */
  private static byte[] document(Chronicle chronicle, List<Entity<?>> all,
      List<Entity<?>> kept) {
    ObjectNode doc = (ObjectNode) JSON.readTree(ChronicleJson.write(chronicle));
    Set<Entity<?>> keep = Set.copyOf(kept);
    for (Entity<?> r : all) {
      if (!keep.contains(r)) {
        ArrayNode array = (ArrayNode) doc.get(r.recordKind().plural());
        for (int i = 0; i < array.size(); i++) {
          JsonNode id = array.get(i).get("id");
          if (id.asString().equals(r.id().value())) {
            array.remove(i);
            break;
          }
        }
      }
    }
    return JSON.writeValueAsBytes(doc);
  }
}
