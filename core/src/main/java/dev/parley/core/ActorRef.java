package dev.parley.core;

import static java.util.Objects.requireNonNull;

/**
 * A reference to an actor: a state, an official or an organization.
 *
 * <p>The id types themselves are the references: {@link StateId}, {@link OfficialId} and {@link
 * OrganizationId} implement this interface, so {@code ActorRef who = OfficialId.of("sergey-lavrov")}
 * needs no wrapping. States and organizations are also {@link PartyRef}s, the actors that an
 * official acts for and that posts belong to.
 *
 * <p>The text form, {@code kind:id}, is what {@link #toRefString()} writes and {@link #parse}
 * reads:
 *
 * <pre>{@code
 * ActorRef ref = ActorRef.parse("state:TUR");   // StateId.of("TUR")
 * ref.kind();                                     // ActorKind.STATE
 * ref.toRefString();                              // "state:TUR"
 * ref.toString();                                 // "state:TUR" too
 * }</pre>
 *
 * <p>{@code toString()} of every actor reference is its {@link #toRefString()}, so that an
 * official and an organization with the same id text ({@code official:a}, {@code
 * organization:a}) never print alike; {@link #value()} is the bare id text.
 */
public sealed interface ActorRef permits PartyRef, OfficialId {

  /**
   * Returns the kind of actor this reference points at.
   *
   * @return the actor's kind
   */
  ActorKind kind();

  /**
   * Returns the id's text, without the kind.
   *
   * @return the id's text, for example {@code "TUR"}
   */
  String value();

  /**
   * Returns the reference as {@code kind:id}, for example {@code "official:sergey-lavrov"}.
   *
   * @return the reference text, which {@link #parse} reads back
   */
  default String toRefString() {
    return kind().label() + ":" + value();
  }

  /**
   * Reads a reference written as {@code kind:id}, where kind is {@code state}, {@code official} or
   * {@code organization}.
   *
   * @param text the reference text, for example {@code "organization:russia-ministry-of-defence"}
   * @return the id it names
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the kind is unknown or the id is invalid for its kind
   */
  static ActorRef parse(String text) {
    requireNonNull(text, "text");
    int colon = text.indexOf(':');
    if (isKind(text, colon, "state")) {
      return StateId.of(text.substring(colon + 1));
    }
    if (isKind(text, colon, "official")) {
      return OfficialId.of(text.substring(colon + 1));
    }
    if (isKind(text, colon, "organization")) {
      return OrganizationId.of(text.substring(colon + 1));
    }
    throw Checks.invalid("ActorRef", text,
        "must be 'state:ID', 'official:ID' or 'organization:ID'");
  }

  /** Whether the text before the first colon, at {@code colon}, is {@code kind}. */
  private static boolean isKind(String text, int colon, String kind) {
    return colon == kind.length() && text.startsWith(kind);
  }
}
