package dev.parley.core;

import java.util.Locale;

/** The three kinds of actor an {@link ActorRef} may point at. */
public enum ActorKind {
  /** A sovereign state, identified by a {@link StateId}. */
  STATE,
  /** A person, identified by an {@link OfficialId}. */
  OFFICIAL,
  /** A ministry, armed force, armed group or international organization ({@link OrganizationId}). */
  ORGANIZATION;

  private final String label = name().toLowerCase(Locale.ROOT);

  /**
   * Returns the lower-case name used in reference text such as {@code state:TUR}.
   *
   * @return {@code "state"}, {@code "official"} or {@code "organization"}
   */
  public String label() {
    return label;
  }
}
