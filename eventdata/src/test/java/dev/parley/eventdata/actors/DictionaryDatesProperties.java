package dev.parley.eventdata.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** The dictionary's dates and the two-digit year rule (pivot 30). */
class DictionaryDatesProperties {
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  @Example
  void theRuleAtItsBoundary() {
    assertEquals(LocalDate.of(2030, 12, 31), DictionaryDates.parse("301231"));
    assertEquals(LocalDate.of(1931, 1, 1), DictionaryDates.parse("310101"));
    assertEquals(LocalDate.of(2000, 1, 1), DictionaryDates.parse("000101"));
    assertEquals(LocalDate.of(1999, 12, 31), DictionaryDates.parse("991231"));
    assertEquals(2030, DictionaryDates.fullYear(DictionaryDates.PIVOT));
    assertEquals(1931, DictionaryDates.fullYear(DictionaryDates.PIVOT + 1));
  }

  @Example
  void theDictionarysOwnExamples() {
    // [AFGGOV 331108-730717]: Zahir Shah's reign, 1933 to 1973.
    assertEquals(LocalDate.of(1933, 11, 8), DictionaryDates.parse("331108"));
    assertEquals(LocalDate.of(1973, 7, 17), DictionaryDates.parse("730717"));
    // [AFGELI 730717-070723]: to his death in 2007.
    assertEquals(LocalDate.of(2007, 7, 23), DictionaryDates.parse("070723"));
    assertEquals(LocalDate.of(2004, 3, 9), DictionaryDates.parse("20040309"));
    assertEquals(LocalDate.of(1927, 1, 1), DictionaryDates.parse("19270101"));
  }

  @Property
  void twoDigitYearsFallIn1931To2030(@ForAll @IntRange(min = 0, max = 99) int yy) {
    int year = DictionaryDates.fullYear(yy);
    assertEquals(yy, year % 100);
    assertTrue(year >= 1931 && year <= 2030, "year " + year);
    assertEquals(yy <= 30, year >= 2000);
  }

  @Property
  void sixDigitDatesOfTheWindowReadBack(@ForAll("window") LocalDate day) {
    assertEquals(day, DictionaryDates.parse(day.format(YYMMDD)));
  }

  @Property
  void eightDigitDatesReadBack(@ForAll("anyYear") LocalDate day) {
    String digits = DictionaryDates.format8(day);
    assertEquals(8, digits.length());
    assertEquals(day, DictionaryDates.parse(digits));
  }

  @Property
  void otherLengthsAreRefusedNamingTheText(
      @ForAll @NumericChars @StringLength(min = 1, max = 12) String digits) {
    if (digits.length() == 6 || digits.length() == 8) {
      return;
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DictionaryDates.parse(digits));
    assertTrue(e.getMessage().contains("'" + digits + "'"), e.getMessage());
  }

  @Example
  void daysNotInTheCalendarAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> DictionaryDates.parse("20100931"));
    assertThrows(IllegalArgumentException.class, () -> DictionaryDates.parse("100229"));
    assertThrows(IllegalArgumentException.class, () -> DictionaryDates.parse("20101301"));
    assertThrows(IllegalArgumentException.class, () -> DictionaryDates.parse("2010-101"));
    assertEquals(LocalDate.of(2012, 2, 29), DictionaryDates.parse("120229"));
  }

  @Provide
  Arbitrary<LocalDate> window() {
    return days(LocalDate.of(1931, 1, 1), LocalDate.of(2030, 12, 31));
  }

  @Provide
  Arbitrary<LocalDate> anyYear() {
    return days(LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31));
  }

  static Arbitrary<LocalDate> days(LocalDate from, LocalDate to) {
    return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }
}
