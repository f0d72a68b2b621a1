package dev.parley.core;

import java.util.function.Predicate;

/**
 * Identifies a {@link State} by its ISO 3166-1 alpha-3 code. A state is also a {@link PartyRef}:
 * officials act for it and posts belong to it. Only the shape is checked, so user-assigned codes
 * such as {@code XKX} are accepted.
 *
 * <p>The text is an ISO 3166-1 alpha-3 code: three upper-case letters A-Z, for example {@code TUR}.
 */
public final class StateId extends TypedId<StateId> implements PartyRef {
  private static final Predicate<String> ALPHA3 = s -> s.length() == 3
      && isUpper(s.charAt(0)) && isUpper(s.charAt(1)) && isUpper(s.charAt(2));

  private StateId(String value) {
    super("StateId", value, ALPHA3,
        "three upper-case letters (ISO 3166-1 alpha-3, e.g. 'TUR')");
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text, for example {@code "TUR"}
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not an ISO 3166-1 alpha-3 code: three upper-case letters A-Z
   */
  public static StateId of(String value) {
    return new StateId(value);
  }

  /**
   * Returns {@link ActorKind#STATE}.
   *
   * @return {@link ActorKind#STATE}
   */
  @Override
  public ActorKind kind() {
    return ActorKind.STATE;
  }
}
