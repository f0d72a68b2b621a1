package dev.parley.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.ReadOptions;
import dev.parley.testkit.ParleyArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any chronicle written as NDJSON and cut at any byte: a reader never returns part of a record.
 * By default it returns the records of the lines before the cut and then reports the cut line
 * by its number, unless the cut leaves whole records only; skipping truncated lines, it returns
 * exactly those records and says which line it skipped.
 */
class NdjsonCutProperties {
  static final ReadOptions SKIP = ReadOptions.defaults().withTruncatedLastLineSkipped(true);

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(1, 3).withMeetings(0, 3)
        .withStatements(0, 3).withStances(0, 3).withParticipants(1, 4);
  }

  /**
   * Cuts of the stream: at every line end and the three bytes either side of it, and at 200
   * offsets drawn at random (over the tries, every offset of streams of every shape).
   */
  @Property(tries = 60)
  void aCutStreamReadsAsTheRecordsOfItsWholeLines(@ForAll("chronicles") Chronicle chronicle,
      @ForAll long seed) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Entity<?>> records = new ArrayList<>();
    try (NdjsonWriter writer = NdjsonWriter.to(out)) {
      writer.writeAll(chronicle);
    }
    byte[] stream = out.toByteArray();
    NdjsonReader all = reader(stream, ReadOptions.defaults());
    for (Optional<Entity<?>> r = all.read(); r.isPresent(); r = all.read()) {
      records.add(r.get());
    }
    List<Integer> ends = new ArrayList<>(); // the offset of each line's '\n'
    for (int i = 0; i < stream.length; i++) {
      if (stream[i] == '\n') {
        ends.add(i);
      }
    }
    assertEquals(records.size(), ends.size());

    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, stream.length));
    for (int end : ends) {
      for (int near = Math.max(0, end - 3); near <= Math.min(stream.length, end + 4); near++) {
        cuts.add(near);
      }
    }
    new Random(seed).ints(200, 0, stream.length + 1).forEach(cuts::add);
    for (int cut : cuts) {
      byte[] prefix = Arrays.copyOf(stream, cut);
      int complete = 0;
      while (complete < ends.size() && ends.get(complete) < cut) {
        complete++;
      }
      int lineStart = complete == 0 ? 0 : ends.get(complete - 1) + 1;
      // A cut at a line's '\n' leaves its record whole; a cut inside a line truncates it.
      boolean whole = complete < ends.size() && cut == ends.get(complete);
      boolean truncated = cut > lineStart && !whole;
      List<Entity<?>> expected = records.subList(0, whole ? complete + 1 : complete);

      List<Entity<?>> read = new ArrayList<>();
      NdjsonReader strict = reader(prefix, ReadOptions.defaults());
      try {
        for (Optional<Entity<?>> r = strict.read(); r.isPresent(); r = strict.read()) {
          read.add(r.get());
        }
        if (truncated) {
          fail("cut at " + cut + ": a truncated line was accepted, giving " + read);
        }
      } catch (ParleyJsonException e) {
        if (!truncated) {
          throw e;
        }
        assertEquals(complete + 1, e.line(), "cut at " + cut + ": " + e.getMessage());
        assertTrue(e.reason().startsWith("the last line is truncated"), e.getMessage());
      }
      assertEquals(expected, read, "cut at " + cut);

      NdjsonReader skipping = reader(prefix, SKIP);
      read.clear();
      for (Optional<Entity<?>> r = skipping.read(); r.isPresent(); r = skipping.read()) {
        read.add(r.get());
      }
      assertEquals(expected, read, "cut at " + cut + ", skipping");
      assertEquals(truncated
              ? Optional.of(new TruncatedLine(complete + 1, lineStart, cut - lineStart))
              : Optional.empty(),
          skipping.truncatedLastLine(), "cut at " + cut);
    }
  }

  private static NdjsonReader reader(byte[] bytes, ReadOptions options) {
    return NdjsonReader.from(new ByteArrayInputStream(bytes), options);
  }
}
