package dev.parley.io;

/**
 * How a reader treats its input: whether unknown fields are kept or refused, whether an NDJSON
 * stream's truncated last line is refused or skipped, and the limits beyond which input is
 * refused rather than read. Immutable; the {@code with} methods return changed copies.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.defaults().strict().withMaxNestingDepth(16);
 * }</pre>
 *
 * <p>The default limits are generous for news corpora and bound what hostile input can cost:
 *
 * <table class="striped">
 *   <caption>Default limits</caption>
 *   <thead><tr><th scope="col">limit</th><th scope="col">default</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@link #maxNestingDepth()}</td><td>64 levels of arrays and objects</td></tr>
 *     <tr><td>{@link #maxStringLength()}</td><td>1,048,576 characters</td></tr>
 *     <tr><td>{@link #maxDocumentLength()}</td><td>1 GiB for a document</td></tr>
 *     <tr><td>{@link #maxRecordLength()}</td><td>16 MiB for one NDJSON line or one record of a
 *         document</td></tr>
 *     <tr><td>{@link #maxFieldsPerObject()}</td><td>10,000 fields in one object</td></tr>
 *   </tbody>
 * </table>
 */
public final class ReadOptions {
  private static final ReadOptions DEFAULTS =
      new ReadOptions(false, false, 64, 1 << 20, 1L << 30, 16 << 20, 10_000);

  private final boolean strict;
  private final boolean truncatedLastLineSkipped;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final long maxDocumentLength;
  private final int maxRecordLength;
  private final int maxFieldsPerObject;

  private ReadOptions(boolean strict, boolean truncatedLastLineSkipped, int maxNestingDepth,
      int maxStringLength, long maxDocumentLength, int maxRecordLength,
      int maxFieldsPerObject) {
    positive("maxNestingDepth", maxNestingDepth);
    positive("maxStringLength", maxStringLength);
    positive("maxDocumentLength", maxDocumentLength);
    positive("maxRecordLength", maxRecordLength);
    positive("maxFieldsPerObject", maxFieldsPerObject);
    this.strict = strict;
    this.truncatedLastLineSkipped = truncatedLastLineSkipped;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxDocumentLength = maxDocumentLength;
    this.maxRecordLength = maxRecordLength;
    this.maxFieldsPerObject = maxFieldsPerObject;
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }

  /**
   * The default options: lenient (unknown fields of records are kept in their extensions), a
   * truncated last NDJSON line refused, and the default limits.
   *
   * @return the defaults
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options, refusing unknown fields instead of keeping them.
   *
   * @return the strict options
   */
  public ReadOptions strict() {
    return new ReadOptions(true, truncatedLastLineSkipped, maxNestingDepth, maxStringLength,
        maxDocumentLength, maxRecordLength, maxFieldsPerObject);
  }

  /**
   * Returns these options with an NDJSON stream's truncated last line skipped ({@code true}) or
   * refused ({@code false}, the default).
   *
   * <p>A line is <em>truncated</em> when it is the stream's last, no line end follows it, and
   * its text is the beginning of a JSON object that stops before the object's end: what a
   * write cut short by a crash or a full disk leaves. Refused, it is reported as a {@link
   * ParleyJsonException} with its line number, after the records of the lines before it have
   * been returned. Skipped, {@link dev.parley.io.ndjson.NdjsonReader#read()} returns every
   * record before it and then reports the end of the stream, and {@link
   * dev.parley.io.ndjson.NdjsonReader#truncatedLastLine()} says what was skipped:
   *
   * <pre>{@code
   * try (NdjsonReader in = NdjsonReader.from(stream,
   *     ReadOptions.defaults().withTruncatedLastLineSkipped(true))) {
   *   Chronicle whole = in.readChronicle();      // the records of the complete lines
   *   in.truncatedLastLine().ifPresent(t -> log.warn("skipped " + t));
   * }
   * }</pre>
   *
   * <p>Either way, no part of a truncated line is ever returned as a record. A last line
   * without a line end that holds a whole record (a stream cut just before its last {@code
   * \n}, or written without one) is not truncated: its record is read like any other. Neither
   * is a last line that is malformed before it stops, nor one longer than {@link
   * #maxRecordLength()}: they are refused as any other line would be. Documents are not
   * affected: a truncated document is always refused.
   *
   * @param skip whether to skip a truncated last line instead of refusing it
   * @return the changed options
   */
  public ReadOptions withTruncatedLastLineSkipped(boolean skip) {
    return new ReadOptions(strict, skip, maxNestingDepth, maxStringLength, maxDocumentLength,
        maxRecordLength, maxFieldsPerObject);
  }

  /**
   * Returns these options with at most {@code depth} nested arrays and objects.
   *
   * @param depth the deepest nesting accepted, at least 1
   * @return the changed options
   * @throws IllegalArgumentException if {@code depth} is not positive
   */
  public ReadOptions withMaxNestingDepth(int depth) {
    return new ReadOptions(strict, truncatedLastLineSkipped, depth, maxStringLength,
        maxDocumentLength, maxRecordLength, maxFieldsPerObject);
  }

  /**
   * Returns these options with strings of at most {@code length} characters.
   *
   * @param length the longest string accepted, at least 1
   * @return the changed options
   * @throws IllegalArgumentException if {@code length} is not positive
   */
  public ReadOptions withMaxStringLength(int length) {
    return new ReadOptions(strict, truncatedLastLineSkipped, maxNestingDepth, length,
        maxDocumentLength, maxRecordLength, maxFieldsPerObject);
  }

  /**
   * Returns these options with documents of at most {@code bytes} bytes.
   *
   * @param bytes the longest document accepted, at least 1
   * @return the changed options
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public ReadOptions withMaxDocumentLength(long bytes) {
    return new ReadOptions(strict, truncatedLastLineSkipped, maxNestingDepth, maxStringLength,
        bytes, maxRecordLength, maxFieldsPerObject);
  }

  /**
   * Returns these options with records of at most {@code bytes} bytes: an NDJSON line, or
   * one record of a document's arrays.
   *
   * @param bytes the longest record accepted, at least 1
   * @return the changed options
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public ReadOptions withMaxRecordLength(int bytes) {
    return new ReadOptions(strict, truncatedLastLineSkipped, maxNestingDepth, maxStringLength,
        maxDocumentLength, bytes, maxFieldsPerObject);
  }

  /**
   * Returns these options with objects of at most {@code fields} fields: a record, a value
   * inside it, an {@code extensions} object or an object inside an extension. An object with
   * more is refused as soon as its field past the limit is met, before the rest is read.
   *
   * @param fields the most fields an object may have, at least 1
   * @return the changed options
   * @throws IllegalArgumentException if {@code fields} is not positive
   */
  public ReadOptions withMaxFieldsPerObject(int fields) {
    return new ReadOptions(strict, truncatedLastLineSkipped, maxNestingDepth, maxStringLength,
        maxDocumentLength, maxRecordLength, fields);
  }

  /**
   * Whether unknown fields are refused; otherwise a record's unknown fields are kept in its
   * extensions.
   *
   * @return whether reading is strict
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Whether an NDJSON stream's truncated last line is skipped; otherwise it is refused. See
   * {@link #withTruncatedLastLineSkipped(boolean)}.
   *
   * @return whether a truncated last line is skipped
   */
  public boolean isTruncatedLastLineSkipped() {
    return truncatedLastLineSkipped;
  }

  /**
   * The deepest nesting of arrays and objects accepted.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The longest string accepted, in characters.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The longest document accepted, in bytes.
   *
   * @return the limit
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * The longest record accepted, in bytes: an NDJSON line, or one record of a document.
   *
   * @return the limit
   */
  public int maxRecordLength() {
    return maxRecordLength;
  }

  /**
   * The most fields an object may have (see {@link #withMaxFieldsPerObject(int)}).
   *
   * @return the limit
   */
  public int maxFieldsPerObject() {
    return maxFieldsPerObject;
  }

  /**
   * Returns the options, for reports.
   *
   * @return for example {@code ReadOptions{strict=false, truncatedLastLineSkipped=false,
   *     maxNestingDepth=64, ...}}
   */
  @Override
  public String toString() {
    return "ReadOptions{strict=" + strict + ", truncatedLastLineSkipped="
        + truncatedLastLineSkipped + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength + ", maxDocumentLength=" + maxDocumentLength
        + ", maxRecordLength=" + maxRecordLength + ", maxFieldsPerObject="
        + maxFieldsPerObject + "}";
  }
}
