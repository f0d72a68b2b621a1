package dev.parley.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * An uncertain calendar date, as reported in the news, in the Extended Date/Time Format (EDTF,
 * ISO 8601-2): level 0 plus the level-1 qualifiers, unspecified digits, seasons and intervals
 * with open or unknown ends.
 *
 * <p>A {@code FuzzyDate} is an immutable, thread-safe value. Its {@link #toString() text} is its
 * identity: {@code FuzzyDate.parse(s).toString().equals(s)} for every accepted {@code s}, and two
 * values are equal exactly when their texts are.
 *
 * <pre>{@code
 * FuzzyDate d = FuzzyDate.parse("2004-06~/2004-06-11%");
 * d.earliest();     // 2004-06-01
 * d.latest();       // 2004-06-11
 * d.isApproximate() // true
 * }</pre>
 *
 * <h2>Accepted forms</h2>
 *
 * <table class="striped">
 *   <caption>The accepted EDTF forms and the days they denote</caption>
 *   <thead>
 *     <tr><th scope="col">Form</th><th scope="col">Example</th><th scope="col">Days</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">year</th><td>{@code 2023}</td><td>2023-01-01 to 2023-12-31</td></tr>
 *     <tr><th scope="row">month</th><td>{@code 2023-05}</td><td>2023-05-01 to 2023-05-31</td></tr>
 *     <tr><th scope="row">day</th><td>{@code 2024-02-29}</td><td>that day</td></tr>
 *     <tr><th scope="row">season</th><td>{@code 2023-21} .. {@code 2023-24}</td>
 *         <td>see below</td></tr>
 *     <tr><th scope="row">qualified</th><td>{@code 2023-05?}, {@code 2023~}, {@code 2023-21%}</td>
 *         <td>as without the qualifier</td></tr>
 *     <tr><th scope="row">unspecified year digits</th><td>{@code 201X}, {@code 20XX}</td>
 *         <td>2010-01-01 to 2019-12-31; 2000-01-01 to 2099-12-31</td></tr>
 *     <tr><th scope="row">unspecified month or day</th>
 *         <td>{@code 2004-XX}, {@code 2004-XX-XX}, {@code 1985-04-XX}</td>
 *         <td>the year 2004; the year 2004; April 1985</td></tr>
 *     <tr><th scope="row">interval</th>
 *         <td>{@code 2023-01/2023-02}, {@code 2022-12/..}, {@code /2023-05-10}</td>
 *         <td>from its start's earliest to its end's latest day</td></tr>
 *   </tbody>
 * </table>
 *
 * <p><b>Years</b> are exactly four digits, {@code 0000} to {@code 9999}: negative years, years
 * with more than four digits ({@code Y} prefix) and significant digits are not supported. Only the
 * last one or two digits of a year may be unspecified ({@code X}, uppercase), and then the year
 * stands alone: {@code 201X-05} and {@code 2XXX} are rejected. An unspecified month needs an
 * unspecified day or none ({@code 1985-XX-05} is rejected).
 *
 * <p><b>Seasons</b> (codes 21 to 24) are read as Northern-hemisphere meteorological seasons:
 * spring {@code -21} is 1 March to 31 May, summer {@code -22} is 1 June to 31 August, autumn
 * {@code -23} is 1 September to 30 November, and winter {@code -24} is 1 December of its year to
 * the last day of February of the next year (so {@code 9999-24} ends on 10000-02-29).
 *
 * <p><b>Qualifiers</b> ({@code ?} uncertain, {@code ~} approximate, {@code %} both) follow a whole
 * date and do not widen its bounds; they are reported by {@link #qualifier()},
 * {@link #isUncertain()} and {@link #isApproximate()}.
 *
 * <p><b>Intervals</b> are {@code start/end}, where each end is a single date of any form above
 * (with its own qualifier), {@code ..} (open: the interval extends without limit on that side) or
 * empty (unknown). At least one end must be a date, and the start's earliest day must not be after
 * the end's latest day.
 *
 * <p>Only days are supported: times of day ({@code T...}) are rejected, and so is anything beyond
 * the forms above.
 *
 * <h2>Ordering and filtering: open and unknown ends</h2>
 *
 * <p>An open end ({@code ..}) and an unknown end (empty) mean different things, and Parley's
 * ordering and date filters treat them differently, in one place: {@link #earliestDay()} and
 * {@link #latestDay()}, the days a date <em>counts for</em>.
 *
 * <ul>
 *   <li><b>Open</b> ({@code ..}): the interval runs without limit on that side. {@code
 *       2022-12/..} counts for every day from 1 December 2022 on ({@code latestDay()} is {@link
 *       LocalDate#MAX}); {@code ../2023-05} for every day up to 31 May 2023.
 *   <li><b>Unknown</b> (empty): the source does not say; the interval is certain only at its
 *       known end, so it counts as that known end alone. {@code /2023-01-11?} counts for
 *       11 January 2023 only, {@code 2023-05/} for May 2023 only. (Its {@link #earliest()} and
 *       {@link #latest()}, what it <em>may</em> denote, stay unbounded.)
 *   <li>A single date, and each dated end, counts for all of its days: {@code 2023-05} for 1 to
 *       31 May 2023. Qualifiers do not change this.
 * </ul>
 *
 * <p>On these days rest {@link #compareTo} (by {@code earliestDay()}, then {@code latestDay()},
 * then the text: a total order consistent with {@code equals}), {@link #overlaps}, {@link
 * #isWithin}, {@link #isOnOrAfter} and {@link #isOnOrBefore}. Every query of {@code
 * dev.parley.core.query} filters and orders dates through them.
 *
 * <pre>{@code
 * FuzzyDate d = FuzzyDate.parse("/2023-01-11?");
 * d.earliest();                                   // LocalDate.MIN: it may have begun any time
 * d.earliestDay();                                // 2023-01-11: it counts as its known end
 * d.overlaps(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31)); // false
 * d.isOnOrAfter(LocalDate.of(2023, 1, 1));        // true
 * d.compareTo(FuzzyDate.parse("2016")) > 0;       // true
 * }</pre>
 */
public final class FuzzyDate implements Comparable<FuzzyDate> {

  /**
   * How sure the source is of a single date: the EDTF level-1 qualifier that may follow it.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-05~").qualifier(); // APPROXIMATE
   * }</pre>
   */
  public enum Qualifier {
    /** No qualifier: {@code 2023}. */
    NONE(""),
    /** Uncertain, perhaps wrong: {@code 2023?}. */
    UNCERTAIN("?"),
    /** Approximate, about that date: {@code 2023~}. */
    APPROXIMATE("~"),
    /** Both uncertain and approximate: {@code 2023%}. */
    UNCERTAIN_AND_APPROXIMATE("%");

    private final String symbol;

    Qualifier(String symbol) {
      this.symbol = symbol;
    }

    /**
     * The EDTF symbol that follows a qualified date.
     *
     * <pre>{@code
     * Qualifier.UNCERTAIN_AND_APPROXIMATE.symbol(); // "%"
     * }</pre>
     *
     * @return {@code ""}, {@code "?"}, {@code "~"} or {@code "%"}
     */
    public String symbol() {
      return symbol;
    }

    boolean uncertain() {
      return this == UNCERTAIN || this == UNCERTAIN_AND_APPROXIMATE;
    }

    boolean approximate() {
      return this == APPROXIMATE || this == UNCERTAIN_AND_APPROXIMATE;
    }

    static Qualifier ofSymbol(char c) {
      switch (c) {
        case '?':
          return UNCERTAIN;
        case '~':
          return APPROXIMATE;
        case '%':
          return UNCERTAIN_AND_APPROXIMATE;
        default:
          return null;
      }
    }
  }

  /** What stands at one end of an interval. */
  private enum Bound {
    /** A single date. */
    DATE(null),
    /** {@code ..}: no limit. */
    OPEN(".."),
    /** Empty: not known. */
    UNKNOWN("");

    final String text;

    Bound(String text) {
      this.text = text;
    }
  }

  private final String text;
  private final LocalDate earliest;
  private final LocalDate latest;
  /** For a single date its qualifier; {@link Qualifier#NONE} for an interval. */
  private final Qualifier qualifier;
  /** For a single date whether it has an X; for an interval whether either end has. */
  private final boolean unspecified;
  /** For an interval whether either end is uncertain; for a single date its qualifier says. */
  private final boolean uncertain;
  /** For an interval whether either end is approximate; for a single date its qualifier says. */
  private final boolean approximate;
  /** Null for a single date. */
  private final Bound startBound;
  private final Bound endBound;
  /** The interval's dated ends, or null. */
  private final FuzzyDate start;
  private final FuzzyDate end;

  /** A single date. */
  private FuzzyDate(
      String text, Qualifier qualifier, boolean unspecified, LocalDate earliest, LocalDate latest) {
    this.text = text;
    this.qualifier = qualifier;
    this.unspecified = unspecified;
    this.uncertain = qualifier.uncertain();
    this.approximate = qualifier.approximate();
    this.earliest = earliest;
    this.latest = latest;
    this.startBound = null;
    this.endBound = null;
    this.start = null;
    this.end = null;
  }

  /** An interval; at least one end is a date, and they are in order. */
  private FuzzyDate(String text, Bound startBound, FuzzyDate start, Bound endBound, FuzzyDate end) {
    this.text = text;
    this.qualifier = Qualifier.NONE;
    this.startBound = startBound;
    this.endBound = endBound;
    this.start = start;
    this.end = end;
    this.unspecified =
        (start != null && start.unspecified) || (end != null && end.unspecified);
    this.uncertain = (start != null && start.uncertain) || (end != null && end.uncertain);
    this.approximate = (start != null && start.approximate) || (end != null && end.approximate);
    this.earliest = start == null ? LocalDate.MIN : start.earliest;
    this.latest = end == null ? LocalDate.MAX : end.latest;
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /**
   * Reads an EDTF date or interval in one of the {@linkplain FuzzyDate accepted forms}.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-05-10~");  // approximately 10 May 2023
   * FuzzyDate.parse("2022-12/..");   // from December 2022 on
   * FuzzyDate.parse("2023-13");      // throws: Text '2023-13' could not be parsed at index 5:
   *                                  //         month must be 01-12
   * }</pre>
   *
   * @param text the EDTF text, exactly; no surrounding whitespace
   * @return the date or interval, whose {@link #toString()} equals {@code text}
   * @throws DateTimeParseException if {@code text} is not an accepted form; its
   *     {@link DateTimeParseException#getErrorIndex() error index} is that of the first character
   *     that cannot be part of an accepted text (its length if the text ends too soon), and its
   *     message gives the text (the first 64 characters of a longer one) and the reason
   * @throws NullPointerException if {@code text} is null
   */
  public static FuzzyDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new Parser(text).parse();
  }

  /**
   * A single day.
   *
   * <pre>{@code
   * FuzzyDate.of(LocalDate.of(2023, 5, 10)).toString(); // "2023-05-10"
   * }</pre>
   *
   * @param day the day
   * @return the day as a {@code FuzzyDate}, with no qualifier
   * @throws DateTimeException if the day's year is not in 0000-9999
   * @throws NullPointerException if {@code day} is null
   */
  public static FuzzyDate of(LocalDate day) {
    Objects.requireNonNull(day, "day");
    checkYear(day.getYear());
    StringBuilder b = new StringBuilder(10);
    appendYear(b, day.getYear());
    append2(b.append('-'), day.getMonthValue());
    append2(b.append('-'), day.getDayOfMonth());
    return new FuzzyDate(b.toString(), Qualifier.NONE, false, day, day);
  }

  /**
   * A single month.
   *
   * <pre>{@code
   * FuzzyDate.of(YearMonth.of(2023, 5)).toString(); // "2023-05"
   * }</pre>
   *
   * @param month the month
   * @return the month as a {@code FuzzyDate}, with no qualifier
   * @throws DateTimeException if the month's year is not in 0000-9999
   * @throws NullPointerException if {@code month} is null
   */
  public static FuzzyDate of(YearMonth month) {
    Objects.requireNonNull(month, "month");
    checkYear(month.getYear());
    StringBuilder b = new StringBuilder(7);
    appendYear(b, month.getYear());
    append2(b.append('-'), month.getMonthValue());
    return new FuzzyDate(
        b.toString(), Qualifier.NONE, false, month.atDay(1), month.atEndOfMonth());
  }

  /**
   * A single year.
   *
   * <pre>{@code
   * FuzzyDate.of(Year.of(2023)).toString(); // "2023"
   * }</pre>
   *
   * @param year the year
   * @return the year as a {@code FuzzyDate}, with no qualifier
   * @throws DateTimeException if the year is not in 0000-9999
   * @throws NullPointerException if {@code year} is null
   */
  public static FuzzyDate of(Year year) {
    Objects.requireNonNull(year, "year");
    checkYear(year.getValue());
    StringBuilder b = new StringBuilder(4);
    appendYear(b, year.getValue());
    return new FuzzyDate(
        b.toString(),
        Qualifier.NONE,
        false,
        LocalDate.of(year.getValue(), 1, 1),
        LocalDate.of(year.getValue(), 12, 31));
  }

  /**
   * The interval from {@code start} to {@code end}.
   *
   * <pre>{@code
   * FuzzyDate.interval(FuzzyDate.parse("2023-01"), FuzzyDate.parse("2023-02~")).toString();
   * // "2023-01/2023-02~"
   * }</pre>
   *
   * @param start the first date, a single date
   * @param end the last date, a single date
   * @return the interval {@code start/end}
   * @throws DateTimeException if either argument is an interval, or if {@code start}'s earliest
   *     day is after {@code end}'s latest day
   * @throws NullPointerException if either argument is null
   */
  public static FuzzyDate interval(FuzzyDate start, FuzzyDate end) {
    requireSingle(start, "start");
    requireSingle(end, "end");
    if (start.earliest.isAfter(end.latest)) {
      throw new DateTimeException(orderMessage(start, end));
    }
    return new FuzzyDate(start.text + '/' + end.text, Bound.DATE, start, Bound.DATE, end);
  }

  /**
   * The interval from {@code start} on, without limit ({@code start/..}).
   *
   * <pre>{@code
   * FuzzyDate.openEnd(FuzzyDate.parse("2022-12")).toString(); // "2022-12/.."
   * }</pre>
   *
   * @param start the first date, a single date
   * @return the interval {@code start/..}
   * @throws DateTimeException if {@code start} is an interval
   * @throws NullPointerException if {@code start} is null
   */
  public static FuzzyDate openEnd(FuzzyDate start) {
    requireSingle(start, "start");
    return new FuzzyDate(start.text + "/..", Bound.DATE, start, Bound.OPEN, null);
  }

  /**
   * The interval without limit up to {@code end} ({@code ../end}).
   *
   * <pre>{@code
   * FuzzyDate.openStart(FuzzyDate.parse("2023-05")).toString(); // "../2023-05"
   * }</pre>
   *
   * @param end the last date, a single date
   * @return the interval {@code ../end}
   * @throws DateTimeException if {@code end} is an interval
   * @throws NullPointerException if {@code end} is null
   */
  public static FuzzyDate openStart(FuzzyDate end) {
    requireSingle(end, "end");
    return new FuzzyDate("../" + end.text, Bound.OPEN, null, Bound.DATE, end);
  }

  /**
   * The interval from {@code start} to an unknown end ({@code start/}).
   *
   * <pre>{@code
   * FuzzyDate.unknownEnd(FuzzyDate.parse("2023-05-10")).toString(); // "2023-05-10/"
   * }</pre>
   *
   * @param start the first date, a single date
   * @return the interval {@code start/}
   * @throws DateTimeException if {@code start} is an interval
   * @throws NullPointerException if {@code start} is null
   */
  public static FuzzyDate unknownEnd(FuzzyDate start) {
    requireSingle(start, "start");
    return new FuzzyDate(start.text + '/', Bound.DATE, start, Bound.UNKNOWN, null);
  }

  /**
   * The interval from an unknown start to {@code end} ({@code /end}).
   *
   * <pre>{@code
   * FuzzyDate.unknownStart(FuzzyDate.parse("2023-05-10")).toString(); // "/2023-05-10"
   * }</pre>
   *
   * @param end the last date, a single date
   * @return the interval {@code /end}
   * @throws DateTimeException if {@code end} is an interval
   * @throws NullPointerException if {@code end} is null
   */
  public static FuzzyDate unknownStart(FuzzyDate end) {
    requireSingle(end, "end");
    return new FuzzyDate('/' + end.text, Bound.UNKNOWN, null, Bound.DATE, end);
  }

  /**
   * This single date with another qualifier in place of its own.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-05?").withQualifier(Qualifier.APPROXIMATE).toString(); // "2023-05~"
   * FuzzyDate.parse("2023-05?").withQualifier(Qualifier.NONE).toString();        // "2023-05"
   * }</pre>
   *
   * @param q the new qualifier, {@link Qualifier#NONE} to remove it
   * @return the same date with qualifier {@code q}
   * @throws DateTimeException if this is an interval (qualify its ends instead)
   * @throws NullPointerException if {@code q} is null
   */
  public FuzzyDate withQualifier(Qualifier q) {
    Objects.requireNonNull(q, "q");
    if (isInterval()) {
      throw new DateTimeException(
          "withQualifier applies to a single date, not to the interval " + text);
    }
    if (q == qualifier) {
      return this;
    }
    String base = qualifier == Qualifier.NONE ? text : text.substring(0, text.length() - 1);
    return new FuzzyDate(base + q.symbol(), q, unspecified, earliest, latest);
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors

  /**
   * The qualifier of this single date.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023%").qualifier();          // UNCERTAIN_AND_APPROXIMATE
   * FuzzyDate.parse("2023?/2024").qualifier();     // NONE: see start() and end()
   * }</pre>
   *
   * @return the qualifier; {@link Qualifier#NONE} for an interval, whose ends carry their own
   */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * Whether this date, or either end of this interval, is marked uncertain ({@code ?} or
   * {@code %}).
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-05?").isUncertain();     // true
   * FuzzyDate.parse("2023/2024%").isUncertain();   // true
   * FuzzyDate.parse("2023~").isUncertain();        // false
   * }</pre>
   *
   * @return true if a {@code ?} or {@code %} qualifier is present
   */
  public boolean isUncertain() {
    return uncertain;
  }

  /**
   * Whether this date, or either end of this interval, is marked approximate ({@code ~} or
   * {@code %}).
   *
   * <pre>{@code
   * FuzzyDate.parse("2023~").isApproximate();      // true
   * FuzzyDate.parse("2023?").isApproximate();      // false
   * }</pre>
   *
   * @return true if a {@code ~} or {@code %} qualifier is present
   */
  public boolean isApproximate() {
    return approximate;
  }

  /**
   * Whether this date, or either end of this interval, has unspecified digits ({@code X}).
   *
   * <pre>{@code
   * FuzzyDate.parse("201X").hasUnspecifiedDigits();           // true
   * FuzzyDate.parse("2001/1985-04-XX").hasUnspecifiedDigits(); // true
   * FuzzyDate.parse("2019").hasUnspecifiedDigits();           // false
   * }</pre>
   *
   * @return true if the text has an {@code X}
   */
  public boolean hasUnspecifiedDigits() {
    return unspecified;
  }

  /**
   * Whether this is an interval ({@code start/end}) rather than a single date.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023/..").isInterval(); // true
   * FuzzyDate.parse("2023").isInterval();    // false
   * }</pre>
   *
   * @return true for an interval
   */
  public boolean isInterval() {
    return startBound != null;
  }

  /**
   * The start of this interval, or this single date itself.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-01~/2023-02").start(); // Optional[2023-01~]
   * FuzzyDate.parse("../2023-02").start();       // Optional.empty
   * FuzzyDate.parse("2023").start();             // Optional[2023]
   * }</pre>
   *
   * @return the interval's start date, empty if its start is open or unknown; for a single date,
   *     the date itself
   */
  public Optional<FuzzyDate> start() {
    return isInterval() ? Optional.ofNullable(start) : Optional.of(this);
  }

  /**
   * The end of this interval, or this single date itself.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-01/2023-02?").end(); // Optional[2023-02?]
   * FuzzyDate.parse("2023-01/").end();         // Optional.empty
   * FuzzyDate.parse("2023").end();             // Optional[2023]
   * }</pre>
   *
   * @return the interval's end date, empty if its end is open or unknown; for a single date, the
   *     date itself
   */
  public Optional<FuzzyDate> end() {
    return isInterval() ? Optional.ofNullable(end) : Optional.of(this);
  }

  /**
   * Whether this is an interval whose start is open ({@code ../end}).
   *
   * <pre>{@code
   * FuzzyDate.parse("../2023").isOpenStart(); // true
   * FuzzyDate.parse("/2023").isOpenStart();   // false: unknown, not open
   * }</pre>
   *
   * @return true if the start is {@code ..}
   */
  public boolean isOpenStart() {
    return startBound == Bound.OPEN;
  }

  /**
   * Whether this is an interval whose end is open ({@code start/..}).
   *
   * <pre>{@code
   * FuzzyDate.parse("2023/..").isOpenEnd(); // true
   * }</pre>
   *
   * @return true if the end is {@code ..}
   */
  public boolean isOpenEnd() {
    return endBound == Bound.OPEN;
  }

  /**
   * Whether this is an interval whose start is unknown ({@code /end}).
   *
   * <pre>{@code
   * FuzzyDate.parse("/2023").isUnknownStart(); // true
   * }</pre>
   *
   * @return true if the start is empty
   */
  public boolean isUnknownStart() {
    return startBound == Bound.UNKNOWN;
  }

  /**
   * Whether this is an interval whose end is unknown ({@code start/}).
   *
   * <pre>{@code
   * FuzzyDate.parse("2023/").isUnknownEnd(); // true
   * }</pre>
   *
   * @return true if the end is empty
   */
  public boolean isUnknownEnd() {
    return endBound == Bound.UNKNOWN;
  }

  /**
   * The earliest day this may denote. Qualifiers do not widen it.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-24").earliest();    // 2023-12-01
   * FuzzyDate.parse("201X").earliest();       // 2010-01-01
   * FuzzyDate.parse("../2023").earliest();    // LocalDate.MIN
   * }</pre>
   *
   * @return the first possible day; {@link LocalDate#MIN} if the start is open or unknown (for
   *     ordering and filtering, an unknown start counts as its end: see {@link #earliestDay()})
   */
  public LocalDate earliest() {
    return earliest;
  }

  /**
   * The latest day this may denote. Qualifiers do not widen it.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-24").latest();      // 2024-02-29
   * FuzzyDate.parse("201X").latest();         // 2019-12-31
   * FuzzyDate.parse("2023/").latest();        // LocalDate.MAX
   * }</pre>
   *
   * @return the last possible day; {@link LocalDate#MAX} if the end is open or unknown (for
   *     ordering and filtering, an unknown end counts as its start: see {@link #latestDay()})
   */
  public LocalDate latest() {
    return latest;
  }

  /**
   * The first day this date counts for in ordering and filtering (see {@linkplain FuzzyDate
   * Ordering and filtering}): the earliest day of the start; {@link LocalDate#MIN} if the start
   * is open; the earliest day of the end if the start is unknown. For a single date, {@link
   * #earliest()}.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-05?").earliestDay();        // 2023-05-01
   * FuzzyDate.parse("2022-12/2023-01").earliestDay(); // 2022-12-01
   * FuzzyDate.parse("../2023-01").earliestDay();      // LocalDate.MIN: open, unbounded
   * FuzzyDate.parse("/2023-01-11?").earliestDay();    // 2023-01-11: unknown, its known end
   * }</pre>
   *
   * @return the first day counted; never after {@link #latestDay()}
   */
  public LocalDate earliestDay() {
    if (startBound == Bound.UNKNOWN) {
      return end.earliest;
    }
    return earliest;
  }

  /**
   * The last day this date counts for in ordering and filtering (see {@linkplain FuzzyDate
   * Ordering and filtering}): the latest day of the end; {@link LocalDate#MAX} if the end is
   * open; the latest day of the start if the end is unknown. For a single date, {@link
   * #latest()}.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-05?").latestDay();          // 2023-05-31
   * FuzzyDate.parse("2022-12/..").latestDay();        // LocalDate.MAX: open, unbounded
   * FuzzyDate.parse("2023-05-10/").latestDay();       // 2023-05-10: unknown, its known start
   * }</pre>
   *
   * @return the last day counted; never before {@link #earliestDay()}
   */
  public LocalDate latestDay() {
    if (endBound == Bound.UNKNOWN) {
      return start.latest;
    }
    return latest;
  }

  /**
   * Whether this date counts for some day of {@code [from, to]}: {@code earliestDay() <= to} and
   * {@code latestDay() >= from}. The test behind every {@code overlapping(from, to)} query.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023").overlaps(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 1, 1));  // true
   * FuzzyDate.parse("/2023-01-11").overlaps(LocalDate.of(2012, 1, 1),
   *     LocalDate.of(2012, 12, 31));                                                       // false
   * FuzzyDate.parse("../2023").overlaps(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 1)); // true
   * }</pre>
   *
   * @param from the first day of the range
   * @param to the last day of the range, not before {@code from}
   * @return true if the days counted and the range share a day
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public boolean overlaps(LocalDate from, LocalDate to) {
    checkRange(from, to);
    return !earliestDay().isAfter(to) && !latestDay().isBefore(from);
  }

  /**
   * Whether every day this date counts for lies in {@code [from, to]}: {@code from <=
   * earliestDay()} and {@code latestDay() <= to}. The test behind every {@code within(from, to)}
   * query.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-05").isWithin(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)); // true
   * FuzzyDate.parse("2023").isWithin(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31));    // false
   * FuzzyDate.parse("2023/..").isWithin(LocalDate.of(2023, 1, 1), LocalDate.of(2999, 1, 1));   // false
   * }</pre>
   *
   * @param from the first day of the range
   * @param to the last day of the range, not before {@code from}
   * @return true if the range holds every day counted
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public boolean isWithin(LocalDate from, LocalDate to) {
    checkRange(from, to);
    return !earliestDay().isBefore(from) && !latestDay().isAfter(to);
  }

  /**
   * Whether every day this date counts for is {@code day} or later: {@code earliestDay() >=
   * day}. The test behind every {@code since(day)} query: {@code 2011} is not on or after 15
   * March 2011; {@code /2023-01-11?} is on or after 1 January 2023.
   *
   * <pre>{@code
   * FuzzyDate.parse("2011").isOnOrAfter(LocalDate.of(2011, 3, 15));          // false
   * FuzzyDate.parse("/2023-01-11?").isOnOrAfter(LocalDate.of(2023, 1, 1));   // true
   * }</pre>
   *
   * @param day the first day
   * @return true if no day counted is before {@code day}
   * @throws NullPointerException if {@code day} is null
   */
  public boolean isOnOrAfter(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !earliestDay().isBefore(day);
  }

  /**
   * Whether every day this date counts for is {@code day} or earlier: {@code latestDay() <= day}.
   * The test behind every {@code until(day)} query.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-05").isOnOrBefore(LocalDate.of(2023, 5, 31));    // true
   * FuzzyDate.parse("2023-05/..").isOnOrBefore(LocalDate.of(2999, 1, 1));  // false: open
   * FuzzyDate.parse("2023-05-10/").isOnOrBefore(LocalDate.of(2023, 5, 10)); // true: unknown end
   * }</pre>
   *
   * @param day the last day
   * @return true if no day counted is after {@code day}
   * @throws NullPointerException if {@code day} is null
   */
  public boolean isOnOrBefore(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !latestDay().isAfter(day);
  }

  private static void checkRange(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /**
   * Whether {@code day} may belong to this date or interval: {@code earliest() <= day <=
   * latest()}.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-05").mayInclude(LocalDate.of(2023, 5, 31));  // true
   * FuzzyDate.parse("2023-05").mayInclude(LocalDate.of(2023, 6, 1));   // false
   * }</pre>
   *
   * @param day the day
   * @return true if {@code day} lies between {@link #earliest()} and {@link #latest()}
   * @throws NullPointerException if {@code day} is null
   */
  public boolean mayInclude(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(earliest) && !day.isAfter(latest);
  }

  /**
   * The first day that belongs to this date or interval on every reading of it; with {@link
   * #certainEnd()} it bounds the days {@link #certainlyIncludes} accepts. When it is after
   * {@code certainEnd()}, no day is certain.
   *
   * <p>A reading picks a start day within the start and an end day within the end, the start
   * not after the end. An open start ({@code ..}) reads as unbounded below; an unknown (empty)
   * start as any day up to the end, so it is known only as far as the end is. Likewise for the
   * end. A single date reads as an interval from itself to itself. The certain days are those
   * every reading covers: from the latest possible start to the earliest possible end:
   *
   * <pre>{@code
   * parse("2023-01/2023-03")     certain 2023-01-31 .. 2023-03-01
   * parse("2023-05/2023-05-10")  certain 2023-05-10 .. 2023-05-10  (a start after the 10th cannot be)
   * parse("2023-05/..")          certain 2023-05-31 .. LocalDate.MAX
   * parse("2023-05-10/")         certain 2023-05-10 .. 2023-05-10
   * parse("2023-05/")            none: it may have begun and ended on 1 May, or on 31 May
   * parse("2023-05-10")          certain 2023-05-10 .. 2023-05-10
   * parse("2023")                none
   * }</pre>
   *
   * <p>Qualifiers are not readings: they are ignored here, as in {@link #earliest()} and {@link
   * #latest()}.
   *
   * @return the first certain day; {@link LocalDate#MIN} if the start is open
   */
  public LocalDate certainStart() {
    if (!isInterval()) {
      return latest;
    }
    LocalDate startLatest = bound(start, startBound, LocalDate.MIN, end, false);
    LocalDate endLatest = bound(end, endBound, LocalDate.MAX, start, false);
    return startLatest.isBefore(endLatest) ? startLatest : endLatest;
  }

  /**
   * The last day that belongs to this date or interval on every reading of it; see {@link
   * #certainStart()}.
   *
   * @return the last certain day; {@link LocalDate#MAX} if the end is open
   */
  public LocalDate certainEnd() {
    if (!isInterval()) {
      return earliest;
    }
    LocalDate endEarliest = bound(end, endBound, LocalDate.MAX, start, true);
    LocalDate startEarliest = bound(start, startBound, LocalDate.MIN, end, true);
    return endEarliest.isAfter(startEarliest) ? endEarliest : startEarliest;
  }

  /**
   * The earliest or latest day one end of an interval may be: its own bound when it is a date,
   * {@code open} when open, and the other end's bound when unknown (it may coincide with it).
   */
  private static LocalDate bound(
      FuzzyDate date, Bound bound, LocalDate open, FuzzyDate other, boolean earliest) {
    FuzzyDate known = date != null ? date : bound == Bound.OPEN ? null : other;
    if (known == null) {
      return open;
    }
    return earliest ? known.earliest : known.latest;
  }

  /**
   * Whether {@code day} belongs to this date or interval on every reading of it: {@code
   * certainStart() <= day <= certainEnd()} (see {@link #certainStart()} for what a reading is).
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-01/2023-03").certainlyIncludes(LocalDate.of(2023, 2, 1));  // true
   * FuzzyDate.parse("2023-01/2023-03").certainlyIncludes(LocalDate.of(2023, 1, 15)); // false
   * FuzzyDate.parse("2023-01/..").certainlyIncludes(LocalDate.of(2999, 1, 1));       // true
   * FuzzyDate.parse("2023-05-10/").certainlyIncludes(LocalDate.of(2023, 5, 10));     // true
   * FuzzyDate.parse("2023-05-10/").certainlyIncludes(LocalDate.of(2023, 5, 11));     // false
   * }</pre>
   *
   * @param day the day
   * @return true if every reading includes {@code day}; this implies {@link #mayInclude}
   * @throws NullPointerException if {@code day} is null
   */
  public boolean certainlyIncludes(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(certainStart()) && !day.isAfter(certainEnd());
  }

  /**
   * Chronological order: by {@link #earliestDay()}, then by {@link #latestDay()}, then by the
   * text ({@link String#compareTo}). A total order, consistent with {@link #equals(Object)}. An
   * open start sorts before every dated start; an unknown start sorts as its known end (see
   * {@linkplain FuzzyDate Ordering and filtering}).
   *
   * <pre>{@code
   * parse("2023").compareTo(parse("2023-01")) > 0;          // same first day, 2023 ends later
   * parse("2022-24").compareTo(parse("2023")) < 0;          // starts 2022-12-01
   * parse("2023?").compareTo(parse("2023")) > 0;            // same days: by text
   * parse("/2023-01-11?").compareTo(parse("2016")) > 0;     // unknown start: counts as 2023-01-11
   * parse("../2023-01-11").compareTo(parse("2016")) < 0;    // open start: unbounded
   * }</pre>
   *
   * @param o the other date
   * @return negative, zero or positive as this sorts before, with or after {@code o}
   * @throws NullPointerException if {@code o} is null
   */
  @Override
  public int compareTo(FuzzyDate o) {
    int c = earliestDay().compareTo(o.earliestDay());
    if (c == 0) {
      c = latestDay().compareTo(o.latestDay());
      if (c == 0) {
        c = text.compareTo(o.text);
      }
    }
    return c;
  }

  /**
   * Whether {@code o} is a {@code FuzzyDate} with the same text: {@code 2023-05} and
   * {@code 2023-05?} differ, and so do {@code 2004-XX} and {@code 2004}.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023-05").equals(FuzzyDate.of(YearMonth.of(2023, 5))); // true
   * }</pre>
   *
   * @param o the object to compare with
   * @return true if {@code o} is an equal {@code FuzzyDate}
   */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof FuzzyDate && text.equals(((FuzzyDate) o).text));
  }

  /**
   * A hash code consistent with {@link #equals(Object)}: that of the text.
   *
   * <pre>{@code
   * FuzzyDate.parse("2023").hashCode() == "2023".hashCode(); // true
   * }</pre>
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The EDTF text, which {@link #parse(CharSequence)} reads back to an equal value.
   *
   * <pre>{@code
   * FuzzyDate.openEnd(FuzzyDate.of(Year.of(2022))).toString(); // "2022/.."
   * }</pre>
   *
   * @return the canonical EDTF text
   */
  @Override
  public String toString() {
    return text;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static void requireSingle(FuzzyDate date, String name) {
    Objects.requireNonNull(date, name);
    if (date.isInterval()) {
      throw new DateTimeException(
          name + " must be a single date, not an interval: " + date.text);
    }
  }

  private static void checkYear(int year) {
    if (year < 0 || year > 9999) {
      throw new DateTimeException("year must be 0000-9999, not " + year);
    }
  }

  private static String orderMessage(FuzzyDate start, FuzzyDate end) {
    return "interval start "
        + start.text
        + " (earliest "
        + start.earliest
        + ") is after its end "
        + end.text
        + " (latest "
        + end.latest
        + ")";
  }

  private static void appendYear(StringBuilder b, int year) {
    append2(b, year / 100);
    append2(b, year % 100);
  }

  private static void append2(StringBuilder b, int n) {
    b.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }

  /**
   * A recursive-descent reader over one text. Grammar: {@code text := end ['/' end]}; {@code end
   * := '..' | '' | date}; {@code date := year ['-' month ['-' day]] [qualifier]}.
   */
  private static final class Parser {
    private final CharSequence in;
    private final int length;
    private int pos;

    Parser(CharSequence in) {
      this.in = in;
      this.length = in.length();
    }

    FuzzyDate parse() {
      if (length == 0) {
        throw fail(0, "text is empty");
      }
      Bound startBound = bound();
      FuzzyDate start = startBound == Bound.DATE ? date() : null;
      if (pos == length) {
        if (start == null) {
          throw fail(pos, "expected '/' after '..'");
        }
        // A lone date: its text is the whole input.
        return start;
      }
      if (in.charAt(pos) != '/') {
        throw unexpected(pos, start == null ? "expected '/' after '..'" : null);
      }
      pos++;
      int endIndex = pos;
      if (charAt(pos) == '/') {
        throw fail(pos, "an interval has exactly one '/'");
      }
      Bound endBound = bound();
      FuzzyDate end = endBound == Bound.DATE ? date() : null;
      if (start == null && end == null) {
        throw fail(endIndex, "an interval needs a date at one end at least");
      }
      if (pos < length) {
        throw unexpected(pos, in.charAt(pos) == '/' ? "an interval has exactly one '/'" : null);
      }
      if (start != null && end != null && start.earliest.isAfter(end.latest)) {
        throw fail(endIndex, orderMessage(start, end));
      }
      return new FuzzyDate(in.toString(), startBound, start, endBound, end);
    }

    /** Reads {@code ..} or nothing, or sees that a date should follow. */
    private Bound bound() {
      if (pos == length || in.charAt(pos) == '/') {
        return Bound.UNKNOWN;
      }
      if (in.charAt(pos) == '.') {
        if (charAt(pos + 1) == '.') {
          pos += 2;
          return Bound.OPEN;
        }
        throw fail(pos + 1, "expected '..'");
      }
      return Bound.DATE;
    }

    /** Reads a single date from {@code pos}; the caller checks what follows it. */
    private FuzzyDate date() {
      final int from = pos;
      // Year: four characters, digits then at most two X.
      int year = 0;
      int yearX = 0;
      for (int i = 0; i < 4; i++, pos++) {
        char c = charAt(pos);
        if (c >= '0' && c <= '9') {
          if (yearX > 0) {
            throw fail(pos, "unspecified digits (X) must end the year");
          }
          year = year * 10 + (c - '0');
        } else if (c == 'X') {
          if (i < 2) {
            throw fail(pos, "only the last two digits of a year may be unspecified (X)");
          }
          yearX++;
          year *= 10;
        } else if (c == 'x') {
          throw fail(pos, "unspecified digits must be an uppercase X");
        } else {
          throw fail(pos, i == 0 ? "expected a four-digit year" : "year must have four digits");
        }
      }
      if (isDigitLike(pos)) {
        throw fail(pos, "year must have exactly four digits");
      }
      int month = 0;
      boolean monthX = false;
      int day = 0;
      boolean dayX = false;
      if (pos < length && in.charAt(pos) == '-') {
        if (yearX > 0) {
          throw fail(pos, "a year with unspecified digits (X) cannot have a month");
        }
        pos++;
        int monthIndex = pos;
        month = twoDigits("month");
        monthX = month < 0;
        if (!monthX && (month < 1 || month > 12) && (month < 21 || month > 24)) {
          throw fail(
              monthIndex,
              month > 24
                  ? "month must be 01-12, or 21-24 for a season"
                  : "month must be 01-12");
        }
        if (pos < length && in.charAt(pos) == '-') {
          if (month > 12) {
            throw fail(pos, "a season cannot have a day");
          }
          pos++;
          int dayIndex = pos;
          day = twoDigits("day");
          dayX = day < 0;
          if (!dayX) {
            if (monthX) {
              throw fail(dayIndex, "the day must be XX when the month is XX");
            }
            if (day < 1 || day > 31) {
              throw fail(dayIndex, "day must be 01-31");
            }
            int monthLength = YearMonth.of(year, month).lengthOfMonth();
            if (day > monthLength) {
              throw fail(
                  dayIndex,
                  "day "
                      + in.subSequence(dayIndex, dayIndex + 2)
                      + " does not exist in "
                      + in.subSequence(from, dayIndex - 1));
            }
          }
        }
      }
      Qualifier q = Qualifier.NONE;
      if (pos < length) {
        Qualifier found = Qualifier.ofSymbol(in.charAt(pos));
        if (found != null) {
          q = found;
          pos++;
        }
      }
      if (pos < length && in.charAt(pos) != '/') {
        throw unexpected(
            pos,
            Qualifier.ofSymbol(in.charAt(pos)) != null
                ? "a date has one qualifier at most, at its end"
                : null);
      }

      LocalDate earliest;
      LocalDate latest;
      if (yearX > 0) {
        int span = yearX == 1 ? 10 : 100;
        earliest = LocalDate.of(year, 1, 1);
        latest = LocalDate.of(year + span - 1, 12, 31);
      } else if (month == 0 || monthX) {
        earliest = LocalDate.of(year, 1, 1);
        latest = LocalDate.of(year, 12, 31);
      } else if (month > 12) {
        switch (month) {
          case 21:
            earliest = LocalDate.of(year, 3, 1);
            latest = LocalDate.of(year, 5, 31);
            break;
          case 22:
            earliest = LocalDate.of(year, 6, 1);
            latest = LocalDate.of(year, 8, 31);
            break;
          case 23:
            earliest = LocalDate.of(year, 9, 1);
            latest = LocalDate.of(year, 11, 30);
            break;
          default:
            earliest = LocalDate.of(year, 12, 1);
            latest = YearMonth.of(year + 1, 2).atEndOfMonth();
            break;
        }
      } else if (day == 0 || dayX) {
        earliest = LocalDate.of(year, month, 1);
        latest = earliest.withDayOfMonth(earliest.lengthOfMonth());
      } else {
        earliest = LocalDate.of(year, month, day);
        latest = earliest;
      }
      String text =
          from == 0 && pos == length ? in.toString() : in.subSequence(from, pos).toString();
      return new FuzzyDate(text, q, yearX > 0 || monthX || dayX, earliest, latest);
    }

    /** Reads two digits (their value) or {@code XX} (-1) for a month or a day. */
    private int twoDigits(String what) {
      char c0 = charAt(pos);
      char c1 = charAt(pos + 1);
      int value;
      if (c0 == 'X') {
        if (c1 != 'X') {
          throw fail(pos + 1, badDigit(c1, what + " must be two digits or XX"));
        }
        value = -1;
      } else if (c0 >= '0' && c0 <= '9') {
        if (c1 < '0' || c1 > '9') {
          String reason = c1 == 'X' ? " must be two digits or XX" : " must have two digits";
          throw fail(pos + 1, badDigit(c1, what + reason));
        }
        value = (c0 - '0') * 10 + (c1 - '0');
      } else {
        throw fail(pos, badDigit(c0, "expected a two-digit " + what));
      }
      pos += 2;
      if (isDigitLike(pos)) {
        throw fail(pos, what + " must have exactly two digits");
      }
      return value;
    }

    private static String badDigit(char c, String reason) {
      return c == 'x' ? "unspecified digits must be an uppercase X" : reason;
    }

    /** The character at {@code index}, or 0 past the end. */
    private char charAt(int index) {
      return index < length ? in.charAt(index) : 0;
    }

    private boolean isDigitLike(int index) {
      if (index >= length) {
        return false;
      }
      char c = in.charAt(index);
      return (c >= '0' && c <= '9') || c == 'X' || c == 'x';
    }

    /** An exception for an unexpected character at {@code index}, with the best reason known. */
    private DateTimeParseException unexpected(int index, String reason) {
      char c = in.charAt(index);
      if (reason != null) {
        return fail(index, reason);
      }
      if (c == 'T') {
        return fail(index, "times of day are not supported");
      }
      if (Character.isWhitespace(c)) {
        return fail(index, "unexpected whitespace");
      }
      return fail(index, "unexpected character '" + c + "'");
    }

    private DateTimeParseException fail(int index, String reason) {
      String full = in.toString();
      String shown = full.length() > 64 ? full.substring(0, 64) + "..." : full;
      return new DateTimeParseException(
          "Text '" + shown + "' could not be parsed at index " + index + ": " + reason,
          full,
          index);
    }
  }
}
