package dev.parley.core;

import static dev.parley.core.ValueTypesTest.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.query.Queries;
import dev.parley.core.time.FuzzyDate;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Examples of what model 2 adds to the core: speakers known by post, sources on participants,
 * reference sources on tenures, stances bounded by their evidence, heads of organizations and
 * governments; each validation message names the field and the bad value.
 */
class ModelTwoTest {
  static final StateId TUR = StateId.of("TUR");
  static final StateId SYR = StateId.of("SYR");
  static final ArticleId ARTICLE = ArticleId.of("a");
  static final SourceRef SOURCE = SourceRef.of(ARTICLE, 0, 10);
  static final Post TURKISH_FM = Post.of(PostRole.FOREIGN_MINISTER, TUR);
  static final OrganizationId HEZBOLLAH = OrganizationId.of("hezbollah");
  static final OrganizationId ASSAD = OrganizationId.of("syria-government-assad");
  static final OrganizationId TRANSITIONAL = OrganizationId.of("syria-government-transitional");
  static final IssueId ISSUE = IssueId.of("issue");

  static Reference reference() {
    return Reference.builder()
        .work("Wikipedia")
        .url(URI.create("https://en.wikipedia.org/wiki/Mevl%C3%BCt_%C3%87avu%C5%9Fo%C4%9Flu"))
        .says("Minister of Foreign Affairs: 24 November 2015 – 4 June 2023")
        .accessed(LocalDate.of(2025, 6, 1))
        .build();
  }

  /** A chronicle with Türkiye, Syria, two Syrian governments, Hezbollah and one article. */
  static Chronicle.Builder base() {
    return Chronicle.builder()
        .addState(State.builder().id(TUR).name("Türkiye").build())
        .addState(State.builder().id(SYR).name("Syria").build())
        .addOrganization(Organization.builder().id(ASSAD).name("Assad government")
            .kind(OrganizationKind.GOVERNMENT).state(SYR)
            .term(FuzzyDate.parse("2000-07-17/2024-12-08")).build())
        .addOrganization(Organization.builder().id(TRANSITIONAL).name("Transitional government")
            .kind(OrganizationKind.GOVERNMENT).state(SYR)
            .term(FuzzyDate.parse("2024-12-08/..")).build())
        .addOrganization(Organization.builder().id(HEZBOLLAH).name("Hezbollah")
            .kind(OrganizationKind.ARMED_GROUP).build())
        .addIssue(Issue.builder().id(ISSUE).label("Issue").build())
        .addArticle(Article.builder().id(ARTICLE).build());
  }

  static List<String> violations(Chronicle.Builder chronicle) {
    InvalidChronicleException e =
        assertThrows(InvalidChronicleException.class, chronicle::build);
    return e.violations().stream().map(Violation::toString).toList();
  }

  static Statement statement(String id, Speaker speaker, String date) {
    return Statement.builder().id(StatementId.of(id)).speaker(speaker)
        .date(FuzzyDate.parse(date)).mode(StatementMode.UNRECORDED).addSource(SOURCE).build();
  }

  static Stance.Builder stance(String validity) {
    return Stance.builder().id(StanceId.of("s")).holder(SYR).issue(ISSUE)
        .position(StancePosition.SUPPORTS).validity(FuzzyDate.parse(validity)).addSource(SOURCE);
  }

  @Nested
  class SpeakersByPost {
    @Test
    void aSpeakerMayBeKnownByPostAlone() {
      Speaker fm = Speaker.byCapacity(TURKISH_FM);
      assertEquals(Optional.of(TURKISH_FM), fm.capacity());
      assertTrue(fm.isAnonymous());
      assertEquals(Optional.empty(), fm.affiliation());
    }

    @Test
    void withoutActorOrCapacityAnAffiliationAndDescriptionAreNeeded() {
      assertInvalid("Speaker.affiliation", "neither an actor nor a capacity",
          () -> Speaker.builder().description("an official").build());
    }

    @Test
    void theCapacitysPartyMustBeInTheChronicle() {
      Post syrianFm = Post.of(PostRole.FOREIGN_MINISTER, StateId.of("IRN"));
      assertEquals(
          List.of("statement 's' speaker.capacity.party: unknown state 'IRN'"),
          violations(base().addStatement(statement("s", Speaker.byCapacity(syrianFm), "2023"))));
    }
  }

  @Nested
  class ParticipantSources {
    @Test
    void aParticipantsSourcesMustPointIntoKnownArticles() {
      Meeting m = Meeting.builder().id(MeetingId.of("m")).title("M")
          .date(FuzzyDate.parse("2023"))
          .addParticipant(Participant.builder().actor(TUR)
              .addSource(SourceRef.of(ArticleId.of("missing"), 0, 1)).build())
          .addStatusChange(StatusChange.builder().status(MeetingStatus.HELD)
              .reported(FuzzyDate.parse("2023")).addSource(SOURCE).build())
          .addSource(SOURCE).build();
      assertEquals(List.of(SourceRef.of(ArticleId.of("missing"), 0, 1)),
          m.participants().get(0).sources());
      assertEquals(
          List.of("meeting 'm' participants[0].sources[0].article: unknown article 'missing'"),
          violations(base().addMeeting(m)));
    }
  }

  @Nested
  class References {
    @Test
    void aReferenceNeedsAUrlOrAFile() {
      assertInvalid("Reference", "'Wikipedia'", () -> Reference.builder().work("Wikipedia")
          .says("x").accessed(LocalDate.of(2025, 6, 1)).build());
      Reference file = Reference.builder().work("CAMEO actors").file("actors.txt")
          .says("TURGOV").accessed(LocalDate.of(2025, 6, 1)).build();
      assertEquals(Optional.empty(), file.url());
    }

    @Test
    void textsMustNotBeBlankAndTheUrlMustBeAbsolute() {
      assertInvalid("Reference.says", "' '", () -> Reference.builder().from(reference())
          .says(" ").build());
      assertInvalid("Reference.work", "''", () -> Reference.builder().from(reference())
          .work("").build());
      assertInvalid("Reference.url", "'wiki/X'", () -> Reference.builder().from(reference())
          .url(URI.create("wiki/X")).build());
    }

    @Test
    void aTenureNeedsAnArticleSourceOrAReference() {
      assertInvalid("Tenure.sources", "needs at least one article source or reference",
          () -> Tenure.builder().post(TURKISH_FM).term(FuzzyDate.parse("2015/2023")).build());
      Tenure t = Tenure.builder().post(TURKISH_FM)
          .term(FuzzyDate.parse("2015-11-24/2023-06-04")).addReference(reference()).build();
      assertEquals(List.of(reference()), t.references());
    }
  }

  @Nested
  class HeadsOfOrganizations {
    @Test
    void aHeadOfAnOrganizationLendsTheSummitLevel() {
      Post head = Post.of(PostRole.HEAD_OF_ORGANIZATION, HEZBOLLAH);
      Meeting m = Meeting.builder().id(MeetingId.of("m")).title("M").date(FuzzyDate.parse("2023"))
          .addParticipant(Participant.byCapacity(head))
          .addParticipant(Participant.byCapacity(Post.of(PostRole.FOREIGN_MINISTER, TUR)))
          .addStatusChange(StatusChange.builder().status(MeetingStatus.HELD)
              .reported(FuzzyDate.parse("2023")).addSource(SOURCE).build())
          .addSource(SOURCE).build();
      assertEquals(Optional.of(MeetingLevel.SUMMIT), m.level());
    }

    @Test
    void aStateHasNoHeadOfOrganization() {
      assertInvalid("Post.party", "'state:TUR'",
          () -> Post.of(PostRole.HEAD_OF_ORGANIZATION, TUR));
    }
  }

  @Nested
  class Governments {
    @Test
    void aGovernmentHasAState() {
      assertInvalid("Organization.state", "kind GOVERNMENT", () -> Organization.builder()
          .id(ASSAD).name("Assad government").kind(OrganizationKind.GOVERNMENT).build());
    }

    @Test
    void stancesAndTenuresNameAGovernmentOfTheirState() {
      Chronicle c = base()
          .addOfficial(Official.builder().id(OfficialId.of("al-mekdad")).name("Faisal Mekdad")
              .addTenure(Tenure.builder().post(Post.of(PostRole.FOREIGN_MINISTER, SYR))
                  .term(FuzzyDate.parse("2020-11-22/2024-12-08")).government(ASSAD)
                  .addSource(SOURCE).build())
              .build())
          .addStance(stance("2023-04-25/2024-12-08").ended(true).government(ASSAD).build())
          .build();
      assertEquals(List.of(c.stances().get(0)), c.query().stancesUnder(ASSAD));
      assertEquals(List.of(), c.query().stancesUnder(TRANSITIONAL));
    }

    @Test
    void aGovernmentOfAnotherStateOrAnotherKindIsRefused() {
      Official official = Official.builder().id(OfficialId.of("o")).name("O")
          .addTenure(Tenure.builder().post(TURKISH_FM).term(FuzzyDate.parse("2023"))
              .government(ASSAD).addSource(SOURCE).build())
          .build();
      assertEquals(
          List.of(
              "official 'o' tenures[0].government: government 'syria-government-assad' governs"
                  + " SYR, which is not the post's state [TUR]",
              "stance 's' government: organization 'hezbollah' is not a government (its kind is"
                  + " ARMED_GROUP)"),
          violations(base().addOfficial(official)
              .addStance(stance("2023").government(HEZBOLLAH).build())));
      assertEquals(
          List.of("stance 's' government: unknown organization 'nowhere'"),
          violations(base()
              .addStance(stance("2023").government(OrganizationId.of("nowhere")).build())));
    }

    @Test
    void anAssemblerChecksGovernmentsAsABuilderDoes() {
      Chronicle.Builder bad = base().addStance(
          stance("2023").holder(TUR).government(TRANSITIONAL).build());
      List<String> expected = violations(bad);
      assertEquals(List.of("stance 's' government: government 'syria-government-transitional'"
          + " governs SYR, which is not the holder's state [TUR]"), expected);
      ChronicleAssembler assembler = ChronicleAssembler.create();
      Chronicle whole = base().build();
      assembler.addAll(whole.states()).addAll(whole.organizations()).addAll(whole.issues())
          .addAll(whole.articles())
          .add(stance("2023").holder(TUR).government(TRANSITIONAL).build());
      InvalidChronicleException e =
          assertThrows(InvalidChronicleException.class, assembler::build);
      assertEquals(expected, e.violations().stream().map(Violation::toString).toList());
    }
  }

  @Nested
  class StancesBoundedByEvidence {
    @Test
    void endedNeedsAClosedEnd() {
      assertInvalid("Stance.ended", "'2016-12-20/..'",
          () -> stance("2016-12-20/..").ended(true).build());
      assertInvalid("Stance.ended", "'2016-12-20/'",
          () -> stance("2016-12-20/").ended(true).build());
      assertTrue(stance("2016-12-20/2016-12-21").ended(true).build().ended());
      assertFalse(stance("2016-12-20/..").build().ended());
    }

    @Test
    void anUnknownEndReachesTheLastEvidenceAndNoFurther() {
      Chronicle c = base()
          .addStatement(statement("e1", Speaker.of(SYR), "2016-12-20"))
          .addStatement(statement("e2", Speaker.of(SYR), "2017-01"))
          .addStance(stance("2016-12-20/").addEvidence(StatementId.of("e1"))
              .addEvidence(StatementId.of("e2")).build())
          .build();
      Queries q = c.query();
      Stance s = c.stances().get(0);
      assertEquals(FuzzyDate.parse("2016-12-20/2017-01-01"), q.evidencedValidity(s));
      assertTrue(q.holdsOn(s, LocalDate.of(2016, 12, 20)));
      assertTrue(q.holdsOn(s, LocalDate.of(2017, 1, 1)));
      assertFalse(q.holdsOn(s, LocalDate.of(2017, 1, 2)), "the January statement may be the 1st");
      assertFalse(q.holdsOn(s, LocalDate.of(2023, 5, 10)));
      assertEquals(List.of(), q.stancesAsOf(SYR, ISSUE, LocalDate.of(2023, 5, 10)));
      assertFalse(s.certainlyHoldsOn(LocalDate.of(2016, 12, 21)), "the validity alone");
    }

    @Test
    void anOpenEndIsAssertedAndAClosedEndIsTheLastDayAttested() {
      Chronicle c = base()
          .addStance(stance("2016-12-20/..").build())
          .addStance(stance("2016-12-20/2017-03-01").id(StanceId.of("t")).build())
          .build();
      Queries q = c.query();
      assertEquals(List.of(c.stances().get(0)),
          q.stancesAsOf(SYR, ISSUE, LocalDate.of(2023, 5, 10)));
      assertTrue(q.holdsOn(c.stances().get(1), LocalDate.of(2017, 3, 1)));
      assertFalse(q.holdsOn(c.stances().get(1), LocalDate.of(2017, 3, 2)));
    }

    @Test
    void withoutEvidenceAnUnknownEndReachesOnlyItsStart() {
      Chronicle c = base().addStance(stance("2016-12-20/").build()).build();
      Stance s = c.stances().get(0);
      assertTrue(c.query().holdsOn(s, LocalDate.of(2016, 12, 20)));
      assertFalse(c.query().holdsOn(s, LocalDate.of(2016, 12, 21)));
      assertEquals(s.validity(), c.query().evidencedValidity(s));
    }
  }
}
