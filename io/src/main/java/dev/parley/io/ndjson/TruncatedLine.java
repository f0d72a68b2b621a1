package dev.parley.io.ndjson;

/**
 * The last line of an NDJSON stream, cut short before its record's end, that a reader skipped:
 * where it stands and how long it is. Returned by {@link NdjsonReader#truncatedLastLine()} when
 * the options {@linkplain dev.parley.io.ReadOptions#withTruncatedLastLineSkipped(boolean) skip}
 * such a line.
 *
 * <p>The stream's first {@link #offset()} bytes are whole lines, whose records the reader
 * returned; cutting a file there (with {@link java.nio.channels.FileChannel#truncate(long)})
 * repairs it, and a writer may then append to it.
 *
 * <pre>{@code
 * reader.truncatedLastLine().ifPresent(t ->
 *     System.err.println("line " + t.line() + " is truncated; " + t.length() + " bytes skipped"));
 * }</pre>
 *
 * @param line the line's number in the stream, from 1, counting blank lines
 * @param offset where the line starts: the number of bytes of the stream before it
 * @param length the number of bytes skipped, from {@code offset} to the end of the stream
 */
public record TruncatedLine(int line, long offset, int length) {
  /**
   * Checks the values.
   *
   * @param line the line's number, from 1
   * @param offset where the line starts, in bytes from the stream's start
   * @param length the number of bytes skipped, at least 1
   * @throws IllegalArgumentException if {@code line} or {@code length} is not positive, or
   *     {@code offset} is negative
   */
  public TruncatedLine {
    if (line < 1 || offset < 0 || length < 1) {
      throw new IllegalArgumentException("Invalid TruncatedLine: line " + line + ", offset "
          + offset + ", length " + length + " (line and length must be positive, offset at"
          + " least 0)");
    }
  }
}
