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
  /**
   * One government of a state, as told apart from the state's other governments (the Syrian
   * government before and after December 2024): its {@link Organization#state()} is the state,
   * and its {@link Organization#term()} when it held power, where known. Stances and tenures
   * name it through {@link Stance#government()} and {@link Tenure#government()}.
   */
  GOVERNMENT,
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
