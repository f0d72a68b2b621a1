package dev.parley.core;

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
  public static java.util.Optional<MeetingFormat> ofStateCount(int states) {
    if (states < 2) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(values()[Math.min(states, 5) - 2]);
  }
}
