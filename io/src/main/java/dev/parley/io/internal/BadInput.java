package dev.parley.io.internal;

import dev.parley.io.ParleyJsonException;

/**
 * Carries a {@link ParleyJsonException} out of the reading code, which runs inside lambdas and
 * Jackson callbacks that cannot throw checked exceptions; the public readers unwrap it.
 */
public final class BadInput extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps the exception to report. */
  public BadInput(ParleyJsonException cause) {
    super(cause.getMessage(), cause, false, false);
  }

  /** The exception to report. */
  public ParleyJsonException exception() {
    return (ParleyJsonException) getCause();
  }
}
