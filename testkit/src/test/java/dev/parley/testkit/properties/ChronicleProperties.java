package dev.parley.testkit.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.ChronicleAssembler;
import dev.parley.core.Entity;
import dev.parley.core.Event;
import dev.parley.core.RecordKind;
import dev.parley.core.Identifier;
import dev.parley.core.InvalidChronicleException;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Named;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.Participant;
import dev.parley.core.Post;
import dev.parley.core.Reference;
import dev.parley.core.PostRole;
import dev.parley.core.SourceRef;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.StanceId;
import dev.parley.core.StancePosition;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.Statement;
import dev.parley.core.StatementId;
import dev.parley.core.StatementMode;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import dev.parley.core.TypedId;
import dev.parley.core.Violation;
import dev.parley.core.time.FuzzyDate;
import dev.parley.testkit.ParleyArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of {@link Chronicle}: generated chronicles build, record order does not matter,
 * lookups find every record, and every injected inconsistency is reported at once.
 */
class ChronicleProperties {

  private static final FuzzyDate DAY = FuzzyDate.parse("2023-04-25");

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles();
  }

  /** Chronicles with at least one state, official, organization, issue and article. */
  @Provide
  Arbitrary<Chronicle> populatedChronicles() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(1, 4).withMeetings(0, 4)
        .withStatements(0, 4).withStances(0, 4).withParticipants(1, 4);
  }

  // ---------------------------------------------------------------------------------------------
  // Valid chronicles

  @Property(tries = 500)
  void generatedChroniclesAreSortedAndUnique(@ForAll("chronicles") Chronicle c) {
    assertStrictlySorted(c.states());
    assertStrictlySorted(c.officials());
    assertStrictlySorted(c.organizations());
    assertStrictlySorted(c.meetings());
    assertStrictlySorted(c.statements());
    assertStrictlySorted(c.stances());
    assertStrictlySorted(c.issues());
    assertStrictlySorted(c.articles());
    Chronicle again = Chronicle.builder().from(c).build();
    assertEquals(c, again);
    assertEquals(c.hashCode(), again.hashCode());
    assertEquals(c.toString(), again.toString());
    Statistics.label("meetings").collect(c.meetings().size());
    // The generator must exercise every kind of reference a chronicle checks.
    covers("statement meeting", c.statements().stream().anyMatch(t -> t.meeting().isPresent()));
    covers("anonymous speaker", c.statements().stream().anyMatch(t -> t.speaker().isAnonymous()));
    covers("stance evidence", c.stances().stream().anyMatch(t -> !t.evidence().isEmpty()));
    covers(
        "conditional stance",
        c.stances().stream().anyMatch(t -> t.position() == StancePosition.CONDITIONAL));
    covers("issue parent", c.issues().stream().anyMatch(i -> i.parent().isPresent()));
    covers("organization state", c.organizations().stream().anyMatch(o -> o.state().isPresent()));
    covers(
        "capacity-only participant",
        c.meetings().stream()
            .flatMap(m -> m.participants().stream())
            .anyMatch(p -> p.actor().isEmpty()));
    covers(
        "post held twice",
        c.officials().stream()
            .anyMatch(
                o ->
                    o.tenures().stream().map(Tenure::post).distinct().count()
                        < o.tenures().size()));
  }

  /** Collects whether a feature is present, and checks that it is in some tries. */
  private static void covers(String feature, boolean present) {
    Statistics.label(feature).collect(present);
    Statistics.label(feature).coverage(coverage -> coverage.check(true).count(n -> n > 0));
  }

  @Property(tries = 500)
  void shuffledRecordsBuildAnEqualChronicle(
      @ForAll("chronicles") Chronicle c, @ForAll Random random) {
    Chronicle shuffled =
        Chronicle.builder()
            .states(shuffle(c.states(), random))
            .officials(shuffle(c.officials(), random))
            .organizations(shuffle(c.organizations(), random))
            .meetings(shuffle(c.meetings(), random))
            .statements(shuffle(c.statements(), random))
            .stances(shuffle(c.stances(), random))
            .events(shuffle(c.events(), random))
            .issues(shuffle(c.issues(), random))
            .articles(shuffle(c.articles(), random))
            .build();
    assertEquals(c, shuffled);
    assertEquals(c.hashCode(), shuffled.hashCode());
    assertEquals(c.meetings(), shuffled.meetings());
    assertEquals(c.issues(), shuffled.issues());
  }

  @Property(tries = 500)
  void lookupsFindEveryRecord(@ForAll("chronicles") Chronicle c) {
    c.states().forEach(x -> assertSame(x, c.state(x.id()).orElseThrow()));
    c.officials().forEach(x -> assertSame(x, c.official(x.id()).orElseThrow()));
    c.organizations().forEach(x -> assertSame(x, c.organization(x.id()).orElseThrow()));
    c.meetings().forEach(x -> assertSame(x, c.meeting(x.id()).orElseThrow()));
    c.statements().forEach(x -> assertSame(x, c.statement(x.id()).orElseThrow()));
    c.stances().forEach(x -> assertSame(x, c.stance(x.id()).orElseThrow()));
    c.events().forEach(x -> assertSame(x, c.event(x.id()).orElseThrow()));
    c.issues().forEach(x -> assertSame(x, c.issue(x.id()).orElseThrow()));
    c.articles().forEach(x -> assertSame(x, c.article(x.id()).orElseThrow()));
    c.states().forEach(x -> assertSame(x, c.actor(x.id()).orElseThrow()));
    c.officials().forEach(x -> assertSame(x, c.actor(x.id()).orElseThrow()));
    c.organizations().forEach(x -> assertSame(x, c.actor(x.id()).orElseThrow()));
    c.officials().forEach(x -> assertTrue(c.contains(x.id())));
  }

  @Property(tries = 300)
  void lookupsOfAbsentIdsAreEmpty(@ForAll("chronicles") Chronicle c) {
    StateId state = StateId.of(fresh(c.states(), StateId::of, ChronicleProperties::stateCodes));
    OfficialId official = OfficialId.of(freshSlug("absent", c.officials(), OfficialId::of));
    OrganizationId organization =
        OrganizationId.of(freshSlug("absent", c.organizations(), OrganizationId::of));
    assertEquals(Optional.empty(), c.state(state));
    assertEquals(Optional.empty(), c.official(official));
    assertEquals(Optional.empty(), c.organization(organization));
    assertEquals(
        Optional.empty(),
        c.meeting(MeetingId.of(freshSlug("absent", c.meetings(), MeetingId::of))));
    assertEquals(
        Optional.empty(),
        c.statement(StatementId.of(freshSlug("absent", c.statements(), StatementId::of))));
    assertEquals(
        Optional.empty(), c.stance(StanceId.of(freshSlug("absent", c.stances(), StanceId::of))));
    assertEquals(
        Optional.empty(), c.issue(IssueId.of(freshSlug("absent", c.issues(), IssueId::of))));
    assertEquals(
        Optional.empty(),
        c.article(ArticleId.of(freshSlug("absent", c.articles(), ArticleId::of))));
    assertEquals(Optional.empty(), c.actor(state));
    assertEquals(Optional.empty(), c.actor(official));
    assertEquals(Optional.empty(), c.actor(organization));
    assertFalse(c.contains(official));
  }

  @Property(tries = 300)
  void lookupsAgreeWithALinearSearch(
      @ForAll("chronicles") Chronicle c,
      @ForAll("officialIds") OfficialId official,
      @ForAll("issueIds") IssueId issue,
      @ForAll("actorRefs") ActorRef actor) {
    assertEquals(linear(c.officials(), official), c.official(official));
    assertEquals(linear(c.issues(), issue), c.issue(issue));
    Optional<Named> expected;
    if (actor instanceof StateId) {
      expected = linear(c.states(), (StateId) actor).map(Named.class::cast);
    } else if (actor instanceof OfficialId) {
      expected = linear(c.officials(), (OfficialId) actor).map(Named.class::cast);
    } else {
      expected = linear(c.organizations(), (OrganizationId) actor).map(Named.class::cast);
    }
    assertEquals(expected, c.actor(actor));
  }

  @Provide
  Arbitrary<OfficialId> officialIds() {
    return ParleyArbitraries.officialIds();
  }

  @Provide
  Arbitrary<IssueId> issueIds() {
    return ParleyArbitraries.issueIds();
  }

  @Provide
  Arbitrary<ActorRef> actorRefs() {
    return ParleyArbitraries.actorRefs();
  }

  // ---------------------------------------------------------------------------------------------
  // Injected faults

  /** The kinds of inconsistency injected into a valid chronicle. */
  enum Fault {
    DUPLICATE_ID,
    DANGLING_PARTICIPANT_ACTOR,
    DANGLING_SOURCE_ARTICLE,
    DANGLING_STANCE_EVIDENCE,
    DANGLING_ISSUE_PARENT,
    DANGLING_STATEMENT_MEETING,
    DANGLING_TENURE_SOURCE,
    OVERLAPPING_TENURES
  }

  /** A fault to inject; {@code pick} chooses the record to copy or the position of the fault. */
  record Injection(Fault fault, int pick) {}

  /** The violation a fault must produce. */
  record Expected(String kind, String id, String field) {
    static Expected of(Violation v) {
      return new Expected(v.kind(), v.id(), v.field());
    }
  }

  @Provide
  Arbitrary<List<Injection>> injections() {
    return Combinators.combine(Arbitraries.of(Fault.class), Arbitraries.integers().between(0, 99))
        .as(Injection::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  @Property
  void injectedFaultsAreAllReportedTogether(
      @ForAll("populatedChronicles") Chronicle c,
      @ForAll("injections") List<Injection> injections) {
    Chronicle.Builder builder = Chronicle.builder().from(c);
    List<Expected> expected = new ArrayList<>();
    List<Entity<?>> added = new ArrayList<>();
    for (int k = 0; k < injections.size(); k++) {
      expected.add(inject(c, added, injections.get(k), k));
      Statistics.label("fault").collect(injections.get(k).fault());
    }
    added.forEach(e -> add(builder, e));
    InvalidChronicleException e = assertThrows(InvalidChronicleException.class, builder::build);
    assertEquals(
        sorted(expected), sorted(e.violations().stream().map(Expected::of)), e::getMessage);
    e.violations().forEach(v -> assertFalse(v.message().isBlank()));
    String count =
        e.violations().size() + (e.violations().size() == 1 ? " violation" : " violations");
    assertTrue(e.getMessage().startsWith("Invalid chronicle: " + count), e::getMessage);
  }

  @Property(tries = 300)
  void issueCyclesAreReported(
      @ForAll("chronicles") Chronicle c,
      @ForAll @IntRange(min = 2, max = 4) int length,
      @ForAll boolean withTail) {
    List<IssueId> cycle = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      cycle.add(IssueId.of(freshSlug("cycle-" + i, c.issues(), IssueId::of)));
    }
    Chronicle.Builder builder = Chronicle.builder().from(c);
    List<Expected> expected = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      // cycle-0 -> cycle-1 -> ... -> cycle-0: every member is its own ancestor.
      builder.addIssue(issue(cycle.get(i), Optional.of(cycle.get((i + 1) % length))));
      expected.add(new Expected("issue", cycle.get(i).value(), "parent"));
    }
    if (withTail) {
      // Hangs below the cycle without being in it: not reported.
      IssueId tail = IssueId.of(freshSlug("tail", c.issues(), IssueId::of));
      builder.addIssue(issue(tail, Optional.of(cycle.get(0))));
    }
    InvalidChronicleException e = assertThrows(InvalidChronicleException.class, builder::build);
    assertEquals(
        sorted(expected), sorted(e.violations().stream().map(Expected::of)), e::getMessage);
  }

  @Property(tries = 300)
  void tenuresOfOnePostMayShareOnlyTheHandoverDay(
      @ForAll("populatedChronicles") Chronicle c,
      @ForAll @IntRange(min = 1, max = 3000) int firstDays,
      @ForAll @IntRange(min = 1, max = 3000) int secondDays,
      @ForAll boolean shareTwoDays) {
    LocalDate start = LocalDate.of(2001, 1, 1);
    LocalDate handover = start.plusDays(firstDays);
    LocalDate next = shareTwoDays ? handover.minusDays(1) : handover;
    Post post = Post.of(PostRole.FOREIGN_MINISTER, c.states().get(0).id());
    OfficialId id = OfficialId.of(freshSlug("fault", c.officials(), OfficialId::of));
    Official official =
        official(
            id,
            List.of(
                tenure(post, start + "/" + handover),
                tenure(post, next + "/" + handover.plusDays(secondDays))));
    Chronicle.Builder builder = Chronicle.builder().from(c).addOfficial(official);
    if (shareTwoDays) {
      InvalidChronicleException e = assertThrows(InvalidChronicleException.class, builder::build);
      assertEquals(
          List.of(new Expected("official", id.value(), "tenures[1].term")),
          e.violations().stream().map(Expected::of).collect(Collectors.toList()));
    } else {
      assertEquals(official, builder.build().official(id).orElseThrow());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // ChronicleAssembler

  /** The orders in which an assembler is given a chronicle's records. */
  enum Order {
    /** Kinds as documents list them, each in id order: records are checked as they come. */
    DOCUMENT,
    /** Kinds in the reverse order, each in id order: references to records not added yet. */
    KINDS_REVERSED,
    /** Every record in random order: records are checked when the chronicle is built. */
    SHUFFLED
  }

  /** No fault half the time, else one to five. */
  @Provide
  Arbitrary<List<Injection>> someInjections() {
    return Arbitraries.oneOf(Arbitraries.just(List.<Injection>of()), injections());
  }

  /**
   * An assembler given the records of a chronicle, valid or not, in any order, builds what a
   * builder given them in the same order builds, or throws the same violations in the same order.
   */
  @Property(tries = 1000)
  void assemblerBuildsWhatTheBuilderBuilds(
      @ForAll("populatedChronicles") Chronicle c,
      @ForAll("someInjections") List<Injection> injections,
      @ForAll @IntRange(max = 3) int cycleDraw,
      @ForAll Order order,
      @ForAll Random random) {
    boolean issueCycle = cycleDraw == 0;
    List<Entity<?>> records = records(c);
    for (int k = 0; k < injections.size(); k++) {
      inject(c, records, injections.get(k), k);
      Statistics.label("fault").collect(injections.get(k).fault());
    }
    if (issueCycle) {
      IssueId first = IssueId.of(freshSlug("cycle-a", c.issues(), IssueId::of));
      IssueId second = IssueId.of(freshSlug("cycle-b", c.issues(), IssueId::of));
      records.add(issue(first, Optional.of(second)));
      records.add(issue(second, Optional.of(first)));
    }
    List<Entity<?>> ordered = inOrder(records, order, random);

    Chronicle.Builder builder = Chronicle.builder();
    ordered.forEach(r -> add(builder, r));
    ChronicleAssembler assembler = ChronicleAssembler.create().addAll(ordered);
    boolean valid = injections.isEmpty() && !issueCycle;
    Statistics.label("order, valid").collect(order, valid);
    if (valid) {
      Chronicle built = assembler.build();
      assertEquals(builder.build(), built);
      assertEquals(c, built);
    } else {
      InvalidChronicleException expected =
          assertThrows(InvalidChronicleException.class, builder::build);
      InvalidChronicleException actual =
          assertThrows(InvalidChronicleException.class, assembler::build);
      assertEquals(expected.violations(), actual.violations());
    }
  }

  /** The records in {@code order}; within a kind, records of one id keep their order. */
  private static List<Entity<?>> inOrder(List<Entity<?>> records, Order order, Random random) {
    List<String> kinds =
        Arrays.stream(RecordKind.values()).map(RecordKind::label).collect(Collectors.toList());
    List<Entity<?>> ordered = new ArrayList<>(records);
    if (order == Order.SHUFFLED) {
      Collections.shuffle(ordered, random);
      return ordered;
    }
    java.util.Comparator<Entity<?>> byKind =
        java.util.Comparator.comparingInt(r -> kinds.indexOf(kind(r)));
    if (order == Order.KINDS_REVERSED) {
      byKind = byKind.reversed();
    }
    ordered.sort(byKind.thenComparing(r -> r.id().value()));
    return ordered;
  }

  @Property(tries = 200)
  void anAssemblerBuildsOnce(@ForAll("chronicles") Chronicle c) {
    ChronicleAssembler assembler = ChronicleAssembler.create().addAll(records(c));
    assertEquals(c, assembler.build());
    assertThrows(IllegalStateException.class, assembler::build);
    assertThrows(IllegalStateException.class, () -> assembler.add(c.articles().isEmpty()
        ? issue(IssueId.of("late"), Optional.empty()) : c.articles().get(0)));
  }

  // ---------------------------------------------------------------------------------------------
  // Fault injection

  /**
   * Adds the records of one fault to {@code added} and returns the violation it must cause. Every
   * fault adds records of its own (fresh ids {@code fault-k}) or a copy of a record of {@code c},
   * and refers to ids that {@code c} lacks ({@code ghost-k}), so faults are independent.
   */
  private static Expected inject(
      Chronicle c, List<Entity<?>> added, Injection injection, int k) {
    int pick = injection.pick();
    ArticleId article = c.articles().get(0).id();
    StateId state = c.states().get(0).id();
    SourceRef source = SourceRef.of(article, 0, 1);
    switch (injection.fault()) {
      case DUPLICATE_ID:
        {
          List<Entity<?>> records = records(c);
          Entity<?> copied = records.get(pick % records.size());
          added.add(copied);
          return new Expected(kind(copied), copied.id().value(), "id");
        }
      case DANGLING_PARTICIPANT_ACTOR:
        {
          MeetingId id = MeetingId.of(freshSlug("fault-" + k, c.meetings(), MeetingId::of));
          OfficialId ghost = OfficialId.of(freshSlug("ghost-" + k, c.officials(), OfficialId::of));
          int at = pick % 3;
          List<Participant> participants = new ArrayList<>();
          for (int i = 0; i < at; i++) {
            participants.add(Participant.builder().actor(state).build());
          }
          participants.add(Participant.builder().actor(ghost).represents(state).build());
          added.add(
              Meeting.builder()
                  .id(id)
                  .title("Fault")
                  .date(DAY)
                  .participants(participants)
                  .statusHistory(
                      List.of(
                          StatusChange.builder()
                              .status(MeetingStatus.HELD)
                              .reported(DAY)
                              .addSource(source)
                              .build()))
                  .addSource(source)
                  .build());
          return new Expected("meeting", id.value(), "participants[" + at + "].actor");
        }
      case DANGLING_SOURCE_ARTICLE:
        {
          StatementId id = StatementId.of(freshSlug("fault-" + k, c.statements(), StatementId::of));
          ArticleId ghost = ArticleId.of(freshSlug("ghost-" + k, c.articles(), ArticleId::of));
          int at = pick % 3;
          List<SourceRef> sources = new ArrayList<>(Collections.nCopies(at, source));
          sources.add(SourceRef.of(ghost, 5, 9));
          added.add(
              Statement.builder()
                  .id(id)
                  .speaker(Speaker.of(state))
                  .date(DAY)
                  .mode(StatementMode.UNRECORDED)
                  .sources(sources)
                  .build());
          return new Expected("statement", id.value(), "sources[" + at + "].article");
        }
      case DANGLING_STANCE_EVIDENCE:
        {
          StanceId id = StanceId.of(freshSlug("fault-" + k, c.stances(), StanceId::of));
          StatementId ghost =
              StatementId.of(freshSlug("ghost-" + k, c.statements(), StatementId::of));
          List<StatementId> evidence = new ArrayList<>();
          c.statements().stream().limit(pick % 3).forEach(s -> evidence.add(s.id()));
          evidence.add(ghost);
          added.add(
              Stance.builder()
                  .id(id)
                  .holder(state)
                  .issue(c.issues().get(0).id())
                  .position(StancePosition.SUPPORTS)
                  .validity(FuzzyDate.parse("2023-04-25/.."))
                  .evidence(evidence)
                  .addSource(source)
                  .build());
          return new Expected("stance", id.value(), "evidence[" + (evidence.size() - 1) + "]");
        }
      case DANGLING_ISSUE_PARENT:
        {
          IssueId id = IssueId.of(freshSlug("fault-" + k, c.issues(), IssueId::of));
          IssueId ghost = IssueId.of(freshSlug("ghost-" + k, c.issues(), IssueId::of));
          added.add(issue(id, Optional.of(ghost)));
          return new Expected("issue", id.value(), "parent");
        }
      case DANGLING_STATEMENT_MEETING:
        {
          StatementId id = StatementId.of(freshSlug("fault-" + k, c.statements(), StatementId::of));
          MeetingId ghost = MeetingId.of(freshSlug("ghost-" + k, c.meetings(), MeetingId::of));
          added.add(
              Statement.builder()
                  .id(id)
                  .speaker(Speaker.of(state))
                  .date(DAY)
                  .mode(StatementMode.UNRECORDED)
                  .meeting(ghost)
                  .addSource(source)
                  .build());
          return new Expected("statement", id.value(), "meeting");
        }
      case DANGLING_TENURE_SOURCE:
        {
          // Officials come before articles in a document: a reference forward.
          OfficialId id = OfficialId.of(freshSlug("fault-" + k, c.officials(), OfficialId::of));
          ArticleId ghost = ArticleId.of(freshSlug("ghost-" + k, c.articles(), ArticleId::of));
          Tenure tenure =
              Tenure.builder()
                  .post(Post.of(PostRole.FOREIGN_MINISTER, state))
                  .term(FuzzyDate.parse("2001/2010"))
                  .addSource(SourceRef.of(ghost, 0, 1))
                  .build();
          added.add(official(id, List.of(tenure)));
          return new Expected("official", id.value(), "tenures[0].sources[0].article");
        }
      case OVERLAPPING_TENURES:
        {
          OfficialId id = OfficialId.of(freshSlug("fault-" + k, c.officials(), OfficialId::of));
          Post post = Post.of(PostRole.FOREIGN_MINISTER, state);
          List<Tenure> tenures = new ArrayList<>();
          int before = pick % 3;
          List<PostRole> otherRoles =
              List.of(PostRole.AMBASSADOR, PostRole.SPECIAL_ENVOY, PostRole.SPOKESPERSON);
          for (int i = 0; i < before; i++) {
            // Other posts, one tenure each: never compared with the overlapping pair.
            tenures.add(tenure(Post.of(otherRoles.get(i), state), "1990/2020"));
          }
          tenures.add(tenure(post, "2001/2010"));
          tenures.add(tenure(post, "2005/2012"));
          added.add(official(id, tenures));
          return new Expected("official", id.value(), "tenures[" + (before + 1) + "].term");
        }
      default:
        throw new AssertionError(injection);
    }
  }

  /** Every record of the chronicle, kind by kind as {@link RecordKind} lists them. */
  private static List<Entity<?>> records(Chronicle c) {
    List<Entity<?>> records = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      records.addAll(kind.records(c));
    }
    return records;
  }

  private static void add(Chronicle.Builder builder, Entity<?> e) {
    if (e instanceof State) {
      builder.addState((State) e);
    } else if (e instanceof Official) {
      builder.addOfficial((Official) e);
    } else if (e instanceof Organization) {
      builder.addOrganization((Organization) e);
    } else if (e instanceof Meeting) {
      builder.addMeeting((Meeting) e);
    } else if (e instanceof Statement) {
      builder.addStatement((Statement) e);
    } else if (e instanceof Stance) {
      builder.addStance((Stance) e);
    } else if (e instanceof Event) {
      builder.addEvent((Event) e);
    } else if (e instanceof Issue) {
      builder.addIssue((Issue) e);
    } else {
      builder.addArticle((Article) e);
    }
  }

  /** The record kind that violations name. */
  private static String kind(Entity<?> e) {
    if (e instanceof State) {
      return "state";
    } else if (e instanceof Official) {
      return "official";
    } else if (e instanceof Organization) {
      return "organization";
    } else if (e instanceof Meeting) {
      return "meeting";
    } else if (e instanceof Statement) {
      return "statement";
    } else if (e instanceof Stance) {
      return "stance";
    } else if (e instanceof Event) {
      return "event";
    } else if (e instanceof Issue) {
      return "issue";
    } else {
      return "article";
    }
  }

  private static Issue issue(IssueId id, Optional<IssueId> parent) {
    return Issue.builder().id(id).label("Fault").parent(parent).build();
  }

  private static Official official(OfficialId id, List<Tenure> tenures) {
    return Official.builder().id(id).name("Fault").tenures(tenures).build();
  }

  private static Tenure tenure(Post post, String term) {
    return Tenure.builder()
        .post(post)
        .term(FuzzyDate.parse(term))
        .addReference(
            Reference.builder()
                .work("Wikipedia")
                .url(java.net.URI.create("https://en.wikipedia.org/wiki/Example"))
                .says("In office")
                .accessed(LocalDate.of(2025, 6, 1))
                .build())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** A slug starting with {@code base} that no record of {@code records} has as its id. */
  private static <I extends TypedId<I>> String freshSlug(
      String base, List<? extends Entity<I>> records, Function<String, I> of) {
    return fresh(records, of, n -> n == 0 ? base : base + "-" + n);
  }

  private static <I extends TypedId<I>> String fresh(
      List<? extends Entity<I>> records,
      Function<String, I> of,
      java.util.function.IntFunction<String> candidates) {
    Predicate<String> taken = text -> records.stream().anyMatch(r -> r.id().equals(of.apply(text)));
    for (int n = 0; ; n++) {
      String candidate = candidates.apply(n);
      if (!taken.test(candidate)) {
        return candidate;
      }
    }
  }

  /** State codes AAA, AAB, … in order. */
  private static String stateCodes(int n) {
    char[] code = new char[3];
    for (int i = 2; i >= 0; i--) {
      code[i] = (char) ('A' + n % 26);
      n /= 26;
    }
    return new String(code);
  }

  private static <I extends TypedId<I>, E extends Entity<I>> Optional<E> linear(
      List<E> records, I id) {
    return records.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private static <I extends TypedId<I>> void assertStrictlySorted(
      List<? extends Entity<I>> records) {
    for (int i = 1; i < records.size(); i++) {
      I previous = records.get(i - 1).id();
      I current = records.get(i).id();
      assertTrue(previous.compareTo(current) < 0, () -> previous + " before " + current);
    }
  }

  private static <T> List<T> shuffle(List<T> values, Random random) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static List<String> sorted(List<Expected> expected) {
    return sorted(expected.stream());
  }

  private static List<String> sorted(java.util.stream.Stream<Expected> expected) {
    return expected
        .map(x -> x.kind() + " '" + x.id() + "' " + x.field())
        .sorted()
        .collect(Collectors.toList());
  }
}
