package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.core.query.TimelineEntry;
import dev.parley.core.time.FuzzyDate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed report's timeline reads in chronological order (issue 13): before, the meetings dated
 * {@code /2023-01-11?} (unknown start) were listed before those of 2016. A date counts for the
 * days from its start's earliest day to its end's latest day, an unknown end counting as the
 * known one; the timeline's first days never go back.
 */
class SeedTimelineTest {
  private static final Chronicle SEED = SeedCorpus.curated();

  /** The first day a date counts for, read from its text's ends (independent of FuzzyDate). */
  private static LocalDate firstDay(FuzzyDate d) {
    if (d.isOpenStart()) {
      return LocalDate.MIN;
    }
    return d.start().or(d::end).orElseThrow().earliest();
  }

  private static void assertNeverGoesBack(List<FuzzyDate> dates, String what) {
    for (int i = 1; i < dates.size(); i++) {
      assertFalse(firstDay(dates.get(i)).isBefore(firstDay(dates.get(i - 1))),
          what + ": " + dates.get(i - 1) + " then " + dates.get(i));
    }
  }

  @Test
  void theReportsTimelineOfMeetingsIsChronological() {
    StringWriter text = new StringWriter();
    new SeedReport(SeedCorpus.load(ArticleReaderTest.seeds())).write(new PrintWriter(text));
    String report = text.toString();
    String section = report.substring(report.indexOf("Timeline of meetings"),
        report.indexOf("\nOther events\n"));
    List<FuzzyDate> printed = new ArrayList<>();
    for (String line : section.lines().toList()) {
      if (!line.isBlank() && (Character.isDigit(line.charAt(0)) || line.startsWith("/")
          || line.startsWith(".."))) {
        printed.add(FuzzyDate.parse(line.substring(0, line.indexOf(' '))));
      }
    }
    assertEquals(SEED.meetings().size() + SEED.events().size(), printed.size(), section);
    assertNeverGoesBack(printed, "report timeline");
    // The case of the issue: the January 2023 meetings with an unknown start follow 2016.
    int unknownStart = printed.indexOf(FuzzyDate.parse("/2023-01-11?"));
    int moscow2016 = printed.indexOf(FuzzyDate.parse("2016-12-20"));
    assertTrue(unknownStart >= 0 && moscow2016 >= 0 && moscow2016 < unknownStart, section);
  }

  @Test
  void theQueryTimelineAndListsAreChronological() {
    assertNeverGoesBack(SEED.query().timeline().stream().map(TimelineEntry::date).toList(),
        "timeline()");
    assertNeverGoesBack(SEED.query().meetings().list().stream().map(Meeting::date).toList(),
        "meetings()");
    assertNeverGoesBack(SEED.query().statements().list().stream().map(s -> s.date()).toList(),
        "statements()");
  }

  @Test
  void anUnknownStartIsFoundSinceItsYearAndNotInAnEarlierOne() {
    List<Meeting> unknownStart = SEED.meetings().stream()
        .filter(m -> m.date().isUnknownStart() && m.date().toString().contains("2023-01"))
        .toList();
    assertFalse(unknownStart.isEmpty());
    List<Meeting> since = SEED.query().meetings().since(LocalDate.of(2023, 1, 1)).list();
    List<Meeting> in2012 = SEED.query().meetings()
        .overlapping(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31)).list();
    for (Meeting m : unknownStart) {
      assertTrue(since.contains(m), m.id() + " " + m.date());
      assertFalse(in2012.contains(m), m.id() + " " + m.date());
    }
  }
}
