package dev.parley.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.benchmarks.JsonRatios.ForkResult;
import dev.parley.benchmarks.JsonRatios.Operation;
import dev.parley.benchmarks.JsonRatios.Options;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonRatiosTest {
  @Test
  void ratiosAreParleyOverBaselineRoundByRound() {
    assertArrayEquals(new double[] {0.5, 2.0, 1.0},
        RatioStats.ratios(new long[] {5, 20, 7}, new long[] {10, 10, 7}), 1e-12);
  }

  @Test
  void ratiosRefuseMismatchedOrEmptyOrZeroBaseline() {
    assertThrows(IllegalArgumentException.class,
        () -> RatioStats.ratios(new long[] {1, 2}, new long[] {1}));
    assertThrows(IllegalArgumentException.class,
        () -> RatioStats.ratios(new long[0], new long[0]));
    assertThrows(IllegalArgumentException.class,
        () -> RatioStats.ratios(new long[] {1}, new long[] {0}));
  }

  @Test
  void medianOfOddAndEvenCountsIgnoresOrder() {
    assertEquals(3.0, RatioStats.median(new double[] {9, 1, 3}));
    assertEquals(2.5, RatioStats.median(new double[] {4, 1, 3, 2}));
    assertEquals(7.0, RatioStats.median(new double[] {7}));
    assertEquals(15.0, RatioStats.median(new long[] {30, 10, 20, 10}));
  }

  @Test
  void quartilesInterpolateBetweenOrderStatistics() {
    double[] v = {10, 40, 20, 30};
    assertEquals(17.5, RatioStats.quantile(v, 0.25), 1e-12);
    assertEquals(32.5, RatioStats.quantile(v, 0.75), 1e-12);
    assertEquals(10.0, RatioStats.quantile(v, 0));
    assertEquals(40.0, RatioStats.quantile(v, 1));
    assertThrows(IllegalArgumentException.class, () -> RatioStats.quantile(v, 1.5));
    assertThrows(IllegalArgumentException.class, () -> RatioStats.quantile(new double[0], 0.5));
  }

  @Test
  void driftComparesTheHalvesOfARun() {
    assertEquals(2.0, RatioStats.drift(new double[] {1, 1, 9, 2, 2}), 1e-12);
    assertEquals(1.0, RatioStats.drift(new double[] {1.3}));
  }

  @Test
  void verdictHoldsOnlyIfEveryForkIsAtMostOne() {
    assertTrue(RatioStats.noSlower(List.of(0.9, 1.0, 0.95)));
    assertFalse(RatioStats.noSlower(List.of(0.9, 1.01, 0.95)));
    assertThrows(IllegalArgumentException.class, () -> RatioStats.noSlower(List.of()));
  }

  @Test
  void forkMedianIsTheMedianOfItsRoundRatios() {
    ForkResult r = new ForkResult(Operation.DOCUMENT_READ, 1, new long[] {12, 30, 11},
        new long[] {10, 10, 10});
    assertEquals(1.2, r.median(), 1e-12);
  }

  @Test
  void optionsParseAndRefuseNonsense() {
    Options o = Options.parse(new String[] {"--forks", "4", "--ops", "ndjson-read,document-write",
        "--mode", "separate", "--jvm-arg", "-Xmx1g"});
    assertEquals(4, o.forks());
    assertTrue(o.separate());
    assertEquals(List.of(Operation.NDJSON_READ, Operation.DOCUMENT_WRITE), o.operations());
    assertEquals(List.of("-Xmx1g"), o.jvmArgs());
    assertEquals(20, o.warmupRounds());
    assertFalse(o.cpuClock());
    assertTrue(Options.parse(new String[] {"--clock", "cpu"}).cpuClock());
    assertEquals(5, Options.parse(new String[] {"--warmup-rounds", "5"}).warmupRounds());
    assertThrows(IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--ops", "nonsense"}));
    assertThrows(IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--forks", "0"}));
    assertThrows(IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--mode", "both"}));
    assertThrows(IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--clock", "sundial"}));
  }

  @Test
  void smokeRunOfOneForkReportsEveryOperation() throws Exception {
    Options o = Options.parse(new String[] {"--forks", "1", "--rounds", "3", "--warmup", "0.2",
        "--warmup-rounds", "2",
        "--meetings", "400", "--clock", "cpu", "--jvm-arg", "-Xmx256m"});
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Map<Operation, List<ForkResult>> results =
        JsonRatios.run(o, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(List.of(Operation.values()), List.copyOf(results.keySet()), report);
    for (List<ForkResult> forks : results.values()) {
      assertEquals(1, forks.size(), report);
      ForkResult r = forks.get(0);
      assertEquals(3, r.parleyNanos().length, report);
      for (double ratio : r.ratios()) {
        assertTrue(ratio > 0 && Double.isFinite(ratio), report);
      }
    }
    for (Operation op : Operation.values()) {
      assertTrue(report.lines().anyMatch(l -> l.startsWith(op.label) && (l.endsWith("no slower")
          || l.endsWith("SLOWER"))), report);
    }
  }
}
