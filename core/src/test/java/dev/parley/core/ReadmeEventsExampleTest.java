package dev.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Events" example is {@link ReadmeEventsExample}, compiled and run here. */
class ReadmeEventsExampleTest {

  @Test
  void readmeShowsTheExampleVerbatim() throws IOException {
    ReadmeSnippets.assertShown("ReadmeEventsExample.java");
  }

  @Test
  void exampleFindsTheEventTheReadmeSays() {
    List<Event> found = ReadmeEventsExample.run();
    assertEquals(1, found.size());
    assertEquals(EventId.of("russian-ambassador-shot-ankara-2016-12-19"), found.get(0).id());
    assertEquals(EventStatus.REPORTED, found.get(0).status());
  }
}
