package dev.parley.core;

/** What a {@link Stance}'s holder thinks of its issue. */
public enum StancePosition {
  /** In favour. */
  SUPPORTS,
  /** Against. */
  OPPOSES,
  /** Requires it of others. */
  DEMANDS,
  /** In favour only if the stance's conditions are met. */
  CONDITIONAL,
  /** Takes no side. */
  NEUTRAL
}
