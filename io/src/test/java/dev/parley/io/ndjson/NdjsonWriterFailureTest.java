package dev.parley.io.ndjson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Entity;
import dev.parley.core.ExtensionValue;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The writer leaves complete lines only: a record that fails, or a supplier of records that
 * throws, leaves nothing of itself; a stream that fails mid-write keeps at most one partial last
 * line, which a later read reports (or skips on request), and the writer never writes again.
 */
class NdjsonWriterFailureTest {
  static final ReadOptions SKIP = ReadOptions.defaults().withTruncatedLastLineSkipped(true);

  /** Records big enough that the writer's 64 KiB buffer fills several times. */
  static List<State> states(int count) {
    List<State> states = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = "" + (char) ('A' + i / 676) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
      states.add(State.builder().id(StateId.of(id)).name("State " + id)
          .putExtension("note", ExtensionValue.of("ü".repeat(i % 300)))
          .putExtension("flags", ExtensionValue.ofList(List.of(ExtensionValue.of(true),
              ExtensionValue.ofNull(), ExtensionValue.of(i))))
          .build());
    }
    return states;
  }

  static byte[] written(List<? extends Entity<?>> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = NdjsonWriter.to(out)) {
      for (Entity<?> r : records) {
        writer.write(r);
      }
    }
    return out.toByteArray();
  }

  @Test
  void aSupplierThatThrowsLeavesTheLinesBeforeIt() throws Exception {
    List<State> states = states(500);
    Iterator<State> supplier = new Iterator<>() {
      int next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public State next() {
        if (next == 321) {
          throw new IllegalStateException("the source failed");
        }
        return states.get(next++);
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
      try (NdjsonWriter writer = NdjsonWriter.to(out)) {
        while (supplier.hasNext()) {
          writer.write(supplier.next());
        }
      }
    });
    assertEquals("the source failed", e.getMessage());
    // Closing wrote every buffered line: nothing before the failure is lost.
    assertArrayEquals(written(states.subList(0, 321)), out.toByteArray());
    assertEquals(states.subList(0, 321), readAll(out.toByteArray(), ReadOptions.defaults()));
  }

  @Test
  void aRecordThatCannotBeWrittenLeavesNothingOfItself() throws Exception {
    List<State> states = states(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = NdjsonWriter.to(out)) {
      writer.write(states.get(0));
      // Rendering has begun when the extension turns out deeper than Jackson writes.
      ExtensionValue deep = ExtensionValue.of("bottom");
      for (int i = 0; i < 2_000; i++) {
        deep = ExtensionValue.ofList(List.of(deep));
      }
      State tooDeep = State.builder().from(states.get(0)).putExtension("deep", deep).build();
      IOException e = assertThrows(IOException.class, () -> writer.write(tooDeep));
      assertTrue(e.getMessage().startsWith("could not write " + states.get(0).id()),
          e.getMessage());
      writer.write(states.get(1)).write(states.get(2));
      assertEquals(3, writer.recordsWritten());
    }
    assertArrayEquals(written(states), out.toByteArray());
  }

  /** Every size at which a full disk can stop the stream, part-way through a write. */
  @Test
  void aStreamThatFailsMidWriteKeepsCompleteLinesAndAtMostOnePartialOne() throws Exception {
    List<State> states = states(700);
    byte[] whole = written(states);
    int[] lineStarts = lineStarts(whole);
    assertTrue(whole.length > 3 * 64 * 1024, "the buffer fills several times: " + whole.length);
    for (int limit = 0; limit < whole.length; limit += limit < 300 ? 1 : 1499) {
      FailingStream disk = new FailingStream(limit, true);
      NdjsonWriter writer = NdjsonWriter.to(disk);
      IOException failure = null;
      for (State s : states) {
        try {
          writer.write(s);
        } catch (IOException e) {
          failure = e;
          break;
        }
      }
      if (failure != null) {
        // The disk has room again: the writer still writes nothing more, and says why.
        IOException again = assertThrows(IOException.class, () -> writer.write(states.get(0)));
        assertSame(FailingStream.FULL, again.getCause());
        assertSame(FailingStream.FULL, assertThrows(IOException.class, writer::flush).getCause());
        writer.close();
      } else {
        // The last lines were still buffered: closing writes them, and fails.
        failure = assertThrows(IOException.class, writer::close, "limit " + limit);
      }
      assertSame(FailingStream.FULL, failure, "limit " + limit);
      writer.close();
      assertTrue(disk.closed, "closed");

      byte[] kept = disk.bytes();
      assertEquals(limit, kept.length, "the stream kept exactly what it could");
      assertArrayEquals(Arrays.copyOf(whole, limit), kept, "a prefix of the lines written");
      int complete = completeLines(lineStarts, limit);
      // Cut just before its '\n', a line still holds its whole record, which is read.
      boolean wholeRecord = limit == lineStarts[complete + 1] - 1;
      boolean partial = limit > lineStarts[complete] && !wholeRecord;
      List<State> expected = states.subList(0, wholeRecord ? complete + 1 : complete);

      NdjsonReader skipping = NdjsonReader.from(new ByteArrayInputStream(kept), SKIP);
      List<Entity<?>> read = new ArrayList<>();
      for (Optional<Entity<?>> r = skipping.read(); r.isPresent(); r = skipping.read()) {
        read.add(r.get());
      }
      assertEquals(expected, read, "limit " + limit);
      assertEquals(partial ? Optional.of(new TruncatedLine(complete + 1, lineStarts[complete],
          limit - lineStarts[complete])) : Optional.empty(), skipping.truncatedLastLine());

      if (partial) {
        int line = complete + 1;
        ParleyJsonException e = assertThrows(ParleyJsonException.class,
            () -> readAll(kept, ReadOptions.defaults()), "limit " + limit);
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.reason().contains("truncated"), e.getMessage());
      } else {
        assertEquals(expected, readAll(kept, ReadOptions.defaults()));
      }
    }
  }

  @Test
  void aWriterRefusesWritesOnceClosed() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NdjsonWriter writer = NdjsonWriter.to(out);
    writer.write(states(1).get(0));
    writer.close();
    IOException e = assertThrows(IOException.class, () -> writer.write(states(1).get(0)));
    assertEquals("the writer is closed", e.getMessage());
    assertEquals(states(1), readAll(out.toByteArray(), ReadOptions.defaults()));
  }

  @Test
  void flushHandsTheBufferedLinesToTheStream() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NdjsonWriter writer = NdjsonWriter.to(out);
    writer.write(states(1).get(0));
    assertEquals(0, out.size(), "buffered");
    writer.flush();
    assertArrayEquals(written(states(1)), out.toByteArray());
  }

  static List<Entity<?>> readAll(byte[] bytes, ReadOptions options) throws IOException {
    List<Entity<?>> records = new ArrayList<>();
    NdjsonReader reader = NdjsonReader.from(new ByteArrayInputStream(bytes), options);
    for (Optional<Entity<?>> r = reader.read(); r.isPresent(); r = reader.read()) {
      records.add(r.get());
    }
    return records;
  }

  /** The offset of each line's start, and the stream's length last. */
  static int[] lineStarts(byte[] stream) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < stream.length; i++) {
      if (stream[i] == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The number of lines ended within the first {@code length} bytes. */
  static int completeLines(int[] lineStarts, int length) {
    int complete = 0;
    while (complete + 1 < lineStarts.length && lineStarts[complete + 1] <= length) {
      complete++;
    }
    return complete;
  }

  /**
   * A disk with room for {@code limit} bytes: the write that crosses it keeps what fits, then
   * fails; afterwards it fails always, or, if it {@code recovers}, has room again.
   */
  static final class FailingStream extends OutputStream {
    static final IOException FULL = new IOException("No space left on device");
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int limit;
    private final boolean recovers;
    private boolean failed;
    boolean closed;

    FailingStream(int limit, boolean recovers) {
      this.limit = limit;
      this.recovers = recovers;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (failed && recovers) {
        kept.write(b, off, len);
        return;
      }
      int room = limit - kept.size();
      if (len > room) {
        kept.write(b, off, Math.max(room, 0));
        failed = true;
        throw FULL;
      }
      kept.write(b, off, len);
    }

    @Override
    public void close() {
      closed = true;
    }

    byte[] bytes() {
      return kept.toByteArray();
    }
  }
}
