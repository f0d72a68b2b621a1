package dev.parley.io.ndjson;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.io.internal.Json;
import dev.parley.io.internal.Kinds;
import dev.parley.io.internal.RecordWriter;
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
 * <p>Each record is rendered in full before any of its bytes reach the stream, and then written
 * with its line end in one call: a failure while rendering writes nothing, so the stream holds
 * complete lines only. Memory use is one record. Not thread-safe.
 */
public final class NdjsonWriter implements Closeable, Flushable {
  private final OutputStream out;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
  private long written;

  private NdjsonWriter(OutputStream out) {
    this.out = out;
  }

  /**
   * Returns a writer to {@code out}, which it closes when closed.
   *
   * @param out where to write; buffer it for speed
   * @return the writer
   * @throws NullPointerException if {@code out} is null
   */
  public static NdjsonWriter to(OutputStream out) {
    return new NdjsonWriter(requireNonNull(out, "out"));
  }

  /**
   * Writes one record as one line.
   *
   * @param record a state, official, organization, issue, article, meeting, statement or stance
   * @return this writer
   * @throws IOException if the stream fails
   * @throws NullPointerException if {@code record} is null
   */
  public NdjsonWriter write(Entity<?> record) throws IOException {
    requireNonNull(record, "record");
    line.reset();
    try (JsonGenerator g = Json.compactGenerator(line)) {
      RecordWriter.record(g, record, true);
    } catch (JacksonException e) {
      throw new IOException("could not write " + record.id() + ": " + e.getOriginalMessage(), e);
    }
    line.write('\n');
    line.writeTo(out);
    written++;
    return this;
  }

  /**
   * Writes every record of a chronicle: states, organizations, officials, issues, articles,
   * meetings, statements, stances, each kind in id order, so that the output is canonical.
   *
   * @param chronicle the chronicle
   * @return this writer
   * @throws IOException if the stream fails
   * @throws NullPointerException if {@code chronicle} is null
   */
  public NdjsonWriter writeAll(Chronicle chronicle) throws IOException {
    requireNonNull(chronicle, "chronicle");
    for (Kinds kind : Kinds.values()) {
      for (Entity<?> record : Kinds.records(chronicle, kind)) {
        write(record);
      }
    }
    return this;
  }

  /**
   * The number of records written so far.
   *
   * @return the count
   */
  public long recordsWritten() {
    return written;
  }

  /**
   * Flushes the stream.
   *
   * @throws IOException if the stream fails
   */
  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws IOException if the stream fails
   */
  @Override
  public void close() throws IOException {
    out.close();
  }
}
