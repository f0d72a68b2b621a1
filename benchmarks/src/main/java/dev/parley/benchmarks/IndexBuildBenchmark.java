package dev.parley.benchmarks;

import static dev.parley.benchmarks.SyntheticChronicles.PROBE;
import static dev.parley.benchmarks.SyntheticChronicles.PROBE_ISSUE;
import static dev.parley.benchmarks.SyntheticChronicles.STANCE_DAY;

import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.core.Stance;
import dev.parley.core.Statement;
import dev.parley.core.query.Queries;
import java.util.List;
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

/**
 * The time to build each index: a fresh {@link Queries#of(Chronicle)} and its first query, which
 * builds the index that query uses (lazily, once per chronicle in normal use).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class IndexBuildBenchmark {
  /** The number of meetings in the chronicle. */
  @Param({"10000", "100000", "1000000"})
  public int meetings;

  /** The chronicle queried, generated once per trial with seed 42. */
  public Chronicle chronicle;

  /** Creates the benchmark state; JMH calls {@link #setUp()} before the trial. */
  public IndexBuildBenchmark() {}

  /** Generates the chronicle. */
  @Setup(Level.Trial)
  public void setUp() {
    chronicle = SyntheticChronicles.generate(meetings, 42);
  }

  /**
   * Builds the meeting index (chronological order, by attendee, topic and unnamed capacity).
   *
   * @return the probe's meetings
   */
  @Benchmark
  public List<Meeting> meetingIndex() {
    return Queries.of(chronicle).meetings().involving(PROBE).list();
  }

  /**
   * Builds the statement index (chronological order, by speaker, affiliation, meeting, issue).
   *
   * @return the probe's statements
   */
  @Benchmark
  public List<Statement> statementIndex() {
    return Queries.of(chronicle).statements().by(PROBE).list();
  }

  /**
   * Builds the stance index (by holder, in validity order).
   *
   * @return the probe's stances on the probe issue that hold on the day
   */
  @Benchmark
  public List<Stance> stanceIndex() {
    return Queries.of(chronicle).stancesAsOf(PROBE, PROBE_ISSUE, STANCE_DAY);
  }
}
