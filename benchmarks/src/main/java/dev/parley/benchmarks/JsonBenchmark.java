package dev.parley.benchmarks;

import dev.parley.benchmarks.JsonRecords.Document;
import dev.parley.core.Chronicle;
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

/**
 * Parley's JSON document and NDJSON reading and writing against the baseline a user would write
 * by hand: plain Java records of the same shape and a plain Jackson {@code JsonMapper} ({@link
 * JsonRecords}), on the same synthetic chronicle. The workloads are {@link JsonWorkloads}'s,
 * which {@link JsonRatios} also measures, interleaved; JMH runs each benchmark method alone, so
 * its absolute times are comparable across runs only on a quiet machine.
 *
 * <p>Both sides produce the same bytes (checked at setup); the setup prints the sizes and record
 * counts from which the throughputs (MB/s, records/s) follow from the average times.
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

  private JsonWorkloads w;

  /** Creates the benchmark state; JMH calls {@link #setUp()} before the trial. */
  public JsonBenchmark() {}

  /** Generates the chronicle (seed 42), checks that both sides agree, prints sizes and counts. */
  @Setup(Level.Trial)
  public void setUp() {
    w = new JsonWorkloads(meetings, 42);
    System.out.printf("%n[json] %s%n", w.describe());
  }

  /** Parley: the chronicle as a canonical document. */
  @Benchmark
  public byte[] parleyDocumentWrite() {
    return w.parleyDocumentWrite();
  }

  /** Baseline: the records as the same document. */
  @Benchmark
  public byte[] baselineDocumentWrite() {
    return w.baselineDocumentWrite();
  }

  /** Parley: the document read into a validated chronicle. */
  @Benchmark
  public Chronicle parleyDocumentRead() {
    return w.parleyDocumentRead();
  }

  /** Baseline: the document read into records. */
  @Benchmark
  public Document baselineDocumentRead() {
    return w.baselineDocumentRead();
  }

  /** Parley: every record of the chronicle as one NDJSON line. */
  @Benchmark
  public byte[] parleyNdjsonWrite() {
    return w.parleyNdjsonWrite();
  }

  /** Baseline: one {@code writeValueAsBytes} per record, and a line end. */
  @Benchmark
  public byte[] baselineNdjsonWrite() {
    return w.baselineNdjsonWrite();
  }

  /**
   * Parley: every line read into a validated record, one at a time, no chronicle built.
   *
   * @param bh consumes the records
   * @return the number of records
   */
  @Benchmark
  public int parleyNdjsonRead(Blackhole bh) {
    return w.parleyNdjsonRead(bh::consume);
  }

  /**
   * Baseline: one {@code readValue} per line, into records.
   *
   * @param bh consumes the records
   * @return the number of records
   */
  @Benchmark
  public int baselineNdjsonRead(Blackhole bh) {
    return w.baselineNdjsonRead(bh::consume);
  }

  /** Parley: every line read and the records built into a validated chronicle. */
  @Benchmark
  public Chronicle parleyNdjsonReadChronicle() {
    return w.parleyNdjsonReadChronicle();
  }

  /** Baseline: every line read and the records gathered into a document, one list per kind. */
  @Benchmark
  public Document baselineNdjsonReadDocument() {
    return w.baselineNdjsonReadDocument();
  }
}
