package dev.parley.eventdata.actors;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The dates of a CAMEO actor dictionary's date restrictions: six digits {@code YYMMDD} or eight
 * digits {@code YYYYMMDD}.
 *
 * <p><b>Two-digit years.</b> A six-digit date's year {@code YY} is read as {@code 20YY} when
 * {@code YY <= 30} ({@link #PIVOT}) and as {@code 19YY} otherwise: {@code 300101} is 1 January
 * 2030, {@code 310101} is 1 January 1931. This is the rule of KEDS, TABARI and PETRARCH, the
 * coders the format was made for (PETRARCH's {@code dstr_to_ordate}), so that a dictionary means
 * here what it means to them. The Phoenix country dictionary (generated January 2014) agrees with
 * it: its six-digit years are 00–14 (the 2000s: {@code [AFGELI 730717-070723]} ends in 2007) and
 * 31–99 (the 1900s: {@code [AFGGOV 331108-730717]} starts in 1933); none falls in 15–30, where
 * a pivot at 14 and one at 30 would disagree. Earlier or later years need eight digits.
 */
public final class DictionaryDates {
  /** The largest two-digit year read as 20YY; larger ones are read as 19YY. */
  public static final int PIVOT = 30;

  private DictionaryDates() {}

  /**
   * The full year of a two-digit year, by the {@linkplain DictionaryDates pivot rule}.
   *
   * @param yy the two-digit year, 0 to 99
   * @return {@code 2000 + yy} when {@code yy <= 30}, else {@code 1900 + yy}
   * @throws IllegalArgumentException if {@code yy} is not in 0–99
   */
  public static int fullYear(int yy) {
    if (yy < 0 || yy > 99) {
      throw new IllegalArgumentException("two-digit year must be 0-99: " + yy);
    }
    return yy <= PIVOT ? 2000 + yy : 1900 + yy;
  }

  /**
   * Reads a date of six ({@code YYMMDD}) or eight ({@code YYYYMMDD}) ASCII digits.
   *
   * <pre>{@code
   * DictionaryDates.parse("20040309"); // 2004-03-09
   * DictionaryDates.parse("331108");   // 1933-11-08
   * DictionaryDates.parse("070723");   // 2007-07-23
   * }</pre>
   *
   * @param digits the date's text
   * @return the day
   * @throws IllegalArgumentException if {@code digits} is not six or eight digits or is not a
   *     day of the calendar (the message names the text)
   */
  public static LocalDate parse(String digits) {
    int n = digits.length();
    if (n != 6 && n != 8) {
      throw new IllegalArgumentException(
          "date '" + digits + "' must have six (YYMMDD) or eight (YYYYMMDD) digits, has " + n);
    }
    for (int i = 0; i < n; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("date '" + digits + "' must be digits only");
      }
    }
    int year = n == 8 ? Integer.parseInt(digits, 0, 4, 10)
        : fullYear(Integer.parseInt(digits, 0, 2, 10));
    int month = Integer.parseInt(digits, n - 4, n - 2, 10);
    int day = Integer.parseInt(digits, n - 2, n, 10);
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("date '" + digits + "' is not a day: " + e.getMessage(),
          e);
    }
  }

  /**
   * Writes a day as the dictionary's eight-digit form {@code YYYYMMDD}.
   *
   * @param day the day, in years 0–9999
   * @return the eight digits
   */
  public static String format8(LocalDate day) {
    return String.format("%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }
}
