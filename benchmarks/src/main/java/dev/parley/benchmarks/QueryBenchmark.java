package dev.parley.benchmarks;

import static dev.parley.benchmarks.SyntheticChronicles.PROBE;
import static dev.parley.benchmarks.SyntheticChronicles.PROBE_ISSUE;
import static dev.parley.benchmarks.SyntheticChronicles.PROBE_STATE_A;
import static dev.parley.benchmarks.SyntheticChronicles.PROBE_STATE_B;
import static dev.parley.benchmarks.SyntheticChronicles.RANGE_FROM;
import static dev.parley.benchmarks.SyntheticChronicles.RANGE_TO;
import static dev.parley.benchmarks.SyntheticChronicles.STANCE_DAY;

import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.core.Participant;
import dev.parley.core.Stance;
import dev.parley.core.StateId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * Indexed queries ({@link Chronicle#query()}) against the linear scans a user would write by
 * hand over the same chronicle, at 10k, 100k and 1M meetings.
 *
 * <p>Every query asks about the fixed probe of {@link SyntheticChronicles}, so its answer has the
 * same size at every corpus size: an indexed query that costs O(answer) takes the same time at
 * every size, while a scan grows with the corpus. Each pair is checked to give the same answer
 * before it is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 2)
public class QueryBenchmark {
  /** The chronological order of query results: by date, then id. */
  static final Comparator<Meeting> CHRONOLOGICAL =
      Comparator.comparing(Meeting::date).thenComparing(Meeting::id);

  /** Stances by validity, then id, the order {@code stancesAsOf} documents. */
  static final Comparator<Stance> BY_VALIDITY =
      Comparator.comparing(Stance::validity).thenComparing(Stance::id);

  private static final Optional<ActorRef> PROBE_ACTOR = Optional.of(PROBE);
  private static final Set<StateId> PAIR = Set.of(PROBE_STATE_A, PROBE_STATE_B);

  /** The number of meetings in the chronicle. */
  @Param({"10000", "100000", "1000000"})
  public int meetings;

  /** The chronicle queried, generated once per trial with seed 42. */
  public Chronicle chronicle;

  /** Creates the benchmark state; JMH calls {@link #setUp()} before the trial. */
  public QueryBenchmark() {}

  /**
   * Generates the chronicle, builds its indexes (the first {@code query()} builds them),
   * checks that each indexed query and its scan give the same, fixed-size answer, and collects
   * the garbage left behind.
   */
  @Setup(Level.Trial)
  public void setUp() {
    chronicle = SyntheticChronicles.generate(meetings, 42);
    check("attendedBy", attendedByIndexed(), attendedByScan(),
        SyntheticChronicles.PROBE_MEETINGS);
    check("betweenInRange", betweenInRangeIndexed(), betweenInRangeScan(),
        SyntheticChronicles.PAIR_MEETINGS_IN_RANGE);
    check("stanceAsOf", stanceAsOfIndexed(), stanceAsOfScan(),
        SyntheticChronicles.PROBE_STANCES_ON_DAY);
    // Start measuring from a clean heap, not from the generator's garbage.
    System.gc();
  }

  private static void check(String what, List<?> indexed, List<?> scan, int expected) {
    if (indexed.size() != expected || !indexed.equals(scan)) {
      throw new IllegalStateException(what + ": the indexed query gave " + indexed.size()
          + " results, the scan " + scan.size() + ", expected " + expected
          + (indexed.size() == scan.size() ? " (same sizes, different order or elements)" : ""));
    }
  }

  /**
   * The meetings, of any status, the probe official takes part in, from the index ({@code
   * involving}; {@code attendedBy} until it came to mean held meetings only).
   *
   * @return the meetings, chronological
   */
  @Benchmark
  public List<Meeting> attendedByIndexed() {
    return chronicle.query().meetings().involving(PROBE).list();
  }

  /**
   * The meetings, of any status, the probe official takes part in, by a scan of every meeting.
   *
   * @return the meetings, chronological
   */
  @Benchmark
  public List<Meeting> attendedByScan() {
    return chronicle.meetings().stream()
        .filter(m -> {
          for (Participant p : m.participants()) {
            if (p.actor().equals(PROBE_ACTOR)) {
              return true;
            }
          }
          return false;
        })
        .sorted(CHRONOLOGICAL)
        .collect(Collectors.toList());
  }

  /**
   * The meetings between the two probe states that may fall within 2010–2019, from the index.
   *
   * @return the meetings, chronological
   */
  @Benchmark
  public List<Meeting> betweenInRangeIndexed() {
    return chronicle.query().meetings()
        .between(PROBE_STATE_A, PROBE_STATE_B)
        .overlapping(RANGE_FROM, RANGE_TO)
        .list();
  }

  /**
   * The meetings between the two probe states that may fall within 2010–2019, by a scan.
   *
   * @return the meetings, chronological
   */
  @Benchmark
  public List<Meeting> betweenInRangeScan() {
    return chronicle.meetings().stream()
        .filter(m -> !m.date().earliest().isAfter(RANGE_TO)
            && !m.date().latest().isBefore(RANGE_FROM))
        .filter(m -> m.states().containsAll(PAIR))
        .sorted(CHRONOLOGICAL)
        .collect(Collectors.toList());
  }

  /**
   * The probe's stances on the probe issue that certainly hold on the day, from the index.
   *
   * @return the stances, by validity
   */
  @Benchmark
  public List<Stance> stanceAsOfIndexed() {
    return chronicle.query().stancesAsOf(PROBE, PROBE_ISSUE, STANCE_DAY);
  }

  /**
   * The probe's stances on the probe issue that certainly hold on the day, by a scan.
   *
   * @return the stances, by validity
   */
  @Benchmark
  public List<Stance> stanceAsOfScan() {
    return chronicle.stances().stream()
        .filter(s -> s.holder().equals(PROBE)
            && s.issue().equals(PROBE_ISSUE)
            && s.validity().certainlyIncludes(STANCE_DAY))
        .sorted(BY_VALIDITY)
        .collect(Collectors.toList());
  }
}
