package dev.parley.core;

/**
 * How senior a meeting is, from the highest capacity present ({@link Meeting#level()}).
 * Constants are declared from lowest to highest, so {@code compareTo} orders by seniority.
 *
 * <p>A level ranks a capacity within its own party: the top office of a state (its head of state
 * or government) and the top office of an organization ({@link PostRole#HEAD_OF_ORGANIZATION})
 * are both {@link #SUMMIT}, whatever the size of the party.
 */
public enum MeetingLevel {
  /** Officials below the senior ranks: spokespersons, experts, staff. */
  WORKING,
  /** Deputy ministers, envoys, ambassadors, intelligence chiefs, chiefs of staff, commanders. */
  SENIOR_OFFICIALS,
  /** Ministers. */
  MINISTERIAL,
  /** Heads of state or government, and heads of organizations. */
  SUMMIT
}
