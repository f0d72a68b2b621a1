package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Meeting;
import dev.parley.core.MeetingStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Write your own analysis" example is {@link ReadmeAnalysis}, run here. */
class ReadmeAnalysisTest {

  @Test
  void readmeShowsTheAnalysisVerbatim() throws IOException {
    ReadmeSnippets.assertShown("ReadmeAnalysis.java");
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
