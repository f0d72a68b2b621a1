package dev.parley.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.io.ReadOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * {@link RecordReader#startLocation()} takes a token's line and column from Jackson's byte
 * parser without making a location object; it must give what the parser's own {@code
 * currentTokenLocation()} gives, at every token an object or array can start at.
 */
class StartLocationTest {
  private static final String INPUT = "{\"a\": [ {\"b\": 1},\n  {\"c\": {\"d\": [1, {}]}},\n"
      + "\t\t{ }, \"é\", {\"e\"\r\n:\n{}}],\n \"f\": {}}\n";

  @Test
  void theCheapStartIsTheParsersTokenLocation() {
    byte[] bytes = INPUT.getBytes(StandardCharsets.UTF_8);
    int checked = 0;
    try (JsonParser p = Json.factory(ReadOptions.defaults())
        .createParser(ObjectReadContext.empty(), bytes, 0, bytes.length)) {
      RecordReader reader = new RecordReader(p, ReadOptions.defaults(), false);
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        TokenStreamLocation expected = p.currentTokenLocation();
        long start = reader.startLocation();
        assertEquals(expected.getLineNr(), (int) (start >> 32), "line at " + t);
        assertEquals(expected.getColumnNr(), (int) start, "column at " + t + " " + expected);
        checked++;
      }
    }
    assertTrue(checked > 20, "tokens checked: " + checked);
  }
}
