package dev.parley.core.time;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.time.FuzzyDate.Qualifier;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzyDateTest {

  private static FuzzyDate p(String text) {
    return FuzzyDate.parse(text);
  }

  private static LocalDate day(String iso) {
    switch (iso) {
      case "MIN":
        return LocalDate.MIN;
      case "MAX":
        return LocalDate.MAX;
      default:
        return LocalDate.parse(iso);
    }
  }

  @Nested
  class Parsing {

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            # level 0
            2023                 | 2023-01-01 | 2023-12-31
            0000                 | 0000-01-01 | 0000-12-31
            9999                 | 9999-01-01 | 9999-12-31
            2023-05              | 2023-05-01 | 2023-05-31
            2023-02              | 2023-02-01 | 2023-02-28
            2024-02              | 2024-02-01 | 2024-02-29
            2023-04              | 2023-04-01 | 2023-04-30
            2023-05-10           | 2023-05-10 | 2023-05-10
            2024-02-29           | 2024-02-29 | 2024-02-29
            2000-02-29           | 2000-02-29 | 2000-02-29
            # seasons
            2023-21              | 2023-03-01 | 2023-05-31
            2023-22              | 2023-06-01 | 2023-08-31
            2023-23              | 2023-09-01 | 2023-11-30
            2023-24              | 2023-12-01 | 2024-02-29
            2022-24              | 2022-12-01 | 2023-02-28
            9999-24              | 9999-12-01 | +10000-02-29
            # qualifiers do not widen
            2023-05?             | 2023-05-01 | 2023-05-31
            2023-05-10~          | 2023-05-10 | 2023-05-10
            2023%                | 2023-01-01 | 2023-12-31
            2023-21?             | 2023-03-01 | 2023-05-31
            # unspecified digits
            201X                 | 2010-01-01 | 2019-12-31
            20XX                 | 2000-01-01 | 2099-12-31
            00XX                 | 0000-01-01 | 0099-12-31
            99XX                 | 9900-01-01 | 9999-12-31
            201X?                | 2010-01-01 | 2019-12-31
            2004-XX              | 2004-01-01 | 2004-12-31
            2004-XX-XX           | 2004-01-01 | 2004-12-31
            1985-XX-XX           | 1985-01-01 | 1985-12-31
            1985-04-XX           | 1985-04-01 | 1985-04-30
            2024-02-XX~          | 2024-02-01 | 2024-02-29
            # intervals
            2023-01/2023-02      | 2023-01-01 | 2023-02-28
            2004-06~/2004-06-11% | 2004-06-01 | 2004-06-11
            2022-12/..           | 2022-12-01 | MAX
            ../2023-05           | MIN        | 2023-05-31
            2023-05-10/          | 2023-05-10 | MAX
            /2023-05-10          | MIN        | 2023-05-10
            2023-05-10/2023-05-10| 2023-05-10 | 2023-05-10
            2019/201X            | 2019-01-01 | 2019-12-31
            2023-24/2024-21      | 2023-12-01 | 2024-05-31
            201X?/20XX~          | 2010-01-01 | 2099-12-31
            1985-04-XX/..        | 1985-04-01 | MAX
            """)
    void parsesRoundTripsAndBounds(String text, String earliest, String latest) {
      FuzzyDate d = p(text);
      assertAll(
          () -> assertEquals(text, d.toString()),
          () -> assertEquals(day(earliest), d.earliest(), "earliest"),
          () -> assertEquals(day(latest), d.latest(), "latest"),
          () -> assertEquals(d, p(d.toString())),
          () -> assertEquals(text.contains("/"), d.isInterval()));
    }

    @Test
    void readsAnyCharSequence() {
      assertEquals(p("2023-05"), FuzzyDate.parse(new StringBuilder("2023-05")));
      assertEquals("2023/..", FuzzyDate.parse(new StringBuilder("2023/..")).toString());
    }

    @Test
    void nullIsRejectedByName() {
      NullPointerException e = assertThrows(NullPointerException.class, () -> p(null));
      assertEquals("text", e.getMessage());
    }

    @ParameterizedTest(name = "''{0}'' fails at {1}: {2}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            ''                   | 0  | empty
            ' 2023'              | 0  | year
            '2023 '              | 4  | whitespace
            ' '                  | 0  | year
            2023-13              | 5  | month must be 01-12
            2023-00              | 5  | month must be 01-12
            2023-20              | 5  | month must be 01-12
            2023-25              | 5  | month must be 01-12
            2023-02-29           | 8  | 2023-02
            2023-04-31           | 8  | day 31
            2023-05-32           | 8  | day must be 01-31
            2023-05-00           | 8  | day must be 01-31
            201x                 | 3  | uppercase
            2004-xx              | 5  | uppercase
            1985-04-Xx           | 9  | uppercase
            2004-X5              | 6  | XX
            2023-0X              | 6  | XX
            2023-05-10T10:00     | 10 | time
            2023-05-10T          | 10 | time
            2023T                | 4  | time
            23                   | 2  | four digits
            202                  | 3  | four digits
            02023                | 4  | four digits
            20234                | 4  | four digits
            2023-5               | 6  | two digits
            2023-123             | 7  | two digits
            2023-05-1            | 9  | two digits
            2023-05-100          | 10 | two digits
            2023-                | 5  | month
            2023-05-             | 8  | day
            201X-05              | 4  | month
            201X-XX              | 4  | month
            201X-21              | 4  | month
            1985-XX-05           | 8  | XX
            2XXX                 | 1  | last two digits
            XXXX                 | 0  | last two digits
            20X1                 | 3  | end the year
            2023-21-05           | 7  | season
            ../..                | 3  | date at one end
            /                    | 1  | date at one end
            ../                  | 3  | date at one end
            /..                  | 1  | date at one end
            ..                   | 2  | '/'
            ..2023               | 2  | '/'
            .                    | 1  | '..'
            2023/.               | 6  | '..'
            2023/2024/2025       | 9  | one '/'
            2023/2024/           | 9  | one '/'
            2023//2024           | 5  | one '/'
            2023/../..           | 7  | one '/'
            2023/2024/2025/2026  | 9  | one '/'
            2023%%               | 5  | one qualifier
            2023?~               | 5  | one qualifier
            2023-05-10~?         | 11 | one qualifier
            -2023                | 0  | year
            Y2023                | 0  | year
            +2023                | 0  | year
            2023-05-10abc        | 10 | 'a'
            2023/..x             | 7  | 'x'
            """)
    void rejects(String text, int index, String reason) {
      DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> p(text));
      String prefix = "Text '" + text + "' could not be parsed at index " + index + ": ";
      assertAll(
          () -> assertEquals(index, e.getErrorIndex(), "error index"),
          () -> assertEquals(text, e.getParsedString()),
          () -> assertTrue(e.getMessage().startsWith(prefix), e.getMessage()),
          () -> assertTrue(e.getMessage().contains(reason), e.getMessage()));
    }

    @Test
    void reasonFollowsTheJavaTimeForm() {
      DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> p("2023-13"));
      assertEquals(
          "Text '2023-13' could not be parsed at index 5: month must be 01-12", e.getMessage());
    }

    @Test
    void longTextIsAbbreviatedInTheMessageButKeptWhole() {
      String text = "2023/" + "9".repeat(100);
      DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> p(text));
      assertEquals(9, e.getErrorIndex());
      assertEquals(text, e.getParsedString());
      assertTrue(e.getMessage().startsWith("Text '" + text.substring(0, 64) + "...' could"));
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            2024/2023                 | 5 | 2024       | 2023
            2023-05-11/2023-05-10     | 11| 2023-05-11 | 2023-05-10
            2023-06?/2023-05~         | 9 | 2023-06?   | 2023-05~
            2023-21/2023-02           | 8 | 2023-21    | 2023-02
            2020/201X                 | 5 | 2020       | 201X
            """)
    void rejectsAnIntervalThatEndsBeforeItStarts(String text, int index, String start, String end) {
      DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> p(text));
      assertEquals(index, e.getErrorIndex());
      assertTrue(e.getMessage().contains("start " + start), e.getMessage());
      assertTrue(e.getMessage().contains("end " + end), e.getMessage());
    }
  }

  @Nested
  class Factories {

    @Test
    void singleDates() {
      assertEquals("2023-05-10", FuzzyDate.of(LocalDate.of(2023, 5, 10)).toString());
      assertEquals("0005-01-02", FuzzyDate.of(LocalDate.of(5, 1, 2)).toString());
      assertEquals("2023-05", FuzzyDate.of(YearMonth.of(2023, 5)).toString());
      assertEquals("0999-12", FuzzyDate.of(YearMonth.of(999, 12)).toString());
      assertEquals("2023", FuzzyDate.of(Year.of(2023)).toString());
      assertEquals("0042", FuzzyDate.of(Year.of(42)).toString());
      assertEquals(p("2024-02-29"), FuzzyDate.of(LocalDate.of(2024, 2, 29)));
      assertEquals(LocalDate.of(2024, 2, 29), FuzzyDate.of(YearMonth.of(2024, 2)).latest());
      assertEquals(LocalDate.of(1999, 12, 31), FuzzyDate.of(Year.of(1999)).latest());
      assertEquals(LocalDate.of(1999, 1, 1), FuzzyDate.of(Year.of(1999)).earliest());
      assertEquals(Qualifier.NONE, FuzzyDate.of(Year.of(1999)).qualifier());
    }

    @Test
    void yearsOutsideFourDigitsAreRejected() {
      assertThrows(DateTimeException.class, () -> FuzzyDate.of(Year.of(10000)));
      assertThrows(DateTimeException.class, () -> FuzzyDate.of(Year.of(-1)));
      assertThrows(DateTimeException.class, () -> FuzzyDate.of(YearMonth.of(-5, 1)));
      assertThrows(DateTimeException.class, () -> FuzzyDate.of(LocalDate.of(12345, 1, 1)));
    }

    @Test
    void nullsAreRejectedByName() {
      assertEquals(
          "day",
          assertThrows(NullPointerException.class, () -> FuzzyDate.of((LocalDate) null))
              .getMessage());
      assertEquals(
          "month",
          assertThrows(NullPointerException.class, () -> FuzzyDate.of((YearMonth) null))
              .getMessage());
      assertEquals(
          "year",
          assertThrows(NullPointerException.class, () -> FuzzyDate.of((Year) null)).getMessage());
      assertEquals(
          "end",
          assertThrows(NullPointerException.class, () -> FuzzyDate.interval(p("2023"), null))
              .getMessage());
      assertEquals(
          "start",
          assertThrows(NullPointerException.class, () -> FuzzyDate.openEnd(null)).getMessage());
    }

    @Test
    void intervals() {
      assertEquals(
          "2023-01/2023-02~", FuzzyDate.interval(p("2023-01"), p("2023-02~")).toString());
      assertEquals("2022-12/..", FuzzyDate.openEnd(p("2022-12")).toString());
      assertEquals("../2023-05", FuzzyDate.openStart(p("2023-05")).toString());
      assertEquals("2023-05-10/", FuzzyDate.unknownEnd(p("2023-05-10")).toString());
      assertEquals("/2023-05-10", FuzzyDate.unknownStart(p("2023-05-10")).toString());
      assertEquals(p("201X?/2023-24"), FuzzyDate.interval(p("201X?"), p("2023-24")));
      assertEquals(
          p("/2023-05-10"), FuzzyDate.unknownStart(FuzzyDate.of(LocalDate.of(2023, 5, 10))));
    }

    @Test
    void intervalFactoriesTakeSingleDatesOnly() {
      FuzzyDate range = p("2023/2024");
      DateTimeException e =
          assertThrows(DateTimeException.class, () -> FuzzyDate.interval(range, p("2025")));
      assertTrue(e.getMessage().contains("start") && e.getMessage().contains("2023/2024"));
      e = assertThrows(DateTimeException.class, () -> FuzzyDate.interval(p("2020"), range));
      assertTrue(e.getMessage().contains("end") && e.getMessage().contains("2023/2024"));
      assertThrows(DateTimeException.class, () -> FuzzyDate.openEnd(range));
      assertThrows(DateTimeException.class, () -> FuzzyDate.openStart(range));
      assertThrows(DateTimeException.class, () -> FuzzyDate.unknownEnd(range));
      assertThrows(DateTimeException.class, () -> FuzzyDate.unknownStart(range));
    }

    @Test
    void intervalFactoryChecksOrder() {
      DateTimeException e =
          assertThrows(
              DateTimeException.class, () -> FuzzyDate.interval(p("2023-06"), p("2023-05-31")));
      assertFalse(e instanceof DateTimeParseException);
      assertTrue(e.getMessage().contains("2023-06"), e.getMessage());
      assertTrue(e.getMessage().contains("2023-05-31"), e.getMessage());
      // Overlapping ends are fine: 201X may be 2019.
      assertEquals("2019/201X", FuzzyDate.interval(p("2019"), p("201X")).toString());
    }

    @Test
    void withQualifier() {
      FuzzyDate d = p("2023-05?");
      assertEquals("2023-05~", d.withQualifier(Qualifier.APPROXIMATE).toString());
      assertEquals("2023-05%", d.withQualifier(Qualifier.UNCERTAIN_AND_APPROXIMATE).toString());
      assertEquals("2023-05", d.withQualifier(Qualifier.NONE).toString());
      assertEquals(p("2023-05"), d.withQualifier(Qualifier.NONE));
      assertEquals("201X?", p("201X").withQualifier(Qualifier.UNCERTAIN).toString());
      assertEquals("2023-24~", p("2023-24").withQualifier(Qualifier.APPROXIMATE).toString());
      assertSame(d, d.withQualifier(Qualifier.UNCERTAIN));

      FuzzyDate approx = p("2023-24").withQualifier(Qualifier.APPROXIMATE);
      assertEquals(LocalDate.of(2023, 12, 1), approx.earliest());
      assertEquals(LocalDate.of(2024, 2, 29), approx.latest());
      assertTrue(approx.isApproximate());
      assertFalse(approx.isUncertain());
      assertTrue(p("201X").withQualifier(Qualifier.UNCERTAIN).hasUnspecifiedDigits());

      FuzzyDate range = p("2023/2024");
      assertThrows(DateTimeException.class, () -> range.withQualifier(Qualifier.UNCERTAIN));
      assertThrows(NullPointerException.class, () -> d.withQualifier(null));
    }
  }

  @Nested
  class Accessors {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            2023       | NONE                      | false | false
            2023?      | UNCERTAIN                 | true  | false
            2023-05~   | APPROXIMATE               | false | true
            2023-05-10%| UNCERTAIN_AND_APPROXIMATE | true  | true
            201X?      | UNCERTAIN                 | true  | false
            """)
    void qualifiers(String text, Qualifier q, boolean uncertain, boolean approximate) {
      FuzzyDate d = p(text);
      assertEquals(q, d.qualifier());
      assertEquals(uncertain, d.isUncertain());
      assertEquals(approximate, d.isApproximate());
      assertTrue(text.endsWith(q.symbol()));
    }

    @Test
    void symbols() {
      assertEquals("", Qualifier.NONE.symbol());
      assertEquals("?", Qualifier.UNCERTAIN.symbol());
      assertEquals("~", Qualifier.APPROXIMATE.symbol());
      assertEquals("%", Qualifier.UNCERTAIN_AND_APPROXIMATE.symbol());
    }

    @Test
    void intervalQualifiersComeFromTheirEnds() {
      FuzzyDate d = p("2023?/2024~");
      assertEquals(Qualifier.NONE, d.qualifier());
      assertTrue(d.isUncertain());
      assertTrue(d.isApproximate());
      assertEquals(Qualifier.UNCERTAIN, d.start().orElseThrow().qualifier());
      assertEquals(Qualifier.APPROXIMATE, d.end().orElseThrow().qualifier());
      assertFalse(p("2023/2024").isUncertain());
      assertFalse(p("2023/2024").isApproximate());
      assertTrue(p("../2024%").isUncertain());
      assertTrue(p("2024%/").isApproximate());
    }

    @Test
    void unspecifiedDigits() {
      assertTrue(p("201X").hasUnspecifiedDigits());
      assertTrue(p("2004-XX").hasUnspecifiedDigits());
      assertTrue(p("1985-04-XX").hasUnspecifiedDigits());
      assertTrue(p("1985-04-XX/2001").hasUnspecifiedDigits());
      assertTrue(p("1985/1985-04-XX").hasUnspecifiedDigits());
      assertTrue(p("20XX/..").hasUnspecifiedDigits());
      assertFalse(p("2019").hasUnspecifiedDigits());
      assertFalse(p("2019-21").hasUnspecifiedDigits());
      assertFalse(p("2019/2020").hasUnspecifiedDigits());
    }

    @Test
    void singleDateIsItsOwnStartAndEnd() {
      FuzzyDate d = p("2023-05");
      assertFalse(d.isInterval());
      assertEquals(Optional.of(d), d.start());
      assertEquals(Optional.of(d), d.end());
      assertFalse(d.isOpenStart() || d.isOpenEnd() || d.isUnknownStart() || d.isUnknownEnd());
    }

    @Test
    void intervalEnds() {
      FuzzyDate closed = p("2023-01~/2023-02");
      assertTrue(closed.isInterval());
      assertEquals(Optional.of(p("2023-01~")), closed.start());
      assertEquals(Optional.of(p("2023-02")), closed.end());
      assertFalse(closed.start().orElseThrow().isInterval());
      assertFalse(
          closed.isOpenStart()
              || closed.isOpenEnd()
              || closed.isUnknownStart()
              || closed.isUnknownEnd());

      FuzzyDate openEnd = p("2022-12/..");
      assertEquals(Optional.of(p("2022-12")), openEnd.start());
      assertEquals(Optional.empty(), openEnd.end());
      assertTrue(openEnd.isOpenEnd());
      assertFalse(openEnd.isUnknownEnd() || openEnd.isOpenStart() || openEnd.isUnknownStart());

      FuzzyDate openStart = p("../2023-05");
      assertEquals(Optional.empty(), openStart.start());
      assertEquals(Optional.of(p("2023-05")), openStart.end());
      assertTrue(openStart.isOpenStart());
      assertFalse(openStart.isUnknownStart() || openStart.isOpenEnd() || openStart.isUnknownEnd());

      FuzzyDate unknownEnd = p("2023-05-10/");
      assertEquals(Optional.of(p("2023-05-10")), unknownEnd.start());
      assertEquals(Optional.empty(), unknownEnd.end());
      assertTrue(unknownEnd.isUnknownEnd());
      assertFalse(
          unknownEnd.isOpenEnd() || unknownEnd.isOpenStart() || unknownEnd.isUnknownStart());

      FuzzyDate unknownStart = p("/2023-05-10");
      assertEquals(Optional.empty(), unknownStart.start());
      assertEquals(Optional.of(p("2023-05-10")), unknownStart.end());
      assertTrue(unknownStart.isUnknownStart());
      assertFalse(
          unknownStart.isOpenStart() || unknownStart.isOpenEnd() || unknownStart.isUnknownEnd());
    }
  }

  @Nested
  class Inclusion {

    @ParameterizedTest(name = "{0} on {1}: may {2}, certainly {3}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            2023-05-10            | 2023-05-10 | true  | true
            2023-05-10            | 2023-05-11 | false | false
            2023-05-10?           | 2023-05-10 | true  | true
            2023-05               | 2023-05-01 | true  | false
            2023-05               | 2023-05-31 | true  | false
            2023-05               | 2023-06-01 | false | false
            2023-05               | 2023-04-30 | false | false
            2023-24               | 2024-02-29 | true  | false
            2023-24               | 2024-03-01 | false | false
            201X                  | 2015-06-15 | true  | false
            # closed interval: certain from the start's latest to the end's earliest
            2023-01/2023-03       | 2023-01-15 | true  | false
            2023-01/2023-03       | 2023-01-31 | true  | true
            2023-01/2023-03       | 2023-02-15 | true  | true
            2023-01/2023-03       | 2023-03-01 | true  | true
            2023-01/2023-03       | 2023-03-02 | true  | false
            2023-01/2023-03       | 2022-12-31 | false | false
            2023-01/2023-03       | 2023-04-01 | false | false
            2004-06~/2004-06-11%  | 2004-06-05 | true  | false
            2023-05-10/2023-05-10 | 2023-05-10 | true  | true
            # overlapping ends: a start after the end cannot be, so the 10th is certain
            2023-05/2023-05-10    | 2023-05-10 | true  | true
            2023-05/2023-05-10    | 2023-05-09 | true  | false
            2023-05-10/2023-05    | 2023-05-10 | true  | true
            2023-05-10/2023-05    | 2023-05-11 | true  | false
            2019/201X             | 2019-12-31 | true  | false
            # open end: unbounded above
            2023-01/..            | 2023-01-31 | true  | true
            2023-01/..            | 2999-01-01 | true  | true
            2023-01/..            | MAX        | true  | true
            2023-01/..            | 2023-01-30 | true  | false
            2023-01/..            | 2022-12-31 | false | false
            # open start: unbounded below
            ../2023-05            | MIN        | true  | true
            ../2023-05            | 1000-01-01 | true  | true
            ../2023-05            | 2023-05-01 | true  | true
            ../2023-05            | 2023-05-02 | true  | false
            ../2023-05            | 2023-06-01 | false | false
            # unknown end: it may fall on the start day, so only an exact start day is certain
            2023-05-10/           | 2023-05-10 | true  | true
            2023-05-10/           | 2023-05-11 | true  | false
            2023-05-10/           | 2023-05-09 | false | false
            2023-05/              | 2023-05-31 | true  | false
            2023-05/              | 2023-05-01 | true  | false
            2023-05/              | 2023-05-30 | true  | false
            2023-05/              | 2023-06-01 | true  | false
            # unknown start: likewise, only an exact end day is certain
            /2023-05-10           | 2023-05-10 | true  | true
            /2023-05-10           | 2023-05-09 | true  | false
            /2023-05-10           | MIN        | true  | false
            /2023-05              | 2023-05-01 | true  | false
            /2023-05              | 2023-05-02 | true  | false
            /2023-05              | 2023-04-30 | true  | false
            """)
    void mayAndCertainly(String text, String on, boolean may, boolean certainly) {
      FuzzyDate d = p(text);
      assertEquals(may, d.mayInclude(day(on)), "mayInclude");
      assertEquals(certainly, d.certainlyIncludes(day(on)), "certainlyIncludes");
    }

    @Test
    void nullDaysAreRejected() {
      assertThrows(NullPointerException.class, () -> p("2023").mayInclude(null));
      assertThrows(NullPointerException.class, () -> p("2023").certainlyIncludes(null));
    }
  }

  @Nested
  class OrderAndEquality {

    @Test
    void sortsByEarliestThenLatestThenText() {
      List<String> expected =
          List.of(
              "../2020", // MIN .. 2020-12-31
              "/2020", // the same days: by text, '.' < '/'
              "202X", // 2020-01-01 .. 2029-12-31
              "2022-24", // 2022-12-01 .. 2023-02-28
              "2023-01", // 2023-01-01 .. 2023-01-31
              "2023-01-01/2023-03", // 2023-01-01 .. 2023-03-31
              "2023", // 2023-01-01 .. 2023-12-31
              "2023-XX", // the same days: by text
              "2023?",
              "2023~",
              "2023/..", // 2023-01-01 .. MAX
              "2024-02-29");
      List<FuzzyDate> dates = new ArrayList<>();
      for (String s : expected) {
        dates.add(p(s));
      }
      for (long seed = 0; seed < 20; seed++) {
        List<FuzzyDate> shuffled = new ArrayList<>(dates);
        Collections.shuffle(shuffled, new Random(seed));
        Collections.sort(shuffled);
        assertEquals(dates, shuffled);
      }
    }

    @Test
    void compareToMatchesEquals() {
      assertEquals(0, p("2023-05?").compareTo(FuzzyDate.parse(new StringBuilder("2023-05?"))));
      assertTrue(p("2023").compareTo(p("2023-01")) > 0);
      assertTrue(p("2023-01").compareTo(p("2023")) < 0);
      assertTrue(p("2004-XX").compareTo(p("2004")) != 0);
      assertTrue(p("2023?").compareTo(p("2023")) > 0);
    }

    @Test
    void equalityIsByText() {
      assertEquals(p("2023-05"), FuzzyDate.of(YearMonth.of(2023, 5)));
      assertEquals(p("2023-05").hashCode(), FuzzyDate.of(YearMonth.of(2023, 5)).hashCode());
      assertEquals(p("2022-12/.."), FuzzyDate.openEnd(p("2022-12")));
      assertEquals(p("2022-12/..").hashCode(), FuzzyDate.openEnd(p("2022-12")).hashCode());
      // Same days, different values.
      assertNotEquals(p("2023-05"), p("2023-05?"));
      assertNotEquals(p("2004"), p("2004-XX"));
      assertNotEquals(p("2004-XX"), p("2004-XX-XX"));
      assertNotEquals(p("2023-05/"), p("2023-05/.."));
      assertNotEquals(p("2023"), "2023");
      assertNotEquals(p("2023"), null);
    }
  }
}
