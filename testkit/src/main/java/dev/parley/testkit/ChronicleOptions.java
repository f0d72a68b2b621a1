package dev.parley.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Year;

/**
 * The sizes and date range of the chronicles {@link ParleyArbitraries#chronicles(ChronicleOptions)}
 * generates. Instances are immutable; the {@code with} methods return changed copies.
 *
 * <pre>{@code
 * ParleyArbitraries.chronicles(ChronicleOptions.defaults()
 *     .withMinPerPool(1)                          // at least one state, official, article, ...
 *     .withMaxMeetings(20)
 *     .withYears(Year.of(2011), Year.of(2025)));  // dates written within these years
 * }</pre>
 */
public final class ChronicleOptions {
  /** The first year of the default date range. */
  static final Year DEFAULT_FIRST_YEAR = Year.of(1900);
  /** The last year of the default date range. */
  static final Year DEFAULT_LAST_YEAR = Year.of(2100);

  private static final ChronicleOptions DEFAULTS =
      new ChronicleOptions(4, 4, 0, 4, DEFAULT_FIRST_YEAR, DEFAULT_LAST_YEAR);

  private final int maxPerKind;
  private final int maxMeetings;
  private final int minPerPool;
  private final int maxParticipants;
  private final Year firstYear;
  private final Year lastYear;

  private ChronicleOptions(int maxPerKind, int maxMeetings, int minPerPool, int maxParticipants,
      Year firstYear, Year lastYear) {
    check(maxPerKind >= 0, "maxPerKind must not be negative: " + maxPerKind);
    check(maxMeetings >= 0, "maxMeetings must not be negative: " + maxMeetings);
    check(minPerPool >= 0, "minPerPool must not be negative: " + minPerPool);
    check(maxParticipants >= 1, "maxParticipants must be at least 1: " + maxParticipants);
    check(minPerPool <= maxPerKind,
        "minPerPool " + minPerPool + " exceeds maxPerKind " + maxPerKind);
    requireNonNull(firstYear, "firstYear");
    requireNonNull(lastYear, "lastYear");
    check(firstYear.getValue() >= 0 && lastYear.getValue() <= 9999,
        "years must lie within 0000-9999: " + firstYear + ".." + lastYear);
    check(!firstYear.isAfter(lastYear),
        "firstYear " + firstYear + " is after lastYear " + lastYear);
    this.maxPerKind = maxPerKind;
    this.maxMeetings = maxMeetings;
    this.minPerPool = minPerPool;
    this.maxParticipants = maxParticipants;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * The default options: at most 4 records of each kind and 4 meetings, at most 4 participants
   * per meeting, pools that may be empty, and dates written within the years 1900 to 2100.
   *
   * @return the default options
   */
  public static ChronicleOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with at most {@code n} records of each kind (meetings apart, see
   * {@link #withMaxMeetings}).
   *
   * @param n the most records of each kind
   * @return the changed options
   * @throws IllegalArgumentException if {@code n} is negative or below {@link #minPerPool()}
   */
  public ChronicleOptions withMaxPerKind(int n) {
    return new ChronicleOptions(n, maxMeetings, minPerPool, maxParticipants, firstYear, lastYear);
  }

  /**
   * Returns these options with at most {@code n} meetings.
   *
   * @param n the most meetings
   * @return the changed options
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public ChronicleOptions withMaxMeetings(int n) {
    return new ChronicleOptions(maxPerKind, n, minPerPool, maxParticipants, firstYear, lastYear);
  }

  /**
   * Returns these options with at least {@code n} states, officials, organizations, issues and
   * articles. With {@code n >= 1} no meeting or statement is dropped for want of an id to refer
   * to; a conditional stance still is when the chronicle has a single issue.
   *
   * @param n the fewest records of each of those kinds
   * @return the changed options
   * @throws IllegalArgumentException if {@code n} is negative or above {@link #maxPerKind()}
   */
  public ChronicleOptions withMinPerPool(int n) {
    return new ChronicleOptions(maxPerKind, maxMeetings, n, maxParticipants, firstYear, lastYear);
  }

  /**
   * Returns these options with at most {@code n} participants per meeting.
   *
   * @param n the most participants of a meeting, at least 1
   * @return the changed options
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public ChronicleOptions withMaxParticipants(int n) {
    return new ChronicleOptions(maxPerKind, maxMeetings, minPerPool, n, firstYear, lastYear);
  }

  /**
   * Returns these options with dates written within the years {@code first} to {@code last}.
   * A date's text lies in the range; the days it denotes may run past it ({@code 203X}, a winter
   * season, an open interval).
   *
   * @param first the first year
   * @param last the last year, not before {@code first}
   * @return the changed options
   * @throws NullPointerException if a year is null
   * @throws IllegalArgumentException if {@code first} is after {@code last}, or either lies
   *     outside 0000-9999
   */
  public ChronicleOptions withYears(Year first, Year last) {
    return new ChronicleOptions(maxPerKind, maxMeetings, minPerPool, maxParticipants, first, last);
  }

  /**
   * The most records of each kind but meetings.
   *
   * @return the most records of each kind
   */
  public int maxPerKind() {
    return maxPerKind;
  }

  /**
   * The most meetings.
   *
   * @return the most meetings
   */
  public int maxMeetings() {
    return maxMeetings;
  }

  /**
   * The fewest states, officials, organizations, issues and articles.
   *
   * @return the fewest records of each of those kinds
   */
  public int minPerPool() {
    return minPerPool;
  }

  /**
   * The most participants of a meeting.
   *
   * @return the most participants
   */
  public int maxParticipants() {
    return maxParticipants;
  }

  /**
   * The first year dates are written in.
   *
   * @return the first year
   */
  public Year firstYear() {
    return firstYear;
  }

  /**
   * The last year dates are written in.
   *
   * @return the last year
   */
  public Year lastYear() {
    return lastYear;
  }

  /**
   * Returns the options, for test reports.
   *
   * @return for example {@code ChronicleOptions{maxPerKind=4, maxMeetings=4, ...}}
   */
  @Override
  public String toString() {
    return "ChronicleOptions{maxPerKind=" + maxPerKind
        + ", maxMeetings=" + maxMeetings
        + ", minPerPool=" + minPerPool
        + ", maxParticipants=" + maxParticipants
        + ", years=" + firstYear + ".." + lastYear + "}";
  }
}
