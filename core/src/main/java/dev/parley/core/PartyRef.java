package dev.parley.core;

/**
 * A reference to an actor that others act for: a {@link StateId state} or an {@link
 * OrganizationId organization}. Posts belong to a party ({@link Post#party()}), participants
 * represent one ({@link Participant#represents()}), and anonymous speakers are known by one
 * ({@link Speaker#affiliation()}).
 */
public sealed interface PartyRef extends ActorRef permits StateId, OrganizationId {

  /**
   * Reads a party reference written as {@code state:ID} or {@code organization:ID}.
   *
   * @param text the reference text, for example {@code "state:SYR"}
   * @return the id it names
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not a state or organization reference
   */
  static PartyRef parse(String text) {
    ActorRef ref = ActorRef.parse(text);
    if (ref instanceof PartyRef) {
      return (PartyRef) ref;
    }
    throw Checks.invalid("PartyRef", text, "must be 'state:ID' or 'organization:ID'");
  }
}
