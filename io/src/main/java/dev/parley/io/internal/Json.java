package dev.parley.io.internal;

import dev.parley.io.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
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
  /**
   * Reading factories by the limits they enforce, so that readers with equal limits share one
   * (and its table of field names). At most {@link #MAX_FACTORIES} are kept: when a caller
   * varies its limits endlessly, the factories kept are dropped and the sharing starts again.
   */
  private static final ConcurrentHashMap<Limits, JsonFactory> FACTORIES =
      new ConcurrentHashMap<>();
  /** The most reading factories kept. */
  static final int MAX_FACTORIES = 32;

  /** What a reading factory depends on. */
  private record Limits(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {}
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

  /** Eight bytes of an array read as one long, for {@link #firstInvalidUtf8}. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** The high bit of each of eight bytes: all clear in ASCII. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Json() {}

  /**
   * A factory enforcing the options' limits. Repeated field names are left to the readers,
   * which find them in their tables ({@link dev.parley.io.internal.codec.ObjectCodec}) and word
   * them themselves, at less cost than Jackson's detection.
   */
  public static JsonFactory factory(ReadOptions options) {
    Limits limits = new Limits(options.maxNestingDepth(), options.maxStringLength(),
        options.maxDocumentLength());
    JsonFactory factory = FACTORIES.get(limits);
    if (factory != null) {
      return factory;
    }
    factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .build())
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, false)
        .build();
    if (FACTORIES.size() >= MAX_FACTORIES) {
      FACTORIES.clear(); // sharing saves work, nothing more: start again with these limits
    }
    JsonFactory known = FACTORIES.putIfAbsent(limits, factory);
    return known != null ? known : factory;
  }

  /** The number of reading factories kept, for tests. */
  static int factoriesKept() {
    return FACTORIES.size();
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
   * stray continuation bytes included, which Jackson's parser lets through), or -1. The offset is
   * that of the first byte of the ill-formed sequence, as a {@link
   * java.nio.charset.CharsetDecoder} reports it; a sequence cut short by the end of the input is
   * ill-formed.
   */
  public static int firstInvalidUtf8(byte[] bytes, int offset, int length) {
    int end = offset + length;
    int i = offset;
    while (i < end) {
      // ASCII, the usual case: 32 bytes at a time, then eight, else one.
      while (end - i >= 4 * Long.BYTES && (((long) LONGS.get(bytes, i)
          | (long) LONGS.get(bytes, i + Long.BYTES)
          | (long) LONGS.get(bytes, i + 2 * Long.BYTES)
          | (long) LONGS.get(bytes, i + 3 * Long.BYTES)) & HIGH_BITS) == 0) {
        i += 4 * Long.BYTES;
      }
      if (i == end) {
        break;
      }
      if (end - i >= Long.BYTES && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
        continue;
      }
      if (bytes[i] >= 0) {
        i++;
        continue;
      }
      // The lead byte says how many continuation bytes follow, and the second byte's range
      // excludes overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
      int lead = bytes[i] & 0xFF;
      int more;
      int secondMin = 0x80;
      int secondMax = 0xBF;
      if (lead < 0xC2) {
        return i; // a continuation byte, or an overlong two-byte form
      } else if (lead < 0xE0) {
        more = 1;
      } else if (lead < 0xF0) {
        more = 2;
        secondMin = lead == 0xE0 ? 0xA0 : 0x80;
        secondMax = lead == 0xED ? 0x9F : 0xBF;
      } else if (lead < 0xF5) {
        more = 3;
        secondMin = lead == 0xF0 ? 0x90 : 0x80;
        secondMax = lead == 0xF4 ? 0x8F : 0xBF;
      } else {
        return i;
      }
      if (end - i <= more) {
        return i;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < secondMin || second > secondMax) {
        return i;
      }
      for (int k = 2; k <= more; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += more + 1;
    }
    return -1;
  }

  /** The index of the first {@code '\n'} in {@code bytes[from, to)}, or -1. */
  public static int indexOfNewline(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
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
