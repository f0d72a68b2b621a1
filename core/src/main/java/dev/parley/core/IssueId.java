package dev.parley.core;

/**
 * Identifies an {@link Issue} of the controlled vocabulary.
 *
 * <p>The text is a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters, for example {@code syria-territorial-integrity}.
 */
public final class IssueId extends TypedId<IssueId> {
  private IssueId(String value) {
    super("IssueId", value, SLUG, SLUG_DESCRIPTION);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text, for example {@code "syria-territorial-integrity"}
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters
   */
  public static IssueId of(String value) {
    return new IssueId(value);
  }
}
