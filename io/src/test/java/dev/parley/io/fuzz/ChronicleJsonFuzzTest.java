package dev.parley.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.core.Chronicle;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.ReadOptions;
import dev.parley.io.json.ChronicleJson;

/**
 * Fuzzes the document reader, {@link ChronicleJson#read(byte[])}, with arbitrary bytes. The
 * only exception it may throw is a {@link ParleyJsonException} with a plain, located reason
 * (never an internal error); a document it accepts writes back canonically, and that reads back
 * to an equal chronicle and writes the same bytes again. Strict reading accepts less, never
 * something else.
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
      return;
    }
    byte[] written = ChronicleJson.write(chronicle);
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
