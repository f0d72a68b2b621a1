package dev.parley.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link Json#firstInvalidUtf8} finds the offset that the JDK's own strict UTF-8 decoder reports,
 * decoding the whole range at once, whatever the ASCII runs, however many buffers' worth the
 * range takes, and wherever the range starts.
 */
class Utf8CheckProperties {

  /** Bytes mostly ASCII, with runs of any length and, now and then, any byte at all. */
  @Provide
  Arbitrary<byte[]> mostlyAscii() {
    Arbitrary<Byte> ascii = Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E);
    Arbitrary<Byte> any = Arbitraries.bytes();
    Arbitrary<byte[]> wellFormed = Arbitraries.strings().ofMaxLength(3)
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(20, ascii.array(byte[].class).ofMaxSize(80)),
            net.jqwik.api.Tuple.of(3, wellFormed),
            // Long runs of multi-byte sequences, across the check's 64-byte decoding windows.
            net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('\u0080', '\uFFFF')
                .ofMinLength(20).ofMaxLength(60).map(s -> s.getBytes(StandardCharsets.UTF_8))),
            net.jqwik.api.Tuple.of(1, any.array(byte[].class).ofMinSize(1).ofMaxSize(3)))
        .list().ofMaxSize(6)
        .map(parts -> {
          java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
          parts.forEach(out::writeBytes);
          return out.toByteArray();
        });
  }

  @Property(tries = 3000)
  void agreesWithTheJdkDecoder(
      @ForAll("mostlyAscii") byte[] bytes,
      @ForAll @IntRange(max = 40) int from,
      @ForAll @IntRange(max = 40) int cut) {
    int offset = Math.min(from, bytes.length);
    int length = Math.max(0, bytes.length - offset - cut);
    int expected = jdk(bytes, offset, length);
    Statistics.label("well-formed").collect(expected < 0);
    assertEquals(expected, Json.firstInvalidUtf8(bytes, offset, length));
  }

  @Example
  void asciiRunsOfEveryLengthAreWellFormed() {
    for (int n = 0; n <= 100; n++) {
      byte[] bytes = new byte[n];
      java.util.Arrays.fill(bytes, (byte) 'a');
      assertEquals(-1, Json.firstInvalidUtf8(bytes, 0, n), "length " + n);
      if (n > 0) {
        bytes[n - 1] = (byte) 0x80;
        assertEquals(n - 1, Json.firstInvalidUtf8(bytes, 0, n), "stray byte at the end of " + n);
      }
    }
  }

  @Property(tries = 2000)
  void findsTheFirstNewlineAndTheFirstNonAsciiByte(@ForAll("mostlyAscii") byte[] bytes,
      @ForAll @IntRange(max = 40) int from, @ForAll @IntRange(max = 40) int cut,
      @ForAll @IntRange(max = 60) int newlineAt) {
    if (newlineAt < bytes.length) {
      bytes[newlineAt] = '\n';
    }
    int offset = Math.min(from, bytes.length);
    int to = Math.max(offset, bytes.length - cut);
    int newline = -1;
    int nonAscii = to;
    for (int i = to - 1; i >= offset; i--) {
      if (bytes[i] == '\n') {
        newline = i;
      }
      if (bytes[i] < 0) {
        nonAscii = i;
      }
    }
    Statistics.label("newline found").collect(newline >= 0);
    assertEquals(newline, Json.indexOfNewline(bytes, offset, to));
    assertEquals(nonAscii, Json.firstNonAscii(bytes, offset, to));
  }

  /** Where the JDK's decoder, refusing malformed input, stops; -1 if it decodes everything. */
  private static int jdk(byte[] bytes, int offset, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(2 * length + 2);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return in.position();
    }
    result = decoder.flush(out);
    return result.isError() ? in.position() : -1;
  }
}
