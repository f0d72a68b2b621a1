package dev.parley.io.ndjson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.core.StateId;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.ReadOptions;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stream whose last line was cut short: refused with its line number by default, skipped on
 * request with every record before it read; never read as a record. A last line that is whole
 * but lacks its line end is read as usual.
 */
class TruncatedLastLineTest {
  static final String RUS = "{\"kind\":\"state\",\"id\":\"RUS\",\"name\":\"Russia\"}";
  static final String TUR = "{\"kind\":\"state\",\"id\":\"TUR\",\"name\":\"Türkiye\","
      + "\"extensions\":{\"checked\":true,\"scores\":[1,2.5,-3e2],\"note\":null}}";
  static final String SYR = "{\"kind\":\"state\",\"id\":\"SYR\",\"name\":\"Syria\"}";
  /** Three lines, then the start of a fourth record. */
  static final String WHOLE = RUS + "\n\n" + TUR + "\n" + SYR + "\n";
  static final ReadOptions SKIP = ReadOptions.defaults().withTruncatedLastLineSkipped(true);

  /** Every way a write can stop inside a record: each prefix ends inside the fourth line. */
  @ParameterizedTest
  @ValueSource(strings = {
      "{",
      "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":",
      "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Ir",
      "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Iran\"",
      "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Iran\",",
      "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Iran\",\"extensions\":{\"checked\":tr",
      "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Iran\",\"extensions\":{\"n\":nul",
      "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Iran\",\"extensions\":{\"n\":2.",
      "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Iran\",\"extensions\":{\"n\":-",
      "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Iran\",\"extensions\":{\"l\":[1,",
      "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Iran\",\"extensions\":{\"l\":[1]}",
      "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Iran\",\"otherNames\":[\"\\u00",
      "  {\"kind\":\"state\",\"id\":\"IRN\"",
  })
  void aLastLineCutShortIsRefusedWithItsLineNumberOrSkipped(String cut) throws Exception {
    byte[] stream = (WHOLE + cut).getBytes(UTF_8);

    List<Entity<?>> before = new ArrayList<>();
    NdjsonReader reader = NdjsonReader.from(new ByteArrayInputStream(stream));
    ParleyJsonException e = failure(reader, before);
    assertEquals(5, e.line(), e.getMessage());
    assertEquals(cut.getBytes(UTF_8).length + 1, e.column(), e.getMessage());
    assertTrue(e.reason().startsWith("the last line is truncated"), e.getMessage());
    assertEquals(List.of("RUS", "TUR", "SYR"), ids(before));
    assertEquals(Optional.empty(), reader.truncatedLastLine());

    NdjsonReader skipping = NdjsonReader.from(new ByteArrayInputStream(stream), SKIP);
    assertEquals(List.of("RUS", "TUR", "SYR"), ids(readAll(skipping)));
    int offset = WHOLE.getBytes(UTF_8).length;
    assertEquals(Optional.of(new TruncatedLine(5, offset, stream.length - offset)),
        skipping.truncatedLastLine());
    assertEquals(Optional.empty(), skipping.read(), "still at the end");

    Chronicle chronicle =
        NdjsonReader.from(new ByteArrayInputStream(stream), SKIP).readChronicle();
    assertEquals(3, chronicle.states().size());
  }

  @Test
  void aCutInsideAMultiByteCharacterIsATruncation() throws Exception {
    String start = "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"";
    byte[] whole = (WHOLE + start + "İran\"}").getBytes(UTF_8);
    int cut = WHOLE.getBytes(UTF_8).length + start.length() + 1; // the first byte of 'İ'
    byte[] stream = Arrays.copyOf(whole, cut);
    ParleyJsonException e = assertThrows(ParleyJsonException.class,
        () -> readAll(NdjsonReader.from(new ByteArrayInputStream(stream))));
    assertEquals(5, e.line());
    assertEquals("$.name", e.path());
    assertTrue(e.reason().contains("truncated"), e.getMessage());
    NdjsonReader skipping = NdjsonReader.from(new ByteArrayInputStream(stream), SKIP);
    assertEquals(3, readAll(skipping).size());
    assertEquals(5, skipping.truncatedLastLine().orElseThrow().line());
  }

  @Test
  void aWholeLastRecordWithoutALineEndIsRead() throws Exception {
    // As a stream cut just before its last '\n' is, or a file written without one.
    for (ReadOptions options : List.of(ReadOptions.defaults(), SKIP)) {
      for (String end : List.of("", "\r", " ", "\t ")) {
        NdjsonReader reader = NdjsonReader.from(
            new ByteArrayInputStream((WHOLE + RUS.replace("RUS", "IRN") + end).getBytes(UTF_8)),
            options);
        assertEquals(List.of("RUS", "TUR", "SYR", "IRN"), ids(readAll(reader)));
        assertEquals(5, reader.lineNumber());
        assertEquals(Optional.empty(), reader.truncatedLastLine());
      }
    }
  }

  @Test
  void aBlankLastLineIsNotATruncation() throws Exception {
    NdjsonReader reader =
        NdjsonReader.from(new ByteArrayInputStream((WHOLE + "  \t").getBytes(UTF_8)), SKIP);
    assertEquals(3, readAll(reader).size());
    assertEquals(Optional.empty(), reader.truncatedLastLine());
  }

  /** Not a beginning of a record: bad lines, refused in both modes, never skipped. */
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"kind\":\"state\",\"id\":\"IRN\",]",
      "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Iran\"}x",
      "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"Iran\"} {\"kind\":",
      "{\"kind\":\"state\",\"kind\":\"state\",\"id\":",
      "[{\"kind\":\"state\"",
      "\"{\"kind\":\"state\"",
      "kind",
  })
  void aMalformedLastLineIsRefusedEvenWhenSkipping(String last) throws Exception {
    byte[] stream = (WHOLE + last).getBytes(UTF_8);
    for (ReadOptions options : List.of(ReadOptions.defaults(), SKIP)) {
      NdjsonReader reader = NdjsonReader.from(new ByteArrayInputStream(stream), options);
      List<Entity<?>> before = new ArrayList<>();
      ParleyJsonException e = failure(reader, before);
      assertEquals(5, e.line(), e.getMessage());
      assertFalse(e.reason().contains("truncated"), e.getMessage());
      assertEquals(3, before.size());
      assertEquals(Optional.empty(), reader.truncatedLastLine());
    }
  }

  /** What a writer appending after a crash leaves: a half line, then whole ones. */
  @Test
  void aHalfLineInsideTheStreamIsRefusedEvenWhenSkipping() throws Exception {
    String spliced = RUS + "\n" + TUR.substring(0, 40) + SYR + "\n" + RUS.replace("RUS", "IRN")
        + "\n";
    for (ReadOptions options : List.of(ReadOptions.defaults(), SKIP)) {
      NdjsonReader reader =
          NdjsonReader.from(new ByteArrayInputStream(spliced.getBytes(UTF_8)), options);
      assertEquals("RUS", reader.read().orElseThrow().id().value());
      ParleyJsonException e = assertThrows(ParleyJsonException.class, reader::read);
      assertEquals(2, e.line(), e.getMessage());
      assertEquals(Optional.empty(), reader.truncatedLastLine());
    }
  }

  @Test
  void aTruncatedLastLineOverTheLengthLimitIsRefusedForItsLength() {
    String cut = "{\"kind\":\"state\",\"id\":\"IRN\",\"name\":\"" + "x".repeat(200);
    ReadOptions options = SKIP.withMaxRecordLength(128);
    ParleyJsonException e = assertThrows(ParleyJsonException.class, () -> readAll(
        NdjsonReader.from(new ByteArrayInputStream((WHOLE + cut).getBytes(UTF_8)), options)));
    assertEquals(5, e.line());
    assertTrue(e.reason().contains("longer than the limit"), e.getMessage());
  }

  @Test
  void optionsSayWhetherTruncatedLinesAreSkipped() {
    ReadOptions defaults = ReadOptions.defaults();
    assertFalse(defaults.isTruncatedLastLineSkipped());
    assertTrue(SKIP.isTruncatedLastLineSkipped());
    assertFalse(SKIP.withTruncatedLastLineSkipped(false).isTruncatedLastLineSkipped());
    // The other settings keep it, and it keeps them.
    ReadOptions all = SKIP.strict().withMaxNestingDepth(3).withMaxStringLength(4)
        .withMaxDocumentLength(5).withMaxRecordLength(6);
    assertTrue(all.isTruncatedLastLineSkipped());
    assertTrue(all.isStrict());
    assertEquals(List.of(3, 4, 5L, 6), List.of(all.maxNestingDepth(), all.maxStringLength(),
        all.maxDocumentLength(), all.maxRecordLength()));
    assertFalse(defaults.isTruncatedLastLineSkipped(), "the defaults are unchanged");
    assertEquals("ReadOptions{strict=true, truncatedLastLineSkipped=true, maxNestingDepth=3,"
        + " maxStringLength=4, maxDocumentLength=5, maxRecordLength=6, maxFieldsPerObject=10000}", all.toString());
  }

  @Test
  void truncatedLinesAreValidated() {
    TruncatedLine line = new TruncatedLine(5, 0, 1);
    assertEquals(5, line.line());
    assertEquals("TruncatedLine[line=5, offset=0, length=1]", line.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TruncatedLine(0, 10, 3));
    assertEquals("Invalid TruncatedLine: line 0, offset 10, length 3 (line and length must be"
        + " positive, offset at least 0)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TruncatedLine(1, -1, 3));
    assertThrows(IllegalArgumentException.class, () -> new TruncatedLine(1, 0, 0));
  }

  /** Reads until the reader throws, which it must; the records before go to {@code before}. */
  static ParleyJsonException failure(NdjsonReader reader, List<Entity<?>> before) {
    return assertThrows(ParleyJsonException.class, () -> {
      for (Optional<Entity<?>> r = reader.read(); r.isPresent(); r = reader.read()) {
        before.add(r.get());
      }
    });
  }

  static List<Entity<?>> readAll(NdjsonReader reader) throws Exception {
    List<Entity<?>> records = new ArrayList<>();
    for (Optional<Entity<?>> r = reader.read(); r.isPresent(); r = reader.read()) {
      records.add(r.get());
    }
    return records;
  }

  static List<String> ids(List<Entity<?>> records) {
    List<String> ids = new ArrayList<>();
    records.forEach(r -> ids.add(((StateId) r.id()).value()));
    return ids;
  }
}
