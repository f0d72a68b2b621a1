package dev.parley.eventdata.plover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.core.Event;
import dev.parley.testkit.ParleyArbitraries;
import java.io.IOException;
import java.io.StringWriter;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The laws of PLOVER out and in, over generated chronicles. */
class PloverRoundTripProperties {

  @Provide
  Arbitrary<Chronicle> chronicles() {
    // The "plover" extension key is this format's own: events must not use it for other things.
    return ParleyArbitraries.chronicles().withEvents(1, 8)
        .filter(c -> c.events().stream().noneMatch(e -> e.extensions().containsKey("plover")));
  }

  /** Parley events to PLOVER to Parley gives the same events. */
  @Property(tries = 200)
  void eventsReadBackAsWritten(@ForAll("chronicles") Chronicle c) throws IOException {
    StringWriter out = new StringWriter();
    PloverWriter.ndjson().writeEvents(c.events(), c, out);
    PloverImport back = PloverReader.strict().withBase(c).read(out.toString());
    assertTrue(back.report().skipped().isEmpty(), back.report().skipped().toString());
    assertEquals(c.events(), back.chronicle().events());
  }

  /** The PLOVER fields say the event's category, mode and contexts, as the manual names them. */
  @Property(tries = 200)
  void ploverFieldsCarryCategoryModeAndContext(@ForAll("chronicles") Chronicle c) {
    for (Event e : c.events()) {
      JsonNode r = PloverWriter.record(e);
      assertEquals(e.category().name(), r.get("event").asString());
      assertEquals(e.mode().orElse(null), r.has("mode") ? r.get("mode").asString() : null);
      assertEquals(e.context().size(), r.has("context") ? r.get("context").size() : 0);
      assertEquals(e.sourceActors().size(), r.get("source").size());
      assertEquals(e.targetActors().size(),
          r.has("recipient") ? r.get("recipient").size() : 0);
    }
  }

  /** Writing is deterministic: the same events give the same bytes. */
  @Property(tries = 50)
  void writingTwiceGivesTheSameText(@ForAll("chronicles") Chronicle c) throws IOException {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    PloverWriter.array().writeEvents(c.events(), c, a);
    PloverWriter.array().writeEvents(c.events(), c, b);
    assertEquals(a.toString(), b.toString());
    assertEquals(c.events().size(), JsonMapper.builder().build().readTree(a.toString()).size());
  }
}
