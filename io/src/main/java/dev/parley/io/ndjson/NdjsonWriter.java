package dev.parley.io.ndjson;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.io.internal.Json;
import dev.parley.core.RecordKind;
import dev.parley.io.internal.codec.Codecs;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes Parley records as NDJSON: one compact JSON object per line, {@code kind} first, then
 * the record's fields in the canonical order of {@link dev.parley.io.json.ChronicleJson}'s
 * records, ended by {@code \n}.
 *
 * <pre>{@code
 * try (NdjsonWriter out = NdjsonWriter.to(Files.newOutputStream(path))) {
 *   out.writeAll(chronicle);          // or out.write(record) for each record of a stream
 * }
 * }</pre>
 *
 * <p><b>Complete lines only.</b> The writer buffers whole lines (64 KiB at a time) and hands
 * the stream nothing else: a record that cannot be written (an exception while rendering it,
 * or a record supplier that throws between records) leaves no trace, and closing the writer
 * writes every line before it. If the stream itself fails (a full disk), it may keep part of
 * what it was given; the writer then writes nothing more, neither on later calls, which throw,
 * nor when closed, so that the stream ends with complete lines followed by at most one partial
 * last line, which {@link NdjsonReader} reports as truncated rather than read. Give it the bare
 * stream: it buffers itself, whereas a {@link java.io.BufferedOutputStream} keeps its buffer
 * after a failed write and writes it again when closed, which can splice two partial lines
 * together.
 *
 * <p>Memory use is the buffer and one record. Not thread-safe.
 */
public final class NdjsonWriter implements Closeable, Flushable {
  private static final int BUFFER = 64 * 1024;

  private final OutputStream out;
  private final Lines lines = new Lines(BUFFER + 8 * 1024);
  private long written;
  /** The stream's failure, after which nothing more is written to it. */
  private IOException failure;
  private boolean closed;

  private NdjsonWriter(OutputStream out) {
    this.out = out;
  }

  /**
   * Returns a writer to {@code out}, which it closes when closed.
   *
   * @param out where to write; the writer buffers, so a bare stream (not a {@link
   *     java.io.BufferedOutputStream}) is best
   * @return the writer
   * @throws NullPointerException if {@code out} is null
   */
  public static NdjsonWriter to(OutputStream out) {
    return new NdjsonWriter(requireNonNull(out, "out"));
  }

  /**
   * Writes one record as one line. The line is buffered, and reaches the stream when the
   * buffer is full, on {@link #flush()} or on {@link #close()}.
   *
   * @param record a state, official, organization, issue, article, meeting, statement, stance or
   *     event
   * @return this writer
   * @throws IOException if the stream fails, or failed before, or the writer is closed; or if
   *     the record cannot be written, in which case nothing of it is
   * @throws NullPointerException if {@code record} is null
   */
  public NdjsonWriter write(Entity<?> record) throws IOException {
    requireNonNull(record, "record");
    checkOpen();
    int mark = lines.size();
    boolean rendered = false;
    try (JsonGenerator g = Json.compactGenerator(lines)) {
      Codecs.writeRecord(g, record, true);
      rendered = true;
    } catch (JacksonException e) {
      throw new IOException("could not write " + record.id() + ": " + e.getOriginalMessage(), e);
    } finally {
      if (!rendered) {
        lines.truncate(mark); // after the generator has flushed what it had
      }
    }
    lines.write('\n');
    written++;
    if (lines.size() >= BUFFER) {
      drain();
    }
    return this;
  }

  /**
   * Writes every record of a chronicle: states, organizations, officials, issues, articles,
   * meetings, statements, stances, events, each kind in id order, so that the output is canonical.
   *
   * @param chronicle the chronicle
   * @return this writer
   * @throws IOException if the stream fails, or failed before, or the writer is closed
   * @throws NullPointerException if {@code chronicle} is null
   */
  public NdjsonWriter writeAll(Chronicle chronicle) throws IOException {
    requireNonNull(chronicle, "chronicle");
    for (RecordKind kind : RecordKind.values()) {
      for (Entity<?> record : kind.records(chronicle)) {
        write(record);
      }
    }
    return this;
  }

  /**
   * The number of records written so far, buffered or in the stream.
   *
   * @return the count
   */
  public long recordsWritten() {
    return written;
  }

  /**
   * Writes the buffered lines to the stream and flushes it.
   *
   * @throws IOException if the stream fails, or failed before, or the writer is closed
   */
  @Override
  public void flush() throws IOException {
    checkOpen();
    drain();
    out.flush();
  }

  /**
   * Writes the buffered lines (unless the stream failed before) and closes the stream. Closing
   * again does nothing.
   *
   * @throws IOException if the stream fails
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (failure == null) {
        drain();
      }
    } finally {
      out.close();
    }
  }

  private void checkOpen() throws IOException {
    if (closed) {
      throw new IOException("the writer is closed");
    }
    if (failure != null) {
      throw new IOException("the stream failed before (" + failure.getMessage() + "); nothing"
          + " more is written to it, so that it ends with complete lines and at most one"
          + " partial last line", failure);
    }
  }

  /** Hands the buffered lines to the stream; if it fails, nothing is ever written again. */
  private void drain() throws IOException {
    if (lines.size() == 0) {
      return;
    }
    try {
      lines.writeTo(out);
    } catch (IOException | RuntimeException e) {
      failure = e instanceof IOException ? (IOException) e : new IOException(e);
      throw e;
    }
    lines.reset();
  }

  /** A byte buffer that can drop what was written after a mark. */
  private static final class Lines extends ByteArrayOutputStream {
    Lines(int size) {
      super(size);
    }

    void truncate(int size) {
      count = size;
    }
  }
}
