package dev.parley.eventdata.cameo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;

/**
 * A CAMEO to PLOVER table that cannot be read: a line that is not a row, a category the table
 * names that Parley does not know, or one code converted two different ways. Says where (the
 * source and line) and why.
 */
public final class CameoTableException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The table's name, as given to the reader. */
  private final String source;
  /** The line, from 1. */
  private final int line;
  /** What is wrong. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the table's name, such as its file name
   * @param line the line of the problem, from 1
   * @param reason what is wrong, naming the bad value
   */
  public CameoTableException(String source, int line, String reason) {
    super(requireNonNull(source, "source") + ", line " + line + ": "
        + requireNonNull(reason, "reason"));
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /** {@return the table's name, as given to the reader} */
  public String source() {
    return source;
  }

  /** {@return the line of the problem, from 1} */
  public int line() {
    return line;
  }

  /** {@return what is wrong, in plain language} */
  public String reason() {
    return reason;
  }
}
