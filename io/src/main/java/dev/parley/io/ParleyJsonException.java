package dev.parley.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.List;

/**
 * The one exception Parley's JSON readers throw for bad input: it says where (line, column,
 * JSON path) and why, in plain language. No {@code NullPointerException}, {@code
 * ClassCastException} or Jackson exception escapes a reader; they all become this.
 *
 * <pre>{@code
 * line 12, column 17, at $.meetings[0].date: invalid date: Text '2023-13' could not be parsed
 *   at index 5: month must be 01-12
 * }</pre>
 *
 * <p><b>Where.</b> For a bad value (a malformed date, an unknown enum, an invalid id, invalid
 * UTF-8) the line and column are those of its first character and the path is its field. For a
 * record that is incomplete or inconsistent (a missing field, a dangling reference, a duplicate
 * id) they are those of the record's start, and the path names the field concerned. For
 * malformed JSON and exceeded limits they are where the parser stopped: just after a repeated or
 * over-long field name (the path is then the enclosing object's, as the name cannot be named),
 * just after a bracket nested too deep, at the end of a truncated input. Lines and columns count
 * from 1; columns count bytes of the line.
 */
public final class ParleyJsonException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The line of the input, from 1. */
  private final int line;
  /** The column of the line, from 1. */
  private final int column;
  /** The JSON path of the bad value, such as {@code $.meetings[0].date}. */
  private final String path;
  /** What is wrong, in plain language. */
  private final String reason;
  /** Every problem found with this one, this one first; empty when it is the only one. */
  private final List<ParleyJsonException> problems;

  /**
   * Creates the exception.
   *
   * @param reason what is wrong, in plain language
   * @param line the line of the input, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   * @param path the JSON path of the bad value, {@code $} for the whole input
   * @param cause the underlying exception, or null
   */
  public ParleyJsonException(String reason, int line, int column, String path, Throwable cause) {
    this(reason, line, column, path, cause, List.of());
  }

  /**
   * Creates the exception for several problems found together, such as the violations of a
   * chronicle, each at its own record. This exception's reason may summarize them all; {@code
   * problems} has each on its own, the first being this one's.
   *
   * @param reason what is wrong, in plain language
   * @param line the line of the input, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   * @param path the JSON path of the bad value, {@code $} for the whole input
   * @param cause the underlying exception, or null
   * @param problems every problem, in the order found, each with its own location
   * @see #problems()
   */
  public ParleyJsonException(String reason, int line, int column, String path, Throwable cause,
      List<ParleyJsonException> problems) {
    super(format(reason, line, column, path), cause);
    this.reason = requireNonNull(reason, "reason");
    this.line = line;
    this.column = column;
    this.path = requireNonNull(path, "path");
    this.problems = List.copyOf(problems);
  }

  private static String format(String reason, int line, int column, String path) {
    return "line " + line + ", column " + column + ", at " + path + ": " + reason;
  }

  /**
   * The line of the input where the problem is, counted from 1; 0 when not known.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The column of {@link #line()} where the problem is, counted from 1; 0 when not known.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * The JSON path of the bad value, such as {@code $.meetings[0].participants[1].actor}; {@code
   * $} for the input as a whole. In an NDJSON stream the path is within the line's record.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong, in plain language, without the location.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Every problem this exception reports, each on its own with its line, column and path. A
   * reader stops at the first malformed value, so most exceptions report one problem: this
   * exception itself. A chronicle that reads well-formed but is invalid (dangling references,
   * duplicate ids, ...) reports each of its violations at its record and field, the first at
   * this exception's location (this exception's reason also counts the others).
   *
   * <pre>{@code
   * catch (ParleyJsonException e) {
   *   e.problems().forEach(p -> System.err.println(p.getMessage()));
   * }
   * }</pre>
   *
   * @return the problems in the order found; immutable, never empty
   */
  public List<ParleyJsonException> problems() {
    return problems.isEmpty() ? List.of(this) : problems;
  }
}
