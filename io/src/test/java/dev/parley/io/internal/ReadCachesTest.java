package dev.parley.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.parley.core.StateId;
import dev.parley.io.ReadOptions;
import dev.parley.io.internal.codec.Codecs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * Caches for records note no reference (their memory stays bounded over a long stream); caches
 * for a chronicle note every one, and share one instance of each.
 */
class ReadCachesTest {
  /** Reads {@code ["TUR", "SYR", "TUR", ...]} as state references with the caches. */
  private static List<StateId> read(ReadCaches caches, String... ids) {
    String json = "[\"" + String.join("\",\"", ids) + "\"]";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    List<StateId> read = new ArrayList<>();
    try (JsonParser p = Json.factory(ReadOptions.defaults())
        .createParser(ObjectReadContext.empty(), bytes, 0, bytes.length)) {
      RecordReader in = new RecordReader(p, ReadOptions.defaults(), true, caches);
      p.nextToken();
      while (p.nextToken() != tools.jackson.core.JsonToken.END_ARRAY) {
        read.add(in.text(Codecs.STATE_ID));
      }
    }
    return read;
  }

  @Test
  void cachesForRecordsNoteNothingUntilAnAssemblerIsAsked() {
    ReadCaches caches = ReadCaches.forRecords(ReadOptions.defaults());
    read(caches, "TUR", "SYR", "TUR");
    assertEquals(Set.of(), caches.ledger().ids());
    caches.assembler();
    // What was remembered before is forgotten: TUR is converted, and noted, again.
    List<StateId> read = read(caches, "TUR", "IRN", "TUR");
    assertEquals(Set.of(StateId.of("TUR"), StateId.of("IRN")), caches.ledger().ids());
    assertSame(read.get(0), read.get(2));
  }

  @Test
  void cachesForAChronicleNoteEveryReferenceOnce() {
    ReadCaches caches = ReadCaches.forChronicle(ReadOptions.defaults());
    List<StateId> read = read(caches, "TUR", "SYR", "TUR");
    assertEquals(Set.of(StateId.of("TUR"), StateId.of("SYR")), caches.ledger().ids());
    assertSame(read.get(0), read.get(2));
    assertNotSame(read.get(0), StateId.of("TUR"));
  }
}
