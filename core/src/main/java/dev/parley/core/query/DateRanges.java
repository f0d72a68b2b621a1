package dev.parley.core.query;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The check of a range of days that the date filters of every query ({@link MeetingQuery},
 * {@link StatementQuery}, {@link EventQuery}) make before they compare dates, which they do by
 * {@link dev.parley.core.time.FuzzyDate}'s one rule ({@code overlaps}, {@code isWithin}, {@code
 * isOnOrAfter}, {@code isOnOrBefore}).
 */
final class DateRanges {
  private DateRanges() {}

  /**
   * Checks a range's days.
   *
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  static void checkRange(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("range ends (" + to + ") before it starts (" + from
          + ")");
    }
  }
}
