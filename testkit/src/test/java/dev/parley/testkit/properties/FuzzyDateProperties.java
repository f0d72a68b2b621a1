package dev.parley.testkit.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.time.FuzzyDate.Qualifier;
import dev.parley.core.time.FuzzyDate;
import dev.parley.testkit.FuzzyDateArbitraries;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import net.jqwik.api.statistics.StatisticsReport;

class FuzzyDateProperties {

  @Provide
  Arbitrary<FuzzyDate> dates() {
    return FuzzyDateArbitraries.fuzzyDates();
  }

  @Provide
  Arbitrary<FuzzyDate> singles() {
    return FuzzyDateArbitraries.singleDates();
  }

  @Provide
  Arbitrary<FuzzyDate> intervals() {
    return FuzzyDateArbitraries.intervals();
  }

  @Provide
  Arbitrary<String> validTexts() {
    return FuzzyDateArbitraries.validEdtfStrings();
  }

  @Provide
  Arbitrary<String> mutatedTexts() {
    return FuzzyDateArbitraries.mutatedEdtfStrings();
  }

  @Provide
  Arbitrary<Tuple2<FuzzyDate, LocalDate>> datesWithDays() {
    return dates().flatMap(d -> FuzzyDateArbitraries.daysAround(d).map(day -> Tuple.of(d, day)));
  }

  /** Pairs that are often equal or tied on their days, from a narrow range of years. */
  @Provide
  Arbitrary<Tuple2<FuzzyDate, FuzzyDate>> pairs() {
    Arbitrary<FuzzyDate> narrow = FuzzyDateArbitraries.fuzzyDates(Year.of(2019), Year.of(2021));
    Arbitrary<Tuple2<FuzzyDate, FuzzyDate>> independent =
        Combinators.combine(narrow, narrow).as(Tuple::of);
    Arbitrary<Tuple2<FuzzyDate, FuzzyDate>> same =
        narrow.map(d -> Tuple.of(d, FuzzyDate.parse(new StringBuilder(d.toString()))));
    Arbitrary<Tuple2<FuzzyDate, FuzzyDate>> requalified =
        Combinators.combine(
                FuzzyDateArbitraries.singleDates(Year.of(2019), Year.of(2021)),
                FuzzyDateArbitraries.qualifiers())
            .as((d, q) -> Tuple.of(d, d.withQualifier(q)));
    return Arbitraries.oneOf(List.of(independent, same, requalified));
  }

  @Property
  void valuesRoundTrip(@ForAll("dates") FuzzyDate d) {
    FuzzyDate again = FuzzyDate.parse(d.toString());
    assertEquals(d, again);
    assertEquals(d.hashCode(), again.hashCode());
    assertEquals(d.earliest(), again.earliest());
    assertEquals(d.latest(), again.latest());
  }

  @Property
  void textsRoundTrip(@ForAll("validTexts") String s) {
    assertEquals(s, FuzzyDate.parse(s).toString());
  }

  @Property
  void earliestIsNotAfterLatest(@ForAll("dates") FuzzyDate d) {
    assertFalse(d.earliest().isAfter(d.latest()), d::toString);
  }

  @Property
  void intervalBoundsComeFromTheirEnds(@ForAll("intervals") FuzzyDate d) {
    assertTrue(d.isInterval());
    assertEquals(Qualifier.NONE, d.qualifier());
    Optional<FuzzyDate> start = d.start();
    Optional<FuzzyDate> end = d.end();
    // Each end is exactly one of: a date, open, unknown; and one end at least is a date.
    assertEquals(1, count(start.isPresent(), d.isOpenStart(), d.isUnknownStart()));
    assertEquals(1, count(end.isPresent(), d.isOpenEnd(), d.isUnknownEnd()));
    assertTrue(start.isPresent() || end.isPresent());
    assertEquals(start.map(FuzzyDate::earliest).orElse(LocalDate.MIN), d.earliest());
    assertEquals(end.map(FuzzyDate::latest).orElse(LocalDate.MAX), d.latest());
    start.ifPresent(s -> assertFalse(s.isInterval()));
    end.ifPresent(e -> assertFalse(e.isInterval()));
    // The text is the ends' texts around one slash.
    String startText = start.map(FuzzyDate::toString).orElse(d.isOpenStart() ? ".." : "");
    String endText = end.map(FuzzyDate::toString).orElse(d.isOpenEnd() ? ".." : "");
    assertEquals(startText + "/" + endText, d.toString());
    // Flags gather the ends'.
    assertEquals(
        start.map(FuzzyDate::isUncertain).orElse(false)
            || end.map(FuzzyDate::isUncertain).orElse(false),
        d.isUncertain());
    assertEquals(
        start.map(FuzzyDate::isApproximate).orElse(false)
            || end.map(FuzzyDate::isApproximate).orElse(false),
        d.isApproximate());
    assertEquals(
        start.map(FuzzyDate::hasUnspecifiedDigits).orElse(false)
            || end.map(FuzzyDate::hasUnspecifiedDigits).orElse(false),
        d.hasUnspecifiedDigits());
  }

  @Property
  void singleDatesAreTheirOwnEnds(@ForAll("singles") FuzzyDate d) {
    assertFalse(d.isInterval());
    assertEquals(Optional.of(d), d.start());
    assertEquals(Optional.of(d), d.end());
    String text = d.toString();
    assertEquals(text.endsWith("?") || text.endsWith("%"), d.isUncertain());
    assertEquals(text.endsWith("~") || text.endsWith("%"), d.isApproximate());
    assertEquals(text.contains("X"), d.hasUnspecifiedDigits());
  }

  @Property
  void requalifyingKeepsTheDays(
      @ForAll("singles") FuzzyDate d, @ForAll Qualifier q) {
    FuzzyDate r = d.withQualifier(q);
    assertEquals(q, r.qualifier());
    assertEquals(d.earliest(), r.earliest());
    assertEquals(d.latest(), r.latest());
    assertEquals(r, FuzzyDate.parse(r.toString()));
    assertEquals(d, r.withQualifier(d.qualifier()));
  }

  @Property
  void includesItsOwnBounds(@ForAll("dates") FuzzyDate d) {
    assertTrue(d.mayInclude(d.earliest()));
    assertTrue(d.mayInclude(d.latest()));
    if (!d.earliest().equals(LocalDate.MIN)) {
      assertFalse(d.mayInclude(d.earliest().minusDays(1)));
    }
    if (!d.latest().equals(LocalDate.MAX)) {
      assertFalse(d.mayInclude(d.latest().plusDays(1)));
    }
  }

  @Property
  void certainlyImpliesMay(@ForAll("datesWithDays") Tuple2<FuzzyDate, LocalDate> sample) {
    FuzzyDate d = sample.get1();
    LocalDate day = sample.get2();
    boolean certainly = d.certainlyIncludes(day);
    Statistics.label("certainly").collect(certainly);
    if (certainly) {
      assertTrue(d.mayInclude(day), () -> d + " on " + day);
    }
    if (!d.isInterval()) {
      assertEquals(d.earliest().equals(d.latest()) && d.earliest().equals(day), certainly);
    }
  }

  @Provide
  Arbitrary<Tuple2<FuzzyDate, LocalDate>> intervalsWithDays() {
    return intervals()
        .flatMap(d -> FuzzyDateArbitraries.daysAround(d).map(day -> Tuple.of(d, day)));
  }

  /**
   * Picks one reading of an interval from two fractions (0 and 1 give the extreme readings) and
   * checks that it covers every day that {@code certainlyIncludes} claims. A reading is a start
   * day within the start and an end day within the end, the start not after the end; an unknown
   * end is any day from the start on, an unknown start any day up to the end.
   */
  @Property
  void everyReadingCoversTheCertainDays(
      @ForAll("intervalsWithDays") Tuple2<FuzzyDate, LocalDate> sample,
      @ForAll @DoubleRange(min = 0, max = 1) double startFraction,
      @ForAll @DoubleRange(min = 0, max = 1) double endFraction) {
    FuzzyDate d = sample.get1();
    LocalDate day = sample.get2();
    Optional<FuzzyDate> start = d.start();
    Optional<FuzzyDate> end = d.end();
    LocalDate s;
    LocalDate e;
    if (start.isPresent()) {
      LocalDate highest =
          end.map(x -> min(start.get().latest(), x.latest())).orElse(start.get().latest());
      s = between(start.get().earliest(), highest, startFraction);
      if (end.isPresent()) {
        e = between(max(s, end.get().earliest()), end.get().latest(), endFraction);
      } else {
        // Open: without limit; unknown: some day from the start on.
        e = d.isOpenEnd() ? LocalDate.MAX : s.plusDays(Math.round(endFraction * 400));
      }
    } else {
      e = between(end.orElseThrow().earliest(), end.get().latest(), endFraction);
      s = d.isOpenStart() ? LocalDate.MIN : e.minusDays(Math.round(startFraction * 400));
    }
    assertFalse(s.isAfter(e));
    assertTrue(d.mayInclude(s) && d.mayInclude(e), () -> s + ".." + e + " outside " + d);
    if (d.certainlyIncludes(day)) {
      assertFalse(day.isBefore(s) || day.isAfter(e), () -> d + " reads as " + s + ".." + e);
    }
  }

  /**
   * The certain span is exact, not merely safe: when it is not empty, reading the interval as
   * exactly that span is possible (its start lies within the start, its end within the end), so
   * no day outside it can be certain.
   */
  @Property
  void theCertainSpanIsItselfAReading(@ForAll("intervalsWithDays") Tuple2<FuzzyDate, LocalDate> sample) {
    FuzzyDate d = sample.get1();
    LocalDate from = d.certainStart();
    LocalDate to = d.certainEnd();
    Statistics.label("certain days").collect(!from.isAfter(to));
    assertEquals(!sample.get2().isBefore(from) && !sample.get2().isAfter(to),
        d.certainlyIncludes(sample.get2()));
    if (from.isAfter(to)) {
      return;
    }
    d.start().ifPresent(s -> assertTrue(s.mayInclude(from), () -> d + " cannot start on " + from));
    d.end().ifPresent(e -> assertTrue(e.mayInclude(to), () -> d + " cannot end on " + to));
    if (d.isUnknownEnd()) {
      assertEquals(from, to, "an unknown end may fall on the start day");
    }
    if (d.isUnknownStart()) {
      assertEquals(from, to, "an unknown start may fall on the end day");
    }
  }

  private static LocalDate between(LocalDate from, LocalDate to, double fraction) {
    long span = to.toEpochDay() - from.toEpochDay();
    return from.plusDays(Math.round(span * fraction));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  @Property
  void compareToIsConsistentWithEquals(
      @ForAll("pairs") Tuple2<FuzzyDate, FuzzyDate> pair) {
    FuzzyDate a = pair.get1();
    FuzzyDate b = pair.get2();
    Statistics.label("equal").collect(a.equals(b));
    assertEquals(a.equals(b), a.compareTo(b) == 0);
    assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
    assertEquals(0, a.compareTo(a));
    if (a.equals(b)) {
      assertEquals(a.hashCode(), b.hashCode());
    }
    // The first day counted, worked out independently (QueryProperties.low), orders first.
    int byDays = QueryProperties.low(a).compareTo(QueryProperties.low(b));
    if (byDays != 0) {
      assertEquals(Integer.signum(byDays), Integer.signum(a.compareTo(b)));
    }
  }

  @Property
  void compareToIsTransitive(
      @ForAll("pairs") Tuple2<FuzzyDate, FuzzyDate> ab, @ForAll("dates") FuzzyDate c) {
    FuzzyDate a = ab.get1();
    FuzzyDate b = ab.get2();
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertTrue(a.compareTo(c) <= 0);
    }
  }

  @Property
  void mutatedTextsRoundTripOrFailCleanly(@ForAll("mutatedTexts") String s) {
    FuzzyDate d;
    try {
      d = FuzzyDate.parse(s);
    } catch (DateTimeParseException e) {
      Statistics.label("outcome").collect("rejected");
      assertTrue(
          e.getErrorIndex() >= 0 && e.getErrorIndex() <= s.length(),
          () -> "index " + e.getErrorIndex() + " for " + s);
      assertEquals(s, e.getParsedString());
      assertTrue(e.getMessage().startsWith("Text '"), e::getMessage);
      return;
    }
    Statistics.label("outcome").collect("accepted");
    assertEquals(s, d.toString());
    assertEquals(d, FuzzyDate.parse(d.toString()));
    assertFalse(d.earliest().isAfter(d.latest()));
  }

  /** The generators reach every shape: a guard for the test kit itself. */
  @Property
  @StatisticsReport(StatisticsReportMode.OFF)
  void generatorsCoverEveryShape(@ForAll("validTexts") String s) {
    FuzzyDate d = FuzzyDate.parse(s);
    String single = d.isInterval() ? d.start().or(d::end).orElseThrow().toString() : s;
    Statistics.label("interval").collect(d.isInterval());
    Statistics.label("qualifier").collect(s.isEmpty() ? "" : qualifierOf(single));
    Statistics.label("season").collect(single.matches("\\d{4}-2[1-4].?"));
    Statistics.label("X").collect(d.hasUnspecifiedDigits());
    Statistics.label("open start").collect(d.isOpenStart());
    Statistics.label("open end").collect(d.isOpenEnd());
    Statistics.label("unknown start").collect(d.isUnknownStart());
    Statistics.label("unknown end").collect(d.isUnknownEnd());

    Statistics.label("interval").coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("qualifier")
        .coverage(
            c -> {
              for (String q : List.of("", "?", "~", "%")) {
                c.check(q).count(n -> n > 0);
              }
            });
    for (String label :
        List.of("season", "X", "open start", "open end", "unknown start", "unknown end")) {
      Statistics.label(label).coverage(c -> c.check(true).count(n -> n > 0));
    }
  }

  private static String qualifierOf(String single) {
    char last = single.charAt(single.length() - 1);
    return last == '?' || last == '~' || last == '%' ? String.valueOf(last) : "";
  }

  private static int count(boolean... flags) {
    int n = 0;
    for (boolean f : flags) {
      n += f ? 1 : 0;
    }
    return n;
  }
}
