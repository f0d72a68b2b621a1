package dev.parley.core;

/**
 * Identifies an {@link Article} that sources cite.
 *
 * <p>The text is a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters, for example {@code moscow-times-2023-04-25}.
 */
public final class ArticleId extends TypedId<ArticleId> {
  private ArticleId(String value) {
    super("ArticleId", value, SLUG, SLUG_DESCRIPTION);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text, for example {@code "moscow-times-2023-04-25"}
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters
   */
  public static ArticleId of(String value) {
    return new ArticleId(value);
  }
}
