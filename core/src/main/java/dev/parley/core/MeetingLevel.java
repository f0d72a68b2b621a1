package dev.parley.core;

/**
 * How senior a meeting is, from the highest capacity present ({@link Meeting#level()}).
 * Constants are declared from lowest to highest, so {@code compareTo} orders by seniority.
 */
public enum MeetingLevel {
  /** Officials below the senior ranks: spokespersons, experts, staff. */
  WORKING,
  /** Deputy ministers, envoys, ambassadors, intelligence chiefs, chiefs of staff, commanders. */
  SENIOR_OFFICIALS,
  /** Ministers. */
  MINISTERIAL,
  /** Heads of state or government. */
  SUMMIT
}
