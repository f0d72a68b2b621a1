package dev.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's usage example is {@link ReadmeExample}, compiled and run here. */
class ReadmeExampleTest {

  @Test
  void readmeShowsTheExampleVerbatim() throws IOException {
    ReadmeSnippets.assertShown("ReadmeExample.java");
  }

  @Test
  void exampleRunsAndPrintsWhatTheReadmeSays() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<String> out;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      out = ReadmeExample.run();
    } finally {
      System.setOut(original);
    }
    assertEquals("HELD BILATERAL MINISTERIAL", out.get(0));
    assertTrue(out.get(1).startsWith("Chronicle{states=2, officials=1,"), out.get(1));

    // The actor, the two capacities' states, the place's state, and the article cited twice.
    List<String> violations = printed.toString(StandardCharsets.UTF_8).lines()
        .collect(Collectors.toList());
    assertEquals(6, violations.size(), String.join("\n", violations));
    assertEquals("meeting 'moscow-defence-ministers-2023-04-25' participants[0].actor:"
        + " unknown official 'sergei-shoigu'", violations.get(0));
  }
}
