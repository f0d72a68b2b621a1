package dev.parley.testkit.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.EventStatus;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingStatus;
import dev.parley.core.OfficialId;
import dev.parley.core.Participant;
import dev.parley.core.PloverCategory;
import dev.parley.core.StateId;
import dev.parley.core.StatusChange;
import dev.parley.core.query.EventQuery;
import dev.parley.core.time.FuzzyDate;
import dev.parley.testkit.ParleyArbitraries;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every event query against a reference written here from the definitions alone: a scan of the
 * chronicle's events with the rule the query documents (an event actor counts for its actor,
 * affiliation and capacity's party), in chronological order then by id. Date ranges are checked
 * against the meeting queries, whose semantics events share.
 */
class EventQueryProperties {

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withEvents(0, 12).withMeetings(0, 2)
        .withYears(Year.of(2000), Year.of(2030));
  }

  /** The reference: every event passing {@code test}, chronological then by id. */
  private static List<Event> expected(Chronicle c, Predicate<Event> test) {
    return c.events().stream().filter(test)
        .sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
        .collect(Collectors.toList());
  }

  private static boolean counts(EventActor a, ActorRef ref) {
    return a.actor().equals(Optional.of(ref))
        || a.affiliation().equals(Optional.of(ref))
        || a.capacity().map(p -> p.party().equals(ref)).orElse(false);
  }

  private static boolean among(List<EventActor> actors, ActorRef ref) {
    return actors.stream().anyMatch(a -> counts(a, ref));
  }

  /** Every actor of the chronicle, and one it does not have. */
  private static List<ActorRef> actors(Chronicle c) {
    List<ActorRef> refs = new ArrayList<>();
    c.states().forEach(x -> refs.add(x.id()));
    c.organizations().forEach(x -> refs.add(x.id()));
    c.officials().forEach(x -> refs.add(x.id()));
    refs.add(OfficialId.of("not-in-the-chronicle"));
    return refs;
  }

  @Property(tries = 300)
  void everyEventInOrder(@ForAll("chronicles") Chronicle c) {
    EventQuery all = c.query().events();
    assertEquals(expected(c, e -> true), all.list());
    assertEquals(c.events().size(), all.count());
    assertEquals(expected(c, e -> true).stream().findFirst(), all.first());
    List<Event> list = expected(c, e -> true);
    assertEquals(list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1)),
        all.latest());
    assertThrows(UnsupportedOperationException.class, () -> all.list().clear());
    Statistics.label("events").collect(c.events().size() < 4 ? "0-3" : "4+");
  }

  @Property(tries = 300)
  void byCategoryAndStatus(@ForAll("chronicles") Chronicle c, @ForAll PloverCategory category,
      @ForAll EventStatus status) {
    assertEquals(expected(c, e -> e.category() == category),
        c.query().events().inCategory(category).list());
    assertEquals(expected(c, e -> e.status() == status),
        c.query().events().withStatus(status).list());
    assertEquals(expected(c, e -> e.category() == category && e.status() == status),
        c.query().events().inCategory(category).withStatus(status).list());
  }

  @Property(tries = 300)
  void byActorAsSourceTargetOrEither(@ForAll("chronicles") Chronicle c) {
    int found = 0;
    for (ActorRef ref : actors(c)) {
      List<Event> sources = expected(c, e -> among(e.sourceActors(), ref));
      List<Event> targets = expected(c, e -> among(e.targetActors(), ref));
      List<Event> either =
          expected(c, e -> among(e.sourceActors(), ref) || among(e.targetActors(), ref));
      assertEquals(sources, c.query().events().bySource(ref).list(), "bySource " + ref);
      assertEquals(targets, c.query().events().byTarget(ref).list(), "byTarget " + ref);
      assertEquals(either, c.query().events().involving(ref).list(), "involving " + ref);
      found += either.size();
    }
    Statistics.label("an actor involved in some event").collect(found > 0);
    Statistics.label("an actor involved in some event")
        .coverage(k -> k.check(true).percentage(p -> p > 50));
  }

  @Property(tries = 300)
  void betweenTwoActorsInEitherDirection(@ForAll("chronicles") Chronicle c) {
    List<ActorRef> refs = actors(c);
    int found = 0;
    for (ActorRef a : refs) {
      for (ActorRef b : refs) {
        List<Event> between = expected(c,
            e -> (among(e.sourceActors(), a) && among(e.targetActors(), b))
                || (among(e.sourceActors(), b) && among(e.targetActors(), a)));
        assertEquals(between, c.query().events().between(a, b).list(), a + " / " + b);
        assertEquals(between, c.query().events().between(b, a).list(), b + " / " + a);
        // Narrowed further, the index list is tested as the filter is.
        for (PloverCategory category : PloverCategory.values()) {
          assertEquals(
              between.stream().filter(e -> e.category() == category).collect(Collectors.toList()),
              c.query().events().inCategory(category).between(a, b).list());
        }
        found += between.size();
      }
    }
    Statistics.label("events between two actors").collect(found > 0);
    Statistics.label("events between two actors")
        .coverage(k -> k.check(true).percentage(p -> p > 30));
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(LocalDate.of(1995, 1, 1).toEpochDay(), LocalDate.of(2035, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /**
   * Date ranges answer for events as for meetings: an event is in {@code overlapping}, {@code
   * within} or {@code since} exactly when a meeting of the same date is. Whatever the meetings'
   * date semantics are, events share them.
   */
  @Property(tries = 300)
  void dateRangesAreTheMeetingsOnes(@ForAll("chronicles") Chronicle c,
      @ForAll("days") LocalDate a, @ForAll("days") LocalDate b) {
    LocalDate from = a.isBefore(b) ? a : b;
    LocalDate to = a.isBefore(b) ? b : a;
    Chronicle twins = withMeetingTwins(c);
    List<String> overlapping =
        twinIds(c, twins.query().meetings().overlapping(from, to).list());
    List<String> within = twinIds(c, twins.query().meetings().within(from, to).list());
    List<String> since = twinIds(c, twins.query().meetings().since(from).list());
    assertEquals(overlapping, ids(twins.query().events().overlapping(from, to).list()));
    assertEquals(within, ids(twins.query().events().within(from, to).list()));
    assertEquals(since, ids(twins.query().events().since(from).list()));
    // A single certain day within the range is in every one of them, whatever the semantics.
    for (Event e : c.events()) {
      FuzzyDate d = e.date();
      if (!d.isInterval() && !d.isUncertain() && !d.isApproximate()
          && d.earliest().equals(d.latest()) && !d.earliest().isBefore(from)
          && !d.earliest().isAfter(to)) {
        assertEquals(true, overlapping.contains(e.id().value()) && within.contains(
            e.id().value()), e.toString());
      }
    }
    Statistics.label("events overlapping").collect(overlapping.isEmpty() ? "none" : "some");
    assertThrows(IllegalArgumentException.class,
        () -> c.query().events().overlapping(to.plusDays(1), from));
  }

  /** The chronicle with, for each event, a held meeting of the event's id and date. */
  private static Chronicle withMeetingTwins(Chronicle c) {
    if (c.states().isEmpty() || c.articles().isEmpty()) {
      return c;
    }
    StateId state = c.states().get(0).id();
    List<Meeting> twins = new ArrayList<>();
    for (int i = 0; i < c.events().size(); i++) {
      Event e = c.events().get(i);
      twins.add(Meeting.builder()
          .id(MeetingId.of("twin-" + i))
          .title("Twin")
          .date(e.date())
          .addParticipant(Participant.builder().actor(state).build())
          .addStatusChange(StatusChange.builder().status(MeetingStatus.HELD)
              .reported(e.date()).addSource(e.sources().get(0)).build())
          .addSource(e.sources().get(0))
          .build());
    }
    return Chronicle.builder().from(c).addAllMeetings(twins).build();
  }

  /** The ids of the events whose twins are among {@code meetings}. */
  private static List<String> twinIds(Chronicle c, List<Meeting> meetings) {
    return meetings.stream().map(m -> m.id().value()).filter(id -> id.startsWith("twin-"))
        .map(id -> c.events().get(Integer.parseInt(id.substring("twin-".length()))).id().value())
        .sorted().collect(Collectors.toList());
  }

  private static List<String> ids(List<Event> events) {
    return events.stream().map(e -> e.id().value()).sorted().collect(Collectors.toList());
  }

  @Property(tries = 200)
  void filtersCombineAsAConjunction(@ForAll("chronicles") Chronicle c,
      @ForAll PloverCategory category, @ForAll("days") LocalDate day) {
    for (ActorRef ref : actors(c)) {
      Predicate<Event> source = e -> among(e.sourceActors(), ref);
      List<Event> sinceDay = c.query().events().since(day).list();
      assertEquals(
          expected(c, e -> e.category() == category && source.test(e) && sinceDay.contains(e)),
          c.query().events().bySource(ref).since(day).inCategory(category).list());
      assertEquals(
          expected(c, e -> source.test(e) && e.place().flatMap(p -> p.state())
              .map(s -> s.equals(ref)).orElse(false)),
          ref instanceof StateId s
              ? c.query().events().inState(s).bySource(ref).list()
              : expected(c, e -> false));
    }
  }
}
