package dev.parley.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.io.ndjson.NdjsonWriter;
import dev.parley.testkit.ParleyArbitraries;
import dev.parley.testkit.ParleyReportingFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * With {@code parley-io} on the class path, the test kit's sample reports are Parley JSON: a
 * failing chronicle prints as its document, a failing record as its NDJSON line.
 */
class SampleReportTest {

  private final ParleyReportingFormat format = new ParleyReportingFormat();

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles();
  }

  @Property(tries = 50)
  void aChronicleIsReportedAsItsDocument(@ForAll("chronicles") Chronicle chronicle) {
    assertEquals(ChronicleJson.writeString(chronicle).stripTrailing(),
        format.report(chronicle).toString());
  }

  @Property(tries = 50)
  void aRecordIsReportedAsItsNdjsonLine(@ForAll("chronicles") Chronicle chronicle)
      throws IOException {
    Meeting meeting = chronicle.meetings().get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = NdjsonWriter.to(out)) {
      writer.write(meeting);
    }
    assertEquals(out.toString(StandardCharsets.UTF_8).stripTrailing(),
        format.report(meeting).toString());
  }
}
