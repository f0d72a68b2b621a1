package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Meeting;
import dev.parley.core.MeetingStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's "Write your own analysis" example is {@link ReadmeAnalysis}, run here. */
class ReadmeAnalysisTest {

  @Test
  void readmeShowsTheAnalysisVerbatim() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(
        Path.of("src/test/java/dev/parley/examples/ReadmeAnalysis.java"), StandardCharsets.UTF_8);
    String example = source.substring(
        source.indexOf('\n', source.indexOf("// README-BEGIN")) + 1,
        source.lastIndexOf('\n', source.indexOf("// README-END")) + 1);
    String unindented = example.lines()
        .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .collect(Collectors.joining("\n", "", "\n"));
    assertTrue(readme.contains("```java\n" + unindented + "```"),
        "README.md's analysis example differs from ReadmeAnalysis.java; copy it across:\n"
            + unindented);
  }

  @Test
  void analysisListsEveryPostponedMeetingWithWhatWasSaid() throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      ReadmeAnalysis.run(Path.of(".."));
    } finally {
      System.setOut(original);
    }
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    // in the chronological order of the query API's unfiltered list
    List<Meeting> postponed = SeedCorpus.curated().query().meetings().list().stream()
        .filter(m -> m.statusHistory().stream()
            .anyMatch(c -> c.status() == MeetingStatus.POSTPONED))
        .toList();
    assertTrue(!postponed.isEmpty(), "the seed chronicle has a postponed meeting");
    assertEquals(postponed.stream().map(m -> m.date() + " " + m.title() + " (now " + m.status()
        + ")").toList(), lines.stream().filter(l -> !l.startsWith("  ")).toList());
    long said = postponed.stream()
        .mapToLong(m -> SeedCorpus.curated().query().statements().about(m.id()).count()).sum();
    assertEquals(said, lines.stream().filter(l -> l.startsWith("  ")).count());
  }
}
