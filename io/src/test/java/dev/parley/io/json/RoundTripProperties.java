package dev.parley.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.io.ndjson.NdjsonReader;
import dev.parley.io.ndjson.NdjsonWriter;
import dev.parley.testkit.ParleyArbitraries;
import dev.parley.testkit.ParleyLaws;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The format's laws: what is written reads back equal, and writing is canonical. */
class RoundTripProperties {

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(1, 5).withMeetings(0, 6)
        .withStatements(0, 5).withStances(0, 5).withParticipants(1, 4);
  }

  @Property(tries = 300)
  void documentsRoundTrip(@ForAll("chronicles") Chronicle chronicle) {
    ParleyLaws.checkRoundTrip(chronicle, ChronicleJson::write, ChronicleJson::read);
  }

  @Property(tries = 300)
  void ndjsonRoundTrips(@ForAll("chronicles") Chronicle chronicle) {
    ParleyLaws.checkRoundTrip(chronicle, RoundTripProperties::ndjson,
        bytes -> NdjsonReader.from(new ByteArrayInputStream(bytes)).readChronicle());
  }

  @Property(tries = 100)
  void writingTwiceGivesTheSameBytes(@ForAll("chronicles") Chronicle chronicle) {
    assertArrayEquals(ChronicleJson.write(chronicle), ChronicleJson.write(chronicle));
  }

  /** Records may come in any order in a stream; the chronicle read is the same. */
  @Property(tries = 100)
  void ndjsonLinesInAnyOrderReadTheSame(@ForAll("chronicles") Chronicle chronicle,
      @ForAll long seed) throws Exception {
    List<String> lines = new ArrayList<>(List.of(
        new String(ndjson(chronicle), java.nio.charset.StandardCharsets.UTF_8).split("\n")));
    Collections.shuffle(lines, new Random(seed));
    byte[] shuffled = (String.join("\n", lines) + "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(chronicle,
        NdjsonReader.from(new ByteArrayInputStream(shuffled)).readChronicle());
  }

  /** Reading record by record gives every record once, in the order written. */
  @Property(tries = 100)
  void ndjsonStreamsRecordByRecord(@ForAll("chronicles") Chronicle chronicle) throws Exception {
    NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(ndjson(chronicle)));
    int count = 0;
    for (Optional<Entity<?>> r = in.read(); r.isPresent(); r = in.read()) {
      count++;
      assertEquals(count, in.lineNumber());
    }
    int records = 0;
    for (dev.parley.core.RecordKind kind : dev.parley.core.RecordKind.values()) {
      records += kind.records(chronicle).size();
    }
    assertEquals(records, count);
  }

  static byte[] ndjson(Chronicle chronicle) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = NdjsonWriter.to(out)) {
      w.writeAll(chronicle);
    }
    return out.toByteArray();
  }
}
