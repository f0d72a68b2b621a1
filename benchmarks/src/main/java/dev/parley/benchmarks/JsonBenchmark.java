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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * Parley's JSON document and NDJSON reading and writing against the baseline a user would write
 * by hand: plain Java records of the same shape and a plain Jackson {@code JsonMapper} ({@link
 * JsonRecords}), on the same synthetic chronicle.
 *
 * <p>Both sides produce the same bytes: the setup checks that the baseline's document and NDJSON
 * are byte for byte Parley's, and that each side reads back what it wrote. It prints the sizes
 * and record counts from which the throughputs (MB/s, records/s) follow from the average times.
 *
 * <p>Parley reads more than the baseline: it checks every value (ids, EDTF dates, references,
 * enums) and builds validated immutable values, and {@code readChronicle} / document reading
 * also checks the chronicle's referential integrity. The baseline checks nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
public class JsonBenchmark {
  /** The number of meetings in the chronicle. */
  @Param({"10000"})
  public int meetings;

  private Chronicle chronicle;
  private Document records;
  private List<Line> lines;

  private byte[] document;
  private byte[] ndjson;

  private final ObjectWriter documentWriter = JsonRecords.documentWriter();
  private final ObjectReader documentReader = JsonRecords.documentReader();
  private final ObjectWriter lineWriter = JsonRecords.lineWriter();
  private final ObjectReader lineReader = JsonRecords.lineReader();

  /** Creates the benchmark state; JMH calls {@link #setUp()} before the trial. */
  public JsonBenchmark() {}

  /**
   * Generates the chronicle (seed 42), converts it to the baseline's records, writes both
   * shapes both ways, checks that they agree, and prints sizes and counts.
   *
   * @throws IOException never: all streams are in memory
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    chronicle = SyntheticChronicles.generate(meetings, 42);
    records = JsonRecords.from(chronicle);
    lines = records.lines();

    document = parleyDocumentWrite();
    ndjson = parleyNdjsonWrite();
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

    int participants = 0;
    for (MeetingJson m : records.meetings()) {
      participants += m.participants().size();
    }
    System.out.printf("%n[json] meetings=%d records=%d (states=%d officials=%d issues=%d"
        + " articles=%d meetings=%d statements=%d stances=%d; participants=%d)"
        + " documentBytes=%d ndjsonBytes=%d%n",
        meetings, lines.size(), records.states().size(), records.officials().size(),
        records.issues().size(), records.articles().size(), records.meetings().size(),
        records.statements().size(), records.stances().size(), participants,
        document.length, ndjson.length);
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
    return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(what + " failed");
    }
  }

  // -----------------------------------------------------------------------------------------
  // Documents

  /** Parley: the chronicle as a canonical document. */
  @Benchmark
  public byte[] parleyDocumentWrite() {
    return ChronicleJson.write(chronicle);
  }

  /** Baseline: the records as the same document. */
  @Benchmark
  public byte[] baselineDocumentWrite() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    documentWriter.writeValue(out, records);
    out.write('\n');
    return out.toByteArray();
  }

  /**
   * Parley: the document read into a validated chronicle.
   *
   * @return the chronicle
   * @throws IOException never
   */
  @Benchmark
  public Chronicle parleyDocumentRead() throws IOException {
    return ChronicleJson.read(document);
  }

  /** Baseline: the document read into records. */
  @Benchmark
  public Document baselineDocumentRead() {
    return documentReader.readValue(document);
  }

  // -----------------------------------------------------------------------------------------
  // NDJSON

  /**
   * Parley: every record of the chronicle as one NDJSON line.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] parleyNdjsonWrite() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(expectedNdjsonSize());
    try (NdjsonWriter writer = NdjsonWriter.to(out)) {
      writer.writeAll(chronicle);
    }
    return out.toByteArray();
  }

  /** Baseline: one {@code writeValueAsBytes} per record, and a line end. */
  @Benchmark
  public byte[] baselineNdjsonWrite() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(expectedNdjsonSize());
    for (Line line : lines) {
      out.writeBytes(lineWriter.writeValueAsBytes(line));
      out.write('\n');
    }
    return out.toByteArray();
  }

  private int expectedNdjsonSize() {
    return ndjson == null ? 32 : ndjson.length;
  }

  /**
   * Parley: every line read into a validated record, one at a time, no chronicle built.
   *
   * @param bh consumes the records
   * @return the number of records
   * @throws IOException never
   */
  @Benchmark
  public int parleyNdjsonRead(Blackhole bh) throws IOException {
    int count = 0;
    try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(ndjson))) {
      for (Optional<Entity<?>> r = in.read(); r.isPresent(); r = in.read()) {
        bh.consume(r.get());
        count++;
      }
    }
    return count;
  }

  /**
   * Baseline: one {@code readValue} per line, into records.
   *
   * @param bh consumes the records
   * @return the number of records
   */
  @Benchmark
  public int baselineNdjsonRead(Blackhole bh) {
    int count = 0;
    byte[] bytes = ndjson;
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        Line line = lineReader.readValue(bytes, start, i - start);
        bh.consume(line);
        count++;
        start = i + 1;
      }
    }
    return count;
  }

  /**
   * Parley: every line read and the records built into a validated chronicle.
   *
   * @return the chronicle
   * @throws IOException never
   */
  @Benchmark
  public Chronicle parleyNdjsonReadChronicle() throws IOException {
    try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(ndjson))) {
      return in.readChronicle();
    }
  }

  /**
   * Baseline of {@link #parleyNdjsonReadChronicle()}: every line read and the records gathered
   * into a document, one list per kind (no checks).
   *
   * @return the document
   */
  @Benchmark
  public Document baselineNdjsonReadDocument() {
    List<JsonRecords.StateJson> states = new ArrayList<>();
    List<JsonRecords.OrganizationJson> organizations = new ArrayList<>();
    List<JsonRecords.OfficialJson> officials = new ArrayList<>();
    List<JsonRecords.IssueJson> issues = new ArrayList<>();
    List<JsonRecords.ArticleJson> articles = new ArrayList<>();
    List<JsonRecords.MeetingJson> meetingList = new ArrayList<>();
    List<JsonRecords.StatementJson> statements = new ArrayList<>();
    List<JsonRecords.StanceJson> stances = new ArrayList<>();
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
        }
        start = i + 1;
      }
    }
    return new Document("parley-chronicle", 1, states, organizations, officials, issues,
        articles, meetingList, statements, stances);
  }
}
