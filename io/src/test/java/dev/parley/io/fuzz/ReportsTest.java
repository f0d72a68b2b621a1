package dev.parley.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.io.ParleyJsonException;
import dev.parley.io.schema.Schemas;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The fuzz targets' check against the schema has teeth, and spares what it must spare. */
class ReportsTest {
  private static final String VALID = "{\"format\":\"parley-chronicle\",\"version\":1,"
      + "\"states\":[{\"id\":\"TUR\",\"name\":\"Türkiye\"}],\"organizations\":[],"
      + "\"officials\":[],\"issues\":[],\"articles\":[],\"meetings\":[],\"statements\":[],"
      + "\"stances\":[],\"events\":[]}";

  private static ParleyJsonException error(String reason, Throwable cause) {
    return new ParleyJsonException(reason, 1, 1, "$", cause);
  }

  @Test
  void aRefusalOfWhatTheSchemaAcceptsFails() {
    assertThrows(AssertionFailedError.class, () -> Reports.checkAgainstSchema(
        Schemas.CHRONICLE, bytes(VALID), error("unknown field 'name' in state", null)));
  }

  @Test
  void rulesLeftToTheCoreAndLimitsAreSpared() {
    Reports.checkAgainstSchema(Schemas.CHRONICLE, bytes(VALID),
        error("a rule across fields", new IllegalArgumentException("end before start")));
    Reports.checkAgainstSchema(Schemas.CHRONICLE, bytes(VALID),
        error("a string of 9 characters, over the limit of 8", null));
  }

  @Test
  void whatIsNotPlainJsonIsLeftOut() {
    String repeated = VALID.replace("\"version\":1,", "\"version\":1,\"version\":1,");
    assertNull(Reports.plainJson(bytes(repeated)));
    assertNull(Reports.plainJson(bytes("\uFEFF" + VALID)));
    assertNull(Reports.plainJson(bytes(VALID + " {}")));
    assertNull(Reports.plainJson(new byte[] {'"', (byte) 0xC0, (byte) 0x80, '"'}));
    Reports.checkAgainstSchema(Schemas.CHRONICLE, bytes(repeated), error("repeated", null));
  }

  @Test
  void whatTheSchemaRefusesIsSpared() {
    Reports.checkAgainstSchema(Schemas.CHRONICLE, bytes("{}"), error("missing fields", null));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
