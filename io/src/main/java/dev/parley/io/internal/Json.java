package dev.parley.io.internal;

import dev.parley.io.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** Jackson factories configured for Parley: limits, duplicate detection, pretty printing. */
public final class Json {
  private static final ConcurrentHashMap<String, JsonFactory> FACTORIES =
      new ConcurrentHashMap<>();
  private static final JsonFactory WRITING = JsonFactory.builder().build();

  /** Two-space indents and "\n" line ends on every platform, "name": value. */
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter()
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter)
          .withSeparators(Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER));
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private Json() {}

  /** A factory enforcing the options' limits and refusing duplicate keys. */
  public static JsonFactory factory(ReadOptions options) {
    return FACTORIES.computeIfAbsent(options.toString(), key -> JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(options.maxNestingDepth())
            .maxStringLength(options.maxStringLength())
            .maxNameLength(options.maxStringLength())
            .maxDocumentLength(options.maxDocumentLength())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build());
  }

  /** A parser over bytes. */
  public static JsonParser parser(ReadOptions options, byte[] bytes, int offset, int length) {
    return factory(options).createParser(ObjectReadContext.empty(), bytes, offset, length);
  }

  /** A pretty-printing generator, for documents. */
  public static JsonGenerator prettyGenerator(OutputStream out) {
    return WRITING.createGenerator(PRETTY, out);
  }

  /** A compact generator, for NDJSON lines. */
  public static JsonGenerator compactGenerator(OutputStream out) {
    return WRITING.createGenerator(ObjectWriteContext.empty(), out);
  }

  /**
   * Refuses input that is not UTF-8 from its first bytes: a byte order mark, or the zero bytes
   * of UTF-16 or UTF-32. Jackson guesses the encoding of every byte range it parses from these
   * bytes, so each range Parley parses (a document, an NDJSON line) must pass. Invalid UTF-8
   * later on is refused by the readers.
   *
   * @param bytes the input
   * @param offset where the range starts
   * @param length the range's length
   * @param subject what the range is, for the reason: "the input", "the line"
   * @return the reason, or null if the start looks like UTF-8
   */
  public static String notUtf8(byte[] bytes, int offset, int length, String subject) {
    int b0 = length > 0 ? bytes[offset] & 0xFF : -1;
    int b1 = length > 1 ? bytes[offset + 1] & 0xFF : -1;
    int b2 = length > 2 ? bytes[offset + 2] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return subject + " starts with a UTF-8 byte order mark; Parley's format is UTF-8 without"
          + " one";
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      return subject + " starts with a UTF-16 byte order mark; Parley's format is UTF-8";
    }
    for (int i = offset; i < offset + Math.min(length, 4); i++) {
      if (bytes[i] == 0) {
        return subject + " is not UTF-8 (it holds zero bytes, as UTF-16 or UTF-32 would)";
      }
    }
    return null;
  }

  /**
   * The offset of the first byte that is not well-formed UTF-8 (overlong forms, surrogates and
   * stray continuation bytes included, which Jackson's parser lets through), or -1.
   */
  public static int firstInvalidUtf8(byte[] bytes, int offset, int length) {
    // ASCII is valid UTF-8: only input past the first non-ASCII byte needs decoding.
    int first = offset;
    int end = offset + length;
    while (first < end && bytes[first] >= 0) {
      first++;
    }
    if (first == end) {
      return -1;
    }
    length = end - first;
    offset = first;
    java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, offset, length);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.min(length, 8192) + 1);
    while (true) {
      java.nio.charset.CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }

  /** The line and column (from 1) of a byte offset, counting columns in bytes as Jackson does. */
  public static int[] lineAndColumn(byte[] bytes, int offset, int at) {
    int line = 1;
    int lineStart = offset;
    for (int i = offset; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }

  /** Reads at most {@code max + 1} bytes of a stream, to refuse what is too long. */
  public static byte[] readAll(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > max) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
