package dev.parley.core.query;

import static java.util.Objects.requireNonNull;

import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;

/**
 * How the date filters of every query ({@link MeetingQuery}, {@link StatementQuery}, {@link
 * EventQuery}) compare a record's uncertain date with a range of days: one definition, so that
 * meetings, statements and events answer {@code overlapping}, {@code within} and {@code since}
 * alike. See the {@linkplain dev.parley.core.query package documentation}.
 */
final class DateRanges {
  private DateRanges() {}

  /** Whether {@code date} may fall within {@code [from, to]}. */
  static boolean mayOverlap(FuzzyDate date, LocalDate from, LocalDate to) {
    return !date.earliest().isAfter(to) && !date.latest().isBefore(from);
  }

  /** Whether {@code date} certainly falls within {@code [from, to]}. */
  static boolean certainlyWithin(FuzzyDate date, LocalDate from, LocalDate to) {
    return !date.earliest().isBefore(from) && !date.latest().isAfter(to);
  }

  /** Whether {@code date} is certainly on or after {@code day}. */
  static boolean certainlySince(FuzzyDate date, LocalDate day) {
    return !date.earliest().isBefore(day);
  }

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
