package dev.parley.core;

/**
 * Identifies a {@link Statement}.
 *
 * <p>The text is a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters, for example {@code akar-on-territorial-integrity-2022-12}.
 */
public final class StatementId extends TypedId<StatementId> {
  private StatementId(String value) {
    super("StatementId", value, SLUG, SLUG_DESCRIPTION);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text, for example {@code "akar-on-territorial-integrity-2022-12"}
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters
   */
  public static StatementId of(String value) {
    return new StatementId(value);
  }
}
