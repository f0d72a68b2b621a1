package dev.parley.core;

/** How faithfully a {@link Statement}'s text renders what was said. */
public enum StatementMode {
  /** The speaker's own words, verbatim (in the source's language or translation). */
  QUOTE,
  /** The reporter's restatement of what was said. */
  PARAPHRASE,
  /** Known to have been made, its content not reported. */
  UNRECORDED
}
