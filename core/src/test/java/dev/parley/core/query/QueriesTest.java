package dev.parley.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.ArticleId;
import dev.parley.core.Article;
import dev.parley.core.Chronicle;
import dev.parley.core.Reference;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingFormat;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingLevel;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Participant;
import dev.parley.core.Place;
import dev.parley.core.Post;
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
import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The queries on a small hand-made chronicle shaped like the seed corpus: foreign ministers of
 * Türkiye, Syria, Russia and Iran; a quadrilateral planned, postponed and held; a defence
 * ministers' meeting whose Syrian participant is known only by post.
 */
class QueriesTest {
  static final StateId TUR = StateId.of("TUR");
  static final StateId SYR = StateId.of("SYR");
  static final StateId RUS = StateId.of("RUS");
  static final StateId IRN = StateId.of("IRN");
  static final ArticleId A = ArticleId.of("a");
  static final SourceRef SRC = SourceRef.of(A, 0, 10);
  static final IssueId WITHDRAWAL = IssueId.of("turkish-troop-withdrawal");
  static final IssueId INTEGRITY = IssueId.of("syria-territorial-integrity");
  static final Post TUR_FM = Post.of(PostRole.FOREIGN_MINISTER, TUR);
  static final Post SYR_DM = Post.of(PostRole.DEFENSE_MINISTER, SYR);

  static Participant named(String official, StateId state, PostRole role) {
    return Participant.builder().actor(OfficialId.of(official)).represents(state)
        .capacity(Post.of(role, state)).build();
  }

  static StatusChange status(MeetingStatus status, String reported) {
    return StatusChange.builder().status(status).reported(FuzzyDate.parse(reported))
        .addSource(SRC).build();
  }

  static Tenure tenure(Post post, String term) {
    return Tenure.builder().post(post).term(FuzzyDate.parse(term))
        .addReference(Reference.builder().work("Test").file("terms.csv").says("in office")
            .accessed(LocalDate.of(2025, 6, 1)).build()).build();
  }

  static final Meeting DEFENCE = Meeting.builder()
      .id(MeetingId.of("defence-2022-12"))
      .title("Defence ministers")
      .date(FuzzyDate.parse("2022-12-28"))
      .place(Place.of("Moscow", RUS))
      .addParticipant(named("akar", TUR, PostRole.DEFENSE_MINISTER))
      .addParticipant(Participant.byCapacity(SYR_DM))
      .addStatusChange(status(MeetingStatus.HELD, "2022-12-28"))
      .addSource(SRC)
      .build();

  static final Meeting QUAD = Meeting.builder()
      .id(MeetingId.of("quad-fm-2023-05-10"))
      .title("Foreign ministers of four states")
      .date(FuzzyDate.parse("2023-05-10"))
      .place(Place.of("Moscow", RUS))
      .addParticipant(named("cavusoglu", TUR, PostRole.FOREIGN_MINISTER))
      .addParticipant(named("mekdad", SYR, PostRole.FOREIGN_MINISTER))
      .addParticipant(named("lavrov", RUS, PostRole.FOREIGN_MINISTER))
      .addParticipant(named("amirabdollahian", IRN, PostRole.FOREIGN_MINISTER))
      .addTopic(WITHDRAWAL)
      .addStatusChange(status(MeetingStatus.PLANNED, "2023-04-20"))
      .addStatusChange(status(MeetingStatus.POSTPONED, "2023-04-25"))
      .addStatusChange(status(MeetingStatus.HELD, "2023-05-10"))
      .addSource(SRC)
      .build();

  static final Meeting PROPOSED = Meeting.builder()
      .id(MeetingId.of("trilateral-fm-2023-01"))
      .title("Trilateral foreign ministers, proposed")
      .date(FuzzyDate.parse("2023-01-11/.."))
      .addParticipant(Participant.byCapacity(TUR_FM))
      .addParticipant(Participant.byCapacity(Post.of(PostRole.FOREIGN_MINISTER, SYR)))
      .addParticipant(Participant.byCapacity(Post.of(PostRole.FOREIGN_MINISTER, RUS)))
      .addStatusChange(status(MeetingStatus.PROPOSED, "2023-01-11"))
      .addSource(SRC)
      .build();

  static final Statement DEMAND = Statement.builder()
      .id(StatementId.of("syria-demands"))
      .speaker(Speaker.of(SYR))
      .date(FuzzyDate.parse("2023-04-25"))
      .mode(StatementMode.PARAPHRASE)
      .text("Syria demands the withdrawal of Turkish troops.")
      .addIssue(WITHDRAWAL)
      .addSource(SRC)
      .build();

  static final Statement BRIEFING = Statement.builder()
      .id(StatementId.of("turkish-official-briefing"))
      .speaker(Speaker.anonymous(TUR, "a senior Turkish official"))
      .date(FuzzyDate.parse("2023-01-11"))
      .mode(StatementMode.UNRECORDED)
      .meeting(PROPOSED.id())
      .addSource(SRC)
      .build();

  static Stance stance(String id, StateId holder, IssueId issue, StancePosition position,
      String validity) {
    return Stance.builder().id(StanceId.of(id)).holder(holder).issue(issue).position(position)
        .validity(FuzzyDate.parse(validity)).addSource(SRC).build();
  }

  static Official official(String id, Tenure... tenures) {
    return Official.builder().id(OfficialId.of(id)).name(id).addTenures(tenures).build();
  }

  static final Chronicle CHRONICLE = Chronicle.builder()
      .addStates(State.builder().id(TUR).name("Türkiye").build(),
          State.builder().id(SYR).name("Syria").build(),
          State.builder().id(RUS).name("Russia").build(),
          State.builder().id(IRN).name("Iran").build())
      .addOfficials(official("akar", tenure(Post.of(PostRole.DEFENSE_MINISTER, TUR), "2018/2023")),
          official("abbas", tenure(SYR_DM, "2022-04-01/2024-09")),
          official("cavusoglu", tenure(TUR_FM, "2015-11-24/2023-06-03")),
          official("fidan", tenure(TUR_FM, "2023-06-03/..")),
          official("mekdad"), official("lavrov"), official("amirabdollahian"))
      .addArticle(Article.builder().id(A).build())
      .addIssues(Issue.builder().id(WITHDRAWAL).label("Withdrawal").build(),
          Issue.builder().id(INTEGRITY).label("Integrity").build())
      .addMeetings(QUAD, PROPOSED, DEFENCE)
      .addStatements(DEMAND, BRIEFING)
      .addStances(stance("syr-demands", SYR, WITHDRAWAL, StancePosition.DEMANDS, "2022-12/.."),
          stance("syr-integrity", SYR, INTEGRITY, StancePosition.SUPPORTS, "2022/.."),
          stance("tur-integrity", TUR, INTEGRITY, StancePosition.SUPPORTS, "2022-12-28/.."),
          stance("tur-opposes", TUR, WITHDRAWAL, StancePosition.OPPOSES, "2023-01/2023-06"))
      .build();

  static final Queries Q = CHRONICLE.query();

  static List<String> ids(List<Meeting> meetings) {
    return meetings.stream().map(m -> m.id().value()).collect(Collectors.toList());
  }

  @Test
  void queriesAreBuiltOncePerChronicle() {
    assertSame(CHRONICLE.query(), CHRONICLE.query());
  }

  @Test
  void meetingsAttendedByAnOfficialAStateAndNobody() {
    assertEquals(List.of("quad-fm-2023-05-10"),
        ids(Q.meetings().attendedBy(OfficialId.of("lavrov")).list()));
    // Syria attends through its named minister, and through an unnamed one known by post;
    // the proposed trilateral was not held, so it was not attended, only involved.
    assertEquals(List.of("defence-2022-12", "quad-fm-2023-05-10"),
        ids(Q.meetings().attendedBy(SYR).list()));
    assertEquals(List.of("defence-2022-12", "trilateral-fm-2023-01", "quad-fm-2023-05-10"),
        ids(Q.meetings().involving(SYR).list()));
    assertTrue(Q.meetings().attendedBy(OfficialId.of("nobody")).list().isEmpty());
  }

  @Test
  void firstMinisterialMeetingOfTurkeyAndSyriaSince2011() {
    Meeting first = Q.meetings().between(TUR, SYR).since(LocalDate.of(2011, 3, 15))
        .atLeast(MeetingLevel.MINISTERIAL).withStatus(MeetingStatus.HELD).first().orElseThrow();
    assertEquals(DEFENCE, first);
    assertEquals(QUAD, Q.meetings().between(TUR, SYR).latest().orElseThrow());
    assertEquals(3, Q.meetings().between(TUR, SYR).count());
    assertEquals(QUAD,
        Q.meetings().between(TUR, SYR).withFormat(MeetingFormat.QUADRILATERAL).first()
            .orElseThrow());
  }

  @Test
  void dateFiltersDistinguishMayFromCertainly() {
    // The proposed meeting is dated "2023-01-11/..": it may fall in February, it is not
    // certainly within it.
    LocalDate feb1 = LocalDate.of(2023, 2, 1);
    LocalDate feb28 = LocalDate.of(2023, 2, 28);
    assertEquals(List.of("trilateral-fm-2023-01"),
        ids(Q.meetings().overlapping(feb1, feb28).list()));
    assertTrue(Q.meetings().within(feb1, feb28).list().isEmpty());
    assertEquals(List.of("trilateral-fm-2023-01", "quad-fm-2023-05-10"),
        ids(Q.meetings().since(LocalDate.of(2023, 1, 1)).list()));
    assertThrows(IllegalArgumentException.class, () -> Q.meetings().overlapping(feb28, feb1));
  }

  @Test
  void otherFilters() {
    assertEquals(List.of("defence-2022-12", "quad-fm-2023-05-10"),
        ids(Q.meetings().inCity("moscow").list()));
    assertEquals(List.of("quad-fm-2023-05-10"), ids(Q.meetings().onTopic(WITHDRAWAL).list()));
    assertEquals(List.of("trilateral-fm-2023-01"),
        ids(Q.meetings().withStatus(MeetingStatus.PROPOSED).list()));
    // Both Moscow meetings are ministerial: the tie goes to the earlier.
    assertEquals(DEFENCE, Q.meetings().inState(RUS).highestLevel().orElseThrow());
  }

  @Test
  void attendanceIsInferredFromPostAndTenureOnlyWhenAskedAndCertain() {
    OfficialId abbas = OfficialId.of("abbas");
    assertTrue(Q.attendance(abbas).isEmpty());
    List<Attendance> inferred = Q.attendanceIncludingInferred(abbas);
    assertEquals(1, inferred.size());
    assertEquals(DEFENCE, inferred.get(0).meeting());
    assertTrue(inferred.get(0).inferred());
    // Çavuşoğlu's term covers the proposed meeting's start but not its open end: not inferred.
    List<Attendance> cavusoglu = Q.attendanceIncludingInferred(OfficialId.of("cavusoglu"));
    assertEquals(List.of(QUAD), cavusoglu.stream().map(Attendance::meeting)
        .collect(Collectors.toList()));
    assertFalse(cavusoglu.get(0).inferred());
  }

  @Test
  void whoHeldTurkeysForeignMinistry() {
    Post post = TUR_FM;
    assertEquals(List.of("cavusoglu"), Q.holders(post, LocalDate.of(2023, 5, 10)).stream()
        .map(h -> h.official().id().value()).collect(Collectors.toList()));
    // The handover day belongs to both terms.
    assertEquals(2, Q.holders(post, LocalDate.of(2023, 6, 3)).size());
    assertEquals(List.of("fidan"), Q.holders(post, LocalDate.of(2024, 1, 1)).stream()
        .map(h -> h.official().id().value()).collect(Collectors.toList()));
    assertTrue(Q.holders(post, LocalDate.of(2010, 1, 1)).isEmpty());
  }

  @Test
  void stancesAsOfHistoryAndAgreement() {
    assertEquals(1, Q.stancesAsOf(SYR, WITHDRAWAL, LocalDate.of(2023, 5, 10)).size());
    assertTrue(Q.stancesAsOf(SYR, WITHDRAWAL, LocalDate.of(2022, 11, 30)).isEmpty());
    assertEquals(List.of("syr-integrity", "syr-demands"), Q.stancesOf(SYR).stream()
        .map(s -> s.id().value()).collect(Collectors.toList()));
    List<StanceComparison> march = Q.compareStances(SYR, TUR, LocalDate.of(2023, 3, 1));
    assertEquals(List.of(INTEGRITY, WITHDRAWAL),
        march.stream().map(StanceComparison::issue).collect(Collectors.toList()));
    assertTrue(march.get(0).agree());
    assertFalse(march.get(1).agree());
    // After June 2023 Türkiye's recorded stance on withdrawal has lapsed.
    assertEquals(1, Q.compareStances(SYR, TUR, LocalDate.of(2023, 9, 1)).size());
  }

  @Test
  void statementsBySpeakerAffiliationMeetingAndIssue() {
    assertEquals(List.of(DEMAND), Q.statements().by(SYR).list());
    assertEquals(List.of(BRIEFING), Q.statements().affiliatedWith(TUR).list());
    assertEquals(List.of(BRIEFING), Q.statements().about(PROPOSED.id()).list());
    assertEquals(List.of(DEMAND), Q.statements().onIssue(WITHDRAWAL).list());
    assertEquals(List.of(BRIEFING, DEMAND), Q.statements().list());
    assertEquals(List.of(BRIEFING),
        Q.statements().withMode(StatementMode.UNRECORDED).list());
  }

  @Test
  void coAttendanceCountsMeetingsTogether() {
    var graph = Q.coAttendance();
    // The five named officials; participants known only by post are no nodes.
    assertEquals(5, graph.nodes().size());
    assertEquals(1, graph.edgeValue(OfficialId.of("lavrov"), OfficialId.of("mekdad"))
        .orElseThrow());
    assertFalse(graph.hasEdgeConnecting(OfficialId.of("akar"), OfficialId.of("lavrov")));
  }

  @Test
  void holdersAndInferredAttendanceCompareOfficesNotTitles() {
    Post iranFm = Post.of(PostRole.FOREIGN_MINISTER, IRN);
    Post titled = Post.builder().from(iranFm).title("Minister of Foreign Affairs").build();
    Official minister = official("iran-fm", tenure(titled, "2022/2024"));
    Meeting talks = Meeting.builder()
        .id(MeetingId.of("talks-2023-03"))
        .title("Talks")
        .date(FuzzyDate.parse("2023-03-01"))
        .addParticipant(Participant.byCapacity(iranFm))
        .addParticipant(named("lavrov", RUS, PostRole.FOREIGN_MINISTER))
        .addStatusChange(status(MeetingStatus.HELD, "2023-03-01"))
        .addSource(SRC)
        .build();
    Queries q = Chronicle.builder().from(Q.chronicle()).addOfficial(minister).addMeeting(talks)
        .build().query();
    LocalDate day = LocalDate.of(2023, 3, 1);
    assertEquals(List.of(minister.id()),
        q.holders(iranFm, day).stream().map(h -> h.official().id()).toList());
    assertEquals(q.holders(iranFm, day), q.holders(titled, day));
    assertEquals(List.of(talks.id()), q.attendanceIncludingInferred(minister.id()).stream()
        .filter(Attendance::inferred).map(a -> a.meeting().id()).toList());
  }

  /**
   * The sample QueryProperties.attendanceMatchesReference once found: an official holding two
   * posts of one state on the meeting's date, and the meeting having capacity-only participants
   * in both. The attendance stands on the first such participant in the meeting's order, not on
   * the one matching the official's first tenure.
   */
  @Test
  void inferredAttendanceTakesTheFirstMatchingParticipantInMeetingOrder() {
    Post headOfState = Post.builder().role(PostRole.HEAD_OF_STATE).party(TUR).title("A").build();
    Post spokesperson = Post.of(PostRole.SPOKESPERSON, TUR);
    // The spokesperson tenure comes first, in the official's order and in the input.
    Official both = official("both-posts", tenure(spokesperson, "2020/2025"),
        tenure(headOfState, "2020/2025"));
    Participant asHead = Participant.byCapacity(headOfState);
    Participant asSpokesperson = Participant.byCapacity(spokesperson);
    Meeting talks = Meeting.builder()
        .id(MeetingId.of("two-posts-2023-03"))
        .title("Talks")
        .date(FuzzyDate.parse("2023-03-01"))
        .addParticipant(asHead)
        .addParticipant(asSpokesperson)
        .addStatusChange(status(MeetingStatus.HELD, "2023-03-01"))
        .addSource(SRC)
        .build();
    Chronicle c = Chronicle.builder().from(Q.chronicle()).addOfficial(both).addMeeting(talks)
        .build();
    assertEquals(spokesperson.office(),
        c.official(both.id()).orElseThrow().tenures().get(0).post().office());
    assertEquals(List.of(new Attendance(talks, asHead, true)),
        c.query().attendanceIncludingInferred(both.id()));

    // The other order of participants: the spokesperson comes first and is the one reported.
    Meeting swapped = Meeting.builder().from(talks).participants(List.of(asSpokesperson, asHead))
        .build();
    Chronicle d = Chronicle.builder().from(Q.chronicle()).addOfficial(both).addMeeting(swapped)
        .build();
    assertEquals(List.of(new Attendance(swapped, asSpokesperson, true)),
        d.query().attendanceIncludingInferred(both.id()));
  }

  @Test
  void coAttendanceLeavesOutMeetingsNotHeld() {
    Meeting planned = Meeting.builder()
        .id(MeetingId.of("planned-2023-06"))
        .title("Planned talks")
        .date(FuzzyDate.parse("2023-06"))
        .addParticipant(named("akar", TUR, PostRole.DEFENSE_MINISTER))
        .addParticipant(named("lavrov", RUS, PostRole.FOREIGN_MINISTER))
        .addStatusChange(status(MeetingStatus.PLANNED, "2023-05-20"))
        .addSource(SRC)
        .build();
    var graph = Chronicle.builder().from(Q.chronicle()).addMeeting(planned).build()
        .query().coAttendance();
    assertFalse(graph.hasEdgeConnecting(OfficialId.of("akar"), OfficialId.of("lavrov")));
    assertEquals(Q.coAttendance(), graph);
  }

  @Test
  void timelineInterleavesStatusReportsAndStatements() {
    List<String> timeline = Q.timeline().stream().map(e -> e.date() + " " + describe(e))
        .collect(Collectors.toList());
    assertEquals(List.of(
        "2022-12-28 defence-2022-12 HELD",
        "2023-01-11 trilateral-fm-2023-01 PROPOSED",
        "2023-01-11 turkish-official-briefing",
        "2023-04-20 quad-fm-2023-05-10 PLANNED",
        "2023-04-25 quad-fm-2023-05-10 POSTPONED",
        "2023-04-25 syria-demands",
        "2023-05-10 quad-fm-2023-05-10 HELD"), timeline);
  }

  private static String describe(TimelineEntry e) {
    if (e instanceof TimelineEntry.MeetingReported) {
      TimelineEntry.MeetingReported r = (TimelineEntry.MeetingReported) e;
      return r.meeting().id() + " " + r.change().status();
    }
    return ((TimelineEntry.StatementMade) e).statement().id().value();
  }

  @Test
  void resultsAreImmutable() {
    List<Meeting> all = Q.meetings().list();
    assertThrows(UnsupportedOperationException.class, () -> all.add(QUAD));
    assertThrows(UnsupportedOperationException.class, () -> Q.stancesOf(SYR).clear());
  }
}
