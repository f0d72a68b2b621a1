package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Official;
import dev.parley.core.Organization;
import dev.parley.core.Place;
import dev.parley.core.PloverCategory;
import dev.parley.core.PostRole;
import dev.parley.core.Reference;
import dev.parley.core.Stance;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import dev.parley.core.query.Holding;
import dev.parley.core.time.FuzzyDate;
import dev.parley.examples.SeedAnswers.PostponementHolders;
import dev.parley.examples.SeedAnswers.SyrianGovernmentAfter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The report's additions of issue 13: the date legend, tentative places, the events, and the two
 * new answers, each checked against a plain scan of the curated chronicle's lists.
 */
class SeedNewAnswersTest {
  private static final Chronicle SEED = SeedCorpus.curated();
  private static final SeedAnswers ANSWERS = new SeedAnswers(SEED);
  private static final String REPORT = report();

  private static String report() {
    StringWriter text = new StringWriter();
    new SeedReport(SeedCorpus.load(ArticleReaderTest.seeds())).write(new PrintWriter(text));
    return text.toString();
  }

  /** The text of one section: from its title to the next section's title. */
  private static String section(String title) {
    int start = REPORT.indexOf("\n" + title + "\n");
    assertTrue(start >= 0, title);
    int underline = REPORT.indexOf('\n', start + 1 + title.length() + 1);
    int next = REPORT.indexOf("\n\n", underline);
    for (int i = next; i >= 0; i = REPORT.indexOf("\n\n", i + 1)) {
      int lineEnd = REPORT.indexOf('\n', i + 2);
      if (lineEnd > 0 && lineEnd + 1 < REPORT.length() && REPORT.charAt(lineEnd + 1) == '-'
          && REPORT.startsWith("---", lineEnd + 1)) {
        return REPORT.substring(start, i);
      }
    }
    return REPORT.substring(start);
  }

  /** The first and last day a date counts for, read from its text's ends (not FuzzyDate's rule). */
  private static LocalDate firstDay(FuzzyDate d) {
    return d.isOpenStart() ? LocalDate.MIN : d.start().or(d::end).orElseThrow().earliest();
  }

  private static LocalDate lastDay(FuzzyDate d) {
    if (!d.isInterval()) {
      return d.latest();
    }
    return d.isOpenEnd() ? LocalDate.MAX : d.end().or(d::start).orElseThrow().latest();
  }

  private static boolean refersTo(EventActor a, ActorRef ref) {
    return a.actor().equals(Optional.of(ref)) || a.affiliation().equals(Optional.of(ref))
        || a.capacity().map(p -> p.party().equals(ref)).orElse(false);
  }

  // -----------------------------------------------------------------------------------------
  // Legend and places

  @Test
  void theLegendExplainsEveryFormItShowsAndItsExamplesAreValidEdtf() {
    int legend = REPORT.indexOf(SeedReport.LEGEND.get(0));
    assertTrue(legend >= 0 && legend < REPORT.indexOf("What each article contributed"), REPORT);
    assertTrue(REPORT.contains(String.join(System.lineSeparator(), SeedReport.LEGEND)));
    for (String example : new String[] {"2023-05-10", "2023-05?", "2023~", "2016-22", "201X",
        "2023-05/2023-06", "2023-05/..", "../2023-05", "/2023-05", "2023-05/"}) {
      FuzzyDate.parse(example); // throws if the legend's notation is not Parley's
    }
    for (String word : new String[] {"uncertain", "approximate", "season", "interval",
        "open end", "unknown start or end", "unspecified digits"}) {
      assertTrue(SeedReport.LEGEND.stream().anyMatch(l -> l.contains(word)), word);
    }
  }

  @Test
  void aTentativePlaceIsPrintedAsTentativeAndASettledOneIsNot() {
    SeedReport report = new SeedReport(SeedCorpus.load(ArticleReaderTest.seeds()));
    Place moscow = Place.of("Moscow", SeedAnswers.RUSSIA);
    assertEquals("Moscow, Russia", report.place(moscow));
    assertEquals("Moscow, Russia (tentative)",
        report.place(Place.builder().from(moscow).tentative(true).build()));
    assertEquals("Syria (tentative)", report.place(
        Place.builder().state(SeedAnswers.SYRIA).tentative(true).build()));
  }

  @Test
  void everyTentativeMeetingPlaceOfTheSeedIsPrintedAsTentative() {
    List<Meeting> tentative = SEED.meetings().stream()
        .filter(m -> m.place().map(Place::tentative).orElse(false)).toList();
    assertFalse(tentative.isEmpty(), "the seed has a tentative place");
    String timeline = section("Timeline of meetings and other events");
    long printed = timeline.lines().filter(l -> l.contains("(tentative)")).count();
    long expected = SEED.meetings().stream().filter(m -> m.place().isPresent()
            && m.place().get().tentative()).count()
        + SEED.events().stream().filter(e -> e.place().map(Place::tentative).orElse(false))
            .count();
    assertEquals(expected, printed, timeline);
    for (Meeting m : tentative) {
      String entry = timeline.substring(timeline.indexOf(m.title()));
      String details = entry.lines().skip(1).findFirst().orElseThrow();
      Place p = m.place().get();
      assertTrue(details.contains("in " + p.city().orElseThrow() + ", "
          + ANSWERS.name(p.state().orElseThrow()) + " (tentative)"), details);
    }
  }

  // -----------------------------------------------------------------------------------------
  // Events

  @Test
  void otherEventsListsEveryEventOnceWithItsCategoryAndActors() {
    String events = section("Other events");
    for (Event e : SEED.events()) {
      int at = events.indexOf("  " + e.description());
      assertTrue(at >= 0, e.id().toString());
      assertEquals(at, events.lastIndexOf("  " + e.description()), e.id().toString());
      String header = events.substring(events.lastIndexOf('\n', at - 2) + 1, at - 1);
      assertTrue(header.startsWith(e.date() + "  "
          + e.category().name().toLowerCase(java.util.Locale.ROOT)), header);
      assertTrue(header.contains(" -> "), header);
      for (EventActor a : e.sourceActors()) {
        String who = a.actor().map(ANSWERS::name).or(a::description).orElse("unnamed");
        assertTrue(header.substring(0, header.indexOf(" -> ")).contains(who), header);
      }
      for (EventActor a : e.targetActors()) {
        String who = a.actor().map(ANSWERS::name).or(a::description).orElse("unnamed");
        assertTrue(header.substring(header.indexOf(" -> ")).contains(who), header);
      }
    }
  }

  // -----------------------------------------------------------------------------------------
  // Who held Türkiye's foreign ministry when the May 2023 meeting was postponed?

  @Test
  void thePostponementHolderIsTheOfficialWhoseTermCoversTheReportedDaysByAScan() {
    Meeting meeting = SEED.meetings().stream()
        .filter(m -> m.id().equals(SeedAnswers.MOSCOW_MAY_2023)).findFirst().orElseThrow();
    StatusChange postponed = meeting.statusHistory().stream()
        .filter(c -> c.status() == MeetingStatus.POSTPONED).findFirst().orElseThrow();
    LocalDate from = firstDay(postponed.reported());
    LocalDate to = lastDay(postponed.reported());
    List<Official> scanned = SEED.officials().stream()
        .filter(o -> o.tenures().stream().anyMatch(t -> t.post().role()
                == PostRole.FOREIGN_MINISTER && t.post().party().equals(SeedAnswers.TURKIYE)
            && t.term().isInterval() && t.term().start().isPresent()
            && !t.term().start().get().latest().isAfter(from)
            && (t.term().isOpenEnd() || t.term().end().map(e -> !e.earliest().isBefore(to))
                .orElse(false))))
        .toList();

    PostponementHolders answer = ANSWERS.turkishForeignMinisterAtPostponement().orElseThrow();
    assertEquals(meeting, answer.meeting());
    assertEquals(postponed, answer.postponement());
    assertEquals(from, answer.from());
    assertEquals(to, answer.to());
    assertEquals(scanned, answer.holders().stream().map(Holding::official).toList());
    // seed-000 names him as Türkiye's foreign minister at the meeting itself, weeks later.
    assertEquals(List.of("Mevlüt Çavuşoğlu"), scanned.stream().map(Official::name).toList());
  }

  @Test
  void thePostponementSectionPrintsTheHolderTermAndReference() {
    String text = section(
        "Who held Türkiye's foreign ministry when the May 2023 meeting was postponed?");
    PostponementHolders answer = ANSWERS.turkishForeignMinisterAtPostponement().orElseThrow();
    assertTrue(text.contains(answer.postponement().reported().toString()), text);
    for (Holding h : answer.holders()) {
      Tenure t = h.tenure();
      assertFalse(t.references().isEmpty(), "the term comes from a reference work");
      assertTrue(text.contains(h.official().name() + " (term on record: " + t.term()), text);
      for (Reference r : t.references()) {
        assertTrue(text.contains(r.work() + ", " + r.url().orElseThrow()), text);
      }
    }
  }

  @Test
  void theTenMayLinePrintsTheReferenceOfTheTerm() {
    String text = section("Who held Türkiye's foreign ministry on 10 May 2023?");
    List<Holding> holders = ANSWERS.turkishForeignMinister(SeedAnswers.MAY_10_2023);
    assertFalse(holders.isEmpty());
    for (Holding h : holders) {
      for (Reference r : h.tenure().references()) {
        assertTrue(text.contains(r.work() + ", " + r.url().orElseThrow()), text);
      }
      if (h.tenure().references().isEmpty()) {
        assertTrue(text.contains(h.tenure().sources().get(0).toString()), text);
      }
    }
  }

  // -----------------------------------------------------------------------------------------
  // What happened to the Syrian government after the 2023 talks?

  @Test
  void theEventsAfterTheTalksEqualAScanForSyriaAndItsGovernment() {
    Set<ActorRef> syria = Set.of(SeedAnswers.SYRIA, SeedAnswers.SYRIAN_GOVERNMENT);
    Set<String> scanned = SEED.events().stream()
        .filter(e -> !firstDay(e.date()).isBefore(SeedAnswers.MAY_10_2023))
        .filter(e -> java.util.stream.Stream.concat(e.sourceActors().stream(),
                e.targetActors().stream())
            .anyMatch(a -> syria.stream().anyMatch(ref -> refersTo(a, ref))))
        .map(e -> e.id().toString())
        .collect(Collectors.toSet());
    SyrianGovernmentAfter answer = ANSWERS.syrianGovernmentAfterTalks();
    List<String> ids = answer.events().stream().map(e -> e.id().toString()).toList();
    assertEquals(scanned, Set.copyOf(ids));
    assertEquals(ids.size(), scanned.size(), "each event once");
    for (int i = 1; i < answer.events().size(); i++) {
      assertFalse(firstDay(answer.events().get(i).date())
          .isBefore(firstDay(answer.events().get(i - 1).date())), ids.toString());
    }
    // seed-003b reports the government's collapse, undated in the text.
    assertTrue(answer.events().stream().anyMatch(e -> e.category() == PloverCategory.RETREAT
        && e.sourceActors().stream().anyMatch(a -> refersTo(a, SeedAnswers.SYRIAN_GOVERNMENT))),
        ids.toString());
    Organization government = SEED.organizations().stream()
        .filter(o -> o.id().equals(SeedAnswers.SYRIAN_GOVERNMENT)).findFirst().orElseThrow();
    assertEquals(Optional.of(government), answer.government());
    Set<Stance> under = SEED.stances().stream()
        .filter(st -> st.government().equals(Optional.of(SeedAnswers.SYRIAN_GOVERNMENT)))
        .collect(Collectors.toSet());
    assertFalse(under.isEmpty());
    assertEquals(under, Set.copyOf(answer.stances()));
    assertEquals(under.size(), answer.stances().size());
  }

  @Test
  void theSyrianGovernmentSectionPrintsTheTermEndAndEachEvent() {
    String text = section("What happened to the Syrian government after the 2023 talks?");
    SyrianGovernmentAfter answer = ANSWERS.syrianGovernmentAfterTalks();
    Organization government = answer.government().orElseThrow();
    FuzzyDate term = government.term().orElseThrow();
    assertTrue(text.contains(government.name() + ": in power " + term
        + ", term ended " + term.end().orElseThrow()), text);
    assertFalse(answer.events().isEmpty());
    for (Event e : answer.events()) {
      assertTrue(text.contains(e.date() + "  " + e.category().name().toLowerCase(
          java.util.Locale.ROOT)), text);
      assertTrue(text.contains(e.description()), text);
    }
    String events = text.substring(text.indexOf("Events on or after 2023-05-10"),
        text.indexOf("Stances recorded under this government"));
    long dated = events.lines().filter(l -> l.startsWith("  ") && !l.startsWith("    ")).count();
    assertEquals(answer.events().size(), dated, text);
    String stances = text.substring(text.indexOf("Stances recorded under this government"));
    for (Stance st : answer.stances()) {
      String label = SEED.issues().stream().filter(i -> i.id().equals(st.issue())).findFirst()
          .orElseThrow().label();
      assertTrue(stances.contains("  " + label + ": Syria "
          + st.position().name().toLowerCase(java.util.Locale.ROOT)), stances);
    }
    assertEquals(answer.stances().size(),
        stances.lines().filter(l -> l.startsWith("  ")).count(), stances);
  }
}
