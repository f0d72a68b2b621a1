package dev.parley.core;

/**
 * The kind of a {@link Post}. A post with a more specific title ("Secretary of State",
 * "Presidential Spokesperson") keeps the nearest role and carries the title as well.
 */
public enum PostRole {
  /** Head of state: a president or monarch. */
  HEAD_OF_STATE(MeetingLevel.SUMMIT),
  /** Head of government: a prime minister or chancellor. */
  HEAD_OF_GOVERNMENT(MeetingLevel.SUMMIT),
  /**
   * Head of an organization that is not a state: the leader or secretary-general of an
   * international organization, a movement, a party or an armed group. The post's party is the
   * organization; a title ("Secretary-General") is optional. Like a head of state it is the top
   * office of its party, so it lends a meeting the {@link MeetingLevel#SUMMIT} level.
   */
  HEAD_OF_ORGANIZATION(MeetingLevel.SUMMIT),
  /** Foreign minister, by whatever title (Secretary of State, Minister of Foreign Affairs). */
  FOREIGN_MINISTER(MeetingLevel.MINISTERIAL),
  /** Defence minister. */
  DEFENSE_MINISTER(MeetingLevel.MINISTERIAL),
  /** Any other minister; the title says which. */
  MINISTER(MeetingLevel.MINISTERIAL),
  /** Deputy foreign minister. */
  DEPUTY_FOREIGN_MINISTER(MeetingLevel.SENIOR_OFFICIALS),
  /** Head of an intelligence service. */
  INTELLIGENCE_CHIEF(MeetingLevel.SENIOR_OFFICIALS),
  /** Chief of the general staff, the highest military officer. */
  CHIEF_OF_GENERAL_STAFF(MeetingLevel.SENIOR_OFFICIALS),
  /** A military commander below the chief of staff. */
  MILITARY_COMMANDER(MeetingLevel.SENIOR_OFFICIALS),
  /** A special envoy or representative. */
  SPECIAL_ENVOY(MeetingLevel.SENIOR_OFFICIALS),
  /** An ambassador. */
  AMBASSADOR(MeetingLevel.SENIOR_OFFICIALS),
  /** A spokesperson of a government, ministry or organization. */
  SPOKESPERSON(MeetingLevel.WORKING),
  /** Any other post; the title says which. */
  OTHER(MeetingLevel.WORKING);

  private final MeetingLevel level;

  PostRole(MeetingLevel level) {
    this.level = level;
  }

  /**
   * The meeting level a holder of this role lends to a meeting.
   *
   * @return the level
   */
  public MeetingLevel level() {
    return level;
  }
}
