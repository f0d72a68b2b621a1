package dev.parley.eventdata.actors;

/**
 * A line of an actor dictionary that a {@linkplain ActorDictionaryReader#strict() strict} reader
 * refuses; lenient readers report such lines in the {@link dev.parley.eventdata.ImportReport}
 * instead.
 */
public final class ActorDictionaryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The 1-based number of the line that cannot be read. */
  private final int line;

  /**
   * Creates the exception.
   *
   * @param line the 1-based line number
   * @param reason what is wrong, naming the bad text
   */
  public ActorDictionaryException(int line, String reason) {
    super("line " + line + ": " + reason);
    this.line = line;
  }

  /**
   * The line that is wrong.
   *
   * @return the 1-based line number
   */
  public int line() {
    return line;
  }
}
