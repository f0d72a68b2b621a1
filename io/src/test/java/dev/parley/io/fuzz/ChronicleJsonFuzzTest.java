package dev.parley.io.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.core.Chronicle;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.ReadOptions;
import dev.parley.io.json.ChronicleJson;
import dev.parley.io.schema.Schemas;

/**
 * Fuzzes the document reader, {@link ChronicleJson#read(byte[])}, with arbitrary bytes. The
 * only exception it may throw is a {@link ParleyJsonException} with a plain, located reason
 * (never an internal error); a document it accepts writes back canonically, and that reads back
 * to an equal chronicle and writes the same bytes again. Strict reading accepts less, never
 * something else. What the published schema ({@code chronicle.schema.json}) accepts is read,
 * but for what its description leaves to Parley's core and limits ({@link
 * Reports#checkAgainstSchema}); what is written, the schema accepts.
 *
 * <p>A plain test run replays the seed corpus in {@code
 * src/test/resources/dev/parley/io/fuzz/ChronicleJsonFuzzTestInputs/read/}; {@code
 * JAZZER_FUZZ=1} fuzzes (see the README's "Contributing" section).
 */
class ChronicleJsonFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void read(byte[] input) throws ParleyJsonException {
    Chronicle chronicle;
    try {
      chronicle = ChronicleJson.read(input);
    } catch (ParleyJsonException e) {
      Reports.check(e);
      Reports.checkAgainstSchema(Schemas.CHRONICLE, input, e);
      return;
    }
    byte[] written = ChronicleJson.write(chronicle);
    assertTrue(Schemas.accepts(Schemas.CHRONICLE, new String(written, UTF_8)),
        "what is written, the schema accepts");
    Chronicle again = ChronicleJson.read(written);
    assertEquals(chronicle, again, "read, written and read again");
    assertArrayEquals(written, ChronicleJson.write(again), "written twice, the same bytes");

    try {
      assertEquals(chronicle, ChronicleJson.read(input, ReadOptions.defaults().strict()),
          "strict reading accepts less, never something else");
    } catch (ParleyJsonException e) {
      Reports.check(e);
    }
  }
}
