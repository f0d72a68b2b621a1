package dev.parley.core;

/** The state of a meeting as reported at some date; see {@link StatusChange}. */
public enum MeetingStatus {
  /** Suggested by one or more parties, not agreed. */
  PROPOSED,
  /** Agreed or announced, not yet held. */
  PLANNED,
  /** Put off from an expected date, without being called off. */
  POSTPONED,
  /** Took place. */
  HELD,
  /** Called off. */
  CANCELLED
}
