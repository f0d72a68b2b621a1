package dev.parley.core.query;

import static dev.parley.core.query.QueriesTest.A;
import static dev.parley.core.query.QueriesTest.SRC;
import static dev.parley.core.query.QueriesTest.SYR;
import static dev.parley.core.query.QueriesTest.TUR;
import static dev.parley.core.query.QueriesTest.TUR_FM;
import static dev.parley.core.query.QueriesTest.status;
import static dev.parley.core.query.QueriesTest.tenure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.Chronicle;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.OrganizationKind;
import dev.parley.core.Participant;
import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.StanceId;
import dev.parley.core.StancePosition;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.Statement;
import dev.parley.core.StatementId;
import dev.parley.core.StatementMode;
import dev.parley.core.time.FuzzyDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lookups by name and label, the issue hierarchy, filters by post, evidence resolved in one
 * call, and actor references that print their kind.
 */
class LookupTest {
  static final IssueId REFUGEES = IssueId.of("syrian-refugees");
  static final IssueId RETURN = IssueId.of("syrian-refugee-return");
  static final IssueId CAMPS = IssueId.of("refugee-camps");
  static final IssueId OTHER = IssueId.of("water");
  static final OfficialId CAVUSOGLU = OfficialId.of("cavusoglu");
  static final OfficialId KALIN = OfficialId.of("kalin");
  static final OrganizationId MIT = OrganizationId.of("mit");

  static Statement statement(String id, ActorRef speaker, String date, IssueId... issues) {
    return Statement.builder().id(StatementId.of(id)).speaker(Speaker.of(speaker))
        .date(FuzzyDate.parse(date)).mode(StatementMode.UNRECORDED).addIssues(issues)
        .addSource(SRC).build();
  }

  static Meeting meeting(String id, MeetingStatus status, Participant p, IssueId... topics) {
    return Meeting.builder().id(MeetingId.of(id)).title(id).date(FuzzyDate.parse("2023-05-10"))
        .addParticipant(p).addTopics(topics).addStatusChange(status(status, "2023-05-10"))
        .addSource(SRC).build();
  }

  static final Statement ON_RETURN = statement("on-return", CAVUSOGLU, "2023-05-10", RETURN);
  static final Statement ON_CAMPS = statement("on-camps", KALIN, "2023-04-01", CAMPS);
  static final Statement ON_WATER = statement("on-water", CAVUSOGLU, "2023-06-10", OTHER);

  static final Chronicle CHRONICLE = Chronicle.builder()
      .addStates(State.builder().id(TUR).name("Türkiye").addOtherName("Turkey").build(),
          State.builder().id(SYR).name("Syria").build())
      .addOfficials(
          Official.builder().id(CAVUSOGLU).name("Mevlüt Çavuşoğlu")
              .addOtherName("Mevlut Cavusoglu")
              .addTenure(tenure(TUR_FM, "2015-11-24/2023-06-03")).build(),
          Official.builder().id(KALIN).name("İbrahim Kalın").build())
      .addOrganization(Organization.builder().id(MIT).name("National Intelligence Organization")
          .addOtherName("MIT").kind(OrganizationKind.INTELLIGENCE_AGENCY).state(TUR).build())
      .addIssues(
          Issue.builder().id(REFUGEES).label("Syrian refugees").build(),
          Issue.builder().id(RETURN).label("Return of Syrian refugees").parent(REFUGEES).build(),
          Issue.builder().id(CAMPS).label("Camps").parent(RETURN).build(),
          Issue.builder().id(OTHER).label("Water").build())
      .addArticle(Article.builder().id(A).build())
      .addStatements(ON_RETURN, ON_CAMPS, ON_WATER)
      .addMeetings(
          meeting("held-on-camps", MeetingStatus.HELD,
              Participant.builder().actor(CAVUSOGLU).capacity(TUR_FM).build(), CAMPS),
          meeting("planned-on-water", MeetingStatus.PLANNED,
              Participant.byCapacity(TUR_FM), OTHER),
          meeting("held-by-kalin", MeetingStatus.HELD,
              Participant.builder().actor(KALIN).build(), REFUGEES))
      .addStance(Stance.builder().id(StanceId.of("tur-on-return")).holder(TUR).issue(RETURN)
          .position(StancePosition.SUPPORTS).validity(FuzzyDate.parse("2023-04/.."))
          .addEvidence(ON_RETURN.id(), ON_CAMPS.id()).addSource(SRC).build())
      .build();

  static final Queries Q = CHRONICLE.query();

  static List<String> ids(List<Meeting> meetings) {
    return meetings.stream().map(m -> m.id().value()).toList();
  }

  @Test
  void actorsByAnyNameIgnoringCaseTheTurkishWayToo() {
    assertEquals(List.of(CHRONICLE.state(TUR).orElseThrow()), Q.statesNamed("turkey"));
    assertEquals(List.of(CHRONICLE.state(TUR).orElseThrow()), Q.statesNamed("TÜRKIYE"));
    assertEquals(List.of(), Q.statesNamed("Turk"));
    assertEquals(List.of(CHRONICLE.official(KALIN).orElseThrow()),
        Q.officialsNamed("ibrahim kalın"));
    assertEquals(List.of(CHRONICLE.official(CAVUSOGLU).orElseThrow()),
        Q.officialsNamed("MEVLUT CAVUSOGLU"));
    assertEquals(List.of(CHRONICLE.organization(MIT).orElseThrow()),
        Q.organizationsNamed("mit"));
    assertEquals(List.of(TUR), Q.actorsNamed("Turkey"));
    assertEquals(List.of(MIT), Q.actorsNamed("MIT"));
    assertEquals(List.of(), Q.officialsNamed("Turkey"));
    assertThrows(NullPointerException.class, () -> Q.actorsNamed(null));
  }

  @Test
  void issuesByLabelAndTheirNarrowerIssues() {
    assertEquals(List.of(CHRONICLE.issue(RETURN).orElseThrow()),
        Q.issuesLabelled("return of syrian refugees"));
    assertEquals(List.of(), Q.issuesLabelled("refugees"));
    assertEquals(List.of(REFUGEES, CAMPS, RETURN),
        Q.issueAndNarrower(REFUGEES).stream().map(Issue::id).toList());
    assertEquals(List.of(CAMPS), Q.issueAndNarrower(CAMPS).stream().map(Issue::id).toList());
    assertEquals(List.of(), Q.issueAndNarrower(IssueId.of("absent")));
  }

  @Test
  void onIssueOrNarrowerFollowsTheHierarchy() {
    assertEquals(List.of(ON_CAMPS, ON_RETURN),
        Q.statements().onIssueOrNarrower(REFUGEES).list());
    assertEquals(List.of(ON_RETURN), Q.statements().onIssue(RETURN).list());
    assertEquals(List.of(ON_CAMPS), Q.statements().onIssueOrNarrower(CAMPS).list());
    assertEquals(List.of("held-by-kalin", "held-on-camps"),
        ids(Q.meetings().onTopicOrNarrower(REFUGEES).list()));
    assertEquals(List.of("held-on-camps"), ids(Q.meetings().onTopicOrNarrower(RETURN).list()));
  }

  @Test
  void filtersByPost() {
    // Named or known only by post, any status.
    assertEquals(List.of("held-on-camps", "planned-on-water"),
        ids(Q.meetings().withCapacity(TUR_FM).list()));
    assertEquals(List.of("held-on-camps", "planned-on-water"), ids(Q.meetings()
        .withCapacity(Post.builder().role(PostRole.FOREIGN_MINISTER).party(TUR)
            .title("Minister of Foreign Affairs").build()).list()));
    // Çavuşoğlu held the post until 3 June 2023: his June statement is not the minister's.
    assertEquals(List.of(ON_RETURN), Q.statements().byHolderOf(TUR_FM).list());
    assertEquals(List.of(), Q.statements()
        .byHolderOf(Post.of(PostRole.FOREIGN_MINISTER, SYR)).list());
  }

  @Test
  void attendedByMeansHeldAndInvolvingEveryStatus() {
    Meeting planned = CHRONICLE.meeting(MeetingId.of("planned-on-water")).orElseThrow();
    assertEquals(List.of(), Q.meetings().attendedBy(TUR).withStatus(MeetingStatus.PLANNED)
        .list());
    assertEquals(List.of(planned), Q.meetings().involving(TUR)
        .withStatus(MeetingStatus.PLANNED).list());
    assertEquals(List.of("held-on-camps"), ids(Q.meetings().attendedBy(TUR).list()));
    assertEquals(List.of("held-on-camps"),
        Q.attendance(CAVUSOGLU).stream().map(a -> a.meeting().id().value()).toList());
    // The planned meeting's Turkish foreign minister is inferred nowhere: it was not held.
    assertEquals(List.of("held-on-camps"), Q.attendanceIncludingInferred(CAVUSOGLU).stream()
        .map(a -> a.meeting().id().value()).toList());
  }

  @Test
  void evidenceIsResolvedInOneCall() {
    Stance s = CHRONICLE.stances().get(0);
    assertEquals(List.of(ON_CAMPS, ON_RETURN), Q.evidence(s));
    Stance foreign = Stance.builder().from(s).evidence(List.of(StatementId.of("elsewhere")))
        .build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Q.evidence(foreign));
    assertEquals("stance tur-on-return cites statement elsewhere, which this chronicle lacks",
        e.getMessage());
  }

  @Test
  void actorReferencesPrintTheirKind() {
    assertEquals("official:a", OfficialId.of("a").toString());
    assertEquals("organization:a", OrganizationId.of("a").toString());
    assertEquals("state:TUR", StateId.of("TUR").toString());
    assertEquals("a", MeetingId.of("a").toString());
    for (ActorRef ref : List.of(OfficialId.of("a"), OrganizationId.of("a"), TUR)) {
      assertEquals(ref, ActorRef.parse(ref.toString()));
    }
  }
}
