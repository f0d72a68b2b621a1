package dev.parley.core;

/**
 * Identifies an {@link Event}.
 *
 * <p>The text is a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters, for example {@code russian-ambassador-assassinated-ankara-2016-12-19}.
 */
public final class EventId extends TypedId<EventId> {
  private EventId(String value) {
    super("EventId", value, SLUG, SLUG_DESCRIPTION);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text, for example {@code "russian-ambassador-assassinated-ankara-2016-12-19"}
   * @return the id
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not a lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, at most 128 characters
   */
  public static EventId of(String value) {
    return new EventId(value);
  }
}
