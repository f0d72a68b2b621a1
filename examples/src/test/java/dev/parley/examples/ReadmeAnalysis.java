package dev.parley.examples;

import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Named;
import dev.parley.core.query.Queries;
import dev.parley.io.json.ChronicleJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The README's "Write your own analysis" example, run by {@link ReadmeAnalysisTest}. */
final class ReadmeAnalysis {
  private ReadmeAnalysis() {}

  static void run(Path repository) throws IOException {
    Path file = repository.resolve(
        "examples/src/main/resources/dev/parley/examples/seed-chronicle.json");
    // README-BEGIN
    Chronicle seed = ChronicleJson.read(Files.readAllBytes(file));
    Queries q = seed.query();

    // Meetings that were postponed at some point, and what was said about them
    for (Meeting m : q.meetings().matching(m -> m.statusHistory().stream()
        .anyMatch(c -> c.status() == MeetingStatus.POSTPONED)).list()) {
      System.out.println(m.date() + " " + m.title() + " (now " + m.status() + ")");
      q.statements().about(m.id()).list().forEach(s -> System.out.println("  " + s.date() + " "
          + s.speaker().actor().flatMap(seed::actor).map(Named::name)
              .or(s.speaker()::description).orElse("unnamed")
          + ": " + s.text().orElse("(words not reported)")));
    }
    // README-END
  }
}
