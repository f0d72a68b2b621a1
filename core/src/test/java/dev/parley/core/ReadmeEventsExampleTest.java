package dev.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's "Events" example is {@link ReadmeEventsExample}, compiled and run here. */
class ReadmeEventsExampleTest {

  @Test
  void readmeShowsTheExampleVerbatim() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(
        Path.of("src/test/java/dev/parley/core/ReadmeEventsExample.java"),
        StandardCharsets.UTF_8);
    String example = source.substring(
        source.indexOf('\n', source.indexOf("// README-BEGIN")) + 1,
        source.lastIndexOf('\n', source.indexOf("// README-END")) + 1);
    String unindented = example.lines()
        .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .collect(Collectors.joining("\n", "", "\n"));
    assertTrue(readme.contains("```java\n" + unindented + "```"),
        "README.md's Events example differs from ReadmeEventsExample.java; copy it across:\n"
            + unindented);
  }

  @Test
  void exampleFindsTheEventTheReadmeSays() {
    List<Event> found = ReadmeEventsExample.run();
    assertEquals(1, found.size());
    assertEquals(EventId.of("russian-ambassador-shot-ankara-2016-12-19"), found.get(0).id());
    assertEquals(EventStatus.REPORTED, found.get(0).status());
  }
}
