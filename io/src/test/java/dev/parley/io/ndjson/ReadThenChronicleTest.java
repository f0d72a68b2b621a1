package dev.parley.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.io.ParleyJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Records read one by one, then the rest as a chronicle: the chronicle is checked as if it were
 * the whole stream, whatever the reader remembered while handing out the first records (it
 * notes no references then, so as to keep its memory bounded).
 */
class ReadThenChronicleTest {
  private static final String STATE_TUR = "{\"kind\":\"state\",\"id\":\"TUR\",\"name\":\"Türkiye\"}";
  private static final String ARTICLE = "{\"kind\":\"article\",\"id\":\"a\"}";

  private static String meeting(String id) {
    return "{\"kind\":\"meeting\",\"id\":\"" + id + "\",\"title\":\"T\",\"date\":\"2023-04-25\","
        + "\"place\":{\"state\":\"TUR\"},\"participants\":[{\"actor\":\"state:TUR\"}],"
        + "\"statusHistory\":[{\"status\":\"held\",\"reported\":\"2023-04-25\","
        + "\"sources\":[{\"article\":\"a\",\"start\":0,\"end\":1}]}],"
        + "\"sources\":[{\"article\":\"a\",\"start\":0,\"end\":1}]}";
  }

  private static NdjsonReader reader(String... lines) {
    return NdjsonReader.from(new ByteArrayInputStream(
        (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aReferenceMetBeforeTheChronicleIsStillLookedUp() throws IOException {
    // TUR and a are read (and remembered) with the first records; the chronicle of the rest
    // has a meeting that refers to them but neither record.
    try (NdjsonReader in = reader(STATE_TUR, ARTICLE, meeting("m-1"), meeting("m-2"))) {
      for (int i = 0; i < 3; i++) {
        assertTrue(in.read().isPresent());
      }
      ParleyJsonException e = assertThrows(ParleyJsonException.class, in::readChronicle);
      assertTrue(e.getMessage().contains("TUR"), e.getMessage());
    }
  }

  @Test
  void theRestReadsAsAStreamOfItsOwn() throws IOException {
    Chronicle whole;
    try (NdjsonReader in = reader(STATE_TUR, ARTICLE, meeting("m-1"), meeting("m-2"))) {
      whole = in.readChronicle();
    }
    try (NdjsonReader in = reader(meeting("m-0"), STATE_TUR, ARTICLE, meeting("m-1"),
        meeting("m-2"))) {
      assertTrue(in.read().isPresent());
      assertEquals(whole, in.readChronicle());
    }
  }
}
