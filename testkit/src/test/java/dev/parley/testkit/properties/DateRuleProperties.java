package dev.parley.testkit.properties;

import static dev.parley.testkit.properties.QueryProperties.DATE_ORDER;
import static dev.parley.testkit.properties.QueryProperties.high;
import static dev.parley.testkit.properties.QueryProperties.low;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.core.Statement;
import dev.parley.core.query.TimelineEntry;
import dev.parley.core.time.FuzzyDate;
import dev.parley.testkit.FuzzyDateArbitraries;
import dev.parley.testkit.ParleyArbitraries;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.statistics.Statistics;

/**
 * The date rule of {@code FuzzyDate} ("Ordering and filtering") against the independent reading
 * of {@link QueryProperties#low} and {@link QueryProperties#high}, written from the Javadoc: an
 * open end is unbounded, an unknown end counts as the known end, a dated end for all its days.
 * Every query filters and sorts through these methods, so these laws carry over to them ({@link
 * QueryProperties} checks the queries themselves).
 */
class DateRuleProperties {

  /** Dates from a narrow range of years, a third of them intervals with an unknown end. */
  @Provide
  Arbitrary<FuzzyDate> dates() {
    Arbitrary<FuzzyDate> single = FuzzyDateArbitraries.singleDates(Year.of(2019), Year.of(2021));
    Arbitrary<FuzzyDate> unknown = Combinators.combine(single, Arbitraries.of(true, false))
        .as((d, atStart) -> atStart ? FuzzyDate.unknownStart(d) : FuzzyDate.unknownEnd(d));
    return Arbitraries.frequencyOf(
        Tuple.of(2, FuzzyDateArbitraries.fuzzyDates(Year.of(2019), Year.of(2021))),
        Tuple.of(1, unknown));
  }

  @Provide
  Arbitrary<Tuple3<FuzzyDate, LocalDate, LocalDate>> datesWithRanges() {
    return dates().flatMap(d -> {
      Arbitrary<LocalDate> days = FuzzyDateArbitraries.daysAround(d)
          .filter(x -> x.getYear() > 1 && x.getYear() < 9998);
      return Combinators.combine(days, days)
          .as((a, b) -> a.isAfter(b) ? Tuple.of(d, b, a) : Tuple.of(d, a, b));
    });
  }

  @Property
  void countedDaysMatchTheReading(@ForAll("dates") FuzzyDate d) {
    assertEquals(low(d), d.earliestDay(), d::toString);
    assertEquals(high(d), d.latestDay(), d::toString);
    // Certain days within counted days within possible days.
    assertFalse(d.earliestDay().isAfter(d.latestDay()), d::toString);
    assertFalse(d.earliest().isAfter(d.earliestDay()), d::toString);
    assertFalse(d.latestDay().isAfter(d.latest()), d::toString);
    if (!d.certainStart().isAfter(d.certainEnd())) {
      assertFalse(d.certainStart().isBefore(d.earliestDay()), d::toString);
      assertFalse(d.certainEnd().isAfter(d.latestDay()), d::toString);
    }
    Statistics.label("shape").collect(
        d.isUnknownStart() ? "unknown start" : d.isUnknownEnd() ? "unknown end"
            : d.isOpenStart() || d.isOpenEnd() ? "open" : d.isInterval() ? "dated" : "single");
    Statistics.label("shape").coverage(cov -> {
      cov.check("unknown start").percentage(p -> p > 10);
      cov.check("unknown end").percentage(p -> p > 10);
      cov.check("open").percentage(p -> p > 2);
    });
  }

  @Property
  void predicatesMatchTheReading(
      @ForAll("datesWithRanges") Tuple3<FuzzyDate, LocalDate, LocalDate> k) {
    FuzzyDate d = k.get1();
    LocalDate from = k.get2();
    LocalDate to = k.get3();
    String what = d + " [" + from + ", " + to + "]";
    boolean overlaps = !low(d).isAfter(to) && !high(d).isBefore(from);
    assertEquals(overlaps, d.overlaps(from, to), what);
    assertEquals(!low(d).isBefore(from) && !high(d).isAfter(to), d.isWithin(from, to), what);
    assertEquals(!low(d).isBefore(from), d.isOnOrAfter(from), what);
    assertEquals(!high(d).isAfter(to), d.isOnOrBefore(to), what);
    // Within implies overlapping; so does being on or after and on or before one day.
    assertTrue(!d.isWithin(from, to) || d.overlaps(from, to), what);
    Statistics.label("overlaps").collect(overlaps);
  }

  @Provide
  Arbitrary<Tuple2<FuzzyDate, FuzzyDate>> pairs() {
    Arbitrary<Tuple2<FuzzyDate, FuzzyDate>> independent =
        Combinators.combine(dates(), dates()).as(Tuple::of);
    // A date and an interval from an unknown start to it: the same days, another text.
    Arbitrary<Tuple2<FuzzyDate, FuzzyDate>> tied =
        FuzzyDateArbitraries.singleDates(Year.of(2019), Year.of(2021))
            .map(d -> Tuple.of(d, FuzzyDate.unknownStart(d)));
    return Arbitraries.frequencyOf(Tuple.of(4, independent), Tuple.of(1, tied));
  }

  @Property
  void compareToIsTheReadingsOrder(@ForAll("pairs") Tuple2<FuzzyDate, FuzzyDate> pair) {
    FuzzyDate a = pair.get1();
    FuzzyDate b = pair.get2();
    assertEquals(Integer.signum(DATE_ORDER.compare(a, b)), Integer.signum(a.compareTo(b)),
        a + " vs " + b);
    assertEquals(a.equals(b), a.compareTo(b) == 0, a + " vs " + b);
  }

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(1, 6).withMeetings(0, 12)
        .withStatements(0, 6).withStances(0, 3).withParticipants(1, 3);
  }

  /**
   * The timeline, meetings and statements read in chronological order: no entry counts for an
   * earlier first day than the one before it, nor (on the same first day) an earlier last day.
   */
  @Property(tries = 100)
  void listsReadInChronologicalOrder(@ForAll("chronicles") Chronicle c) {
    assertChronological(c.query().timeline(), TimelineEntry::date, "timeline");
    assertChronological(c.query().meetings().list(), Meeting::date, "meetings");
    assertChronological(c.query().statements().list(), Statement::date, "statements");
    Statistics.label("an unknown end on the timeline").collect(c.query().timeline().stream()
        .anyMatch(e -> e.date().isUnknownStart() || e.date().isUnknownEnd()));
  }

  private static <T> void assertChronological(List<T> list, Function<T, FuzzyDate> date,
      String what) {
    for (int i = 1; i < list.size(); i++) {
      FuzzyDate before = date.apply(list.get(i - 1));
      FuzzyDate after = date.apply(list.get(i));
      assertTrue(DATE_ORDER.compare(before, after) <= 0,
          what + " " + before + " then " + after);
    }
  }
}
