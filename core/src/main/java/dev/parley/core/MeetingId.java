package dev.parley.core;

/**
 * Identifies a {@link Meeting}.
 *
 * <p>The text is a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters, for example {@code moscow-quadrilateral-foreign-ministers-2023-05-10}.
 */
public final class MeetingId extends TypedId<MeetingId> {
  private MeetingId(String value) {
    super("MeetingId", value, SLUG, SLUG_DESCRIPTION);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text, for example {@code "moscow-quadrilateral-foreign-ministers-2023-05-10"}
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters
   */
  public static MeetingId of(String value) {
    return new MeetingId(value);
  }
}
