package dev.parley.core;

import java.util.Optional;

/** How many states meet, from the states among a meeting's parties ({@link Meeting#format()}). */
public enum MeetingFormat {
  /** Two states. */
  BILATERAL,
  /** Three states. */
  TRILATERAL,
  /** Four states. */
  QUADRILATERAL,
  /** Five or more states. */
  MULTILATERAL;

  /**
   * The format of a meeting between {@code states} states.
   *
   * @param states the number of distinct states
   * @return the format, or empty when fewer than two states meet
   */
  public static Optional<MeetingFormat> ofStateCount(int states) {
    if (states < 2) {
      return Optional.empty();
    }
    return Optional.of(values()[Math.min(states, 5) - 2]);
  }
}
