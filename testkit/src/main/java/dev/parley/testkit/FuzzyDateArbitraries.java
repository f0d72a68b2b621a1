package dev.parley.testkit;

import dev.parley.core.time.FuzzyDate.Qualifier;
import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of {@link FuzzyDate} values and of EDTF texts, for property tests.
 *
 * <p>Every generator covers every accepted shape: years, months, days, the four seasons, all
 * qualifiers, unspecified digits ({@code 201X}, {@code 20XX}, {@code 2004-XX},
 * {@code 2004-XX-XX}, {@code 1985-04-XX}) and intervals with dated, open ({@code ..}) and
 * unknown (empty) ends. Values shrink toward the simplest date, {@code 2000} (or the year of the
 * range nearest to it), then toward simple intervals such as {@code 2000/2000}.
 *
 * <p>Texts are built here from their parts, independently of {@link FuzzyDate#parse}, and the
 * days they denote are worked out here too, so that intervals are always in order (their start's
 * earliest day is not after their end's latest day). The {@code FuzzyDate} generators parse those
 * texts.
 *
 * <pre>{@code
 * @Property
 * void roundTrips(@ForAll("dates") FuzzyDate d) {
 *   assertEquals(d, FuzzyDate.parse(d.toString()));
 * }
 *
 * @Provide
 * Arbitrary<FuzzyDate> dates() {
 *   return FuzzyDateArbitraries.fuzzyDates(Year.of(1900), Year.of(2100));
 * }
 * }</pre>
 */
public final class FuzzyDateArbitraries {

  /** The first year {@link FuzzyDate} accepts, and the default lower bound: {@code 0000}. */
  public static final Year MIN_YEAR = Year.of(0);

  /** The last year {@link FuzzyDate} accepts, and the default upper bound: {@code 9999}. */
  public static final Year MAX_YEAR = Year.of(9999);

  /** The year generated years shrink toward, when in range. */
  private static final int SIMPLEST_YEAR = 2000;

  /** Characters that mutations insert or substitute, besides arbitrary ones. */
  private static final String EDTF_CHARACTERS = "0123456789Xx-/.?~%T ";

  private FuzzyDateArbitraries() {}

  // ---------------------------------------------------------------------------------------------
  // Values

  /**
   * Single dates (not intervals) of every shape, with years from {@code 0000} to {@code 9999}.
   *
   * <pre>{@code
   * FuzzyDateArbitraries.singleDates().sample(); // e.g. 1985-04-XX~
   * }</pre>
   *
   * @return an arbitrary of single dates, shrinking toward {@code 2000}
   */
  public static Arbitrary<FuzzyDate> singleDates() {
    return singleDates(MIN_YEAR, MAX_YEAR);
  }

  /**
   * Single dates (not intervals) of every shape whose written year lies in a range.
   *
   * <pre>{@code
   * FuzzyDateArbitraries.singleDates(Year.of(1990), Year.of(2030)).sample(); // e.g. 2023-24?
   * }</pre>
   *
   * @param min the first year to write
   * @param max the last year to write
   * @return an arbitrary of single dates; the range bounds the written year, so {@code 203X}
   *     (2030 to 2039) and a winter such as {@code 2030-24} (into 2031) may denote days past
   *     {@code max}
   * @throws IllegalArgumentException if the range is empty or not within 0000-9999
   * @throws NullPointerException if either year is null
   */
  public static Arbitrary<FuzzyDate> singleDates(Year min, Year max) {
    return singleDateStrings(min, max).map(FuzzyDate::parse);
  }

  /**
   * Intervals of every shape, with years from {@code 0000} to {@code 9999}.
   *
   * <pre>{@code
   * FuzzyDateArbitraries.intervals().sample(); // e.g. 2004-06~/2004-06-11%, or ../201X
   * }</pre>
   *
   * @return an arbitrary of intervals, shrinking toward {@code 2000/2000}
   */
  public static Arbitrary<FuzzyDate> intervals() {
    return intervals(MIN_YEAR, MAX_YEAR);
  }

  /**
   * Intervals of every shape whose ends' written years lie in a range.
   *
   * <pre>{@code
   * FuzzyDateArbitraries.intervals(Year.of(2000), Year.of(2010)).sample(); // e.g. 2003-05/..
   * }</pre>
   *
   * @param min the first year to write
   * @param max the last year to write
   * @return an arbitrary of intervals with ends as {@link #singleDates(Year, Year)} generates them
   * @throws IllegalArgumentException if the range is empty or not within 0000-9999
   * @throws NullPointerException if either year is null
   */
  public static Arbitrary<FuzzyDate> intervals(Year min, Year max) {
    return intervalStrings(min, max).map(FuzzyDate::parse);
  }

  /**
   * Single dates and intervals of every shape, with years from {@code 0000} to {@code 9999}.
   *
   * <pre>{@code
   * FuzzyDateArbitraries.fuzzyDates().sample(); // e.g. 2023-21? or 1999/2000-XX
   * }</pre>
   *
   * @return an arbitrary of {@code FuzzyDate}s, shrinking toward {@code 2000}
   */
  public static Arbitrary<FuzzyDate> fuzzyDates() {
    return fuzzyDates(MIN_YEAR, MAX_YEAR);
  }

  /**
   * Single dates and intervals of every shape whose written years lie in a range; about three in
   * five are single dates.
   *
   * <pre>{@code
   * FuzzyDateArbitraries.fuzzyDates(Year.of(1945), Year.of(2030)).sample();
   * }</pre>
   *
   * @param min the first year to write
   * @param max the last year to write
   * @return an arbitrary of {@code FuzzyDate}s, shrinking toward the simplest single date
   * @throws IllegalArgumentException if the range is empty or not within 0000-9999
   * @throws NullPointerException if either year is null
   */
  public static Arbitrary<FuzzyDate> fuzzyDates(Year min, Year max) {
    return validEdtfStrings(min, max).map(FuzzyDate::parse);
  }

  /**
   * Qualifiers, {@link Qualifier#NONE} more often than each of the others.
   *
   * <pre>{@code
   * FuzzyDateArbitraries.qualifiers().sample(); // e.g. APPROXIMATE
   * }</pre>
   *
   * @return an arbitrary of qualifiers, shrinking toward {@link Qualifier#NONE}
   */
  public static Arbitrary<Qualifier> qualifiers() {
    return Arbitraries.frequency(
        List.of(
            Tuple.of(4, Qualifier.NONE),
            Tuple.of(1, Qualifier.UNCERTAIN),
            Tuple.of(1, Qualifier.APPROXIMATE),
            Tuple.of(1, Qualifier.UNCERTAIN_AND_APPROXIMATE)));
  }

  /**
   * Days that probe a date's edges: its earliest and latest days, its interval ends' latest start
   * and earliest end days, a day or two either side of each, and {@link LocalDate#MIN} and
   * {@link LocalDate#MAX}. Useful for {@link FuzzyDate#mayInclude} and
   * {@link FuzzyDate#certainlyIncludes}.
   *
   * <pre>{@code
   * FuzzyDateArbitraries.daysAround(FuzzyDate.parse("2023-05")).sample(); // e.g. 2023-06-01
   * }</pre>
   *
   * @param date the date to probe
   * @return an arbitrary of days near the edges of {@code date}
   * @throws NullPointerException if {@code date} is null
   */
  public static Arbitrary<LocalDate> daysAround(FuzzyDate date) {
    Objects.requireNonNull(date, "date");
    List<LocalDate> anchors = new ArrayList<>();
    addFinite(anchors, date.earliest());
    addFinite(anchors, date.latest());
    date.start().ifPresent(s -> addFinite(anchors, s.latest()));
    date.end().ifPresent(e -> addFinite(anchors, e.earliest()));
    Arbitrary<LocalDate> near =
        Combinators.combine(Arbitraries.of(anchors), Arbitraries.longs().between(-2, 2))
            .as(LocalDate::plusDays);
    return Arbitraries.frequencyOf(
        List.of(
            Tuple.of(9, near), Tuple.of(1, Arbitraries.of(LocalDate.MIN, LocalDate.MAX))));
  }

  // ---------------------------------------------------------------------------------------------
  // Texts

  /**
   * Valid EDTF texts of every accepted shape, single dates and intervals, with years from
   * {@code 0000} to {@code 9999}.
   *
   * <pre>{@code
   * FuzzyDateArbitraries.validEdtfStrings().sample(); // e.g. "2022-12/.." or "20XX%"
   * }</pre>
   *
   * @return an arbitrary of texts that {@link FuzzyDate#parse} accepts, shrinking toward
   *     {@code "2000"}
   */
  public static Arbitrary<String> validEdtfStrings() {
    return validEdtfStrings(MIN_YEAR, MAX_YEAR);
  }

  /**
   * Valid EDTF texts of every accepted shape whose written years lie in a range; about three in
   * five are single dates.
   *
   * <pre>{@code
   * Arbitrary<String> texts = FuzzyDateArbitraries.validEdtfStrings(Year.of(2000), Year.of(2001));
   * texts.sample(); // e.g. "2001-23~"
   * }</pre>
   *
   * @param min the first year to write
   * @param max the last year to write
   * @return an arbitrary of texts that {@link FuzzyDate#parse} accepts
   * @throws IllegalArgumentException if the range is empty or not within 0000-9999
   * @throws NullPointerException if either year is null
   */
  public static Arbitrary<String> validEdtfStrings(Year min, Year max) {
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(3, singleDateStrings(min, max)), Tuple.of(2, intervalStrings(min, max))));
  }

  /**
   * Valid texts of single dates (not intervals) whose written year lies in a range.
   *
   * <pre>{@code
   * Arbitrary<String> texts = FuzzyDateArbitraries.singleDateStrings(Year.of(1985), Year.of(1985));
   * texts.sample(); // e.g. "1985-XX"
   * }</pre>
   *
   * @param min the first year to write
   * @param max the last year to write
   * @return an arbitrary of single-date texts, shrinking toward {@code "2000"}
   * @throws IllegalArgumentException if the range is empty or not within 0000-9999
   * @throws NullPointerException if either year is null
   */
  public static Arbitrary<String> singleDateStrings(Year min, Year max) {
    return singles(min, max).map(Single::text);
  }

  /**
   * Valid texts of intervals whose ends' written years lie in a range: each end a single date,
   * {@code ..} or empty, at least one a date, in order.
   *
   * <pre>{@code
   * Arbitrary<String> texts = FuzzyDateArbitraries.intervalStrings(Year.of(2004), Year.of(2004));
   * texts.sample(); // e.g. "/2004-06?"
   * }</pre>
   *
   * @param min the first year to write
   * @param max the last year to write
   * @return an arbitrary of interval texts, shrinking toward {@code "2000/2000"}
   * @throws IllegalArgumentException if the range is empty or not within 0000-9999
   * @throws NullPointerException if either year is null
   */
  public static Arbitrary<String> intervalStrings(Year min, Year max) {
    Arbitrary<Single> ends = singles(min, max);
    Arbitrary<EndKind> kinds = Arbitraries.of(EndKind.class);
    return Combinators.combine(kinds, kinds, ends, ends)
        .as(
            (startKind, endKind, a, b) -> {
              if (startKind != EndKind.DATE && endKind != EndKind.DATE) {
                endKind = EndKind.DATE;
              }
              // Put dated ends in order: if a cannot come before b, then b can come before a.
              Single first = a;
              Single last = b;
              if (startKind == EndKind.DATE
                  && endKind == EndKind.DATE
                  && a.earliest().isAfter(b.latest())) {
                first = b;
                last = a;
              }
              return startKind.text(first) + '/' + endKind.text(last);
            });
  }

  /**
   * Texts one edit away from a valid EDTF text: one character inserted, deleted or replaced, the
   * character mostly one that occurs in EDTF (or {@code x}, {@code T}, a space), sometimes any.
   * Some are valid, most are not: for checking that a parser fails cleanly.
   *
   * <pre>{@code
   * FuzzyDateArbitraries.mutatedEdtfStrings().sample(); // e.g. "2023-1305" or "2023-0/"
   * }</pre>
   *
   * @return an arbitrary of texts near valid ones
   */
  public static Arbitrary<String> mutatedEdtfStrings() {
    Arbitrary<Character> characters =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(9, Arbitraries.of(EDTF_CHARACTERS.toCharArray())),
                Tuple.of(1, Arbitraries.chars())));
    return validEdtfStrings()
        .flatMap(
            valid ->
                Combinators.combine(
                        Arbitraries.of(Edit.class),
                        Arbitraries.integers().between(0, valid.length()),
                        characters)
                    .as((edit, index, c) -> edit.apply(valid, index, c)));
  }

  // ---------------------------------------------------------------------------------------------
  // Parts

  private static Arbitrary<Single> singles(Year min, Year max) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (min.isBefore(MIN_YEAR) || max.isAfter(MAX_YEAR) || min.isAfter(max)) {
      throw new IllegalArgumentException(
          "need " + MIN_YEAR + " <= min <= max <= " + MAX_YEAR + ", not " + min + ".." + max);
    }
    int from = min.getValue();
    int to = max.getValue();
    Arbitrary<Integer> years =
        Arbitraries.integers()
            .between(from, to)
            .shrinkTowards(Math.max(from, Math.min(to, SIMPLEST_YEAR)));
    return Combinators.combine(
            Arbitraries.of(Shape.class),
            years,
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(21, 24),
            Arbitraries.integers().between(1, 31),
            qualifiers())
        .as(Single::new);
  }

  private static void addFinite(List<LocalDate> anchors, LocalDate day) {
    if (!day.equals(LocalDate.MIN) && !day.equals(LocalDate.MAX)) {
      anchors.add(day);
    }
  }

  /** The shapes of a single date, simplest first (jqwik shrinks toward the first). */
  private enum Shape {
    /** {@code 2023}. */
    YEAR,
    /** {@code 2023-05}. */
    MONTH,
    /** {@code 2023-05-10}. */
    DAY,
    /** {@code 2023-21} to {@code 2023-24}. */
    SEASON,
    /** {@code 202X}. */
    DECADE,
    /** {@code 20XX}. */
    CENTURY,
    /** {@code 2004-XX}. */
    UNSPECIFIED_MONTH,
    /** {@code 2004-XX-XX}. */
    UNSPECIFIED_MONTH_AND_DAY,
    /** {@code 1985-04-XX}. */
    UNSPECIFIED_DAY
  }

  /** What one end of an interval is, simplest first. */
  private enum EndKind {
    /** A single date. */
    DATE,
    /** {@code ..}. */
    OPEN,
    /** Empty. */
    UNKNOWN;

    String text(Single date) {
      switch (this) {
        case DATE:
          return date.text();
        case OPEN:
          return "..";
        default:
          return "";
      }
    }
  }

  /** A one-character edit. */
  private enum Edit {
    /** Insert a character before the index. */
    INSERT,
    /** Delete the character at the index, if any. */
    DELETE,
    /** Replace the character at the index, if any. */
    REPLACE;

    String apply(String s, int index, char c) {
      switch (this) {
        case INSERT:
          return s.substring(0, index) + c + s.substring(index);
        case DELETE:
          // At the end, the last character.
          int at = Math.min(index, s.length() - 1);
          return s.substring(0, at) + s.substring(at + 1);
        default:
          int to = Math.min(index, s.length() - 1);
          return s.substring(0, to) + c + s.substring(to + 1);
      }
    }
  }

  /**
   * A single date by its parts, with its text and days worked out here.
   *
   * @param shape its shape
   * @param year the written year (its last digits become X in {@link Shape#DECADE} and
   *     {@link Shape#CENTURY})
   * @param month the month, used by the shapes that write one
   * @param season the season code 21-24, used by {@link Shape#SEASON}
   * @param dayOfMonth the day, clamped to the month's length, used by {@link Shape#DAY}
   * @param qualifier the qualifier
   */
  private record Single(
      Shape shape, int year, int month, int season, int dayOfMonth, Qualifier qualifier) {

    String text() {
      String y = String.format("%04d", year);
      String m = String.format("%02d", month);
      String body;
      switch (shape) {
        case YEAR:
          body = y;
          break;
        case MONTH:
          body = y + '-' + m;
          break;
        case DAY:
          body = y + '-' + m + '-' + String.format("%02d", day().getDayOfMonth());
          break;
        case SEASON:
          body = y + '-' + season;
          break;
        case DECADE:
          body = y.substring(0, 3) + "X";
          break;
        case CENTURY:
          body = y.substring(0, 2) + "XX";
          break;
        case UNSPECIFIED_MONTH:
          body = y + "-XX";
          break;
        case UNSPECIFIED_MONTH_AND_DAY:
          body = y + "-XX-XX";
          break;
        default:
          body = y + '-' + m + "-XX";
          break;
      }
      return body + qualifier.symbol();
    }

    LocalDate earliest() {
      switch (shape) {
        case MONTH:
        case UNSPECIFIED_DAY:
          return LocalDate.of(year, month, 1);
        case DAY:
          return day();
        case SEASON:
          return LocalDate.of(year, 3 * (season - 20), 1);
        case DECADE:
          return LocalDate.of(year - year % 10, 1, 1);
        case CENTURY:
          return LocalDate.of(year - year % 100, 1, 1);
        default:
          return LocalDate.of(year, 1, 1);
      }
    }

    LocalDate latest() {
      switch (shape) {
        case MONTH:
        case UNSPECIFIED_DAY:
          return YearMonth.of(year, month).atEndOfMonth();
        case DAY:
          return day();
        case SEASON:
          // Three months from the season's first: spring Mar-May .. winter Dec-Feb.
          return YearMonth.from(earliest()).plusMonths(2).atEndOfMonth();
        case DECADE:
          return LocalDate.of(year - year % 10 + 9, 12, 31);
        case CENTURY:
          return LocalDate.of(year - year % 100 + 99, 12, 31);
        default:
          return LocalDate.of(year, 12, 31);
      }
    }

    private LocalDate day() {
      YearMonth ym = YearMonth.of(year, month);
      return ym.atDay(Math.min(dayOfMonth, ym.lengthOfMonth()));
    }
  }
}
