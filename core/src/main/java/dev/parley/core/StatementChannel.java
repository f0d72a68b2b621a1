package dev.parley.core;

/** How a {@link Statement} reached the public. */
public enum StatementChannel {
  /** A written statement or communiqué issued by a government or organization. */
  OFFICIAL_STATEMENT,
  /** A post on social media. */
  SOCIAL_MEDIA,
  /** Remarks at a press conference or to reporters. */
  PRESS_CONFERENCE,
  /** A briefing, on or off the record. */
  BRIEFING,
  /** A report carried by state-run media. */
  STATE_MEDIA,
  /** An interview. */
  INTERVIEW,
  /** A speech. */
  SPEECH,
  /** Not reported. */
  UNKNOWN
}
