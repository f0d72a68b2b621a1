package dev.parley.core;

/**
 * Identifies an {@link Official}. An official is also an {@link ActorRef}.
 *
 * <p>The text is a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters, for example {@code sergey-lavrov}.
 */
public final class OfficialId extends TypedId<OfficialId> implements ActorRef {
  private OfficialId(String value) {
    super("OfficialId", value, SLUG, SLUG_DESCRIPTION);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text, for example {@code "sergey-lavrov"}
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters
   */
  public static OfficialId of(String value) {
    return new OfficialId(value);
  }

  /**
   * Returns {@link ActorKind#OFFICIAL}.
   *
   * @return {@link ActorKind#OFFICIAL}
   */
  @Override
  public ActorKind kind() {
    return ActorKind.OFFICIAL;
  }
}
