package dev.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.core.query.Holding;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's model-2 example is {@link ReadmeModelTwo}, compiled and run here. */
class ReadmeModelTwoTest {

  @Test
  void readmeShowsTheExampleVerbatim() throws IOException {
    ReadmeSnippets.assertShown("ReadmeModelTwo.java");
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
