package dev.parley.eventdata.mentions;

/** Why a span of text was taken for an actor: which of the actor's names it matched. */
public enum MentionReason {
  /** The actor's name ({@code Sergey Lavrov}, {@code Türkiye}, {@code Arab League}). */
  NAME,
  /** One of the actor's other names ({@code Sergei Lavrov}, {@code Turkey}). */
  OTHER_NAME,
  /** A demonym of a state, used for its government or people ({@code Turkish}). */
  DEMONYM,
  /** A state's capital, used for its government ({@code Ankara}). */
  CAPITAL,
  /**
   * An official's surname alone ({@code Lavrov}), after a full mention of that official earlier
   * in the same text.
   */
  SURNAME
}
