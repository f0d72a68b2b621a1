package dev.parley.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    assertEquals("unknown option '--forks'", assertThrows(IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--forks", "3"})).getMessage());
    assertEquals("--clock is 'cpu' or 'wall', found 'sun'", assertThrows(
        IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--clock", "sun"})).getMessage());
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
