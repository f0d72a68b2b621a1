package dev.parley.core;

import static dev.parley.core.ValueTypesTest.AKAR;
import static dev.parley.core.ValueTypesTest.ARTICLE;
import static dev.parley.core.ValueTypesTest.REFUGEES;
import static dev.parley.core.ValueTypesTest.RUS;
import static dev.parley.core.ValueTypesTest.SHOIGU;
import static dev.parley.core.ValueTypesTest.SOURCE;
import static dev.parley.core.ValueTypesTest.SYR;
import static dev.parley.core.ValueTypesTest.TUR;
import static dev.parley.core.ValueTypesTest.WITHDRAWAL;
import static dev.parley.core.ValueTypesTest.date;
import static dev.parley.core.ValueTypesTest.meeting;
import static dev.parley.core.ValueTypesTest.representing;
import static dev.parley.core.ValueTypesTest.stance;
import static dev.parley.core.ValueTypesTest.statement;
import static dev.parley.core.ValueTypesTest.statusChange;
import static dev.parley.core.ValueTypesTest.tenure;

import com.google.common.testing.ClassSanityTester;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.parley.core.time.FuzzyDate;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contracts every value type shares, stated once with guava-testlib: null-hostility of every
 * public factory and builder method ({@link NullPointerTester}), equality by value
 * ({@link EqualsTester}: reflexive, symmetric, consistent with {@code hashCode}, unequal to null
 * and to other types), and factories that return equal values for equal arguments and unequal
 * ones otherwise ({@link ClassSanityTester}). Rules particular to one type stay in {@link
 * ValueTypesTest}.
 */
class ValueContractsTest {

  static final State TURKIYE = State.builder().id(TUR).name("Türkiye").addOtherName("Turkey")
      .capital("Ankara").build();
  static final Official LAVROV = Official.builder().id(OfficialId.of("sergey-lavrov"))
      .name("Sergey Lavrov").addTenure(tenure(PostRole.FOREIGN_MINISTER, RUS, "2004-03-09/.."))
      .build();
  static final Organization MOD = Organization.builder()
      .id(OrganizationId.of("russia-ministry-of-defence")).name("Ministry of Defence")
      .kind(OrganizationKind.MINISTRY).state(RUS).build();
  static final Issue ISSUE = Issue.builder().id(REFUGEES).label("Refugees").build();
  static final Article ARTICLE_RECORD = Article.builder().id(ARTICLE)
      .url(URI.create("https://news.example/a")).build();

  /** A tester with a valid value of every Parley type a public method may take. */
  static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(String.class, "wikidata")
        .setDefault(StateId.class, TUR)
        .setDefault(OfficialId.class, AKAR)
        .setDefault(OrganizationId.class, MOD.id())
        .setDefault(MeetingId.class, MeetingId.of("m"))
        .setDefault(StatementId.class, StatementId.of("s"))
        .setDefault(StanceId.class, StanceId.of("x"))
        .setDefault(IssueId.class, REFUGEES)
        .setDefault(ArticleId.class, ARTICLE)
        .setDefault(ActorRef.class, AKAR)
        .setDefault(PartyRef.class, TUR)
        .setDefault(TypedId.class, TUR)
        .setDefault(FuzzyDate.class, date("2023-04-25"))
        .setDefault(ExtensionValue.class, ExtensionValue.of("v"))
        .setDefault(Identifier.class, Identifier.parse("wikidata:Q43"))
        .setDefault(SourceRef.class, SOURCE)
        .setDefault(Post.class, Post.of(PostRole.DEFENSE_MINISTER, TUR))
        .setDefault(Tenure.class, tenure(PostRole.AMBASSADOR, TUR, "2020/2022"))
        .setDefault(Place.class, Place.of("Moscow", RUS))
        .setDefault(Speaker.class, Speaker.of(AKAR))
        .setDefault(Participant.class, representing(RUS))
        .setDefault(StatusChange.class, statusChange(MeetingStatus.HELD, "2023-04-25"))
        .setDefault(URI.class, URI.create("https://news.example/a"))
        .setDefault(State.class, TURKIYE)
        .setDefault(Official.class, LAVROV)
        .setDefault(Organization.class, MOD)
        .setDefault(Meeting.class, meeting().build())
        .setDefault(Statement.class, statement().build())
        .setDefault(Stance.class, stance().build())
        .setDefault(Issue.class, ISSUE)
        .setDefault(Article.class, ARTICLE_RECORD);
  }

  @Test
  void everyPublicFactoryRejectsNulls() {
    NullPointerTester tester = nullPointerTester();
    for (Class<?> type : List.of(Identifier.class, ExtensionValue.class, Post.class,
        Speaker.class, Place.class, Participant.class, SourceRef.class, Violation.class,
        StateId.class, OfficialId.class, OrganizationId.class, MeetingId.class,
        StatementId.class, StanceId.class, IssueId.class, ArticleId.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void everyBuilderMethodRejectsNulls() {
    NullPointerTester tester = nullPointerTester();
    for (Object builder : List.of(State.builder(), Official.builder(), Organization.builder(),
        Post.builder(), Tenure.builder(), SourceRef.builder(), Speaker.builder(),
        Place.builder(), Participant.builder(), StatusChange.builder(), Meeting.builder(),
        Statement.builder(), Stance.builder(), Issue.builder(), Article.builder())) {
      tester.testAllPublicInstanceMethods(builder);
    }
  }

  @Test
  void queriesOfValuesRejectNulls() {
    NullPointerTester tester = nullPointerTester();
    for (Object value : List.of(TURKIYE, LAVROV, MOD, meeting().build(), statement().build(),
        stance().build(), ISSUE, ARTICLE_RECORD, SOURCE, Post.of(PostRole.AMBASSADOR, TUR),
        tenure(PostRole.AMBASSADOR, TUR, "2020/2022"), Place.of("Moscow", RUS))) {
      tester.testAllPublicInstanceMethods(value);
    }
    tester.testAllPublicConstructors(InvalidChronicleException.class);
  }

  @Test
  void recordsAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(TURKIYE, State.builder().from(TURKIYE).build(),
            State.builder().id(StateId.of("TUR")).name("Türkiye")
                .otherNames(new ArrayList<>(List.of("Turkey"))).capital("Ankara").build())
        .addEqualityGroup(State.builder().from(TURKIYE).capital("Istanbul").build())
        .addEqualityGroup(State.builder().from(TURKIYE).name("Turkiye").build())
        .addEqualityGroup(LAVROV, Official.builder().from(LAVROV).build())
        .addEqualityGroup(Official.builder().from(LAVROV).tenures(List.of()).build())
        .addEqualityGroup(MOD, Organization.builder().from(MOD).build())
        .addEqualityGroup(Organization.builder().from(MOD).kind(OrganizationKind.ARMED_FORCES)
            .build())
        .addEqualityGroup(meeting().build(), meeting().build(),
            Meeting.builder().from(meeting().build()).build())
        .addEqualityGroup(meeting().title("Another title").build())
        .addEqualityGroup(statement().addIssue(REFUGEES).build(),
            statement().addIssue(REFUGEES).build(),
            statement().addIssue(REFUGEES).channel(StatementChannel.UNKNOWN).build())
        .addEqualityGroup(statement().addIssue(REFUGEES).channel(StatementChannel.SPEECH).build())
        .addEqualityGroup(stance().build(), stance().build())
        .addEqualityGroup(stance().holder(TUR).build())
        .addEqualityGroup(ISSUE, Issue.builder().id(IssueId.of("syrian-refugee-return"))
            .label("Refugees").build())
        .addEqualityGroup(Issue.builder().from(ISSUE).parent(WITHDRAWAL).build())
        .addEqualityGroup(ARTICLE_RECORD, Article.builder().id(ARTICLE)
            .url(URI.create("https://news.example/a")).build())
        .addEqualityGroup(Article.builder().id(ARTICLE).build())
        .testEquals();
  }

  @Test
  void valuesAreEqualByValue() {
    Post defenceMinister = Post.of(PostRole.DEFENSE_MINISTER, TUR);
    new EqualsTester()
        .addEqualityGroup(defenceMinister,
            Post.builder().role(PostRole.DEFENSE_MINISTER).party(StateId.of("TUR")).build())
        .addEqualityGroup(Post.of(PostRole.DEFENSE_MINISTER, SYR))
        .addEqualityGroup(Post.of(PostRole.FOREIGN_MINISTER, TUR))
        .addEqualityGroup(Post.builder().from(defenceMinister)
            .title("Minister of National Defence").build())
        .addEqualityGroup(tenure(PostRole.AMBASSADOR, TUR, "2020/2022"),
            tenure(PostRole.AMBASSADOR, TUR, "2020/2022"))
        .addEqualityGroup(tenure(PostRole.AMBASSADOR, TUR, "2020/2023"))
        .addEqualityGroup(SourceRef.of(ARTICLE, 120, 156), SourceRef.builder()
            .article(ArticleId.of("moscow-times-2023-04-25")).start(120).end(156).build())
        .addEqualityGroup(SourceRef.of(ARTICLE, 120, 157))
        .addEqualityGroup(SourceRef.of(ArticleId.of("other"), 120, 156))
        .addEqualityGroup(Speaker.of(AKAR),
            Speaker.builder().actor(OfficialId.of("hulusi-akar")).build())
        .addEqualityGroup(Speaker.of(SHOIGU))
        .addEqualityGroup(Speaker.anonymous(TUR, "an official"),
            Speaker.anonymous(TUR, "an official"))
        .addEqualityGroup(Speaker.anonymous(SYR, "an official"))
        .addEqualityGroup(Place.of("Moscow", RUS),
            Place.builder().city("Moscow").state(RUS).tentative(false).build())
        .addEqualityGroup(Place.builder().city("Moscow").state(RUS).tentative(true).build())
        .addEqualityGroup(Place.builder().city("Moscow").build())
        .addEqualityGroup(Participant.builder().actor(AKAR).build(),
            Participant.builder().actor(AKAR).role(ParticipantRole.MEMBER).build())
        .addEqualityGroup(Participant.builder().actor(AKAR).role(ParticipantRole.GUEST).build())
        .addEqualityGroup(statusChange(MeetingStatus.HELD, "2023-04-25"),
            statusChange(MeetingStatus.HELD, "2023-04-25"))
        .addEqualityGroup(statusChange(MeetingStatus.CANCELLED, "2023-04-25"))
        .addEqualityGroup(Identifier.parse("wikidata:Q43"), Identifier.of("wikidata", "Q43"))
        .addEqualityGroup(Identifier.of("wikidata", "Q7747"))
        .addEqualityGroup(Identifier.of("viaf", "Q43"))
        .testEquals();
  }

  @Test
  void extensionValuesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(ExtensionValue.of("x"), ExtensionValue.of(new String("x".toCharArray())))
        .addEqualityGroup(ExtensionValue.of("1"))
        .addEqualityGroup(ExtensionValue.of(7), ExtensionValue.of(BigDecimal.valueOf(7)))
        .addEqualityGroup(ExtensionValue.of(1))
        .addEqualityGroup(ExtensionValue.of(new BigDecimal("1.0")))
        .addEqualityGroup(ExtensionValue.of(true), ExtensionValue.of(true))
        .addEqualityGroup(ExtensionValue.of(false))
        .addEqualityGroup(ExtensionValue.ofNull(), ExtensionValue.ofNull())
        .addEqualityGroup(
            ExtensionValue.ofList(List.of(ExtensionValue.of("a"), ExtensionValue.of(2))),
            ExtensionValue.ofList(new ArrayList<>(
                List.of(ExtensionValue.of("a"), ExtensionValue.of(2)))))
        .addEqualityGroup(
            ExtensionValue.ofList(List.of(ExtensionValue.of(2), ExtensionValue.of("a"))))
        .addEqualityGroup(ExtensionValue.ofList(List.of()), ExtensionValue.ofList(new ArrayList<>()))
        .addEqualityGroup(
            ExtensionValue.ofMap(Map.of("k", ExtensionValue.of("v"))),
            ExtensionValue.ofMap(new LinkedHashMap<>(Map.of("k", ExtensionValue.of("v")))))
        .testEquals();
  }

  /**
   * Factories return equal values for equal arguments and unequal values when any argument
   * differs, and reject nulls.
   */
  @Test
  void factoriesAreSane() throws Exception {
    ClassSanityTester tester = new ClassSanityTester()
        .setDistinctValues(PartyRef.class, TUR, SYR)
        .setDistinctValues(StateId.class, TUR, SYR)
        .setDistinctValues(ActorRef.class, AKAR, SHOIGU)
        .setDistinctValues(Post.class, Post.of(PostRole.DEFENSE_MINISTER, TUR),
            Post.of(PostRole.FOREIGN_MINISTER, SYR))
        .setDistinctValues(String.class, "Moscow", "Ankara");
    tester.forAllPublicStaticMethods(Post.class).thatReturn(Post.class).testEquals();
    tester.forAllPublicStaticMethods(Speaker.class).thatReturn(Speaker.class).testEquals();
    tester.forAllPublicStaticMethods(Place.class).thatReturn(Place.class).testEquals();
    tester.forAllPublicStaticMethods(Participant.class).thatReturn(Participant.class)
        .testEquals();
  }
}
