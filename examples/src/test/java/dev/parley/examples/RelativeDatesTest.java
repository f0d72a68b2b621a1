package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.time.FuzzyDate;
import dev.parley.examples.RelativeDates.Mention;
import dev.parley.examples.SeedArticle.DateAnchor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeDatesTest {
  /** Tuesday 25 April 2023, as stated by a dateline. */
  private static final Optional<DateAnchor> TUESDAY =
      Optional.of(new DateAnchor(LocalDate.of(2023, 4, 25), false, "dateline"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "They met on Tuesday.                       | 2023-04-25",
      "They met on Monday.                        | 2023-04-24",
      "They met on Wednesday.                     | 2023-04-19",
      "They will meet on Wednesday.               | 2023-04-26",
      "After Sunday's talks, nothing.             | 2023-04-23",
      "They met last Tuesday.                     | 2023-04-18",
      "They meet next Tuesday.                    | 2023-05-02",
      "It ends this Sunday.                       | 2023-04-30",
      "He said so yesterday.                      | 2023-04-24",
      "He said so this morning.                   | 2023-04-25",
      "It happened last week.                     | 2023-04-17/2023-04-23",
      "It happens next week.                      | 2023-05-01/2023-05-07",
      "It happened last weekend.                  | 2023-04-22/2023-04-23",
      "It happened last month.                    | 2023-03",
      "It happens this month.                     | 2023-04",
      "It happened last year.                     | 2022",
      "They held talks in December.               | 2022-12",
      "A meeting may take place in early May.     | 2023-05-01~/2023-05-10~",
      "Late in December, he said so.              | 2022-12-21~/2022-12-31~",
      "It was agreed in mid-March.                | 2023-03-11~/2023-03-20~",
      "He will meet Blinken on Jan. 18.           | 2024-01-18",
      "The attack of Nov. 13 killed six.          | 2022-11-13",
      "They reconciled in the summer.             | 2022-22",
      "They reconciled in the spring.             | 2023-21",
  })
  void readsAgainstADateline(String text, String expected) {
    List<Mention> mentions = RelativeDates.find(text, TUESDAY);
    assertEquals(1, mentions.size(), () -> mentions.toString());
    assertEquals(Optional.of(FuzzyDate.parse(expected)), mentions.get(0).resolved());
  }

  @Test
  void leavesAbsoluteDatesAlone() {
    assertEquals(List.of(), RelativeDates.find(
        "In March 2011, on April 25, 2023, and in January 2017, nothing relative.", TUESDAY));
  }

  @Test
  void theModalVerbMayIsNoMonth() {
    assertEquals(List.of(), RelativeDates.find("They may meet in a month or two.", TUESDAY));
  }

  @Test
  void withoutAnAnchorNothingIsGuessed() {
    List<Mention> mentions = RelativeDates.find("They met on Wednesday, last month.",
        Optional.empty());
    assertEquals(List.of("Wednesday", "last month"), mentions.stream().map(Mention::phrase)
        .toList());
    mentions.forEach(m -> {
      assertEquals(Optional.empty(), m.resolved());
      assertEquals("unresolved: the article's date is not stated", m.reading());
    });
  }

  @Test
  void aLongerPhraseWinsOverTheShorterOneInsideIt() {
    List<Mention> mentions = RelativeDates.find("Late in December, then.", TUESDAY);
    assertEquals(List.of("Late in December"), mentions.stream().map(Mention::phrase).toList());
  }

  /** A weekday is the nearest such day, backwards in the past tense, forwards in the future. */
  @Property(tries = 500)
  void weekdaysLieWithinAWeekOfTheAnchor(
      @ForAll("days") LocalDate anchor, @ForAll DayOfWeek day, @ForAll boolean future) {
    String name = day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
    String text = (future ? "They will meet on " : "They met on ") + name + ".";
    FuzzyDate d = RelativeDates.find(text,
        Optional.of(new DateAnchor(anchor, false, "dateline"))).get(0).resolved().orElseThrow();
    LocalDate resolved = d.earliest();
    assertEquals(resolved, d.latest());
    assertEquals(day, resolved.getDayOfWeek());
    long shift = ChronoUnit.DAYS.between(anchor, resolved);
    assertTrue(future ? shift >= 0 && shift <= 6 : shift <= 0 && shift >= -6, "shift " + shift);
  }

  /** Whatever is read against an approximate anchor is approximate itself. */
  @Property(tries = 200)
  void approximateAnchorsGiveApproximateDates(
      @ForAll("days") LocalDate anchor, @ForAll("phrases") String phrase) {
    List<Mention> mentions = RelativeDates.find("It was " + phrase + ".",
        Optional.of(new DateAnchor(anchor, true, "photo caption")));
    assertEquals(1, mentions.size(), phrase);
    assertTrue(mentions.get(0).resolved().orElseThrow().isApproximate(), phrase);
  }

  /** Offsets count code points, so that they resolve in the text like any SourceRef. */
  @Property(tries = 200)
  void offsetsCountCodePoints(
      @ForAll @IntRange(max = 5) int flags, @ForAll("phrases") String phrase) {
    String text = "🇹🇷".repeat(flags) + " Türkiye said " + phrase + ".";
    Mention m = RelativeDates.find(text, TUESDAY).get(0);
    int from = text.offsetByCodePoints(0, m.start());
    int to = text.offsetByCodePoints(0, m.end());
    assertEquals(m.phrase(), text.substring(from, to));
    assertTrue(phrase.endsWith(m.phrase()), m.phrase()); // "on Friday" is found as "Friday"
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 365 * 200)
        .map(n -> LocalDate.of(1900, 1, 1).plusDays(n));
  }

  @Provide
  Arbitrary<String> phrases() {
    return Arbitraries.of("on Friday", "last week", "next month", "yesterday", "in December",
        "early May", "late in June", "mid-March", "on Feb. 28", "in the winter", "last weekend",
        "this year");
  }
}
