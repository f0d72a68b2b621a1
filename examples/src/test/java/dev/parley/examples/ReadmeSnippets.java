package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Checks that the README shows a test source's snippet verbatim. */
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /**
   * Asserts that README.md holds, as a Java code block, the lines of {@code source} (a file of
   * this package's tests) between its {@code // README-BEGIN} and {@code // README-END} markers,
   * unindented by four spaces.
   */
  static void assertShown(String source) throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String text = Files.readString(Path.of("src/test/java/dev/parley/examples/" + source),
        StandardCharsets.UTF_8);
    String example = text.substring(
        text.indexOf('\n', text.indexOf("// README-BEGIN")) + 1,
        text.lastIndexOf('\n', text.indexOf("// README-END")) + 1);
    String unindented = example.lines()
        .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .collect(Collectors.joining("\n", "", "\n"));
    assertTrue(readme.contains("```java\n" + unindented + "```"),
        "README.md's example differs from " + source + "; copy it across:\n" + unindented);
  }
}
