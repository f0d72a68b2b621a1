package dev.parley.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.io.json.ChronicleJson;
import dev.parley.io.ndjson.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bounds on every dimension of the input, each refused with a located reason that names
 * the limit and the option that sets it: fields per object, a record's length in a document,
 * a number's length.
 */
class LimitsTest {
  private static final String HEAD = "{\"format\":\"parley-chronicle\",\"version\":1,"
      + "\"states\":[{\"id\":\"TUR\",\"name\":\"T\",\"extensions\":{";

  /**
   * {@code HEAD} then {@code keys} extension keys {@code "k0":0,...}, then the document's end,
   * made as it is read: the test holds no 26 MB string.
   */
  private static InputStream manyKeys(int keys) {
    InputStream keysStream = new InputStream() {
      private int key;
      private byte[] chunk = new byte[0];
      private int at;

      @Override
      public int read() {
        if (at == chunk.length) {
          if (key == keys) {
            return -1;
          }
          chunk = ((key == 0 ? "" : ",") + "\"k" + key + "\":0").getBytes(UTF_8);
          at = 0;
          key++;
        }
        return chunk[at++];
      }
    };
    return new SequenceInputStream(new SequenceInputStream(
        new ByteArrayInputStream(HEAD.getBytes(UTF_8)), keysStream),
        new ByteArrayInputStream("}}]}".getBytes(UTF_8)));
  }

  @Test
  void anExtensionObjectOfTwoMillionKeysIsRefusedAtTheFirstKeyPastTheLimit() {
    ParleyJsonException e = assertThrows(ParleyJsonException.class,
        () -> ChronicleJson.read(manyKeys(2_000_000)));
    int column = HEAD.length() + ("\"k0\":0," + "\"k1\":0,".repeat(9)).length()
        + 90 * "\"k10\":0,".length() + 900 * "\"k100\":0,".length()
        + 9000 * "\"k1000\":0,".length() + 1;
    TestReads.checkReport(e, 1, column, "$.states[0].extensions.k10000",
        "the extensions object has more than 10000 fields, the limit"
            + " (ReadOptions.withMaxFieldsPerObject)");
  }

  @Test
  void theLimitOfFieldsIsConfigurable() throws Exception {
    ReadOptions three = ReadOptions.defaults().withMaxFieldsPerObject(3);
    // The state has three fields (id, name, extensions); its extensions, three, then four.
    assertEquals(1, ChronicleJson.read(manyKeys(3), three).states().size());
    ParleyJsonException e = assertThrows(ParleyJsonException.class,
        () -> ChronicleJson.read(manyKeys(4), three));
    assertTrue(e.reason().startsWith("the extensions object has more than 3 fields"),
        e.getMessage());
    String line = "{\"kind\":\"state\",\"id\":\"TUR\",\"name\":\"T\",\"capital\":\"A\"}\n";
    ParleyJsonException record = assertThrows(ParleyJsonException.class, () -> {
      try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(line.getBytes(UTF_8)),
          three)) {
        in.read();
      }
    });
    TestReads.checkReport(record, 1, line.indexOf("\"capital\"") + 1, "$.capital",
        "the state has more than 3 fields, the limit (ReadOptions.withMaxFieldsPerObject)");
  }

  @Test
  void aRecordOfADocumentLongerThanTheLimitIsRefusedWhereItStarts() throws Exception {
    String document = "{\"format\":\"parley-chronicle\",\"version\":1,\"states\":["
        + "{\"id\":\"RUS\",\"name\":\"R\"},{\"id\":\"TUR\",\"name\":\"" + "T".repeat(200)
        + "\"}]}";
    ReadOptions short100 = ReadOptions.defaults().withMaxRecordLength(100);
    ParleyJsonException e = assertThrows(ParleyJsonException.class,
        () -> ChronicleJson.read(document.getBytes(UTF_8), short100));
    TestReads.checkReport(e, 1, document.indexOf("{\"id\":\"TUR\"") + 1, "$.states[1]",
        "the state is 222 bytes long, over the limit of 100 bytes for one record"
            + " (ReadOptions.withMaxRecordLength)");
    assertEquals(2, ChronicleJson.read(document.getBytes(UTF_8),
        ReadOptions.defaults().withMaxRecordLength(222)).states().size());
  }

  @Test
  void aNumberLongerThanTheLimitIsWordedAsANumber() throws Exception {
    String digits = "1".repeat(1500);
    String line = "{\"kind\":\"state\",\"id\":\"TUR\",\"name\":\"T\",\"big\":" + digits + "}\n";
    ParleyJsonException e = assertThrows(ParleyJsonException.class, () -> {
      try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(line.getBytes(UTF_8)))) {
        for (Optional<?> r = in.read(); r.isPresent(); r = in.read()) {
          // read every record
        }
      }
    });
    assertEquals("a number of 1500 digits, over the limit of 1000", e.reason(), e.getMessage());
    assertEquals("$.big", e.path());
  }

}
