package dev.parley.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.io.ParleyJsonException;

/** What every error report of a reader must be, whatever the input. */
final class Reports {
  private Reports() {}

  /**
   * Checks that {@code e} is a report of bad input, not a bug in disguise: a located, plain
   * reason, and no internal error (an unexpected exception that a reader caught and wrapped).
   */
  static void check(ParleyJsonException e) {
    String message = e.getMessage();
    // The readers' last resort for an unexpected exception; the reason may quote the input.
    assertFalse(e.reason().startsWith("could not read the document (internal error: ")
        || e.reason().startsWith("could not read the record (internal error: "),
        () -> "a bug, reported as " + message);
    assertFalse(e.reason().isBlank(), "a reason");
    assertTrue(e.line() >= 0 && e.column() >= 0, () -> "a location: " + message);
    assertTrue(e.path().startsWith("$"), () -> "a JSON path: " + message);
    assertEquals("line " + e.line() + ", column " + e.column() + ", at " + e.path() + ": "
        + e.reason(), message);
  }
}
