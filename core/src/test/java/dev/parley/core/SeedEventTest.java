package dev.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.time.FuzzyDate;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proof that the model can say what the seed articles say: the defence ministers' meeting in
 * Moscow on 25 April 2023, built in code from two articles, with its statements and a stance.
 * Every span is located in the real article text (from {@code ../shared/seeds}) and checked.
 */
class SeedEventTest {
  private static final StateId RUS = StateId.of("RUS");
  private static final StateId TUR = StateId.of("TUR");
  private static final StateId IRN = StateId.of("IRN");
  private static final StateId SYR = StateId.of("SYR");

  private static final ArticleId MOSCOW_TIMES = ArticleId.of("moscow-times-2023-04-25");
  private static final ArticleId CONSTRUCTIVE_TALKS = ArticleId.of("constructive-talks-2023-04-25");
  private static final FuzzyDate DAY = FuzzyDate.parse("2023-04-25");

  private static String moscowTimes;
  private static String constructiveTalks;
  private static Chronicle chronicle;

  @BeforeAll
  static void build() throws IOException {
    moscowTimes = seed("001_051a921274da9a80.txt");
    // This file holds two unrelated articles; the first starts at offset 0, so offsets into the
    // file are offsets into that article.
    constructiveTalks = seed("003_2f9d884864e85b2b.txt");
    chronicle = chronicle();
  }

  static String seed(String name) throws IOException {
    Path seeds = Path.of(System.getProperty("parley.seeds", "../../shared/seeds"));
    Path file = seeds.resolve(name);
    assertTrue(Files.isRegularFile(file),
        "seed article missing: " + file.toAbsolutePath() + " (set -Dparley.seeds=DIR)");
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The span of the only occurrence of {@code excerpt} in {@code text}, with the excerpt. */
  static SourceRef span(ArticleId article, String text, String excerpt) {
    int at = text.indexOf(excerpt);
    assertTrue(at >= 0, "not in " + article + ": " + excerpt);
    int start = text.codePointCount(0, at);
    return SourceRef.builder()
        .article(article)
        .start(start)
        .end(start + excerpt.codePointCount(0, excerpt.length()))
        .excerpt(excerpt)
        .build();
  }

  static Tenure attested(PostRole role, StateId state, SourceRef source) {
    // A single-day term: known to hold the post that day; start and end not in these articles.
    return Tenure.builder().post(Post.of(role, state)).term(DAY).addSource(source).build();
  }

  static Participant minister(String official, StateId state, ParticipantRole role) {
    return Participant.builder()
        .actor(OfficialId.of(official))
        .represents(state)
        .role(role)
        .capacity(Post.of(PostRole.DEFENSE_MINISTER, state))
        .build();
  }

  static Chronicle chronicle() {
    SourceRef hosted = span(MOSCOW_TIMES, moscowTimes,
        "Russian Defense Minister Sergei Shoigu on Tuesday hosted four-way talks");
    SourceRef caption = span(CONSTRUCTIVE_TALKS, constructiveTalks,
        "Russian Defense Minister Sergei Shoigu hosts his counterparts Ali Mahmoud Abbas of Syria,"
            + " Hulusi Akar of Türkiye and Mohamed Reza Qarai Ashtiani of Iran in Moscow on"
            + " April 25, 2023");
    SourceRef intelligence = span(CONSTRUCTIVE_TALKS, constructiveTalks,
        "The defense ministers and intelligence chiefs of Iran, Russia, Syria and Türkiye held"
            + " talks on Tuesday");
    SourceRef russianQuote = span(MOSCOW_TIMES, moscowTimes,
        "Practical steps were discussed in the field of strengthening security in the Syrian Arab"
            + " Republic and normalizing Syrian-Turkish relations");
    SourceRef turkishQuote = span(MOSCOW_TIMES, moscowTimes,
        "the issue of intensifying efforts to return Syrian refugees to their lands");
    SourceRef syrianReport = span(MOSCOW_TIMES, moscowTimes, "the withdrawal of Turkish forces");
    SourceRef demand = span(CONSTRUCTIVE_TALKS, constructiveTalks,
        "Damascus demands the full withdrawal of Turkish troops for relations to be restored");

    Meeting meeting = Meeting.builder()
        .id(MeetingId.of("moscow-defence-ministers-2023-04-25"))
        .title("Defence ministers and intelligence chiefs of Russia, Türkiye, Iran and Syria")
        .date(DAY)
        .place(Place.of("Moscow", RUS))
        .host(OfficialId.of("sergei-shoigu"))
        .addParticipant(minister("sergei-shoigu", RUS, ParticipantRole.HOST))
        .addParticipant(minister("hulusi-akar", TUR, ParticipantRole.GUEST))
        .addParticipant(minister("ali-mahmoud-abbas", SYR, ParticipantRole.GUEST))
        .addParticipant(minister("mohammad-reza-ashtiani", IRN, ParticipantRole.GUEST))
        // The intelligence chiefs are not named: known only by their posts.
        .addAllParticipants(Stream.of(RUS, TUR, SYR, IRN)
            .map(s -> Participant.byCapacity(Post.of(PostRole.INTELLIGENCE_CHIEF, s)))
            .collect(Collectors.toList()))
        .addTopics(IssueId.of("syria-security"), IssueId.of("turkiye-syria-normalization"),
            IssueId.of("syrian-refugee-return"), IssueId.of("turkish-troop-withdrawal"))
        .addStatusChange(StatusChange.builder()
            .status(MeetingStatus.HELD).reported(DAY).addSources(hosted, intelligence).build())
        .addSources(hosted, caption, intelligence)
        .build();

    Statement russianMod = Statement.builder()
        .id(StatementId.of("russia-mod-on-practical-steps-2023-04-25"))
        .speaker(Speaker.of(OrganizationId.of("russia-ministry-of-defence")))
        .date(DAY)
        .channel(StatementChannel.OFFICIAL_STATEMENT)
        .mode(StatementMode.QUOTE)
        .text(russianQuote.excerpt().orElseThrow())
        .meeting(meeting.id())
        .addIssues(IssueId.of("syria-security"), IssueId.of("turkiye-syria-normalization"))
        .addSource(russianQuote)
        .build();
    Statement turkishMod = Statement.builder()
        .id(StatementId.of("turkiye-mod-on-refugee-return-2023-04-25"))
        .speaker(Speaker.of(OrganizationId.of("turkiye-ministry-of-national-defence")))
        .date(DAY)
        .channel(StatementChannel.OFFICIAL_STATEMENT)
        .mode(StatementMode.QUOTE)
        .text(turkishQuote.excerpt().orElseThrow())
        .meeting(meeting.id())
        .addIssue(IssueId.of("syrian-refugee-return"))
        .addSource(turkishQuote)
        .build();
    // Carried by state media; the article gives a fragment, so it is recorded as a paraphrase.
    Statement syrianMod = Statement.builder()
        .id(StatementId.of("syria-mod-on-withdrawal-2023-04-25"))
        .speaker(Speaker.of(OrganizationId.of("syria-ministry-of-defence")))
        .date(DAY)
        .channel(StatementChannel.STATE_MEDIA)
        .mode(StatementMode.PARAPHRASE)
        .text("The meeting discussed the withdrawal of Turkish forces from Syria.")
        .meeting(meeting.id())
        .addIssue(IssueId.of("turkish-troop-withdrawal"))
        .addSource(syrianReport)
        .build();

    Stance syriaDemandsWithdrawal = Stance.builder()
        .id(StanceId.of("syria-demands-turkish-troop-withdrawal"))
        .holder(SYR)
        .issue(IssueId.of("turkish-troop-withdrawal"))
        .position(StancePosition.DEMANDS)
        .validity(FuzzyDate.openEnd(DAY))
        .addEvidence(syrianMod.id())
        .addSource(demand)
        .build();

    return Chronicle.builder()
        .addState(State.builder().id(RUS).name("Russia").capital("Moscow").build())
        .addState(State.builder().id(TUR).name("Türkiye").addOtherName("Turkey").build())
        .addState(State.builder().id(IRN).name("Iran").build())
        .addState(State.builder().id(SYR).name("Syria").build())
        .addOfficial(Official.builder()
            .id(OfficialId.of("sergei-shoigu")).name("Sergei Shoigu")
            .addTenure(attested(PostRole.DEFENSE_MINISTER, RUS, hosted)).build())
        .addOfficial(Official.builder()
            .id(OfficialId.of("hulusi-akar")).name("Hulusi Akar")
            .addTenure(attested(PostRole.DEFENSE_MINISTER, TUR, caption)).build())
        .addOfficial(Official.builder()
            .id(OfficialId.of("ali-mahmoud-abbas")).name("Ali Mahmoud Abbas")
            .addTenure(attested(PostRole.DEFENSE_MINISTER, SYR, caption)).build())
        .addOfficial(Official.builder()
            .id(OfficialId.of("mohammad-reza-ashtiani")).name("Mohammad Reza Ashtiani")
            .addOtherName("Mohamed Reza Qarai Ashtiani")
            .addTenure(attested(PostRole.DEFENSE_MINISTER, IRN, caption)).build())
        .addOrganization(ministry("russia-ministry-of-defence", "Russian Defence Ministry", RUS))
        .addOrganization(ministry("turkiye-ministry-of-national-defence",
            "Turkish Ministry of National Defence", TUR))
        .addOrganization(ministry("syria-ministry-of-defence", "Syrian Defence Ministry", SYR))
        .addIssue(issue("syria-security", "Security in Syria"))
        .addIssue(issue("turkiye-syria-normalization",
            "Normalization of relations between Türkiye and Syria"))
        .addIssue(issue("syrian-refugee-return", "Return of Syrian refugees"))
        .addIssue(issue("turkish-troop-withdrawal", "Withdrawal of Turkish troops from Syria"))
        .addArticle(Article.builder()
            .id(MOSCOW_TIMES)
            .publisher("The Moscow Times")
            .byline("AFP")
            .headline("Russia Hosts Talks with Iran, Syria, Turkey")
            .published(DAY)
            .url(URI.create("https://www.themoscowtimes.com/2023/04/25/"
                + "russia-hosts-talks-with-iran-syria-turkey-a80934"))
            .build())
        .addArticle(Article.builder()
            .id(CONSTRUCTIVE_TALKS)
            .headline("Türkiye, Russia, Iran, Syria Hold ‘Constructive Talks’")
            .build())
        // Added out of order on purpose: the chronicle sorts by id.
        .addStance(syriaDemandsWithdrawal)
        .addStatements(syrianMod, turkishMod, russianMod)
        .addMeeting(meeting)
        .build();
  }

  static Organization ministry(String id, String name, StateId state) {
    return Organization.builder()
        .id(OrganizationId.of(id)).name(name).kind(OrganizationKind.MINISTRY).state(state).build();
  }

  static Issue issue(String id, String label) {
    return Issue.builder().id(IssueId.of(id)).label(label).build();
  }

  Meeting meeting() {
    return chronicle.meeting(MeetingId.of("moscow-defence-ministers-2023-04-25")).orElseThrow();
  }

  @Test
  void meetingIsAHeldMinisterialQuadrilateralInMoscow() {
    Meeting m = meeting();
    assertEquals(MeetingStatus.HELD, m.status());
    assertEquals(Set.of(IRN, RUS, SYR, TUR), m.states());
    assertEquals(MeetingFormat.QUADRILATERAL, m.format().orElseThrow());
    assertEquals(MeetingLevel.MINISTERIAL, m.level().orElseThrow());
    assertEquals("Moscow", m.place().flatMap(Place::city).orElseThrow());
    assertTrue(m.date().certainlyIncludes(LocalDate.of(2023, 4, 25)));
  }

  @Test
  void unnamedIntelligenceChiefsAreParticipantsKnownByTheirPost() {
    List<Participant> chiefs = meeting().participants().stream()
        .filter(p -> p.actor().isEmpty())
        .collect(Collectors.toList());
    assertEquals(4, chiefs.size());
    assertTrue(chiefs.stream().allMatch(
        p -> p.capacity().orElseThrow().role() == PostRole.INTELLIGENCE_CHIEF));
    assertEquals(Set.of(IRN, RUS, SYR, TUR),
        chiefs.stream().map(p -> p.party().orElseThrow()).collect(Collectors.toSet()));
  }

  @Test
  void everySourceSpanMatchesTheArticleText() {
    List<SourceRef> all = Stream.of(
            chronicle.meetings().stream().flatMap(m -> Stream.concat(m.sources().stream(),
                m.statusHistory().stream().flatMap(s -> s.sources().stream()))),
            chronicle.statements().stream().flatMap(s -> s.sources().stream()),
            chronicle.stances().stream().flatMap(s -> s.sources().stream()),
            chronicle.officials().stream()
                .flatMap(o -> o.tenures().stream()).flatMap(t -> t.sources().stream()))
        .flatMap(s -> s)
        .collect(Collectors.toList());
    // 3 on the meeting, 2 on its status change, 1 per statement (3), 1 on the stance, 1 per tenure (4).
    assertEquals(13, all.size());
    for (SourceRef ref : all) {
      String text = ref.article().equals(MOSCOW_TIMES) ? moscowTimes : constructiveTalks;
      assertEquals(ref.excerpt().orElseThrow(), ref.resolve(text), ref.toString());
    }
  }

  @Test
  void quotesAreTheOfficialsWordsAsTheArticleGivesThem() {
    for (Statement s : chronicle.statements()) {
      assertEquals(meeting().id(), s.meeting().orElseThrow());
      if (s.mode() == StatementMode.QUOTE) {
        String text = s.sources().get(0).resolve(moscowTimes);
        assertEquals(text, s.text().orElseThrow(), s.id().value());
      }
    }
  }

  @Test
  void syriasDemandRestsOnItsDefenceMinistrysStatement() {
    Stance stance = chronicle.stances().get(0);
    assertEquals(SYR, stance.holder());
    assertEquals(StancePosition.DEMANDS, stance.position());
    Statement evidence = chronicle.statement(stance.evidence().get(0)).orElseThrow();
    assertEquals(OrganizationId.of("syria-ministry-of-defence"),
        evidence.speaker().actor().orElseThrow());
    assertTrue(evidence.issues().contains(stance.issue()));
    assertTrue(stance.certainlyHoldsOn(LocalDate.of(2023, 4, 25)));
    assertTrue(stance.certainlyHoldsOn(LocalDate.of(2030, 1, 1)), "open-ended validity");
    assertFalse(stance.certainlyHoldsOn(LocalDate.of(2023, 4, 24)));
  }

  @Test
  void nameVariantsFindTheSameOfficial() {
    Official ashtiani = chronicle.official(OfficialId.of("mohammad-reza-ashtiani")).orElseThrow();
    assertTrue(ashtiani.isKnownAs("Mohamed Reza Qarai Ashtiani"));
    assertTrue(chronicle.state(TUR).orElseThrow().isKnownAs("Turkey"));
    assertEquals(1, ashtiani.tenuresOn(LocalDate.of(2023, 4, 25)).size());
    assertTrue(ashtiani.tenuresOn(LocalDate.of(2023, 4, 26)).isEmpty());
  }

  @Test
  void recordsAreKeptInIdOrder() {
    List<String> ids = chronicle.statements().stream()
        .map(s -> s.id().value()).collect(Collectors.toList());
    assertEquals(ids.stream().sorted().collect(Collectors.toList()), ids);
    assertEquals(chronicle, chronicle());
  }
}
