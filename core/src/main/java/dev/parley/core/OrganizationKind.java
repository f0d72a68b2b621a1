package dev.parley.core;

/** What sort of body an {@link Organization} is. */
public enum OrganizationKind {
  /** A government ministry or department, such as a defence ministry. */
  MINISTRY,
  /** A state's armed forces or one of their branches or commands. */
  ARMED_FORCES,
  /** A state intelligence service. */
  INTELLIGENCE_AGENCY,
  /** Another body of a state's government, such as a presidency. */
  GOVERNMENT_BODY,
  /** A non-state armed group. */
  ARMED_GROUP,
  /** A political party or movement. */
  POLITICAL_PARTY,
  /** An organization of states, such as the United Nations or the Arab League. */
  INTERNATIONAL_ORGANIZATION,
  /** A news organization, such as a state news agency. */
  MEDIA,
  /** Anything else. */
  OTHER
}
