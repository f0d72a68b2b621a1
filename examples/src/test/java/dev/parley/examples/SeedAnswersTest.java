package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingLevel;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Official;
import dev.parley.core.PostRole;
import dev.parley.core.Stance;
import dev.parley.core.StancePosition;
import dev.parley.core.StateId;
import dev.parley.core.Statement;
import dev.parley.core.query.Holding;
import dev.parley.examples.SeedAnswers.Demand;
import dev.parley.examples.SeedAnswers.IssuePositions;
import dev.parley.examples.SeedAnswers.MinisterAttendance;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The report's answers on the curated chronicle: each checked against a plain scan of the
 * chronicle's lists (the reference) and, where the articles settle it, against what they say.
 */
class SeedAnswersTest {
  private static final Chronicle SEED = SeedCorpus.curated();
  private static final SeedAnswers ANSWERS = new SeedAnswers(SEED);

  private static final Comparator<Meeting> CHRONOLOGICAL =
      Comparator.comparing(Meeting::date).thenComparing(m -> m.id().toString());

  private static boolean named(Meeting m, ActorRef actor) {
    return m.participants().stream().anyMatch(p -> p.actor().equals(Optional.of(actor)));
  }

  @Test
  void ministersAttendanceMatchesAScan() {
    List<MinisterAttendance> answer = ANSWERS.ministersAttendance();
    List<Official> ministers = SEED.officials().stream()
        .filter(o -> o.tenures().stream()
            .anyMatch(t -> t.post().role().level() == MeetingLevel.MINISTERIAL))
        .toList();
    assertEquals(ministers, answer.stream().map(MinisterAttendance::official).toList());
    for (MinisterAttendance a : answer) {
      List<Meeting> attended = SEED.meetings().stream()
          .filter(m -> m.status() == MeetingStatus.HELD && named(m, a.official().id()))
          .sorted(CHRONOLOGICAL).toList();
      List<Meeting> expected = SEED.meetings().stream()
          .filter(m -> m.status() != MeetingStatus.HELD && named(m, a.official().id()))
          .sorted(CHRONOLOGICAL).toList();
      assertEquals(attended, a.attended(), a.official().name());
      assertEquals(expected, a.expected(), a.official().name());
      a.inferred().forEach(m -> assertFalse(named(m, a.official().id())));
    }
    assertTrue(answer.stream().anyMatch(a -> !a.attended().isEmpty()));
  }

  @Test
  void lavrovAttendedTheMoscowForeignMinistersMeetingOfTenMay2023() {
    MinisterAttendance lavrov = ANSWERS.ministersAttendance().stream()
        .filter(a -> a.official().isKnownAs("Sergey Lavrov")).findFirst().orElseThrow();
    assertTrue(lavrov.attended().stream().anyMatch(m -> m.date().toString().equals("2023-05-10")
        && m.place().flatMap(p -> p.city()).equals(Optional.of("Moscow"))
        && m.level().equals(Optional.of(MeetingLevel.MINISTERIAL))), lavrov.toString());
  }

  @Test
  void firstTurkishSyrianMinisterialMeetingIsTheDefenceMinistersInMoscowInDecember2022() {
    Meeting first = ANSWERS.firstTurkishSyrianMinisterial().orElseThrow();
    Meeting reference = SEED.meetings().stream()
        .filter(m -> m.status() == MeetingStatus.HELD)
        .filter(m -> m.states().containsAll(Set.of(SeedAnswers.TURKIYE, SeedAnswers.SYRIA)))
        .filter(m -> m.level().map(l -> l.compareTo(MeetingLevel.MINISTERIAL) >= 0)
            .orElse(false))
        .filter(m -> !m.date().earliest().isBefore(SeedAnswers.WAR_BEGAN))
        .min(CHRONOLOGICAL).orElseThrow();
    assertEquals(reference, first);
    // What the articles say: the Syrian and Turkish defence ministers met in Moscow in December.
    assertEquals(LocalDate.of(2022, 12, 1), first.date().earliest().withDayOfMonth(1));
    assertEquals(Optional.of("Moscow"), first.place().flatMap(p -> p.city()));
    assertEquals(Optional.of(MeetingLevel.MINISTERIAL), first.level());
    assertTrue(first.participants().stream().anyMatch(p -> p.capacity()
        .filter(c -> c.role() == PostRole.DEFENSE_MINISTER
            && c.party().equals(SeedAnswers.SYRIA)).isPresent()));
  }

  @Test
  void syriaDemandsMatchAScanAndIncludeTheWithdrawalOfTurkishForces() {
    List<Demand> demands = ANSWERS.syriaDemands();
    Set<IssueId> reference = SEED.stances().stream()
        .filter(s -> s.holder().equals(SeedAnswers.SYRIA)
            && s.position() == StancePosition.DEMANDS)
        .map(Stance::issue).collect(Collectors.toSet());
    assertEquals(reference, demands.stream().map(d -> d.latest().issue())
        .collect(Collectors.toSet()));
    for (Demand d : demands) {
      LocalDate earliest = SEED.stances().stream()
          .filter(s -> s.holder().equals(SeedAnswers.SYRIA) && s.issue().equals(d.latest().issue())
              && s.position() == StancePosition.DEMANDS)
          .map(s -> s.validity().earliest()).min(Comparator.naturalOrder()).orElseThrow();
      assertEquals(earliest, d.since().earliest(), d.latest().issue().toString());
      assertFalse(d.since().isInterval(), "since is the start of the validity: " + d.since());
      assertFalse(d.evidence().isEmpty(), "a demand on record has its evidence");
    }
    assertTrue(demands.stream().anyMatch(d -> label(d.latest().issue()).toLowerCase()
        .contains("withdraw")), demands.toString());
  }

  @Test
  void fourStatePositionsMatchAScan() {
    LocalDate day = SeedAnswers.APRIL_25_2023;
    List<IssuePositions> answer = ANSWERS.fourStatePositions(day);
    for (Issue issue : SEED.issues()) {
      Map<StateId, List<Stance>> reference = new java.util.LinkedHashMap<>();
      for (StateId state : SeedAnswers.FOUR) {
        List<Stance> held = SEED.stances().stream()
            .filter(s -> s.holder().equals(state) && s.issue().equals(issue.id())
                && SEED.query().holdsOn(s, day))
            .toList();
        if (!held.isEmpty()) {
          reference.put(state, held);
        }
      }
      Optional<IssuePositions> found = answer.stream()
          .filter(p -> p.issue().equals(issue.id())).findFirst();
      if (reference.isEmpty()) {
        assertEquals(Optional.empty(), found, issue.id().toString());
        continue;
      }
      IssuePositions p = found.orElseThrow();
      assertEquals(reference.keySet(), p.stances().keySet(), issue.id().toString());
      reference.forEach((state, stances) ->
          assertEquals(new HashSet<>(stances), new HashSet<>(p.stances().get(state))));
      boolean allSame = reference.values().stream().flatMap(List::stream)
          .map(s -> s.position() + " " + new HashSet<>(s.conditions())).distinct().count() == 1;
      assertEquals(reference.size() >= 2 && allSame, p.agreed(), issue.id().toString());
    }
    assertTrue(answer.stream().anyMatch(IssuePositions::agreed), "some agreement on record");
    assertTrue(answer.stream().anyMatch(p -> p.stances().size() >= 2 && !p.agreed()),
        "some difference on record");
  }

  @Test
  void cavusogluHeldTurkiyesForeignMinistryOnNineMay2023FromAReference() {
    List<Holding> holders = SEED.query().holders(
        dev.parley.core.Post.of(dev.parley.core.PostRole.FOREIGN_MINISTER, SeedAnswers.TURKIYE),
        LocalDate.of(2023, 5, 9));
    assertEquals(List.of("Mevlüt Çavuşoğlu"),
        holders.stream().map(h -> h.official().name()).toList());
    assertFalse(holders.get(0).tenure().references().isEmpty(),
        "the term comes from a reference work: " + holders.get(0).tenure());
  }

  @Test
  void cavusogluHeldTurkiyesForeignMinistryOnTenMay2023() {
    List<Holding> holders = ANSWERS.turkishForeignMinister(SeedAnswers.MAY_10_2023);
    assertEquals(List.of("Mevlüt Çavuşoğlu"),
        holders.stream().map(h -> h.official().name()).toList());
    assertTrue(holders.get(0).tenure().term().certainlyIncludes(SeedAnswers.MAY_10_2023));
  }

  @Test
  void refugeeStatementsAreThoseOnTheRefugeeIssueOrANarrowerOne() {
    assertTrue(SEED.issue(SeedAnswers.REFUGEES).isPresent(), "the vocabulary has the issue");
    Set<IssueId> refugeeIssues = SEED.issues().stream()
        .filter(i -> descendsFrom(i.id(), SeedAnswers.REFUGEES)).map(Issue::id)
        .collect(Collectors.toSet());
    List<Statement> reference = SEED.statements().stream()
        .filter(s -> s.issues().stream().anyMatch(refugeeIssues::contains))
        .sorted(Comparator.comparing(Statement::date).thenComparing(s -> s.id().toString()))
        .toList();
    assertEquals(reference, ANSWERS.refugeeStatements());
    // Türkiye's defence ministry (seed-001) and a senior Turkish official (seed-004) spoke of it.
    assertTrue(reference.size() >= 2, reference.toString());
  }

  private static boolean descendsFrom(IssueId issue, IssueId ancestor) {
    for (Optional<IssueId> at = Optional.of(issue); at.isPresent();
        at = SEED.issue(at.get()).flatMap(Issue::parent)) {
      if (at.get().equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void tiesAreTheGraphsEdgesMostMeetingsFirst() {
    var graph = ANSWERS.coAttendance();
    List<SeedAnswers.Tie> ties = ANSWERS.ties();
    assertEquals(graph.edges().size(), ties.size());
    for (SeedAnswers.Tie t : ties) {
      assertEquals(Optional.of(t.meetings()), graph.edgeValue(t.first(), t.second()));
      assertTrue(ANSWERS.name(t.first()).compareTo(ANSWERS.name(t.second())) <= 0, t.toString());
    }
    for (int i = 1; i < ties.size(); i++) {
      assertTrue(ties.get(i - 1).meetings() >= ties.get(i).meetings());
    }
    // Only held meetings count: Çavuşoğlu and Blinken were to meet, and no more.
    Set<String> pairs = ties.stream()
        .map(t -> ANSWERS.name(t.first()) + " / " + ANSWERS.name(t.second()))
        .collect(Collectors.toSet());
    assertTrue(pairs.contains("Faisal al-Mekdad / Mevlüt Çavuşoğlu"), pairs.toString());
    assertFalse(pairs.contains("Antony Blinken / Mevlüt Çavuşoğlu"), pairs.toString());
  }

  @Test
  void mermaidChartHasEveryActorAndEveryTie() {
    var graph = ANSWERS.coAttendance();
    List<String> lines = ANSWERS.coAttendanceMermaid().lines().toList();
    assertEquals("graph LR", lines.get(0));
    assertEquals(1 + graph.nodes().size() + graph.edges().size(), lines.size());
    for (ActorRef node : graph.nodes()) {
      String id = node.toString().replaceAll("[^A-Za-z0-9]", "_");
      assertTrue(lines.contains("  " + id + "[\"" + ANSWERS.name(node) + "\"]"), id);
    }
    for (SeedAnswers.Tie t : ANSWERS.ties()) {
      assertTrue(lines.contains("  " + t.first().toString().replaceAll("[^A-Za-z0-9]", "_")
          + " ---|" + t.meetings() + "| "
          + t.second().toString().replaceAll("[^A-Za-z0-9]", "_")), t.toString());
    }
    assertFalse(graph.edges().isEmpty(), "officials met");
  }

  private static String label(IssueId id) {
    return SEED.issue(id).map(Issue::label).orElse(id.toString());
  }
}
