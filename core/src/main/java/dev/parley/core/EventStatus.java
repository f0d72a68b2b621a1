package dev.parley.core;

/**
 * How the sources present an {@link Event}: as having happened, as expected, or as the claim of
 * one side. The status records what the sources say; Parley does not judge which side is right.
 */
public enum EventStatus {
  /** Reported as having happened: the default. */
  REPORTED,
  /** Announced, scheduled or expected, not yet happened when reported. */
  PLANNED,
  /** Said to have happened by others than the source actors, without confirmation. */
  ALLEGED,
  /** Said to have happened by the source actors themselves, such as a claim of responsibility. */
  CLAIMED,
  /** Reported and denied by an actor it concerns. */
  DENIED
}
