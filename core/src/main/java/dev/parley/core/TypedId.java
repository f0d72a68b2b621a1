package dev.parley.core;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;

/**
 * The common shape of Parley's typed identifiers: a validated string value, compared and
 * ordered by that value, and never equal to an id of another kind with the same text.
 *
 * <p>Typed ids keep a meeting id from being passed where an official id is expected. Each kind
 * has a static {@code of(String)} factory that validates the text; {@link #value()} gives it
 * back unchanged, and so does {@link #toString()} but for actors' ids, which it prefixes with
 * their kind.
 *
 * @param <T> the concrete id type, for {@link Comparable}
 */
public abstract sealed class TypedId<T extends TypedId<T>> implements Comparable<T>
    permits StateId, OfficialId, OrganizationId, MeetingId, StatementId, StanceId, IssueId,
        ArticleId, EventId {

  /**
   * Lower-case slug: words of {@code a-z} and {@code 0-9} joined by single hyphens, that is
   * {@code [a-z0-9]+(-[a-z0-9]+)*}. A loop, not a regex: ids are read by the million.
   */
  static final Predicate<String> SLUG = TypedId::isSlug;

  private static boolean isSlug(String s) {
    if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    char previous = ' ';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && (c != '-' || previous == '-')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** Longest slug accepted, in characters. */
  static final int MAX_SLUG_LENGTH = 128;

  private final String value;

  TypedId(String kind, String value, Predicate<String> valid, String expected) {
    requireNonNull(value, kind);
    // Messages are built only on failure: ids are made by the million.
    if (value.length() > MAX_SLUG_LENGTH) {
      throw Checks.invalid(kind, value,
          "must be at most " + MAX_SLUG_LENGTH + " characters long");
    }
    if (!valid.test(value)) {
      throw Checks.invalid(kind, value, "must be " + expected);
    }
    this.value = value;
  }

  /** How a slug is described in error messages. */
  static final String SLUG_DESCRIPTION =
      "a lower-case slug (a-z, 0-9, words joined by single hyphens, e.g. 'sergey-lavrov')";

  /**
   * Returns the id's text, exactly as given to its factory.
   *
   * @return the id's text
   */
  public final String value() {
    return value;
  }

  /**
   * Orders ids of one kind by their text ({@link String#compareTo}), the order in which
   * {@link Chronicle} lists records.
   *
   * @param other the id to compare with
   * @return a negative number, zero or a positive number as this id sorts before, with or after
   *     {@code other}
   */
  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  /**
   * Two ids are equal when they are of the same kind and have the same text.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an id of the same kind with the same text
   */
  @Override
  public final boolean equals(Object other) {
    return other == this
        || other != null
        && other.getClass() == getClass()
        && ((TypedId<?>) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /**
   * Returns the id's text; for an actor's id ({@link StateId}, {@link OfficialId}, {@link
   * OrganizationId}), its kind as well, so that {@code official:a} and {@code organization:a}
   * print apart.
   *
   * <pre>{@code
   * MeetingId.of("moscow-2023-05-10").toString();   // "moscow-2023-05-10"
   * OfficialId.of("sergey-lavrov").toString();      // "official:sergey-lavrov"
   * StateId.of("TUR").toString();                   // "state:TUR"
   * }</pre>
   *
   * @return {@link #value()}, or for an actor's id {@link ActorRef#toRefString()}
   */
  @Override
  public final String toString() {
    return this instanceof ActorRef ? ((ActorRef) this).toRefString() : value;
  }
}
