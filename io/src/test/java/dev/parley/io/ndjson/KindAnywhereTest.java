package dev.parley.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.core.Entity;
import dev.parley.core.State;
import dev.parley.core.StateId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An NDJSON line's {@code kind} may stand anywhere among its fields, as the Javadoc says. */
class KindAnywhereTest {
  private static final State IRAN = State.builder().id(StateId.of("IRN")).name("Iran").build();

  private static List<Entity<?>> read(String ndjson) throws IOException {
    List<Entity<?>> records = new ArrayList<>();
    try (NdjsonReader in = NdjsonReader.from(
        new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)))) {
      for (Optional<Entity<?>> r = in.read(); r.isPresent(); r = in.read()) {
        records.add(r.get());
      }
    }
    return records;
  }

  @Test
  void kindFirstMiddleOrLastReadsTheSameRecord() throws IOException {
    assertEquals(List.of(IRAN, IRAN, IRAN), read(
        "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Iran\"}\n"
            + "{\"id\":\"IRN\",\"kind\":\"state\",\"name\":\"Iran\"}\n"
            + "{\"id\":\"IRN\",\"name\":\"Iran\",\"kind\":\"state\"}\n"));
  }

  @Test
  void aLineWithKindLastIsFollowedByTheNextLine() throws IOException {
    State turkiye = State.builder().id(StateId.of("TUR")).name("Türkiye").build();
    assertEquals(List.of(IRAN, turkiye), read(
        "{\"id\":\"IRN\",\"name\":\"Iran\",\"kind\":\"state\"}\r\n\r\n"
            + "{\"kind\":\"state\",\"id\":\"TUR\",\"name\":\"Türkiye\"}"));
  }
}
