package dev.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.query.Holding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's model-2 example is {@link ReadmeModelTwo}, compiled and run here. */
class ReadmeModelTwoTest {

  @Test
  void readmeShowsTheExampleVerbatim() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(
        Path.of("src/test/java/dev/parley/core/ReadmeModelTwo.java"), StandardCharsets.UTF_8);
    String example = source.substring(
        source.indexOf('\n', source.indexOf("// README-BEGIN")) + 1,
        source.lastIndexOf('\n', source.indexOf("// README-END")) + 1);
    String unindented = example.lines()
        .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .collect(Collectors.joining("\n", "", "\n"));
    assertTrue(readme.contains("```java\n" + unindented + "```"),
        "README.md's model-2 example differs from ReadmeModelTwo.java; copy it across:\n"
            + unindented);
  }

  @Test
  @SuppressWarnings("unchecked")
  void exampleAnswersAsItsCommentsSay() {
    List<Object> out = ReadmeModelTwo.run();
    List<Holding> holders = (List<Holding>) out.get(0);
    assertEquals(List.of("Mevlüt Çavuşoğlu"),
        holders.stream().map(h -> h.official().name()).toList());
    assertEquals(List.of(StatementId.of("turkish-fm-on-early-may")),
        ((List<Statement>) out.get(1)).stream().map(Statement::id).toList());
    assertEquals(List.of(EventId.of("istanbul-attack-2022-11-13")),
        ((List<Event>) out.get(2)).stream().map(Event::id).toList());
  }
}
