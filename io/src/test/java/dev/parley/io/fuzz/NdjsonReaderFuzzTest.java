package dev.parley.io.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.ReadOptions;
import dev.parley.io.ndjson.NdjsonReader;
import dev.parley.io.ndjson.NdjsonWriter;
import dev.parley.io.ndjson.TruncatedLine;
import dev.parley.io.schema.Schemas;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes the NDJSON reader with arbitrary bytes, record by record ({@link NdjsonReader#read()})
 * and as a chronicle ({@link NdjsonReader#readChronicle()}). The only exception it may throw is
 * a {@link ParleyJsonException} with a plain, located reason (never an internal error).
 * Skipping a truncated last line changes nothing but that line. Records it accepts write back
 * canonically, read back equal, and write the same bytes again; so does a chronicle. A line
 * that the published schema ({@code record.schema.json}) accepts is read, but for what its
 * description leaves to Parley's core and limits ({@link Reports#checkAgainstSchema}); every
 * line written, the schema accepts.
 *
 * <p>A plain test run replays the seed corpus in {@code
 * src/test/resources/dev/parley/io/fuzz/NdjsonReaderFuzzTestInputs/read/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see the README's "Contributing" section).
 */
class NdjsonReaderFuzzTest {
  private static final String TRUNCATED = "the last line is truncated";

  @FuzzTest(maxDuration = "10m")
  void read(byte[] input) throws IOException {
    Outcome plain = Outcome.of(input, ReadOptions.defaults());
    Outcome skipping = Outcome.of(input, ReadOptions.defaults().withTruncatedLastLineSkipped(true));
    ParleyJsonException error = plain.error;
    assertEquals(plain.records, skipping.records, "the same records, skipping a truncated line");
    if (error != null && error.reason().startsWith(TRUNCATED)) {
      assertNull(skipping.error, "a truncated last line is skipped");
      TruncatedLine line = skipping.skipped.orElseThrow();
      assertEquals(error.line(), line.line());
      assertEquals(input.length, line.offset() + line.length(), "it runs to the end");
    } else {
      assertEquals(String.valueOf(error), String.valueOf(skipping.error), "the same report");
      assertTrue(skipping.skipped.isEmpty(), "nothing skipped");
    }

    if (error != null && !error.reason().startsWith(TRUNCATED)) {
      Reports.checkAgainstSchema(Schemas.RECORD, line(input, error.line()), error);
    }
    if (error == null) {
      byte[] written = write(plain.records);
      for (String line : new String(written, UTF_8).lines().toList()) {
        assertTrue(Schemas.accepts(Schemas.RECORD, line), () -> "written, refused: " + line);
      }
      Outcome again = Outcome.of(written, ReadOptions.defaults());
      assertNull(again.error, "written, read back");
      assertEquals(plain.records, again.records);
      assertArrayEquals(written, write(again.records), "written twice, the same bytes");
    }

    Chronicle chronicle;
    try {
      chronicle = NdjsonReader.from(new ByteArrayInputStream(input)).readChronicle();
    } catch (ParleyJsonException e) {
      Reports.check(e);
      if (error != null) {
        assertEquals(error.getMessage(), e.getMessage(), "the first bad line, as read() says");
      }
      return;
    }
    assertNull(error, "a chronicle from records that read() refuses");
    byte[] written = write(chronicle);
    Chronicle again = NdjsonReader.from(new ByteArrayInputStream(written)).readChronicle();
    assertEquals(chronicle, again, "the chronicle, written and read back");
    assertArrayEquals(written, write(again), "the chronicle written twice");
  }

  /** Line {@code number} (from 1) of {@code input}, without its line end; empty past the end. */
  private static byte[] line(byte[] input, int number) {
    int start = 0;
    for (int n = 1; n < number; n++) {
      int next = indexOf(input, start);
      if (next < 0) {
        return new byte[0];
      }
      start = next + 1;
    }
    int end = indexOf(input, start);
    end = end < 0 ? input.length : end;
    if (end > start && input[end - 1] == '\r') {
      end--;
    }
    return Arrays.copyOfRange(input, start, end);
  }

  private static int indexOf(byte[] input, int from) {
    for (int i = from; i < input.length; i++) {
      if (input[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** What reading a stream gives: its records up to the first bad line, and what it skipped. */
  private record Outcome(List<Entity<?>> records, ParleyJsonException error,
      Optional<TruncatedLine> skipped) {

    static Outcome of(byte[] input, ReadOptions options) throws IOException {
      List<Entity<?>> records = new ArrayList<>();
      NdjsonReader reader = NdjsonReader.from(new ByteArrayInputStream(input), options);
      try {
        for (Optional<Entity<?>> r = reader.read(); r.isPresent(); r = reader.read()) {
          records.add(r.get());
        }
      } catch (ParleyJsonException e) {
        Reports.check(e);
        return new Outcome(records, e, reader.truncatedLastLine());
      }
      return new Outcome(records, null, reader.truncatedLastLine());
    }
  }

  private static byte[] write(Chronicle chronicle) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = NdjsonWriter.to(out)) {
      writer.writeAll(chronicle);
    }
    return out.toByteArray();
  }

  private static byte[] write(List<Entity<?>> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = NdjsonWriter.to(out)) {
      for (Entity<?> r : records) {
        writer.write(r);
      }
    }
    return out.toByteArray();
  }
}
