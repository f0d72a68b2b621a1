package dev.parley.io.internal;

import dev.parley.io.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
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
  /** Writing factory; its generators flush the caller's stream when closed, never close it. */
  private static final JsonFactory WRITING = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /**
   * Two-space indents and "\n" line ends on every platform, "name": value. The indents and the
   * name-value separator are written as bytes encoded once, not as characters encoded at every
   * line as Jackson's {@link DefaultIndenter} and {@link DefaultPrettyPrinter} write them: the
   * same output, and a third less of a document write's time (BENCHMARKS.md).
   */
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new Pretty();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  /** Jackson's pretty printer with two-space indents, its separator written as bytes. */
  private static final class Pretty extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;
    private static final SerializedString NAME_VALUE = new SerializedString(": ");

    Pretty() {
      super(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER));
      indentObjectsWith(Indents.INSTANCE);
      indentArraysWith(Indents.INSTANCE);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new Pretty();
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
      g.writeRaw(NAME_VALUE);
    }
  }

  /** A line end and two spaces per level, each level's bytes encoded once. */
  static final class Indents implements DefaultPrettyPrinter.Indenter {
    static final Indents INSTANCE = new Indents();
    /** Levels deeper than this are indented by Jackson's own indenter. */
    static final int ENCODED_LEVELS = 32;
    private static final DefaultIndenter DEEPER = new DefaultIndenter("  ", "\n");
    private static final SerializedString[] LEVELS = new SerializedString[ENCODED_LEVELS];

    static {
      for (int level = 0; level < ENCODED_LEVELS; level++) {
        LEVELS[level] = new SerializedString("\n" + "  ".repeat(level));
      }
    }

    private Indents() {}

    @Override
    public void writeIndentation(JsonGenerator g, int level) {
      if (level < ENCODED_LEVELS) {
        g.writeRaw(LEVELS[level]);
      } else {
        DEEPER.writeIndentation(g, level);
      }
    }

    @Override
    public boolean isInline() {
      return false;
    }
  }

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
   * stray continuation bytes included, which Jackson's parser lets through), or -1: where the
   * JDK's strict UTF-8 decoder reports the first malformed sequence. A sequence cut short by the
   * end of the range is ill-formed.
   */
  public static int firstInvalidUtf8(byte[] bytes, int offset, int length) {
    return new Utf8Check().firstInvalid(bytes, offset, length);
  }

  /**
   * Finds ill-formed UTF-8 with the JDK's strict decoder, reusing the decoder and its buffer
   * across calls: one per reader, not thread-safe.
   */
  public static final class Utf8Check {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(4096);

    /** As {@link Json#firstInvalidUtf8}. */
    public int firstInvalid(byte[] bytes, int offset, int length) {
      // ASCII bytes are whole characters: the decoder starts at the first other byte, if any.
      int end = offset + length;
      int from = firstNonAscii(bytes, offset, end);
      if (from == end) {
        return -1;
      }
      decoder.reset();
      ByteBuffer in = ByteBuffer.wrap(bytes, from, end - from);
      while (true) {
        chars.clear();
        CoderResult result = decoder.decode(in, chars, true);
        if (result.isError()) {
          return in.position(); // the start of the malformed sequence
        }
        if (result.isUnderflow()) {
          return -1;
        }
      }
    }
  }

  /** Eight bytes of an array at once, in little-endian order (byte {@code i} lowest). */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  /**
   * The index of the first {@code '\n'} in {@code bytes[from, to)}, or -1. Eight bytes at a
   * time: a byte of {@code word ^ NEWLINES} is zero where the word has a newline, and the lowest
   * zero byte is the lowest whose high bit survives {@code (x - LOW_BITS) & ~x & HIGH_BITS}
   * (higher bytes may be flagged falsely, never lower ones).
   */
  public static int indexOfNewline(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(bytes, i) ^ NEWLINES;
      long zeros = (x - LOW_BITS) & ~x & HIGH_BITS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first byte of {@code bytes[from, to)} over 0x7F, or {@code to}. */
  static int firstNonAscii(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long high = (long) LONGS.get(bytes, i) & HIGH_BITS;
      if (high != 0) {
        return i + (Long.numberOfTrailingZeros(high) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] < 0) {
        return i;
      }
    }
    return to;
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

  /** Reads at most {@code max + 1} bytes of a stream, to refuse what is too long: null if so. */
  public static byte[] readAll(InputStream in, long max) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    return bytes.length > max ? null : bytes;
  }
}
