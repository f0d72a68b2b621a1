package dev.parley.benchmarks;

import dev.parley.benchmarks.JsonRecords.Document;
import dev.parley.benchmarks.JsonRecords.Line;
import dev.parley.benchmarks.JsonRecords.MeetingJson;
import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.io.json.ChronicleJson;
import dev.parley.io.ndjson.NdjsonReader;
import dev.parley.io.ndjson.NdjsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * The JSON workloads that {@link JsonBenchmark} (JMH) and {@link JsonRatios} (interleaved
 * ratios) both measure: Parley's document and NDJSON reading and writing, and the baseline a
 * user would write by hand with plain Java records and a plain Jackson {@code JsonMapper}
 * ({@link JsonRecords}), on one synthetic chronicle.
 *
 * <p>Both sides produce the same bytes: the constructor checks that the baseline's document and
 * NDJSON are byte for byte Parley's, and that each side reads back what it wrote.
 *
 * <p>Parley reads more than the baseline: it checks every value (ids, EDTF dates, references,
 * enums) and builds validated immutable values, and {@code readChronicle} / document reading
 * also checks the chronicle's referential integrity. The baseline checks nothing.
 *
 * <p>Not thread-safe: one instance per measuring thread.
 */
public final class JsonWorkloads {
  private final int meetings;
  private final Chronicle chronicle;
  private final Document records;
  private final List<Line> lines;
  private final byte[] document;
  private final byte[] ndjson;

  private final ObjectWriter documentWriter = JsonRecords.documentWriter();
  private final ObjectReader documentReader = JsonRecords.documentReader();
  private final ObjectWriter lineWriter = JsonRecords.lineWriter();
  private final ObjectReader lineReader = JsonRecords.lineReader();

  /**
   * Generates the chronicle, converts it to the baseline's records, writes both shapes both
   * ways and checks that they agree.
   *
   * @param meetings the number of meetings of the synthetic chronicle
   * @param seed the generator's seed
   * @throws IllegalStateException if the two sides disagree on bytes or read-back
   */
  public JsonWorkloads(int meetings, long seed) {
    this.meetings = meetings;
    this.chronicle = SyntheticChronicles.generate(meetings, seed);
    this.records = JsonRecords.from(chronicle);
    this.lines = records.lines();
    this.document = parleyDocumentWrite();
    this.ndjson = writeNdjson(chronicle, 32);
    same("document", document, baselineDocumentWrite());
    same("NDJSON", ndjson, baselineNdjsonWrite());
    check(parleyDocumentRead().equals(chronicle), "Parley document read-back");
    check(parleyNdjsonReadChronicle().equals(chronicle), "Parley NDJSON read-back");
    check(baselineDocumentRead().equals(records), "baseline document read-back");
    check(baselineNdjsonReadDocument().equals(records), "baseline NDJSON read-back");
    int lineCount = 0;
    for (byte b : ndjson) {
      lineCount += b == '\n' ? 1 : 0;
    }
    check(lineCount == lines.size(), "one line per record");
  }

  /** The sizes and record counts of the corpus, one line, for the logs. */
  public String describe() {
    int participants = 0;
    for (MeetingJson m : records.meetings()) {
      participants += m.participants().size();
    }
    return String.format("meetings=%d records=%d (states=%d officials=%d issues=%d"
        + " articles=%d meetings=%d statements=%d stances=%d; participants=%d)"
        + " documentBytes=%d ndjsonBytes=%d",
        meetings, lines.size(), records.states().size(), records.officials().size(),
        records.issues().size(), records.articles().size(), records.meetings().size(),
        records.statements().size(), records.stances().size(), participants,
        document.length, ndjson.length);
  }

  /** The number of NDJSON lines (records) of the corpus. */
  public int recordCount() {
    return lines.size();
  }

  private static void same(String what, byte[] parley, byte[] baseline) {
    if (!Arrays.equals(parley, baseline)) {
      long at = Arrays.mismatch(parley, baseline);
      throw new IllegalStateException("the baseline's " + what + " differs from Parley's at byte "
          + at + ": Parley '" + excerpt(parley, at) + "', baseline '" + excerpt(baseline, at)
          + "'");
    }
  }

  private static String excerpt(byte[] bytes, long at) {
    int from = (int) Math.max(0, at - 60);
    int to = (int) Math.min(bytes.length, at + 60);
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(what + " failed");
    }
  }

  // -----------------------------------------------------------------------------------------
  // Documents

  /** Parley: the chronicle as a canonical document. */
  public byte[] parleyDocumentWrite() {
    return ChronicleJson.write(chronicle);
  }

  /** Baseline: the records as the same document. */
  public byte[] baselineDocumentWrite() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    documentWriter.writeValue(out, records);
    out.write('\n');
    return out.toByteArray();
  }

  /**
   * Parley: the document read into a validated chronicle.
   *
   * @throws UncheckedIOException never: the document is in memory and valid
   */
  public Chronicle parleyDocumentRead() {
    try {
      return ChronicleJson.read(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Baseline: the document read into records. */
  public Document baselineDocumentRead() {
    return documentReader.readValue(document);
  }

  // -----------------------------------------------------------------------------------------
  // NDJSON

  /** Parley: every record of the chronicle as one NDJSON line. */
  public byte[] parleyNdjsonWrite() {
    return writeNdjson(chronicle, ndjson.length);
  }

  private static byte[] writeNdjson(Chronicle chronicle, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    try (NdjsonWriter writer = NdjsonWriter.to(out)) {
      writer.writeAll(chronicle);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Baseline: one {@code writeValueAsBytes} per record, and a line end. */
  public byte[] baselineNdjsonWrite() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(ndjson == null ? 32 : ndjson.length);
    for (Line line : lines) {
      out.writeBytes(lineWriter.writeValueAsBytes(line));
      out.write('\n');
    }
    return out.toByteArray();
  }

  /**
   * Parley: every line read into a validated record, one at a time, no chronicle built.
   *
   * @param sink consumes the records
   * @return the number of records
   * @throws UncheckedIOException never: the lines are in memory and valid
   */
  public int parleyNdjsonRead(Consumer<Object> sink) {
    int count = 0;
    try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(ndjson))) {
      for (Optional<Entity<?>> r = in.read(); r.isPresent(); r = in.read()) {
        sink.accept(r.get());
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count;
  }

  /**
   * Baseline: one {@code readValue} per line, into records.
   *
   * @param sink consumes the records
   * @return the number of records
   */
  public int baselineNdjsonRead(Consumer<Object> sink) {
    int count = 0;
    byte[] bytes = ndjson;
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        Line line = lineReader.readValue(bytes, start, i - start);
        sink.accept(line);
        count++;
        start = i + 1;
      }
    }
    return count;
  }

  /**
   * Parley: every line read and the records built into a validated chronicle.
   *
   * @throws UncheckedIOException never: the lines are in memory and valid
   */
  public Chronicle parleyNdjsonReadChronicle() {
    try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(ndjson))) {
      return in.readChronicle();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Baseline of {@link #parleyNdjsonReadChronicle()}: every line read and the records gathered
   * into a document, one list per kind (no checks).
   */
  public Document baselineNdjsonReadDocument() {
    List<JsonRecords.StateJson> states = new ArrayList<>();
    List<JsonRecords.OrganizationJson> organizations = new ArrayList<>();
    List<JsonRecords.OfficialJson> officials = new ArrayList<>();
    List<JsonRecords.IssueJson> issues = new ArrayList<>();
    List<JsonRecords.ArticleJson> articles = new ArrayList<>();
    List<JsonRecords.MeetingJson> meetingList = new ArrayList<>();
    List<JsonRecords.StatementJson> statements = new ArrayList<>();
    List<JsonRecords.StanceJson> stances = new ArrayList<>();
    List<JsonRecords.EventJson> events = new ArrayList<>();
    byte[] bytes = ndjson;
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        Line line = lineReader.readValue(bytes, start, i - start);
        if (line instanceof JsonRecords.StateJson s) {
          states.add(s);
        } else if (line instanceof JsonRecords.OrganizationJson o) {
          organizations.add(o);
        } else if (line instanceof JsonRecords.OfficialJson o) {
          officials.add(o);
        } else if (line instanceof JsonRecords.IssueJson is) {
          issues.add(is);
        } else if (line instanceof JsonRecords.ArticleJson a) {
          articles.add(a);
        } else if (line instanceof JsonRecords.MeetingJson m) {
          meetingList.add(m);
        } else if (line instanceof JsonRecords.StatementJson s) {
          statements.add(s);
        } else if (line instanceof JsonRecords.StanceJson s) {
          stances.add(s);
        } else if (line instanceof JsonRecords.EventJson e) {
          events.add(e);
        }
        start = i + 1;
      }
    }
    return new Document("parley-chronicle", 1, states, organizations, officials, issues,
        articles, meetingList, statements, stances, events);
  }
}
