package dev.parley.core;

import static dev.parley.core.ValueTypesTest.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.ClassSanityTester;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.parley.core.time.FuzzyDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Event}, {@link EventActor} and {@link Magnitudes}: building, validation, checks. */
class EventTest {
  private static final StateId TUR = StateId.of("TUR");
  private static final StateId RUS = StateId.of("RUS");
  private static final OrganizationId YPG = OrganizationId.of("ypg");
  private static final OfficialId KARLOV = OfficialId.of("andrei-karlov");
  private static final ArticleId ARTICLE = ArticleId.of("a");
  private static final SourceRef SOURCE = SourceRef.of(ARTICLE, 0, 10);
  private static final Post RUSSIAN_AMBASSADOR = Post.of(PostRole.AMBASSADOR, RUS);

  static Event.Builder assassination() {
    return Event.builder()
        .id(EventId.of("russian-ambassador-assassinated-ankara-2016-12-19"))
        .category(PloverCategory.ASSAULT)
        .mode("assassinate")
        .addSourceActor(EventActor.anonymous(TUR, "an off-duty police officer"))
        .addTargetActor(EventActor.builder().actor(KARLOV).capacity(RUSSIAN_AMBASSADOR).build())
        .date(FuzzyDate.parse("2016-12-19"))
        .place(Place.of("Ankara", TUR))
        .magnitudes(Magnitudes.builder().dead(1).build())
        .description("Russia's ambassador was shot dead at an exhibition in Ankara")
        .addSource(SOURCE);
  }

  @Test
  void aTypicalEvent() {
    Event e = assassination().addContext("military").build();
    assertEquals(RecordKind.EVENT, e.recordKind());
    assertEquals(EventStatus.REPORTED, e.status());
    assertEquals(List.of("military"), e.context());
    assertEquals(OptionalInt.of(1), e.magnitudes().get().dead());
    assertEquals(OptionalInt.empty(), e.magnitudes().get().injured());
    assertEquals(e, Event.builder().from(e).build());
  }

  @Test
  void anEventNeedsAnActorOnEitherSide() {
    assertInvalid("Event.sourceActors", "at least one source or target actor",
        () -> assassination().sourceActors(List.of()).targetActors(List.of()).build());
    // One side alone is enough: a government's fall has no target, a strike on a place no
    // named source.
    assertEquals(1, assassination().targetActors(List.of()).build().sourceActors().size());
    assertEquals(1, assassination().sourceActors(List.of()).build().targetActors().size());
  }

  @Test
  void modesAndContextsArePloverNames() {
    assassination().mode("heavy-weapons").addContext("human_rights").build();
    assertInvalid("Event.mode", "'Assassinate'", () -> assassination().mode("Assassinate").build());
    assertInvalid("Event.mode", "'heavy weapons'",
        () -> assassination().mode("heavy weapons").build());
    assertInvalid("Event.mode", "''", () -> assassination().mode("").build());
    assertInvalid("Event.context[1]", "'Military'",
        () -> assassination().addContext("legal", "Military").build());
    assertInvalid("Event.context", "repeats 'legal'",
        () -> assassination().addContext("legal", "legal").build());
  }

  @Test
  void descriptionAndSourcesAreRequired() {
    assertInvalid("Event.description", "' '", () -> assassination().description(" ").build());
    assertInvalid("Event.sources", "at least one source",
        () -> assassination().sources(List.of()).build());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> Event.builder().id(EventId.of("e")).build());
    assertTrue(missing.getMessage().contains("category"), missing.getMessage());
  }

  @Test
  void anEventActorIsAnActorACapacityOrADescription() {
    assertEquals(List.of(TUR), EventActor.of(TUR).references());
    assertEquals(List.of(RUS), EventActor.byCapacity(RUSSIAN_AMBASSADOR).references());
    assertEquals(List.of(TUR), EventActor.anonymous(TUR, "gunmen").references());
    assertEquals(List.of(), EventActor.anonymous("gunmen").references());
    assertTrue(EventActor.anonymous("gunmen").isAnonymous());
    assertFalse(EventActor.of(YPG).isAnonymous());
    assertInvalid("EventActor", "an affiliation alone is not an actor",
        () -> EventActor.builder().affiliation(TUR).build());
    assertInvalid("EventActor", "needs an actor, a capacity or a description",
        () -> EventActor.builder().build());
    assertInvalid("EventActor.description", "' gunmen'", () -> EventActor.anonymous(" gunmen"));
  }

  @Test
  void anEventActorCountsForItsActorAffiliationAndCapacityParty() {
    EventActor a = EventActor.builder().actor(KARLOV).affiliation(TUR)
        .capacity(RUSSIAN_AMBASSADOR).build();
    assertEquals(List.of(KARLOV, TUR, RUS), a.references());
    assertTrue(a.refersTo(KARLOV) && a.refersTo(TUR) && a.refersTo(RUS));
    assertFalse(a.refersTo(YPG));
    // Each reference once.
    assertEquals(List.of(TUR), EventActor.builder().actor(TUR).affiliation(TUR).build()
        .references());
  }

  @Test
  void magnitudesAreNotNegativeAndNotEmpty() {
    assertEquals(OptionalInt.of(0), Magnitudes.builder().injured(0).build().injured());
    assertInvalid("Magnitudes.dead", "-1", () -> Magnitudes.builder().dead(-1).build());
    assertInvalid("Magnitudes.size", "-5", () -> Magnitudes.builder().size(-5).build());
    assertInvalid("Magnitudes", "at least one of dead, injured and size",
        () -> Magnitudes.builder().build());
  }

  @Test
  void valuesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(EventActor.of(TUR), EventActor.builder().actor(TUR).build())
        .addEqualityGroup(EventActor.anonymous(TUR, "gunmen"), EventActor.builder()
            .affiliation(TUR).description("gunmen").build())
        .addEqualityGroup(EventActor.anonymous("gunmen"))
        .addEqualityGroup(EventActor.byCapacity(RUSSIAN_AMBASSADOR))
        .addEqualityGroup(Magnitudes.builder().dead(1).build(),
            Magnitudes.builder().dead(1).build())
        .addEqualityGroup(Magnitudes.builder().dead(1).injured(0).build())
        .addEqualityGroup(Magnitudes.builder().size(1).build())
        .addEqualityGroup(assassination().build(), assassination().build(),
            assassination().status(EventStatus.REPORTED).build())
        .addEqualityGroup(assassination().status(EventStatus.DENIED).build())
        .addEqualityGroup(assassination().category(PloverCategory.COERCE).build())
        .testEquals();
  }

  @Test
  void nullsAreRejected() throws Exception {
    NullPointerTester tester = ValueContractsTest.nullPointerTester()
        .setDefault(EventId.class, EventId.of("e"))
        .setDefault(EventActor.class, EventActor.of(TUR))
        .setDefault(Magnitudes.class, Magnitudes.builder().dead(1).build())
        .setDefault(Event.class, assassination().build());
    tester.testAllPublicStaticMethods(EventActor.class);
    tester.testAllPublicStaticMethods(EventId.class);
    for (Object builder : List.of(Event.builder(), EventActor.builder(), Magnitudes.builder())) {
      tester.testAllPublicInstanceMethods(builder);
    }
    tester.testAllPublicInstanceMethods(assassination().build());
    tester.testAllPublicInstanceMethods(EventActor.of(TUR));
    new ClassSanityTester()
        .setDistinctValues(PartyRef.class, TUR, RUS)
        .setDistinctValues(ActorRef.class, KARLOV, YPG)
        .setDistinctValues(Post.class, RUSSIAN_AMBASSADOR, Post.of(PostRole.AMBASSADOR, TUR))
        .setDistinctValues(String.class, "gunmen", "a police officer")
        .forAllPublicStaticMethods(EventActor.class).thatReturn(EventActor.class).testEquals();
  }

  /** Every reference of an event is checked, each reported with Parley's usual wording. */
  @Test
  void theChronicleChecksEveryReferenceOfAnEvent() {
    Event e = Event.builder()
        .id(EventId.of("e"))
        .category(PloverCategory.SANCTION)
        .addSourceActor(EventActor.builder().actor(KARLOV).affiliation(TUR).build())
        .addTargetActor(EventActor.byCapacity(Post.of(PostRole.FOREIGN_MINISTER, YPG)))
        .date(FuzzyDate.parse("2023"))
        .place(Place.builder().state(StateId.of("SYR")).tentative(true).build())
        .description("Sanctions")
        .addSource(SourceRef.of(ArticleId.of("missing"), 0, 1))
        .build();
    InvalidChronicleException ex = assertThrows(InvalidChronicleException.class,
        () -> Chronicle.builder().addEvent(e).build());
    assertEquals(List.of(
            "event 'e' sourceActors[0].actor: unknown official 'andrei-karlov'",
            "event 'e' sourceActors[0].affiliation: unknown state 'TUR'",
            "event 'e' targetActors[0].capacity.party: unknown organization 'ypg'",
            "event 'e' place.state: unknown state 'SYR'",
            "event 'e' sources[0].article: unknown article 'missing'"),
        ex.violations().stream().map(Violation::toString).collect(Collectors.toList()));
    // The assembler, checking record by record, reports the same.
    InvalidChronicleException assembled = assertThrows(InvalidChronicleException.class,
        () -> ChronicleAssembler.create().add(e).build());
    assertEquals(ex.violations(), assembled.violations());
  }

  @Test
  void eventsAreKeptInIdOrderAndFoundById() {
    Chronicle c = Chronicle.builder()
        .addState(State.builder().id(TUR).name("Türkiye").build())
        .addArticle(Article.builder().id(ARTICLE).build())
        .addEvents(event("b"), event("a"))
        .build();
    assertEquals(List.of(EventId.of("a"), EventId.of("b")),
        c.events().stream().map(Event::id).collect(Collectors.toList()));
    assertEquals(event("b"), c.event(EventId.of("b")).get());
    assertTrue(c.event(EventId.of("c")).isEmpty());
    InvalidChronicleException dup = assertThrows(InvalidChronicleException.class,
        () -> Chronicle.builder().from(c).addEvent(event("a")).build());
    assertEquals("event 'a' id: the id is used by more than one event",
        dup.violations().get(0).toString());
  }

  private static Event event(String id) {
    return Event.builder().id(EventId.of(id)).category(PloverCategory.RETREAT).mode("withdraw")
        .addSourceActor(EventActor.of(TUR)).date(FuzzyDate.parse("2023-05"))
        .description("Troops withdrew").addSource(SOURCE).build();
  }
}
