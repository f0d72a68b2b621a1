package dev.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Example-based tests of the typed ids, {@link ActorRef} and {@link PartyRef}. */
class IdsTest {

  /** One id kind: its simple name and its {@code of} factory. */
  record Kind(String name, Function<String, TypedId<?>> of) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Kind> SLUG_KINDS = List.of(
      new Kind("OfficialId", OfficialId::of),
      new Kind("OrganizationId", OrganizationId::of),
      new Kind("MeetingId", MeetingId::of),
      new Kind("StatementId", StatementId::of),
      new Kind("StanceId", StanceId::of),
      new Kind("IssueId", IssueId::of),
      new Kind("ArticleId", ArticleId::of),
      new Kind("EventId", EventId::of));

  private static final Kind STATE = new Kind("StateId", StateId::of);

  static Stream<Kind> slugKinds() {
    return SLUG_KINDS.stream();
  }

  static Stream<Kind> allKinds() {
    return Stream.concat(Stream.of(STATE), SLUG_KINDS.stream());
  }

  private static final List<String> VALID_SLUGS = List.of(
      "sergey-lavrov",
      "a",
      "0",
      "x1",
      "moscow-quadrilateral-foreign-ministers-2023-05-10",
      "2023",
      "a".repeat(128),
      "ab-" + "c".repeat(125));

  private static final List<String> INVALID_SLUGS = List.of(
      "",
      "Sergey-Lavrov",
      "SERGEY",
      "sergey-Lavrov",
      "-lavrov",
      "lavrov-",
      "sergey--lavrov",
      "-",
      "sergey lavrov",
      " sergey",
      "sergey ",
      "sergey\n",
      "türkiye",
      "sergey_lavrov",
      "sergey.lavrov",
      "sergey:lavrov",
      "a".repeat(129),
      "ab-" + "c".repeat(126));

  static Stream<Arguments> validSlugs() {
    return slugKinds().flatMap(k -> VALID_SLUGS.stream().map(v -> Arguments.of(k, v)));
  }

  static Stream<Arguments> invalidSlugs() {
    return slugKinds().flatMap(k -> INVALID_SLUGS.stream().map(v -> Arguments.of(k, v)));
  }

  private static void assertRejected(Kind kind, String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> kind.of().apply(text),
            () -> kind + " accepted '" + text + "'");
    assertTrue(e.getMessage().contains(kind.name()),
        () -> "message should name " + kind + ": " + e.getMessage());
    assertTrue(e.getMessage().contains("'" + text + "'"),
        () -> "message should quote the bad text '" + text + "': " + e.getMessage());
  }

  // ---------------------------------------------------------------------------------------------
  // Valid and rejected texts

  @ParameterizedTest(name = "{0}.of(\"{1}\")")
  @MethodSource("validSlugs")
  void slugKindsAcceptSlugsAndGiveTheTextBack(Kind kind, String text) {
    TypedId<?> id = kind.of().apply(text);
    assertEquals(text, id.value());
    assertEquals(id instanceof ActorRef ref ? ref.kind().label() + ":" + text : text,
        id.toString());
    assertEquals(kind.name(), id.getClass().getSimpleName());
  }

  @ParameterizedTest(name = "{0}.of(\"{1}\") is rejected")
  @MethodSource("invalidSlugs")
  void slugKindsRejectNonSlugs(Kind kind, String text) {
    assertRejected(kind, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("slugKinds")
  void slugLengthLimitIsNamedInTheMessage(Kind kind) {
    String tooLong = "a".repeat(129);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> kind.of().apply(tooLong));
    assertTrue(e.getMessage().contains("128"), e.getMessage());
    assertEquals(128, kind.of().apply("a".repeat(128)).value().length());
  }

  @ParameterizedTest
  @ValueSource(strings = {"TUR", "RUS", "SYR", "IRN", "USA", "XKX", "AAA", "ZZZ"})
  void stateIdAcceptsThreeUpperCaseLetters(String text) {
    StateId id = StateId.of(text);
    assertEquals(text, id.value());
    assertEquals("state:" + text, id.toString());
    assertEquals(ActorKind.STATE, id.kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tur", "Tur", "TU", "TURK", "T1R", "", "T", "TU R", " TUR", "TUR ",
      "TÜR", "T-R", "TUR\n", "123"})
  void stateIdRejectsAnythingButThreeUpperCaseLetters(String text) {
    assertRejected(STATE, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allKinds")
  void nullIsRejectedWithNullPointerException(Kind kind) {
    assertThrows(NullPointerException.class, () -> kind.of().apply(null));
  }

  @Test
  void slugKindsAreActorsOnlyForOfficialsAndOrganizations() {
    assertEquals(ActorKind.OFFICIAL, OfficialId.of("sergey-lavrov").kind());
    assertEquals(ActorKind.ORGANIZATION, OrganizationId.of("russia-ministry-of-defence").kind());
    assertInstanceOf(PartyRef.class, OrganizationId.of("un"));
    assertInstanceOf(PartyRef.class, StateId.of("TUR"));
    assertFalse(((Object) OfficialId.of("x")) instanceof PartyRef);
    assertFalse(((Object) MeetingId.of("x")) instanceof ActorRef);
  }

  // ---------------------------------------------------------------------------------------------
  // Equality, hash codes and ordering

  @ParameterizedTest(name = "{0}")
  @MethodSource("allKinds")
  void equalTextGivesEqualIdsWithEqualHashCodes(Kind kind) {
    String text = kind == STATE ? "TUR" : "hulusi-akar";
    TypedId<?> a = kind.of().apply(text);
    TypedId<?> b = kind.of().apply(new String(text.toCharArray()));
    assertEquals(a, b);
    assertEquals(b, a);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.hashCode(), a.hashCode());
    assertEquals(0, compareRaw(a, b));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allKinds")
  void differentTextGivesDifferentIds(Kind kind) {
    TypedId<?> a = kind.of().apply(kind == STATE ? "TUR" : "hulusi-akar");
    TypedId<?> b = kind.of().apply(kind == STATE ? "SYR" : "yasar-guler");
    assertNotEquals(a, b);
    assertNotEquals(a, null);
    assertNotEquals(a, (Object) a.value());
  }

  @Test
  void sameTextInTwoKindsIsNeverEqual() {
    for (Kind k1 : SLUG_KINDS) {
      for (Kind k2 : SLUG_KINDS) {
        if (k1 == k2) {
          continue;
        }
        TypedId<?> a = k1.of().apply("astana");
        TypedId<?> b = k2.of().apply("astana");
        assertNotEquals(a, b, k1 + " vs " + k2);
        assertEquals(a.value(), b.value());
      }
    }
  }

  @Test
  void idsAreOrderedByTheirText() {
    List<OfficialId> ids = new ArrayList<>(List.of(
        OfficialId.of("yasar-guler"),
        OfficialId.of("a-b"),
        OfficialId.of("hulusi-akar"),
        OfficialId.of("a"),
        OfficialId.of("a-b-c"),
        OfficialId.of("10"),
        OfficialId.of("9")));
    Collections.sort(ids);
    assertEquals(
        List.of("10", "9", "a", "a-b", "a-b-c", "hulusi-akar", "yasar-guler"),
        ids.stream().map(OfficialId::value).toList());

    assertTrue(StateId.of("IRN").compareTo(StateId.of("RUS")) < 0);
    assertTrue(StateId.of("TUR").compareTo(StateId.of("SYR")) > 0);
    assertEquals(0, MeetingId.of("m").compareTo(MeetingId.of("m")));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareRaw(TypedId a, TypedId b) {
    return a.compareTo(b);
  }

  // ---------------------------------------------------------------------------------------------
  // ActorRef and PartyRef

  @Test
  void actorRefParsesEachKind() {
    ActorRef state = ActorRef.parse("state:TUR");
    assertEquals(StateId.of("TUR"), state);
    assertEquals(ActorKind.STATE, state.kind());
    assertEquals("TUR", state.value());

    ActorRef official = ActorRef.parse("official:sergey-lavrov");
    assertEquals(OfficialId.of("sergey-lavrov"), official);
    assertEquals(ActorKind.OFFICIAL, official.kind());

    ActorRef organization = ActorRef.parse("organization:russia-ministry-of-defence");
    assertEquals(OrganizationId.of("russia-ministry-of-defence"), organization);
    assertEquals(ActorKind.ORGANIZATION, organization.kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"state:TUR", "state:XKX", "official:sergey-lavrov", "official:a",
      "organization:russia-ministry-of-defence", "organization:un"})
  void actorRefTextRoundTrips(String text) {
    ActorRef ref = ActorRef.parse(text);
    assertEquals(text, ref.toRefString());
    assertEquals(ref, ActorRef.parse(ref.toRefString()));
  }

  @Test
  void toRefStringWritesKindColonId() {
    assertEquals("state:SYR", StateId.of("SYR").toRefString());
    assertEquals("official:hulusi-akar", OfficialId.of("hulusi-akar").toRefString());
    assertEquals("organization:nato", OrganizationId.of("nato").toRefString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"country:TUR", "TUR", "meeting:x", "", ":TUR", "State:TUR",
      "STATE:TUR", "person:sergey-lavrov", " state:TUR"})
  void actorRefRejectsUnknownKinds(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ActorRef.parse(text));
    assertTrue(e.getMessage().contains("ActorRef"), e.getMessage());
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @Test
  void actorRefRejectsAnIdInvalidForItsKindNamingTheIdType() {
    IllegalArgumentException state =
        assertThrows(IllegalArgumentException.class, () -> ActorRef.parse("state:tur"));
    assertTrue(state.getMessage().contains("StateId"), state.getMessage());
    assertTrue(state.getMessage().contains("'tur'"), state.getMessage());

    IllegalArgumentException official =
        assertThrows(IllegalArgumentException.class, () -> ActorRef.parse("official:Lavrov"));
    assertTrue(official.getMessage().contains("OfficialId"), official.getMessage());
    assertTrue(official.getMessage().contains("'Lavrov'"), official.getMessage());

    IllegalArgumentException organization =
        assertThrows(IllegalArgumentException.class, () -> ActorRef.parse("organization:"));
    assertTrue(organization.getMessage().contains("OrganizationId"), organization.getMessage());

    assertThrows(IllegalArgumentException.class, () -> ActorRef.parse("state:TUR:x"));
    assertThrows(IllegalArgumentException.class, () -> ActorRef.parse("state: TUR"));
  }

  @Test
  void actorRefRejectsNull() {
    assertThrows(NullPointerException.class, () -> ActorRef.parse(null));
    assertThrows(NullPointerException.class, () -> PartyRef.parse(null));
  }

  @Test
  void partyRefParsesStatesAndOrganizations() {
    PartyRef state = PartyRef.parse("state:SYR");
    assertEquals(StateId.of("SYR"), state);
    assertEquals("state:SYR", state.toRefString());

    PartyRef organization = PartyRef.parse("organization:arab-league");
    assertEquals(OrganizationId.of("arab-league"), organization);
    assertEquals(ActorKind.ORGANIZATION, organization.kind());
  }

  @Test
  void partyRefRejectsOfficials() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartyRef.parse("official:x"));
    assertTrue(e.getMessage().contains("PartyRef"), e.getMessage());
    assertTrue(e.getMessage().contains("'official:x'"), e.getMessage());
  }

  @Test
  void partyRefRejectsWhatActorRefRejects() {
    assertThrows(IllegalArgumentException.class, () -> PartyRef.parse("country:TUR"));
    assertThrows(IllegalArgumentException.class, () -> PartyRef.parse("state:tur"));
    assertThrows(IllegalArgumentException.class, () -> PartyRef.parse("TUR"));
  }
}
