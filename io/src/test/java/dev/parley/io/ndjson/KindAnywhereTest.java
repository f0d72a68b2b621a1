package dev.parley.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.io.TestReads;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An NDJSON line's {@code kind} may stand anywhere among its fields, as the Javadoc says. */
class KindAnywhereTest {
  private static final State IRAN = State.builder().id(StateId.of("IRN")).name("Iran").build();


  @Test
  void kindFirstMiddleOrLastReadsTheSameRecord() throws IOException {
    assertEquals(List.of(IRAN, IRAN, IRAN), TestReads.records(
        "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Iran\"}\n"
            + "{\"id\":\"IRN\",\"kind\":\"state\",\"name\":\"Iran\"}\n"
            + "{\"id\":\"IRN\",\"name\":\"Iran\",\"kind\":\"state\"}\n"));
  }

  @Test
  void aLineWithKindLastIsFollowedByTheNextLine() throws IOException {
    State turkiye = State.builder().id(StateId.of("TUR")).name("Türkiye").build();
    assertEquals(List.of(IRAN, turkiye), TestReads.records(
        "{\"id\":\"IRN\",\"name\":\"Iran\",\"kind\":\"state\"}\r\n\r\n"
            + "{\"kind\":\"state\",\"id\":\"TUR\",\"name\":\"Türkiye\"}"));
  }
}
