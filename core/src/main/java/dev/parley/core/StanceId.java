package dev.parley.core;

/**
 * Identifies a {@link Stance}.
 *
 * <p>The text is a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters, for example {@code syria-demands-turkish-withdrawal}.
 */
public final class StanceId extends TypedId<StanceId> {
  private StanceId(String value) {
    super("StanceId", value, SLUG, SLUG_DESCRIPTION);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text, for example {@code "syria-demands-turkish-withdrawal"}
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters
   */
  public static StanceId of(String value) {
    return new StanceId(value);
  }
}
