package dev.parley.core.query;

import static dev.parley.core.query.QueriesTest.A;
import static dev.parley.core.query.QueriesTest.RUS;
import static dev.parley.core.query.QueriesTest.SRC;
import static dev.parley.core.query.QueriesTest.SYR;
import static dev.parley.core.query.QueriesTest.TUR;
import static dev.parley.core.query.QueriesTest.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Article;
import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Participant;
import dev.parley.core.Speaker;
import dev.parley.core.State;
import dev.parley.core.Statement;
import dev.parley.core.StatementId;
import dev.parley.core.StatementMode;
import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The date rule of issue 13 on examples: an open end ({@code ..}) is unbounded, an unknown
 * (empty) end counts as the known end. The three cases the issue reports: {@code /2023-01-11?}
 * sorted before 2016 in the timeline, {@code overlapping(2012)} returned it, {@code
 * since(2023-01-01)} missed it.
 */
class DateSemanticsTest {
  private static FuzzyDate p(String text) {
    return FuzzyDate.parse(text);
  }

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  private static Meeting meeting(String id, String date) {
    return Meeting.builder()
        .id(MeetingId.of(id))
        .title(id)
        .date(p(date))
        .addParticipant(Participant.builder().actor(TUR).build())
        .addParticipant(Participant.builder().actor(SYR).build())
        .addStatusChange(status(MeetingStatus.HELD, date))
        .addSource(SRC)
        .build();
  }

  private static final Meeting UNKNOWN_START = meeting("intelligence-chiefs", "/2023-01-11?");
  private static final Meeting Y2016 = meeting("moscow-2016", "2016-12-20");
  private static final Meeting OPEN_START = meeting("long-ago", "../2012-06");
  private static final Meeting Y2023 = meeting("whole-2023", "2023");

  private static final Chronicle CHRONICLE = Chronicle.builder()
      .addStates(State.builder().id(TUR).name("Türkiye").build(),
          State.builder().id(SYR).name("Syria").build(),
          State.builder().id(RUS).name("Russia").build())
      .addArticle(Article.builder().id(A).build())
      .addMeetings(UNKNOWN_START, Y2016, OPEN_START, Y2023)
      .addStatement(Statement.builder()
          .id(StatementId.of("said-before"))
          .speaker(Speaker.of(RUS))
          .date(p("/2023-01-11?"))
          .mode(StatementMode.UNRECORDED)
          .addSource(SRC)
          .build())
      .build();

  private static final Queries Q = CHRONICLE.query();

  private static List<String> ids(List<Meeting> meetings) {
    return meetings.stream().map(m -> m.id().value()).toList();
  }

  @Test
  void anUnknownStartSortsAsItsKnownEndInTheTimeline() {
    List<FuzzyDate> dates = Q.timeline().stream().map(TimelineEntry::date).toList();
    assertEquals(List.of(p("../2012-06"), p("2016-12-20"), p("2023"), p("/2023-01-11?"),
        p("/2023-01-11?")), dates);
    // On equal dates the meeting's report comes before the statement.
    assertTrue(Q.timeline().get(3) instanceof TimelineEntry.MeetingReported);
    assertEquals(List.of("long-ago", "moscow-2016", "whole-2023", "intelligence-chiefs"),
        ids(Q.meetings().list()));
  }

  @Test
  void overlappingAYearLongBeforeAnUnknownStartDoesNotReturnIt() {
    assertEquals(List.of("long-ago"),
        ids(Q.meetings().overlapping(d("2012-01-01"), d("2012-12-31")).list()));
    assertEquals(List.of(), Q.statements().overlapping(d("2012-01-01"), d("2012-12-31")).list());
    assertEquals(List.of("whole-2023", "intelligence-chiefs"),
        ids(Q.meetings().overlapping(d("2023-01-11"), d("2023-01-11")).list()));
  }

  @Test
  void sinceTheStartOfTheYearReturnsAnUnknownStartEndingInIt() {
    assertEquals(List.of("whole-2023", "intelligence-chiefs"),
        ids(Q.meetings().since(d("2023-01-01")).list()));
    assertEquals(1, Q.statements().since(d("2023-01-01")).count());
    // Not since the day after its known end.
    assertEquals(List.of(), ids(Q.meetings().since(d("2023-01-12")).list()));
  }

  @Test
  void untilAndWithinUseTheSameDays() {
    assertEquals(List.of("long-ago", "moscow-2016", "intelligence-chiefs"),
        ids(Q.meetings().until(d("2023-01-11")).list()));
    assertEquals(List.of("whole-2023", "intelligence-chiefs"),
        ids(Q.meetings().within(d("2023-01-01"), d("2023-12-31")).list()));
    assertEquals(1, Q.statements().within(d("2023-01-11"), d("2023-01-11")).count());
    assertEquals(0, Q.statements().until(d("2023-01-10")).count());
    assertThrows(IllegalArgumentException.class,
        () -> Q.statements().within(d("2023-01-02"), d("2023-01-01")));
  }

  @Test
  void countedDaysOfEachShape() {
    assertEquals(d("2023-01-11"), p("/2023-01-11?").earliestDay());
    assertEquals(d("2023-01-11"), p("/2023-01-11?").latestDay());
    assertEquals(LocalDate.MIN, p("/2023-01-11?").earliest()); // may: unbounded
    assertEquals(d("2023-05-01"), p("2023-05/").earliestDay());
    assertEquals(d("2023-05-31"), p("2023-05/").latestDay());
    assertEquals(LocalDate.MAX, p("2023-05/").latest());
    assertEquals(LocalDate.MIN, p("../2023").earliestDay());
    assertEquals(LocalDate.MAX, p("2022-12/..").latestDay());
    assertEquals(d("2022-12-01"), p("2022-12/2023-01").earliestDay());
    assertEquals(d("2023-01-31"), p("2022-12/2023-01").latestDay());
    assertEquals(d("2023-12-01"), p("2023-24").earliestDay());
    assertEquals(d("2024-02-29"), p("2023-24").latestDay());
  }

  @Test
  void predicatesOnFuzzyDate() {
    FuzzyDate unknownStart = p("/2023-01-11?");
    assertFalse(unknownStart.overlaps(d("2012-01-01"), d("2012-12-31")));
    assertTrue(unknownStart.isOnOrAfter(d("2023-01-01")));
    assertTrue(unknownStart.isOnOrBefore(d("2023-01-11")));
    assertTrue(unknownStart.isWithin(d("2023-01-11"), d("2023-01-11")));
    assertTrue(p("../2023").overlaps(d("1900-01-01"), d("1900-01-01")));
    assertFalse(p("2023/..").isWithin(d("2023-01-01"), d("2999-12-31")));
    assertFalse(p("2023/..").isOnOrBefore(d("2999-12-31")));
    assertFalse(p("2011").isOnOrAfter(d("2011-03-15")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> p("2023").overlaps(d("2023-02-01"), d("2023-01-01")));
    assertEquals("range ends (2023-01-01) before it starts (2023-02-01)", e.getMessage());
    assertThrows(NullPointerException.class, () -> p("2023").isOnOrAfter(null));
  }

  @Test
  void orderIsChronologicalAndConsistentWithEquals() {
    assertTrue(p("/2023-01-11?").compareTo(p("2016")) > 0);
    assertTrue(p("../2023-01-11").compareTo(p("2016")) < 0);
    assertTrue(p("2023-05-10/").compareTo(p("2023-05-10/..")) < 0); // unknown end: that day
    assertTrue(p("/2023-01-11?").compareTo(p("2023-01-11?")) != 0); // same days, other text
    assertEquals(0, p("/2023-01-11?").compareTo(p("/2023-01-11?")));
  }
}
