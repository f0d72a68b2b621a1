package dev.parley.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Iterables;
import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.Meeting;
import dev.parley.core.Official;
import dev.parley.core.Participant;
import dev.parley.core.Place;
import dev.parley.core.Post;
import dev.parley.core.Tenure;
import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The shape of generated chronicles: consistent, realistic, and within the options given. */
class ChronicleGenerationProperties {

  @Provide
  Arbitrary<Chronicle> populated() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(2, 6).withMeetings(0, 12)
        .withStatements(0, 6).withStances(0, 6).withParticipants(1, 4);
  }

  /** Thousands of chronicles; each was built, so validated, and rebuilds equal. */
  @Property(tries = 2000)
  void chroniclesBuildWithoutViolations(@ForAll Chronicle chronicle) {
    assertEquals(chronicle, Chronicle.builder().from(chronicle).build());
    Statistics.label("has meetings").collect(!chronicle.meetings().isEmpty());
    Statistics.label("has statements").collect(!chronicle.statements().isEmpty());
    Statistics.label("has stances").collect(!chronicle.stances().isEmpty());
    Statistics.label("has events").collect(!chronicle.events().isEmpty());
    Statistics.label("has meetings").coverage(c -> c.check(true).percentage(p -> p > 30));
    Statistics.label("has statements").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("has stances").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("has events").coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  /**
   * A few officials attend many meetings: in chronicles with several meetings and officials, the
   * most frequent attendee attends more often than the officials' average, in most tries.
   */
  @Property(tries = 500)
  void attendanceIsSkewed(@ForAll("populated") Chronicle chronicle) {
    Map<ActorRef, Integer> attended = new HashMap<>();
    for (Meeting m : chronicle.meetings()) {
      m.participants().stream().flatMap(p -> p.actor().stream())
          .filter(a -> a instanceof dev.parley.core.OfficialId)
          .distinct()
          .forEach(a -> attended.merge(a, 1, Integer::sum));
    }
    boolean measurable = chronicle.meetings().size() >= 6 && attended.size() >= 2;
    Statistics.label("measurable").collect(measurable);
    if (!measurable) {
      return;
    }
    int top = Collections.max(attended.values());
    double mean = attended.values().stream().mapToInt(Integer::intValue).average().orElse(0);
    Statistics.label("skewed").collect(top > mean);
    Statistics.label("skewed").coverage(c -> c.check(true).percentage(p -> p > 75));
  }

  /**
   * An official holding one office several times (perhaps under different titles) holds it in
   * terms that follow each other.
   */
  @Property(tries = 500)
  void tenuresOfOneOfficeFollowEachOther(@ForAll("populated") Chronicle chronicle) {
    for (Official official : chronicle.officials()) {
      Map<Post, List<Tenure>> byOffice = official.tenures().stream()
          .collect(Collectors.groupingBy(t -> t.post().office()));
      for (List<Tenure> tenures : byOffice.values()) {
        for (int i = 1; i < tenures.size(); i++) {
          FuzzyDate before = tenures.get(i - 1).term();
          FuzzyDate after = tenures.get(i).term();
          Statistics.label("successive terms").collect(true);
          assertTrue(!before.end().isEmpty() && before.end().equals(after.start()),
              before + " then " + after);
        }
      }
    }
  }

  /** Dates are written within the years asked for. */
  @Property(tries = 300)
  void datesStayWithinTheYearsAsked(@ForAll("recent") Chronicle chronicle) {
    for (Meeting m : chronicle.meetings()) {
      assertWritten(m.date());
      m.statusHistory().forEach(s -> assertWritten(s.reported()));
    }
    chronicle.statements().forEach(s -> assertWritten(s.date()));
    chronicle.stances().forEach(s -> assertWritten(s.validity()));
    chronicle.events().forEach(e -> assertWritten(e.date()));
  }

  @Provide
  Arbitrary<Chronicle> recent() {
    return ParleyArbitraries.chronicles().withYears(Year.of(2011), Year.of(2025));
  }

  /**
   * A specified year lies in 2011-2025; a year with unspecified digits ({@code 20XX}) may stand
   * for some year of that range.
   */
  private static void assertWritten(FuzzyDate date) {
    LocalDate first = LocalDate.of(2011, 1, 1);
    LocalDate last = LocalDate.of(2025, 12, 31);
    for (FuzzyDate end : List.of(date.start(), date.end()).stream()
        .flatMap(java.util.Optional::stream).collect(Collectors.toList())) {
      int year = end.earliest().getYear();
      if (end.hasUnspecifiedDigits()) {
        assertTrue(!end.earliest().isAfter(last) && !end.latest().isBefore(first),
            () -> date + " cannot stand for a year of 2011-2025");
      } else {
        assertTrue(year >= 2011 && year <= 2025, () -> date + " is written outside 2011-2025");
      }
    }
  }

  /** Statements and stances refer to meetings and statements that exist. */
  @Property(tries = 500)
  void referencesPointIntoTheChronicle(@ForAll("populated") Chronicle chronicle) {
    chronicle.statements().forEach(s -> s.meeting().ifPresent(
        m -> assertTrue(chronicle.meeting(m).isPresent(), m.value())));
    chronicle.stances().forEach(s -> s.evidence().forEach(
        e -> assertTrue(chronicle.statement(e).isPresent(), e.value())));
    for (Meeting m : chronicle.meetings()) {
      for (Participant p : m.participants()) {
        p.actor().ifPresent(a -> assertTrue(chronicle.contains(a), a.toRefString()));
      }
    }
    for (Event e : chronicle.events()) {
      for (EventActor a : Iterables.concat(e.sourceActors(), e.targetActors())) {
        a.references().forEach(r -> assertTrue(chronicle.contains(r), r.toRefString()));
      }
      e.place().flatMap(Place::state).ifPresent(
          s -> assertTrue(chronicle.state(s).isPresent(), s.value()));
      e.sources().forEach(s -> assertTrue(chronicle.article(s.article()).isPresent()));
      Statistics.label("event actor shapes").collect(
          Iterables.concat(e.sourceActors(), e.targetActors()).iterator().next().isAnonymous()
              ? "first actor anonymous" : "first actor named");
    }
    Statistics.label("statement about a meeting").collect(
        chronicle.statements().stream().anyMatch(s -> s.meeting().isPresent()));
    Statistics.label("statement about a meeting")
        .coverage(c -> c.check(true).percentage(p -> p > 20));
  }
}
