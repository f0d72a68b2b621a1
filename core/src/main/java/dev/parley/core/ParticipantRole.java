package dev.parley.core;

/** The part a {@link Participant} plays in a meeting. */
public enum ParticipantRole {
  /** Receives the others; the meeting is on its ground or under its auspices. */
  HOST,
  /** Attends at a host's invitation. */
  GUEST,
  /** Brokers between other participants. */
  MEDIATOR,
  /** Attends without taking part in the talks. */
  OBSERVER,
  /** Takes part, with no more specific role reported. */
  MEMBER
}
