package dev.parley.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.benchmarks.LoadAnatomy.Way;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadAnatomyTest {
  @Test
  void everyWayReadsEveryRecordOfTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("corpus.ndjson");
    ScaleHarness.write(400, file);
    long lines = Files.readAllLines(file).size();
    for (Way way : Way.values()) {
      assertEquals(lines, LoadAnatomy.round(file, way).records(), way.name());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LoadAnatomy.run(file, Way.KEEP, 2, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String[] out = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(3, out.length);
    assertTrue(out[2].startsWith("round 2: ") && out[2].contains(lines + " records"), out[2]);
  }

  @Test
  void optionsNeedAFileAndAWay() {
    LoadAnatomy.Options o = LoadAnatomy.Options.parse(
        new String[] {"--file", "x.ndjson", "--way", "drop"});
    assertEquals(new LoadAnatomy.Options(Path.of("x.ndjson"), Way.DROP, 2), o);
    assertEquals("both --file and --way are needed", assertThrows(
        IllegalArgumentException.class,
        () -> LoadAnatomy.Options.parse(new String[] {"--way", "keep"})).getMessage());
    assertEquals("--rounds must be at least 1, found 0", assertThrows(
        IllegalArgumentException.class, () -> LoadAnatomy.Options.parse(
            new String[] {"--file", "f", "--way", "keep", "--rounds", "0"})).getMessage());
    assertEquals("unknown option '--fork'", assertThrows(IllegalArgumentException.class,
        () -> LoadAnatomy.Options.parse(new String[] {"--fork", "1"})).getMessage());
  }

  @Test
  void waysAreNamedInLowerCase() {
    assertEquals(Way.CHRONICLE2, Way.of("chronicle2"));
    assertEquals("--way is drop, keep, chronicle or chronicle2, found 'KEEP'",
        assertThrows(IllegalArgumentException.class, () -> Way.of("KEEP")).getMessage());
  }
}
