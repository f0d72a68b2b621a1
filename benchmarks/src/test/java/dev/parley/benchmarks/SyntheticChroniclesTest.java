package dev.parley.benchmarks;

import static dev.parley.benchmarks.SyntheticChronicles.PROBE;
import static dev.parley.benchmarks.SyntheticChronicles.PROBE_STATE_A;
import static dev.parley.benchmarks.SyntheticChronicles.PROBE_STATE_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.core.Meeting;
import dev.parley.core.OfficialId;
import dev.parley.core.Participant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyntheticChroniclesTest {
  @Test
  void sameSeedSameChronicle() {
    assertEquals(SyntheticChronicles.generate(2_000, 7), SyntheticChronicles.generate(2_000, 7));
  }

  @Test
  void recordsStreamTheChronicleInCanonicalOrder() {
    Chronicle chronicle = SyntheticChronicles.generate(3_000, 5);
    List<Entity<?>> canonical = new ArrayList<>();
    canonical.addAll(chronicle.states());
    canonical.addAll(chronicle.officials());
    canonical.addAll(chronicle.issues());
    canonical.addAll(chronicle.articles());
    canonical.addAll(chronicle.meetings());
    canonical.addAll(chronicle.statements());
    canonical.addAll(chronicle.stances());
    List<Entity<?>> streamed = new ArrayList<>();
    SyntheticChronicles.Records records = SyntheticChronicles.records(3_000, 5);
    for (Entity<?> r = records.next(); r != null; r = records.next()) {
      streamed.add(r);
    }
    assertEquals(canonical, streamed);
    assertNull(records.next(), "still at the end");
  }

  @Test
  void recordCounts() {
    Chronicle c = SyntheticChronicles.generate(10_000, 42);
    assertEquals(10_000, c.meetings().size());
    assertEquals(52, c.states().size());
    assertEquals(500 + 2, c.officials().size());
    assertEquals(5_000, c.statements().size());
    assertEquals(1_000 + 12, c.stances().size());
    assertEquals(50, c.issues().size());
    for (Meeting m : c.meetings()) {
      int n = m.participants().size();
      assertTrue(n >= 2 && n <= 6 || m.framework().equals(Optional.of("Probe talks")) && n <= 4,
          m.id() + " has " + n + " participants");
    }
  }

  @Test
  void probeAnswersDoNotDependOnSize() {
    for (int size : new int[] {SyntheticChronicles.MIN_MEETINGS, 10_000, 30_001}) {
      Chronicle c = SyntheticChronicles.generate(size, size);
      long probe = c.meetings().stream().filter(m -> m.participants().stream()
          .anyMatch(p -> p.actor().equals(Optional.of(PROBE)))).count();
      long pair = c.meetings().stream()
          .filter(m -> m.states().contains(PROBE_STATE_A) || m.states().contains(PROBE_STATE_B))
          .peek(m -> assertTrue(m.states().contains(PROBE_STATE_A)
              && m.states().contains(PROBE_STATE_B)))
          .count();
      assertEquals(SyntheticChronicles.PROBE_MEETINGS, probe, "probe at " + size);
      assertEquals(SyntheticChronicles.PAIR_MEETINGS, pair, "pair at " + size);
    }
  }

  @Test
  void attendanceIsSkewed() {
    Chronicle c = SyntheticChronicles.generate(10_000, 42);
    Map<OfficialId, Integer> counts = new HashMap<>();
    for (Meeting m : c.meetings()) {
      for (Participant p : m.participants()) {
        p.actor().filter(OfficialId.class::isInstance)
            .ifPresent(a -> counts.merge((OfficialId) a, 1, Integer::sum));
      }
    }
    int top = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertTrue(top > 2_000, "the most frequent official attends " + top + " meetings");
  }

  @Test
  void tooSmall() {
    assertThrows(IllegalArgumentException.class,
        () -> SyntheticChronicles.generate(SyntheticChronicles.MIN_MEETINGS - 1, 1));
  }

  @Test
  void stateCodes() {
    assertEquals("AAA", SyntheticChronicles.stateCode(0));
    assertEquals("AAZ", SyntheticChronicles.stateCode(25));
    assertEquals("ABX", SyntheticChronicles.stateCode(49));
  }

  /** Each benchmark pair gives the same, fixed-size answer (setUp checks it and throws if not). */
  @Test
  void benchmarkPairsAgree() {
    QueryBenchmark b = new QueryBenchmark();
    b.meetings = 10_000;
    b.setUp();
    assertEquals(SyntheticChronicles.PROBE_MEETINGS, b.attendedByIndexed().size());
    assertEquals(b.attendedByScan(), b.attendedByIndexed());
    assertEquals(b.betweenInRangeScan(), b.betweenInRangeIndexed());
    assertEquals(b.stanceAsOfScan(), b.stanceAsOfIndexed());
  }

  @Test
  void indexBuildBenchmarkRuns() {
    IndexBuildBenchmark b = new IndexBuildBenchmark();
    b.meetings = 10_000;
    b.setUp();
    assertEquals(SyntheticChronicles.PROBE_MEETINGS, b.meetingIndex().size());
    assertEquals(0, b.statementIndex().size());
    assertEquals(SyntheticChronicles.PROBE_STANCES_ON_DAY, b.stanceIndex().size());
  }
}
