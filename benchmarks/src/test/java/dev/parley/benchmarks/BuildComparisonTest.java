package dev.parley.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.benchmarks.BuildComparison.Build;
import dev.parley.benchmarks.BuildComparison.Options;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildComparisonTest {
  /** This JVM's class path, which holds the workloads and everything they need. */
  private static String classPath() {
    return System.getProperty("java.class.path");
  }

  @Test
  void optionsNeedBothBuildsAndNameWhatIsWrong() {
    String cp = classPath();
    Options o = Options.parse(new String[] {"--a", cp, "--b", cp});
    assertEquals(10_000, o.meetings());
    assertEquals(List.of(JsonRatios.Operation.DOCUMENT_READ,
        JsonRatios.Operation.NDJSON_CHRONICLE), o.operations());
    assertTrue(o.cpuClock());
    assertEquals(Arrays.stream(cp.split(File.pathSeparator)).map(Path::of).toList(), o.a());

    assertEquals("both --a and --b are needed", assertThrows(IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--a", cp})).getMessage());
    assertEquals("--b: no such file or directory '/no/such.jar'",
        assertThrows(IllegalArgumentException.class,
            () -> Options.parse(new String[] {"--a", cp, "--b", "/no/such.jar"})).getMessage());
    assertEquals("--rounds must be at least 1, found 0", assertThrows(
        IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--a", cp, "--b", cp, "--rounds", "0"})).getMessage());
    assertEquals("unknown option '--fork'", assertThrows(IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--fork", "3"})).getMessage());
    assertEquals("--forks must be at least 1, found 0", assertThrows(
        IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--a", cp, "--b", cp, "--forks", "0"})).getMessage());
    assertEquals(1, o.forks());
    assertEquals("--clock is 'cpu' or 'wall', found 'sun'", assertThrows(
        IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--clock", "sun"})).getMessage());
  }

  @Test
  void aForkRunsTheSameComparisonInItsOwnJvmWithTheBuildsSwappedOnRequest() {
    Options o = Options.parse(new String[] {"--a", "pom.xml", "--b", "src", "--meetings", "400",
        "--ops", "ndjson-write", "--warmup", "2.5", "--rounds", "7", "--clock", "wall",
        "--forks", "4"});
    assertEquals(List.of("--a", "pom.xml", "--b", "src", "--meetings", "400", "--ops",
        "ndjson-write", "--warmup", "2.5", "--rounds", "7", "--clock", "wall", "--forks", "1",
        "--worker"), o.forkArgs(false));
    List<String> swapped = o.forkArgs(true);
    assertEquals(List.of("--a", "src", "--b", "pom.xml"), swapped.subList(0, 4));
    // A fork's arguments read back as the same comparison, in one JVM.
    Options fork = Options.parse(o.forkArgs(false).toArray(String[]::new));
    assertEquals(new Options(o.a(), o.b(), 400, o.operations(), 2.5, 7, false, 1, true), fork);
    assertFalse(o.worker());
  }

  @Test
  void aSwappedForkRatioIsInvertedAndEveryOperationMustHaveARow() {
    List<JsonRatios.Operation> ops = List.of(JsonRatios.Operation.DOCUMENT_READ,
        JsonRatios.Operation.NDJSON_CHRONICLE);
    List<String> lines = List.of("BuildComparison: A=[x] B=[y] meetings=400",
        "operation         B / A   IQR           min-max         A ms     B ms",
        "document-read     0.800   0.790-0.810   0.700-0.900     10.00     8.00",
        "ndjson-chronicle  1.250   1.200-1.300   1.100-1.400      8.00    10.00");
    double[] straight = BuildComparison.forkMedians(ops, lines, false, 1);
    assertEquals(0.8, straight[0], 1e-12);
    assertEquals(1.25, straight[1], 1e-12);
    double[] swapped = BuildComparison.forkMedians(ops, lines, true, 2);
    assertEquals(1.25, swapped[0], 1e-12);
    assertEquals(0.8, swapped[1], 1e-12);
    assertEquals("fork 3 gave no row for ndjson-chronicle", assertThrows(
        IllegalStateException.class,
        () -> BuildComparison.forkMedians(ops, lines.subList(0, 3), false, 3)).getMessage());
  }

  @Test
  void theVerdictNeedsEveryForkToAgree() {
    assertEquals("B faster in every fork", BuildComparison.verdict(new double[] {0.9, 0.99}));
    assertEquals("B slower in every fork", BuildComparison.verdict(new double[] {1.01, 1.2}));
    assertEquals("no consistent difference",
        BuildComparison.verdict(new double[] {0.93, 1.05, 0.99}));
    assertEquals("no consistent difference", BuildComparison.verdict(new double[] {1.0}));
  }

  @Test
  void forksRunOneAfterAnotherAndEndWithTheirMedians() throws Exception {
    String cp = classPath();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BuildComparison.runForks(Options.parse(new String[] {"--a", cp, "--b", cp, "--meetings",
        "400", "--warmup", "0", "--rounds", "3", "--ops", "ndjson-write", "--forks", "2"}),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = List.of(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("fork 1 (A loaded and timed first)")),
        String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("fork 2 (B loaded and timed first)")),
        String.join("\n", lines));
    String last = lines.get(lines.size() - 1);
    assertTrue(last.startsWith("ndjson-write "), last);
    String[] f = last.trim().split("\\s+");
    // Two fork medians, then their median: the mean of the two.
    double median = Double.parseDouble(f[3]);
    assertEquals((Double.parseDouble(f[1]) + Double.parseDouble(f[2])) / 2, median, 0.0011);
  }

  @Test
  void roundsAlternateWhichBuildGoesFirst() {
    List<String> calls = new ArrayList<>();
    long[][] times = BuildComparison.interleave(() -> calls.add("a"), () -> calls.add("b"), 4,
        false);
    assertEquals(List.of("a", "b", "b", "a", "a", "b", "b", "a"), calls);
    assertEquals(4, times[0].length);
    assertEquals(4, times[1].length);
  }

  @Test
  void eachBuildHasClassesOfItsOwn() {
    List<Path> cp = Options.parse(new String[] {"--a", classPath(), "--b", classPath()}).a();
    Build a = new Build(cp, 400);
    Build b = new Build(cp, 400);
    try {
      assertNotSame(a.loader(), b.loader());
      assertNotSame(JsonWorkloads.class.getClassLoader(), a.loader());
      // Each side runs, on its own copy of the classes.
      a.parleySide(JsonRatios.Operation.DOCUMENT_READ).run();
      b.parleySide(JsonRatios.Operation.NDJSON_READ).run();
    } finally {
      a.close();
      b.close();
    }
  }

  @Test
  void runPrintsOneRowPerOperation() {
    String cp = classPath();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BuildComparison.run(Options.parse(new String[] {"--a", cp, "--b", cp, "--meetings", "400",
        "--warmup", "0", "--rounds", "3", "--ops", "document-read,ndjson-write"}),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(4, lines.length, String.join("\n", lines));
    assertTrue(lines[2].startsWith("document-read "), lines[2]);
    assertTrue(lines[3].startsWith("ndjson-write "), lines[3]);
  }
}
