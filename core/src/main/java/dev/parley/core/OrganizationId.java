package dev.parley.core;

/**
 * Identifies an {@link Organization}: a ministry, armed force, armed group or international
 * organization. An organization is also a {@link PartyRef}: officials act for it and posts belong
 * to it.
 *
 * <p>The text is a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters, for example {@code russia-ministry-of-defence}.
 */
public final class OrganizationId extends TypedId<OrganizationId> implements PartyRef {
  private OrganizationId(String value) {
    super("OrganizationId", value, SLUG, SLUG_DESCRIPTION);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text, for example {@code "russia-ministry-of-defence"}
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters
   */
  public static OrganizationId of(String value) {
    return new OrganizationId(value);
  }

  /**
   * Returns {@link ActorKind#ORGANIZATION}.
   *
   * @return {@link ActorKind#ORGANIZATION}
   */
  @Override
  public ActorKind kind() {
    return ActorKind.ORGANIZATION;
  }
}
