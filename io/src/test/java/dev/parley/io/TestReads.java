package dev.parley.io;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.core.Entity;
import dev.parley.io.ndjson.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading helpers that io's tests share. */
public final class TestReads {
  private TestReads() {}

  /** Every record of an NDJSON text, read one by one with {@link NdjsonReader#read()}. */
  public static List<Entity<?>> records(String ndjson) throws IOException {
    List<Entity<?>> records = new ArrayList<>();
    try (NdjsonReader in = NdjsonReader.from(
        new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)))) {
      for (Optional<Entity<?>> r = in.read(); r.isPresent(); r = in.read()) {
        records.add(r.get());
      }
    }
    return records;
  }

  /** Checks every part of an error report at once. */
  public static void checkReport(ParleyJsonException e, int line, int column, String path,
      String reason) {
    assertAll(e.getMessage(),
        () -> assertEquals(line, e.line(), "line"),
        () -> assertEquals(column, e.column(), "column"),
        () -> assertEquals(path, e.path(), "path"),
        () -> assertEquals(reason, e.reason(), "reason"));
  }
}
