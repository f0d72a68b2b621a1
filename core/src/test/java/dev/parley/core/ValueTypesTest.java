package dev.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.time.FuzzyDate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Example-based tests of the value types: what a typical value holds, each validation rule,
 * immutability and equality by value.
 */
class ValueTypesTest {

  // ---------------------------------------------------------------------------------------------
  // Fixtures and helpers

  static final StateId TUR = StateId.of("TUR");
  static final StateId RUS = StateId.of("RUS");
  static final StateId SYR = StateId.of("SYR");
  static final StateId IRN = StateId.of("IRN");
  static final StateId IRQ = StateId.of("IRQ");
  static final StateId USA = StateId.of("USA");
  static final List<StateId> SIX_STATES = List.of(TUR, RUS, SYR, IRN, IRQ, USA);

  static final ArticleId ARTICLE = ArticleId.of("moscow-times-2023-04-25");
  static final SourceRef SOURCE = SourceRef.of(ARTICLE, 120, 156);
  static final SourceRef OTHER_SOURCE = SourceRef.of(ARTICLE, 200, 240);

  static final OfficialId AKAR = OfficialId.of("hulusi-akar");
  static final OfficialId SHOIGU = OfficialId.of("sergei-shoigu");
  static final OrganizationId RUSSIAN_MOD = OrganizationId.of("russia-ministry-of-defence");

  static final IssueId WITHDRAWAL = IssueId.of("turkish-troop-withdrawal");
  static final IssueId REFUGEES = IssueId.of("syrian-refugee-return");
  static final IssueId NORMALIZATION = IssueId.of("turkiye-syria-normalization");

  static FuzzyDate date(String edtf) {
    return FuzzyDate.parse(edtf);
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  /**
   * Asserts that {@code code} throws an {@link IllegalArgumentException} whose message names
   * {@code field} and shows {@code badValue}.
   */
  static final Reference WIKIPEDIA = Reference.builder()
      .work("Wikipedia")
      .url(URI.create("https://en.wikipedia.org/wiki/Example"))
      .says("In office 29 August 2014 to 3 June 2023")
      .accessed(LocalDate.of(2025, 6, 1))
      .build();

  static IllegalArgumentException assertInvalid(String field, String badValue, Executable code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, code);
    String message = e.getMessage();
    assertNotNull(message);
    assertTrue(message.contains("Invalid " + field + " "),
        () -> "message should name " + field + ": " + message);
    assertTrue(message.contains(badValue),
        () -> "message should show the bad value " + badValue + ": " + message);
    return e;
  }

  /** Asserts that building fails for want of the named required attributes. */
  static void assertMissing(Executable code, String... attributes) {
    IllegalStateException e = assertThrows(IllegalStateException.class, code);
    for (String attribute : attributes) {
      assertTrue(e.getMessage().contains(attribute),
          () -> "message should name " + attribute + ": " + e.getMessage());
    }
  }

  static StatusChange statusChange(MeetingStatus status, String reported) {
    return StatusChange.builder()
        .status(status)
        .reported(date(reported))
        .addSource(SOURCE)
        .build();
  }

  static Participant representing(PartyRef party) {
    return Participant.builder().actor(party).represents(party).build();
  }

  /** A valid meeting builder: every required attribute set, one participant. */
  static Meeting.Builder meeting() {
    return Meeting.builder()
        .id(MeetingId.of("moscow-defence-ministers-2023-04-25"))
        .title("Defence ministers of Russia, Türkiye, Iran and Syria in Moscow")
        .date(date("2023-04-25"))
        .addParticipant(representing(RUS))
        .addStatusHistory(statusChange(MeetingStatus.HELD, "2023-04-25"))
        .addSource(SOURCE);
  }

  static Statement.Builder statement() {
    return Statement.builder()
        .id(StatementId.of("turkish-mod-on-refugee-returns-2023-04-25"))
        .speaker(Speaker.of(AKAR))
        .date(date("2023-04-25"))
        .mode(StatementMode.QUOTE)
        .text("the issue of intensifying efforts to return Syrian refugees")
        .addSource(SOURCE);
  }

  static Stance.Builder stance() {
    return Stance.builder()
        .id(StanceId.of("syria-demands-turkish-withdrawal"))
        .holder(SYR)
        .issue(WITHDRAWAL)
        .position(StancePosition.DEMANDS)
        .validity(date("2023-04-25/.."))
        .addSource(SOURCE);
  }

  static Tenure tenure(PostRole role, PartyRef party, String term) {
    return Tenure.builder()
        .post(Post.of(role, party))
        .term(date(term))
        .addSource(SOURCE)
        .build();
  }

  static Stream<Arguments> stateCounts() {
    return Stream.of(
        Arguments.of(0, Optional.empty()),
        Arguments.of(1, Optional.empty()),
        Arguments.of(2, Optional.of(MeetingFormat.BILATERAL)),
        Arguments.of(3, Optional.of(MeetingFormat.TRILATERAL)),
        Arguments.of(4, Optional.of(MeetingFormat.QUADRILATERAL)),
        Arguments.of(5, Optional.of(MeetingFormat.MULTILATERAL)),
        Arguments.of(6, Optional.of(MeetingFormat.MULTILATERAL)));
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class IdentifierTest {

    @Test
    void typicalIdentifier() {
      Identifier q43 = Identifier.parse("wikidata:Q43");
      assertEquals("wikidata", q43.scheme());
      assertEquals("Q43", q43.value());
      assertEquals("wikidata:Q43", q43.toString());
      assertEquals(q43, Identifier.of("wikidata", "Q43"));
      assertEquals(q43.hashCode(), Identifier.of("wikidata", "Q43").hashCode());
      assertNotEquals(q43, Identifier.of("wikidata", "Q7747"));
      assertNotEquals(q43, Identifier.of("viaf", "Q43"));
    }

    @Test
    void valueMayHoldColonsAndSchemeMayHoldDigitsDotsPlusAndHyphens() {
      Identifier isbn = Identifier.parse("urn:isbn:0-306-40615-2");
      assertEquals("urn", isbn.scheme());
      assertEquals("isbn:0-306-40615-2", isbn.value());
      assertEquals(isbn, Identifier.parse(isbn.toString()));
      Identifier odd = Identifier.of("x1.a+b-c", "v");
      assertEquals("x1.a+b-c", odd.scheme());
    }

    @Test
    void schemeMustBeLowerCase() {
      assertInvalid("Identifier.scheme", "'Wikidata'", () -> Identifier.parse("Wikidata:Q43"));
    }

    @Test
    void schemeMustStartWithALetter() {
      assertInvalid("Identifier.scheme", "'1wiki'", () -> Identifier.of("1wiki", "Q43"));
      assertInvalid("Identifier.scheme", "'-wiki'", () -> Identifier.of("-wiki", "Q43"));
    }

    @Test
    void schemeMustNotBeEmpty() {
      assertInvalid("Identifier.scheme", "''", () -> Identifier.of("", "Q43"));
    }

    @Test
    void schemeMustNotHoldSpacesOrOtherCharacters() {
      assertInvalid("Identifier.scheme", "'wiki data'", () -> Identifier.of("wiki data", "Q43"));
      assertInvalid("Identifier.scheme", "'wiki_data'", () -> Identifier.of("wiki_data", "Q43"));
    }

    @Test
    void parseNeedsAColonAfterANonEmptyScheme() {
      assertInvalid("Identifier", "'wikidataQ43'", () -> Identifier.parse("wikidataQ43"));
      assertInvalid("Identifier", "':Q43'", () -> Identifier.parse(":Q43"));
    }

    @Test
    void valueMustNotBeBlank() {
      assertInvalid("Identifier.value", "''", () -> Identifier.parse("wikidata:"));
      assertInvalid("Identifier.value", "'  '", () -> Identifier.of("wikidata", "  "));
    }

    @Test
    void valueMustNotHaveSurroundingWhiteSpace() {
      assertInvalid("Identifier.value", "' Q43'", () -> Identifier.parse("wikidata: Q43"));
      assertInvalid("Identifier.value", "'Q43\t'", () -> Identifier.of("wikidata", "Q43\t"));
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class ExtensionValueTest {

    @Test
    void typicalValues() {
      assertEquals("astana", ((ExtensionValue.StringValue) ExtensionValue.of("astana")).value());
      assertTrue(((ExtensionValue.BooleanValue) ExtensionValue.of(true)).value());
      assertFalse(((ExtensionValue.BooleanValue) ExtensionValue.of(false)).value());
      assertEquals(0, BigDecimal.valueOf(42).compareTo(
          ((ExtensionValue.NumberValue) ExtensionValue.of(42L)).value()));
      assertEquals("1.50",
          ((ExtensionValue.NumberValue) ExtensionValue.of(new BigDecimal("1.50")))
              .value().toPlainString());
      assertSame(ExtensionValue.NullValue.INSTANCE, ExtensionValue.ofNull());

      ExtensionValue list = ExtensionValue.ofList(
          List.of(ExtensionValue.of("a"), ExtensionValue.of(1), ExtensionValue.ofNull()));
      assertEquals(
          List.of(ExtensionValue.of("a"), ExtensionValue.of(1), ExtensionValue.ofNull()),
          ((ExtensionValue.ListValue) list).values());

      Map<String, ExtensionValue> entries = new LinkedHashMap<>();
      entries.put("zeta", ExtensionValue.of(1));
      entries.put("alpha", ExtensionValue.of(2));
      entries.put("mid", ExtensionValue.ofList(List.of()));
      ExtensionValue map = ExtensionValue.ofMap(entries);
      assertEquals(List.of("zeta", "alpha", "mid"),
          List.copyOf(((ExtensionValue.MapValue) map).values().keySet()));
    }

    @Test
    void listsAndMapsAreImmutableCopies() {
      List<ExtensionValue> source = new ArrayList<>(List.of(ExtensionValue.of("a")));
      ExtensionValue.ListValue list = (ExtensionValue.ListValue) ExtensionValue.ofList(source);
      source.add(ExtensionValue.of("b"));
      assertEquals(1, list.values().size());
      assertThrows(UnsupportedOperationException.class,
          () -> list.values().add(ExtensionValue.of("x")));

      ExtensionValue.ListValue direct = new ExtensionValue.ListValue(source);
      source.clear();
      assertEquals(2, direct.values().size());

      Map<String, ExtensionValue> entries = new LinkedHashMap<>();
      entries.put("k", ExtensionValue.of(1));
      ExtensionValue.MapValue map = (ExtensionValue.MapValue) ExtensionValue.ofMap(entries);
      entries.put("other", ExtensionValue.of(2));
      assertEquals(Map.of("k", ExtensionValue.of(1)), map.values());
      assertThrows(UnsupportedOperationException.class,
          () -> map.values().put("x", ExtensionValue.of(1)));
    }

    @Test
    void mapKeysMustNotBeEmpty() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ExtensionValue.ofMap(Map.of("", ExtensionValue.of(1))));
      assertTrue(e.getMessage().contains("MapValue"), e.getMessage());
      assertTrue(e.getMessage().contains("key '': must not be empty"), e.getMessage());
      assertThrows(IllegalArgumentException.class,
          () -> new ExtensionValue.MapValue(Map.of("ok", ExtensionValue.of(1),
              "", ExtensionValue.of(2))));
    }

    @Test
    void nullElementsAreRejected() {
      List<ExtensionValue> withNull = new ArrayList<>();
      withNull.add(null);
      assertThrows(NullPointerException.class, () -> ExtensionValue.ofList(withNull));
      Map<String, ExtensionValue> nullValue = new LinkedHashMap<>();
      nullValue.put("k", null);
      assertThrows(NullPointerException.class, () -> ExtensionValue.ofMap(nullValue));
      Map<String, ExtensionValue> nullKey = new LinkedHashMap<>();
      nullKey.put(null, ExtensionValue.of(1));
      assertThrows(NullPointerException.class, () -> ExtensionValue.ofMap(nullKey));
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class StateTest {

    State turkiye() {
      return State.builder()
          .id(TUR)
          .name("Türkiye")
          .addOtherName("Turkey")
          .addOtherName("Republic of Türkiye")
          .capital("Ankara")
          .addIdentifier(Identifier.parse("wikidata:Q43"))
          .putExtension("reviewed", ExtensionValue.of(true))
          .build();
    }

    @Test
    void typicalState() {
      State s = turkiye();
      assertEquals(TUR, s.id());
      assertEquals("Türkiye", s.name());
      assertEquals(List.of("Turkey", "Republic of Türkiye"), s.otherNames());
      assertEquals(Optional.of("Ankara"), s.capital());
      assertEquals(List.of(Identifier.of("wikidata", "Q43")), s.identifiers());
      assertEquals(Map.of("reviewed", ExtensionValue.of(true)), s.extensions());
    }

    @Test
    void defaults() {
      State s = State.builder().id(SYR).name("Syria").build();
      assertEquals(List.of(), s.otherNames());
      assertEquals(Optional.empty(), s.capital());
      assertEquals(List.of(), s.identifiers());
      assertEquals(Map.of(), s.extensions());
    }

    @Test
    void idAndNameAreRequired() {
      assertMissing(() -> State.builder().name("Syria").build(), "id");
      assertMissing(() -> State.builder().id(SYR).build(), "name");
      assertMissing(() -> State.builder().build(), "id", "name");
    }

    @Test
    void nameMustNotBeBlank() {
      assertInvalid("State.name", "'   '", () -> State.builder().id(SYR).name("   ").build());
      assertInvalid("State.name", "''", () -> State.builder().id(SYR).name("").build());
    }

    @Test
    void nameMustNotHaveSurroundingWhiteSpace() {
      assertInvalid("State.name", "' Syria'", () -> State.builder().id(SYR).name(" Syria").build());
      assertInvalid("State.name", "'Syria\n'",
          () -> State.builder().id(SYR).name("Syria\n").build());
    }

    @Test
    void otherNamesMustNotBeBlank() {
      assertInvalid("State.otherNames[1]", "' '", () -> State.builder().id(SYR).name("Syria")
          .addOtherName("Syrian Arab Republic").addOtherName(" ").build());
    }

    @Test
    void otherNamesMustNotRepeat() {
      assertInvalid("State.otherNames", "Turkey", () -> State.builder().id(TUR).name("Türkiye")
          .addOtherName("Turkey").addOtherName("Turkey").build());
    }

    @Test
    void otherNamesMustNotRepeatTheName() {
      assertInvalid("State.otherNames", "Türkiye", () -> State.builder().id(TUR).name("Türkiye")
          .addOtherName("Türkiye").build());
    }

    @Test
    void capitalMustNotBeBlank() {
      assertInvalid("State.capital", "' '",
          () -> State.builder().id(TUR).name("Türkiye").capital(" ").build());
      assertInvalid("State.capital", "'Ankara '",
          () -> State.builder().id(TUR).name("Türkiye").capital("Ankara ").build());
    }

    @Test
    void identifiersMustNotRepeat() {
      assertInvalid("State.identifiers", "wikidata:Q43", () -> State.builder().id(TUR)
          .name("Türkiye")
          .addIdentifier(Identifier.parse("wikidata:Q43"))
          .addIdentifier(Identifier.of("wikidata", "Q43"))
          .build());
    }

    @Test
    void extensionKeysMustNotBeEmpty() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> State.builder().id(TUR).name("Türkiye")
              .putExtension("", ExtensionValue.of(1)).build());
      assertTrue(e.getMessage().contains("State.extensions"), e.getMessage());
    }

    @Test
    void isKnownAsIgnoresCase() {
      State s = turkiye();
      assertTrue(s.isKnownAs("Türkiye"));
      assertTrue(s.isKnownAs("TÜRKIYE"));
      assertTrue(s.isKnownAs("türkiye"));
      assertTrue(s.isKnownAs("turkey"));
      assertTrue(s.isKnownAs("TURKEY"));
      assertTrue(s.isKnownAs("republic of türkiye"));
      assertFalse(s.isKnownAs("Turkiye"));
      assertFalse(s.isKnownAs("Turk"));
      assertFalse(s.isKnownAs("Ankara"));
      assertFalse(s.isKnownAs(""));
    }

    @Test
    void returnedCollectionsAreUnmodifiable() {
      State s = turkiye();
      assertThrows(UnsupportedOperationException.class, () -> s.otherNames().add("x"));
      assertThrows(UnsupportedOperationException.class,
          () -> s.identifiers().add(Identifier.parse("wikidata:Q1")));
      assertThrows(UnsupportedOperationException.class,
          () -> s.extensions().put("x", ExtensionValue.ofNull()));
    }

    @Test
    void builderCopiesItsInputs() {
      List<String> names = new ArrayList<>(List.of("Turkey"));
      State s = State.builder().id(TUR).name("Türkiye").otherNames(names).build();
      names.add("Turkey (old)");
      assertEquals(List.of("Turkey"), s.otherNames());
    }

    @Test
    void aChangedCopyLeavesTheOriginal() {
      State a = turkiye();
      assertEquals("Istanbul", State.builder().from(a).capital("Istanbul").build()
          .capital().orElseThrow());
      assertEquals("Ankara", a.capital().orElseThrow());
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class OfficialTest {

    Official lavrov() {
      return Official.builder()
          .id(OfficialId.of("sergey-lavrov"))
          .name("Sergey Lavrov")
          .addOtherName("Sergei Lavrov")
          .addIdentifier(Identifier.parse("wikidata:Q166795"))
          .addTenure(tenure(PostRole.FOREIGN_MINISTER, RUS, "2004-03-09/.."))
          .addTenure(tenure(PostRole.AMBASSADOR, RUS, "1994/2004-03-08"))
          .build();
    }

    @Test
    void typicalOfficial() {
      Official o = lavrov();
      assertEquals(OfficialId.of("sergey-lavrov"), o.id());
      assertEquals("Sergey Lavrov", o.name());
      assertEquals(List.of("Sergei Lavrov"), o.otherNames());
      assertEquals(List.of(Identifier.parse("wikidata:Q166795")), o.identifiers());
      assertEquals(2, o.tenures().size());
      assertEquals(PostRole.FOREIGN_MINISTER, o.tenures().get(0).post().role());
      assertEquals(Map.of(), o.extensions());
    }

    @Test
    void defaults() {
      Official o = Official.builder().id(AKAR).name("Hulusi Akar").build();
      assertEquals(List.of(), o.otherNames());
      assertEquals(List.of(), o.identifiers());
      assertEquals(List.of(), o.tenures());
      assertEquals(List.of(), o.tenuresOn(day("2023-04-25")));
    }

    @Test
    void tenuresOnKeepsTheTenuresCertainlyCoveringTheDay() {
      Official o = lavrov();
      Tenure minister = o.tenures().get(0);
      Tenure ambassador = o.tenures().get(1);
      assertEquals(List.of(minister), o.tenuresOn(day("2023-04-25")));
      assertEquals(List.of(minister), o.tenuresOn(day("2004-03-09")));
      assertEquals(List.of(ambassador), o.tenuresOn(day("2004-03-08")));
      assertEquals(List.of(ambassador), o.tenuresOn(day("1995-06-01")));
      assertEquals(List.of(), o.tenuresOn(day("1994-06-01")));
      assertThrows(UnsupportedOperationException.class,
          () -> o.tenuresOn(day("2023-04-25")).add(minister));
    }

    @Test
    void idAndNameAreRequired() {
      assertMissing(() -> Official.builder().name("Hulusi Akar").build(), "id");
      assertMissing(() -> Official.builder().id(AKAR).build(), "name");
    }

    @Test
    void nameMustNotBeBlank() {
      assertInvalid("Official.name", "' '", () -> Official.builder().id(AKAR).name(" ").build());
    }

    @Test
    void otherNamesMustNotBeBlank() {
      assertInvalid("Official.otherNames[0]", "''",
          () -> Official.builder().id(AKAR).name("Hulusi Akar").addOtherName("").build());
    }

    @Test
    void otherNamesMustNotRepeat() {
      assertInvalid("Official.otherNames", "Sergei Lavrov", () -> Official.builder()
          .id(OfficialId.of("sergey-lavrov")).name("Sergey Lavrov")
          .addOtherName("Sergei Lavrov").addOtherName("Sergei Lavrov").build());
    }

    @Test
    void otherNamesMustNotRepeatTheName() {
      assertInvalid("Official.otherNames", "Hulusi Akar", () -> Official.builder()
          .id(AKAR).name("Hulusi Akar").addOtherName("Hulusi Akar").build());
    }

    @Test
    void identifiersMustNotRepeat() {
      assertInvalid("Official.identifiers", "wikidata:Q1", () -> Official.builder()
          .id(AKAR).name("Hulusi Akar")
          .addIdentifier(Identifier.parse("wikidata:Q1"))
          .addIdentifier(Identifier.parse("wikidata:Q1"))
          .build());
    }

    @Test
    void extensionKeysMustNotBeEmpty() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Official.builder().id(AKAR).name("Hulusi Akar")
              .putExtension("", ExtensionValue.of("x")).build());
      assertTrue(e.getMessage().contains("Official.extensions"), e.getMessage());
    }

    @Test
    void isKnownAsIgnoresCase() {
      Official o = lavrov();
      assertTrue(o.isKnownAs("sergey lavrov"));
      assertTrue(o.isKnownAs("SERGEI LAVROV"));
      assertFalse(o.isKnownAs("Lavrov"));
    }

    /**
     * "İbrahim Kalın" (Turkey's intelligence chief) starts with a dotted capital I; a search
     * that ignores case must find him by the same name written in lower case.
     */
    @Test
    void isKnownAsIgnoresCaseForTurkishDottedCapitalI() {
      Official kalin = Official.builder()
          .id(OfficialId.of("ibrahim-kalin"))
          .name("İbrahim Kalın")
          .build();
      assertTrue(kalin.isKnownAs("İbrahim Kalın"));
      assertTrue(kalin.isKnownAs("ibrahim kalın"),
          "isKnownAs should ignore case: 'İbrahim Kalın' vs 'ibrahim kalın'");
    }

    @Test
    void returnedCollectionsAreUnmodifiable() {
      Official o = lavrov();
      assertThrows(UnsupportedOperationException.class, () -> o.otherNames().add("x"));
      assertThrows(UnsupportedOperationException.class, () -> o.tenures().clear());
      assertThrows(UnsupportedOperationException.class, () -> o.identifiers().clear());
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class OrganizationTest {

    Organization mod() {
      return Organization.builder()
          .id(RUSSIAN_MOD)
          .name("Ministry of Defence of the Russian Federation")
          .addOtherName("Russian MoD")
          .kind(OrganizationKind.MINISTRY)
          .state(RUS)
          .addIdentifier(Identifier.parse("wikidata:Q1969195"))
          .build();
    }

    @Test
    void typicalOrganization() {
      Organization o = mod();
      assertEquals(RUSSIAN_MOD, o.id());
      assertEquals("Ministry of Defence of the Russian Federation", o.name());
      assertEquals(List.of("Russian MoD"), o.otherNames());
      assertEquals(OrganizationKind.MINISTRY, o.kind());
      assertEquals(Optional.of(RUS), o.state());
      assertEquals(1, o.identifiers().size());
    }

    @Test
    void defaults() {
      Organization un = Organization.builder()
          .id(OrganizationId.of("united-nations"))
          .name("United Nations")
          .kind(OrganizationKind.INTERNATIONAL_ORGANIZATION)
          .build();
      assertEquals(Optional.empty(), un.state());
      assertEquals(List.of(), un.otherNames());
      assertEquals(List.of(), un.identifiers());
      assertEquals(Map.of(), un.extensions());
    }

    @Test
    void idNameAndKindAreRequired() {
      assertMissing(() -> Organization.builder().id(RUSSIAN_MOD).name("MoD").build(), "kind");
      assertMissing(() -> Organization.builder().name("MoD")
          .kind(OrganizationKind.MINISTRY).build(), "id");
      assertMissing(() -> Organization.builder().id(RUSSIAN_MOD)
          .kind(OrganizationKind.MINISTRY).build(), "name");
    }

    @Test
    void nameMustNotBeBlank() {
      assertInvalid("Organization.name", "'\t'", () -> Organization.builder().id(RUSSIAN_MOD)
          .name("\t").kind(OrganizationKind.MINISTRY).build());
    }

    @Test
    void otherNamesMustNotRepeatOrRepeatTheName() {
      assertInvalid("Organization.otherNames", "MoD", () -> Organization.builder()
          .id(RUSSIAN_MOD).name("Russian Ministry of Defence").kind(OrganizationKind.MINISTRY)
          .addOtherName("MoD").addOtherName("MoD").build());
      assertInvalid("Organization.otherNames", "MoD", () -> Organization.builder()
          .id(RUSSIAN_MOD).name("MoD").kind(OrganizationKind.MINISTRY)
          .addOtherName("MoD").build());
    }

    @Test
    void identifiersMustNotRepeat() {
      assertInvalid("Organization.identifiers", "wikidata:Q1", () -> Organization.builder()
          .from(mod()).identifiers(List.of(Identifier.parse("wikidata:Q1"),
              Identifier.parse("wikidata:Q1"))).build());
    }

    @Test
    void isKnownAsIgnoresCase() {
      assertTrue(mod().isKnownAs("russian mod"));
      assertTrue(mod().isKnownAs("MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION"));
      assertFalse(mod().isKnownAs("Russian MoD "));
    }

    @Test
    void returnedCollectionsAreUnmodifiable() {
      assertThrows(UnsupportedOperationException.class, () -> mod().otherNames().add("x"));
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class PostTest {

    @Test
    void typicalPost() {
      Post p = Post.of(PostRole.FOREIGN_MINISTER, TUR);
      assertEquals(PostRole.FOREIGN_MINISTER, p.role());
      assertEquals(TUR, p.party());
      assertEquals(Optional.empty(), p.title());

      Post secretary = Post.builder()
          .role(PostRole.FOREIGN_MINISTER)
          .party(USA)
          .title("Secretary of State")
          .build();
      assertEquals(Optional.of("Secretary of State"), secretary.title());

      Post spokesperson = Post.of(PostRole.SPOKESPERSON, RUSSIAN_MOD);
      assertEquals(RUSSIAN_MOD, spokesperson.party());
    }

    @Test
    void aTitleNamesTheOfficeOnlyWhereTheRoleNeedsIt() {
      Post secretary = Post.builder().role(PostRole.FOREIGN_MINISTER).party(USA)
          .title("Secretary of State").build();
      assertNotEquals(Post.of(PostRole.FOREIGN_MINISTER, USA), secretary);
      assertEquals(Post.of(PostRole.FOREIGN_MINISTER, USA), secretary.office());
      Post untitled = Post.of(PostRole.FOREIGN_MINISTER, USA);
      assertSame(untitled, untitled.office());

      Post finance = Post.builder().role(PostRole.MINISTER).party(TUR).title("Finance").build();
      Post interior = Post.builder().role(PostRole.MINISTER).party(TUR).title("Interior").build();
      assertSame(finance, finance.office());
      assertNotEquals(finance.office(), interior.office());
    }

    @Test
    void ministerAndOtherNeedATitle() {
      IllegalArgumentException minister = assertInvalid("Post.title", "MINISTER",
          () -> Post.of(PostRole.MINISTER, TUR));
      assertTrue(minister.getMessage().contains("MINISTER"));
      assertInvalid("Post.title", "OTHER", () -> Post.of(PostRole.OTHER, TUR));
      Post interior = Post.builder().role(PostRole.MINISTER).party(TUR)
          .title("Minister of the Interior").build();
      assertEquals(Optional.of("Minister of the Interior"), interior.title());
    }

    @Test
    void titleMustNotBeBlank() {
      assertInvalid("Post.title", "'  '", () -> Post.builder()
          .role(PostRole.FOREIGN_MINISTER).party(TUR).title("  ").build());
      assertInvalid("Post.title", "' Envoy'", () -> Post.builder()
          .role(PostRole.OTHER).party(TUR).title(" Envoy").build());
    }

    @Test
    void roleAndPartyAreRequired() {
      assertMissing(() -> Post.builder().party(TUR).build(), "role");
      assertMissing(() -> Post.builder().role(PostRole.AMBASSADOR).build(), "party");
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class TenureTest {

    @Test
    void typicalTenure() {
      Post post = Post.of(PostRole.DEFENSE_MINISTER, TUR);
      Tenure t = Tenure.builder()
          .post(post)
          .term(date("/2023-04-25"))
          .addSource(SOURCE)
          .build();
      assertEquals(post, t.post());
      assertEquals(date("/2023-04-25"), t.term());
      assertEquals(List.of(SOURCE), t.sources());
      assertEquals(List.of(), t.references());
      assertTrue(t.certainlyHeldOn(day("2023-04-25")));
      assertFalse(t.certainlyHeldOn(day("2023-04-24")));
      assertTrue(t.mayHaveHeldOn(day("2020-01-01")));
      assertFalse(t.mayHaveHeldOn(day("2023-04-26")));
    }

    @Test
    void certainlyHeldOnAnOpenEndedTerm() {
      Tenure t = tenure(PostRole.FOREIGN_MINISTER, TUR, "2023-06-04/..");
      assertTrue(t.certainlyHeldOn(day("2023-06-04")));
      assertTrue(t.certainlyHeldOn(day("2030-01-01")));
      assertFalse(t.certainlyHeldOn(day("2023-06-03")));
      assertFalse(t.mayHaveHeldOn(day("2023-06-03")));
    }

    @Test
    void referencesAloneAreEnough() {
      Tenure t = Tenure.builder()
          .post(Post.of(PostRole.FOREIGN_MINISTER, TUR))
          .term(date("2014-08-29/2023-06-03"))
          .addReference(WIKIPEDIA)
          .build();
      assertEquals(List.of(), t.sources());
      assertEquals(List.of(WIKIPEDIA), t.references());
    }

    @Test
    void needsASourceOrAReference() {
      assertInvalid("Tenure.sources", "[]", () -> Tenure.builder()
          .post(Post.of(PostRole.FOREIGN_MINISTER, TUR))
          .term(date("2014/2023"))
          .build());
    }

    @Test
    void postAndTermAreRequired() {
      assertMissing(() -> Tenure.builder().term(date("2023")).addSource(SOURCE).build(), "post");
      assertMissing(() -> Tenure.builder().post(Post.of(PostRole.AMBASSADOR, TUR))
          .addSource(SOURCE).build(), "term");
    }

    @Test
    void returnedCollectionsAreUnmodifiable() {
      Tenure a = tenure(PostRole.AMBASSADOR, TUR, "2020/2022");
      assertThrows(UnsupportedOperationException.class, () -> a.sources().add(SOURCE));
      assertThrows(UnsupportedOperationException.class,
          () -> a.references().add(WIKIPEDIA));
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class SourceRefTest {

    @Test
    void typicalSourceRef() {
      SourceRef s = SourceRef.of(ARTICLE, 120, 156);
      assertEquals(ARTICLE, s.article());
      assertEquals(120, s.start());
      assertEquals(156, s.end());
      assertEquals(36, s.length());
      assertEquals(Optional.empty(), s.excerpt());
      assertEquals("moscow-times-2023-04-25[120,156)", s.toString());

      SourceRef withExcerpt = SourceRef.builder()
          .article(ARTICLE).start(0).end(4).excerpt("Akar").build();
      assertEquals(Optional.of("Akar"), withExcerpt.excerpt());
    }

    @Test
    void startMustNotBeNegative() {
      assertInvalid("SourceRef.start", "-1", () -> SourceRef.of(ARTICLE, -1, 5));
    }

    @Test
    void endMustBeAfterStart() {
      assertInvalid("SourceRef.end", "5", () -> SourceRef.of(ARTICLE, 5, 5));
      assertInvalid("SourceRef.end", "3", () -> SourceRef.of(ARTICLE, 5, 3));
      assertEquals(1, SourceRef.of(ARTICLE, 0, 1).length());
    }

    @Test
    void excerptMustBeAsLongAsTheSpanInCodePoints() {
      assertInvalid("SourceRef.excerpt", "'Aka'", () -> SourceRef.builder()
          .article(ARTICLE).start(0).end(4).excerpt("Aka").build());
      // One code point, two UTF-16 units: a span of one.
      SourceRef emoji = SourceRef.builder()
          .article(ARTICLE).start(3).end(4).excerpt("\uD83D\uDE00").build();
      assertEquals(Optional.of("\uD83D\uDE00"), emoji.excerpt());
      assertInvalid("SourceRef.excerpt", "'\uD83D\uDE00'", () -> SourceRef.builder()
          .article(ARTICLE).start(3).end(5).excerpt("\uD83D\uDE00").build());
    }

    @Test
    void resolveReadsTheSpan() {
      assertEquals("Akar", SourceRef.of(ARTICLE, 4, 8).resolve("Gen Akar met Shoigu"));
      assertEquals("Gen Akar met Shoigu",
          SourceRef.of(ARTICLE, 0, 19).resolve("Gen Akar met Shoigu"));
    }

    @Test
    void resolveCountsCodePointsNotUtf16Units() {
      // U+1F600 is one code point but two chars; "Akar" is code points [2, 6), chars [3, 7).
      String text = "\uD83D\uDE00 Akar met Shoigu \uD83C\uDDF9\uD83C\uDDF7 in Moscow";
      assertEquals("Akar", SourceRef.of(ARTICLE, 2, 6).resolve(text));
      assertEquals("\uD83D\uDE00", SourceRef.of(ARTICLE, 0, 1).resolve(text));
      assertEquals("Shoigu", SourceRef.of(ARTICLE, 11, 17).resolve(text));
      assertEquals("\uD83C\uDDF9\uD83C\uDDF7", SourceRef.of(ARTICLE, 18, 20).resolve(text));
      assertEquals("Moscow", SourceRef.of(ARTICLE, 24, 30).resolve(text));
    }

    @Test
    void resolveRejectsASpanBeyondTheEnd() {
      // 4 code points, 5 chars: a span ending at 5 is past the end although 5 <= length().
      String text = "\uD83D\uDE00abc";
      assertEquals("abc", SourceRef.of(ARTICLE, 1, 4).resolve(text));
      assertInvalid("SourceRef.end", "5", () -> SourceRef.of(ARTICLE, 1, 5).resolve(text));
      assertInvalid("SourceRef.end", "100", () -> SourceRef.of(ARTICLE, 90, 100).resolve(text));
      assertInvalid("SourceRef.end", "1", () -> SourceRef.of(ARTICLE, 0, 1).resolve(""));
    }

    @Test
    void articleStartAndEndAreRequired() {
      assertMissing(() -> SourceRef.builder().start(0).end(1).build(), "article");
      assertMissing(() -> SourceRef.builder().article(ARTICLE).end(1).build(), "start");
      assertMissing(() -> SourceRef.builder().article(ARTICLE).start(0).build(), "end");
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class SpeakerTest {

    @Test
    void typicalSpeakers() {
      Speaker akar = Speaker.of(AKAR);
      assertEquals(Optional.of(AKAR), akar.actor());
      assertFalse(akar.isAnonymous());
      assertEquals(Optional.empty(), akar.affiliation());
      assertEquals(Optional.empty(), akar.description());

      Speaker unnamed = Speaker.anonymous(TUR, "a senior Turkish official");
      assertTrue(unnamed.isAnonymous());
      assertEquals(Optional.empty(), unnamed.actor());
      assertEquals(Optional.of(TUR), unnamed.affiliation());
      assertEquals(Optional.of("a senior Turkish official"), unnamed.description());

      Speaker ministry = Speaker.of(RUSSIAN_MOD);
      assertEquals(Optional.of(RUSSIAN_MOD), ministry.actor());

      Speaker described = Speaker.builder().actor(AKAR).affiliation(TUR)
          .description("Turkey's defence minister").build();
      assertFalse(described.isAnonymous());
    }

    @Test
    void anonymousSpeakerNeedsAnAffiliation() {
      assertInvalid("Speaker.affiliation", "neither an actor nor a capacity",
          () -> Speaker.builder().description("a senior official").build());
    }

    @Test
    void anonymousSpeakerNeedsADescription() {
      assertInvalid("Speaker.description", "neither an actor nor a capacity",
          () -> Speaker.builder().affiliation(TUR).build());
      assertThrows(IllegalArgumentException.class, () -> Speaker.builder().build());
    }

    @Test
    void descriptionMustNotBeBlank() {
      assertInvalid("Speaker.description", "' '", () -> Speaker.anonymous(TUR, " "));
      assertInvalid("Speaker.description", "''",
          () -> Speaker.builder().actor(AKAR).description("").build());
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class PlaceTest {

    @Test
    void typicalPlace() {
      Place moscow = Place.of("Moscow", RUS);
      assertEquals(Optional.of("Moscow"), moscow.city());
      assertEquals(Optional.of(RUS), moscow.state());
      assertFalse(moscow.tentative());

      Place maybe = Place.builder().from(moscow).tentative(true).build();
      assertTrue(maybe.tentative());
      assertEquals(Optional.of("Moscow"), maybe.city());

      assertEquals(Optional.empty(), Place.builder().state(TUR).build().city());
      assertEquals(Optional.empty(), Place.builder().city("Astana").build().state());
    }

    @Test
    void needsACityOrAState() {
      assertInvalid("Place", "needs a city, a state or both", () -> Place.builder().build());
      assertThrows(IllegalArgumentException.class,
          () -> Place.builder().tentative(true).build());
    }

    @Test
    void cityMustNotBeBlank() {
      assertInvalid("Place.city", "'  '", () -> Place.of("  ", RUS));
      assertInvalid("Place.city", "'Moscow '", () -> Place.of("Moscow ", RUS));
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class ParticipantTest {

    @Test
    void typicalParticipant() {
      Post capacity = Post.of(PostRole.DEFENSE_MINISTER, RUS);
      Participant shoigu = Participant.builder()
          .actor(SHOIGU)
          .represents(RUS)
          .role(ParticipantRole.HOST)
          .capacity(capacity)
          .build();
      assertEquals(Optional.of(SHOIGU), shoigu.actor());
      assertEquals(Optional.of(RUS), shoigu.represents());
      assertEquals(ParticipantRole.HOST, shoigu.role());
      assertEquals(Optional.of(capacity), shoigu.capacity());
    }

    @Test
    void roleDefaultsToMember() {
      assertEquals(ParticipantRole.MEMBER, Participant.builder().actor(AKAR).build().role());
      Participant byCapacity =
          Participant.byCapacity(Post.of(PostRole.FOREIGN_MINISTER, SYR));
      assertEquals(ParticipantRole.MEMBER, byCapacity.role());
      assertEquals(Optional.empty(), byCapacity.actor());
      assertEquals(Optional.empty(), byCapacity.represents());
    }

    @Test
    void partyIsRepresentsWhenStated() {
      Participant p = Participant.builder()
          .actor(AKAR)
          .represents(RUSSIAN_MOD)
          .capacity(Post.of(PostRole.DEFENSE_MINISTER, TUR))
          .build();
      assertEquals(Optional.of(RUSSIAN_MOD), p.party());
    }

    @Test
    void partyIsTheCapacitysPartyWithoutRepresents() {
      Participant p = Participant.builder()
          .actor(AKAR)
          .capacity(Post.of(PostRole.DEFENSE_MINISTER, TUR))
          .build();
      assertEquals(Optional.of(TUR), p.party());
      assertEquals(Optional.of(SYR),
          Participant.byCapacity(Post.of(PostRole.FOREIGN_MINISTER, SYR)).party());
    }

    @Test
    void partyIsTheActorWhenItIsAStateOrOrganization() {
      assertEquals(Optional.of(TUR), Participant.builder().actor(TUR).build().party());
      assertEquals(Optional.of(RUSSIAN_MOD),
          Participant.builder().actor(RUSSIAN_MOD).build().party());
    }

    @Test
    void partyIsEmptyForAnOfficialAlone() {
      assertEquals(Optional.empty(), Participant.builder().actor(AKAR).build().party());
    }

    @Test
    void needsAnActorOrACapacity() {
      assertInvalid("Participant", "needs an actor, a capacity or both",
          () -> Participant.builder().represents(TUR).role(ParticipantRole.GUEST).build());
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class StatusChangeTest {

    @Test
    void typicalStatusChange() {
      StatusChange planned = StatusChange.builder()
          .status(MeetingStatus.PLANNED)
          .reported(date("2023-04-25"))
          .scheduledFor(date("2023-05-01/2023-05-10"))
          .addSource(SOURCE)
          .addSource(OTHER_SOURCE)
          .build();
      assertEquals(MeetingStatus.PLANNED, planned.status());
      assertEquals(date("2023-04-25"), planned.reported());
      assertEquals(Optional.of(date("2023-05-01/2023-05-10")), planned.scheduledFor());
      assertEquals(List.of(SOURCE, OTHER_SOURCE), planned.sources());
      assertEquals(Optional.empty(),
          statusChange(MeetingStatus.HELD, "2023-04-25").scheduledFor());
    }

    @Test
    void needsASource() {
      assertInvalid("StatusChange.sources", "[]", () -> StatusChange.builder()
          .status(MeetingStatus.HELD).reported(date("2023-04-25")).build());
    }

    @Test
    void statusAndReportedAreRequired() {
      assertMissing(() -> StatusChange.builder().reported(date("2023"))
          .addSource(SOURCE).build(), "status");
      assertMissing(() -> StatusChange.builder().status(MeetingStatus.HELD)
          .addSource(SOURCE).build(), "reported");
    }

    @Test
    void returnedCollectionsAreUnmodifiable() {
      StatusChange a = statusChange(MeetingStatus.HELD, "2023-04-25");
      assertThrows(UnsupportedOperationException.class, () -> a.sources().add(SOURCE));
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class MeetingTest {

    @Test
    void typicalMeeting() {
      Participant shoigu = Participant.builder().actor(SHOIGU).represents(RUS)
          .role(ParticipantRole.HOST)
          .capacity(Post.of(PostRole.DEFENSE_MINISTER, RUS)).build();
      Participant akar = Participant.builder().actor(AKAR).represents(TUR)
          .capacity(Post.of(PostRole.DEFENSE_MINISTER, TUR)).build();
      Participant syrianMinister = Participant.byCapacity(Post.of(PostRole.DEFENSE_MINISTER, SYR));
      Participant iranian = Participant.builder().actor(OfficialId.of("mohammad-reza-ashtiani"))
          .represents(IRN).capacity(Post.of(PostRole.DEFENSE_MINISTER, IRN)).build();
      StatusChange planned = statusChange(MeetingStatus.PLANNED, "2023-04-20");
      StatusChange held = statusChange(MeetingStatus.HELD, "2023-04-25");
      Meeting m = Meeting.builder()
          .id(MeetingId.of("moscow-defence-ministers-2023-04-25"))
          .title("Defence ministers in Moscow")
          .date(date("2023-04-25"))
          .place(Place.of("Moscow", RUS))
          .addParticipant(shoigu)
          .addParticipants(akar, syrianMinister, iranian)
          .host(RUS)
          .framework("Astana process")
          .addTopic(REFUGEES)
          .addTopic(WITHDRAWAL)
          .addStatusHistory(planned)
          .addStatusHistory(held)
          .addSource(SOURCE)
          .putExtension("reviewed", ExtensionValue.of(true))
          .build();

      assertEquals(MeetingId.of("moscow-defence-ministers-2023-04-25"), m.id());
      assertEquals("Defence ministers in Moscow", m.title());
      assertEquals(date("2023-04-25"), m.date());
      assertEquals(Optional.of(Place.of("Moscow", RUS)), m.place());
      assertEquals(List.of(shoigu, akar, syrianMinister, iranian), m.participants());
      assertEquals(Optional.of(RUS), m.host());
      assertEquals(Optional.of("Astana process"), m.framework());
      assertEquals(List.of(REFUGEES, WITHDRAWAL), m.topics());
      assertEquals(List.of(planned, held), m.statusHistory());
      assertEquals(List.of(SOURCE), m.sources());
      assertEquals(Map.of("reviewed", ExtensionValue.of(true)), m.extensions());
      assertEquals(MeetingStatus.HELD, m.status());
      assertEquals(List.of(IRN, RUS, SYR, TUR), List.copyOf(m.states()));
      assertEquals(Optional.of(MeetingFormat.QUADRILATERAL), m.format());
      assertEquals(Optional.of(MeetingLevel.MINISTERIAL), m.level());
    }

    @Test
    void defaults() {
      Meeting m = meeting().build();
      assertEquals(Optional.empty(), m.place());
      assertEquals(Optional.empty(), m.host());
      assertEquals(Optional.empty(), m.framework());
      assertEquals(List.of(), m.topics());
      assertEquals(Map.of(), m.extensions());
    }

    @Test
    void statusIsTheLastEntry() {
      Meeting m = meeting().statusHistory(List.of(
          statusChange(MeetingStatus.PLANNED, "2023-01-11"),
          statusChange(MeetingStatus.POSTPONED, "2023-02"),
          statusChange(MeetingStatus.HELD, "2023-04-25"))).build();
      assertEquals(MeetingStatus.HELD, m.status());
      Meeting cancelled = meeting().statusHistory(List.of(
          statusChange(MeetingStatus.HELD, "2023-04-25"),
          statusChange(MeetingStatus.CANCELLED, "2023-04-25"))).build();
      assertEquals(MeetingStatus.CANCELLED, cancelled.status());
      assertEquals(MeetingStatus.HELD, meeting().build().status());
    }

    @ParameterizedTest(name = "{0} states -> {1}")
    @MethodSource("dev.parley.core.ValueTypesTest#stateCounts")
    void formatFollowsTheNumberOfStates(int count, Optional<MeetingFormat> expected) {
      Meeting.Builder b = meeting().participants(List.of())
          // An official with no party and an organization never count as states.
          .addParticipant(Participant.builder().actor(AKAR).build())
          .addParticipant(Participant.builder().actor(RUSSIAN_MOD).build());
      SIX_STATES.subList(0, count).forEach(s -> b.addParticipant(representing(s)));
      Meeting m = b.build();
      assertEquals(count, m.states().size());
      assertEquals(expected, m.format());
    }

    @Test
    void statesAreDistinctSortedAndTakenFromParties() {
      Meeting m = meeting().participants(List.of(
          Participant.builder().actor(AKAR).represents(TUR).build(),
          Participant.builder().actor(OfficialId.of("yasar-guler"))
              .capacity(Post.of(PostRole.CHIEF_OF_GENERAL_STAFF, TUR)).build(),
          Participant.byCapacity(Post.of(PostRole.FOREIGN_MINISTER, SYR)),
          Participant.builder().actor(RUS).build(),
          Participant.builder().actor(SHOIGU).represents(RUSSIAN_MOD)
              .capacity(Post.of(PostRole.DEFENSE_MINISTER, IRN)).build(),
          Participant.builder().actor(OfficialId.of("someone")).build()))
          .build();
      assertEquals(List.of(RUS, SYR, TUR), List.copyOf(m.states()));
      assertEquals(Optional.of(MeetingFormat.TRILATERAL), m.format());
      assertThrows(UnsupportedOperationException.class, () -> m.states().add(IRQ));
    }

    @Test
    void levelIsTheHighestStatedCapacity() {
      Meeting summit = meeting().participants(List.of(
          Participant.byCapacity(Post.of(PostRole.SPOKESPERSON, TUR)),
          Participant.byCapacity(Post.of(PostRole.HEAD_OF_STATE, RUS)),
          Participant.byCapacity(Post.of(PostRole.FOREIGN_MINISTER, SYR)),
          Participant.builder().actor(AKAR).build())).build();
      assertEquals(Optional.of(MeetingLevel.SUMMIT), summit.level());

      Meeting senior = meeting().participants(List.of(
          Participant.byCapacity(Post.of(PostRole.AMBASSADOR, TUR)),
          Participant.byCapacity(Post.of(PostRole.DEPUTY_FOREIGN_MINISTER, RUS)),
          Participant.byCapacity(Post.of(PostRole.SPOKESPERSON, SYR)))).build();
      assertEquals(Optional.of(MeetingLevel.SENIOR_OFFICIALS), senior.level());

      Meeting working = meeting().participants(List.of(
          Participant.byCapacity(Post.builder().role(PostRole.OTHER).party(TUR)
              .title("Expert").build()))).build();
      assertEquals(Optional.of(MeetingLevel.WORKING), working.level());
    }

    @Test
    void levelIsEmptyWithoutCapacities() {
      Meeting m = meeting().participants(List.of(
          Participant.builder().actor(AKAR).represents(TUR).build(),
          Participant.builder().actor(RUS).build())).build();
      assertEquals(Optional.empty(), m.level());
    }

    @Test
    void titleMustNotBeBlank() {
      assertInvalid("Meeting.title", "'  '", () -> meeting().title("  ").build());
      assertInvalid("Meeting.title", "''", () -> meeting().title("").build());
    }

    @Test
    void titleMustNotHaveSurroundingWhiteSpace() {
      assertInvalid("Meeting.title", "'Talks in Moscow '",
          () -> meeting().title("Talks in Moscow ").build());
    }

    @Test
    void frameworkMustNotBeBlank() {
      assertInvalid("Meeting.framework", "' '", () -> meeting().framework(" ").build());
    }

    @Test
    void needsAParticipant() {
      assertInvalid("Meeting.participants", "[]",
          () -> meeting().participants(List.of()).build());
    }

    @Test
    void needsAStatusChange() {
      assertInvalid("Meeting.statusHistory", "[]",
          () -> meeting().statusHistory(List.of()).build());
    }

    @Test
    void needsASource() {
      assertInvalid("Meeting.sources", "[]", () -> meeting().sources(List.of()).build());
    }

    @Test
    void topicsMustNotRepeat() {
      assertInvalid("Meeting.topics", REFUGEES.value(),
          () -> meeting().addTopic(REFUGEES).addTopic(WITHDRAWAL).addTopic(REFUGEES).build());
    }

    @Test
    void statusHistoryMustBeOldestFirst() {
      IllegalArgumentException e = assertInvalid("Meeting.statusHistory[1].reported", "2023-04-01",
          () -> meeting().statusHistory(List.of(
              statusChange(MeetingStatus.PLANNED, "2023-04-20"),
              statusChange(MeetingStatus.HELD, "2023-04-01"))).build());
      assertTrue(e.getMessage().contains("2023-04-20"), e.getMessage());
      assertInvalid("Meeting.statusHistory[2].reported", "2022",
          () -> meeting().statusHistory(List.of(
              statusChange(MeetingStatus.PROPOSED, "2023-01"),
              statusChange(MeetingStatus.PLANNED, "2023-02"),
              statusChange(MeetingStatus.HELD, "2022"))).build());
    }

    @Test
    void statusHistoryAcceptsEqualAndOverlappingDates() {
      Meeting m = meeting().statusHistory(List.of(
          statusChange(MeetingStatus.PLANNED, "2023-04"),
          statusChange(MeetingStatus.POSTPONED, "2023-04-10"),
          statusChange(MeetingStatus.HELD, "2023-04-10"),
          statusChange(MeetingStatus.CANCELLED, "2023"))).build();
      assertEquals(4, m.statusHistory().size());
    }

    @Test
    void extensionKeysMustNotBeEmpty() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> meeting().putExtension("", ExtensionValue.of(1)).build());
      assertTrue(e.getMessage().contains("Meeting.extensions"), e.getMessage());
    }

    @Test
    void idTitleAndDateAreRequired() {
      assertMissing(() -> Meeting.builder()
          .addParticipant(representing(RUS))
          .addStatusHistory(statusChange(MeetingStatus.HELD, "2023"))
          .addSource(SOURCE)
          .build(), "id", "title", "date");
    }

    @Test
    void returnedCollectionsAreUnmodifiable() {
      Meeting m = meeting().addTopic(REFUGEES).build();
      assertThrows(UnsupportedOperationException.class,
          () -> m.participants().add(representing(TUR)));
      assertThrows(UnsupportedOperationException.class, () -> m.topics().add(WITHDRAWAL));
      assertThrows(UnsupportedOperationException.class,
          () -> m.statusHistory().add(statusChange(MeetingStatus.HELD, "2024")));
      assertThrows(UnsupportedOperationException.class, () -> m.sources().add(SOURCE));
      assertThrows(UnsupportedOperationException.class,
          () -> m.extensions().put("k", ExtensionValue.ofNull()));
    }

    @Test
    void aChangedCopyKeepsTheRest() {
      Meeting a = meeting().build();
      Meeting retitled = Meeting.builder().from(a).title("Another title").build();
      assertEquals("Another title", retitled.title());
      assertEquals(a.participants(), retitled.participants());
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class StatementTest {

    @Test
    void typicalStatement() {
      Statement s = statement()
          .channel(StatementChannel.OFFICIAL_STATEMENT)
          .meeting(MeetingId.of("moscow-defence-ministers-2023-04-25"))
          .addIssue(REFUGEES)
          .addIssue(WITHDRAWAL)
          .build();
      assertEquals(StatementId.of("turkish-mod-on-refugee-returns-2023-04-25"), s.id());
      assertEquals(Speaker.of(AKAR), s.speaker());
      assertEquals(date("2023-04-25"), s.date());
      assertEquals(StatementChannel.OFFICIAL_STATEMENT, s.channel());
      assertEquals(StatementMode.QUOTE, s.mode());
      assertEquals(Optional.of("the issue of intensifying efforts to return Syrian refugees"),
          s.text());
      assertEquals(Optional.of(MeetingId.of("moscow-defence-ministers-2023-04-25")), s.meeting());
      assertEquals(List.of(REFUGEES, WITHDRAWAL), s.issues());
      assertEquals(List.of(SOURCE), s.sources());
    }

    @Test
    void defaults() {
      Statement s = statement().build();
      assertEquals(StatementChannel.UNKNOWN, s.channel());
      assertEquals(Optional.empty(), s.meeting());
      assertEquals(List.of(), s.issues());
      assertEquals(Map.of(), s.extensions());
    }

    @Test
    void unrecordedStatementHasNoText() {
      Statement s = statement().mode(StatementMode.UNRECORDED).text(Optional.empty()).build();
      assertEquals(Optional.empty(), s.text());
      assertInvalid("Statement.text", "'said something'",
          () -> statement().mode(StatementMode.UNRECORDED).text("said something").build());
    }

    @Test
    void quoteAndParaphraseNeedText() {
      assertInvalid("Statement.text", "QUOTE",
          () -> statement().text(Optional.empty()).build());
      assertInvalid("Statement.text", "PARAPHRASE", () -> statement()
          .mode(StatementMode.PARAPHRASE).text(Optional.empty()).build());
    }

    @Test
    void textMustNotBeBlank() {
      assertInvalid("Statement.text", "'   '", () -> statement().text("   ").build());
      assertInvalid("Statement.text", "' quoted'", () -> statement().text(" quoted").build());
    }

    @Test
    void issuesMustNotRepeat() {
      assertInvalid("Statement.issues", REFUGEES.value(),
          () -> statement().addIssue(REFUGEES).addIssue(REFUGEES).build());
    }

    @Test
    void needsASource() {
      assertInvalid("Statement.sources", "[]", () -> statement().sources(List.of()).build());
    }

    @Test
    void extensionKeysMustNotBeEmpty() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> statement().putExtension("", ExtensionValue.of(1)).build());
      assertTrue(e.getMessage().contains("Statement.extensions"), e.getMessage());
    }

    @Test
    void idSpeakerDateAndModeAreRequired() {
      assertMissing(() -> Statement.builder()
          .text("x").addSource(SOURCE).build(), "id", "speaker", "date", "mode");
    }

    @Test
    void returnedCollectionsAreUnmodifiable() {
      Statement a = statement().addIssue(REFUGEES).build();
      assertThrows(UnsupportedOperationException.class, () -> a.issues().add(WITHDRAWAL));
      assertThrows(UnsupportedOperationException.class, () -> a.sources().clear());
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class StanceTest {

    @Test
    void typicalStance() {
      StatementId evidence = StatementId.of("syrian-mod-on-withdrawal-2023-04-25");
      Stance s = stance().addEvidence(evidence).build();
      assertEquals(StanceId.of("syria-demands-turkish-withdrawal"), s.id());
      assertEquals(SYR, s.holder());
      assertEquals(WITHDRAWAL, s.issue());
      assertEquals(StancePosition.DEMANDS, s.position());
      assertEquals(date("2023-04-25/.."), s.validity());
      assertEquals(List.of(evidence), s.evidence());
      assertEquals(List.of(), s.conditions());
      assertEquals(List.of(SOURCE), s.sources());
      assertEquals(Map.of(), s.extensions());
    }

    @Test
    void certainlyHoldsOnAnOpenEndedValidity() {
      Stance s = stance().build();
      assertTrue(s.certainlyHoldsOn(day("2023-04-25")));
      assertTrue(s.certainlyHoldsOn(day("2030-01-01")));
      assertFalse(s.certainlyHoldsOn(day("2023-04-24")));
    }

    @Test
    void certainlyHoldsOnOnlyInsideEveryReading() {
      Stance s = stance().validity(date("2023-04/2023-06")).build();
      assertTrue(s.certainlyHoldsOn(day("2023-05-15")));
      assertTrue(s.certainlyHoldsOn(day("2023-04-30")));
      assertTrue(s.certainlyHoldsOn(day("2023-06-01")));
      assertFalse(s.certainlyHoldsOn(day("2023-04-15")));
      assertFalse(s.certainlyHoldsOn(day("2023-06-15")));
    }

    @Test
    void conditionalStanceNamesItsConditions() {
      Stance s = stance()
          .issue(NORMALIZATION)
          .position(StancePosition.CONDITIONAL)
          .addCondition(WITHDRAWAL)
          .build();
      assertEquals(List.of(WITHDRAWAL), s.conditions());
    }

    @Test
    void conditionalStanceNeedsACondition() {
      assertInvalid("Stance.conditions", "[]",
          () -> stance().position(StancePosition.CONDITIONAL).build());
    }

    @Test
    void otherPositionsHaveNoConditions() {
      IllegalArgumentException e = assertInvalid("Stance.conditions", REFUGEES.value(),
          () -> stance().position(StancePosition.SUPPORTS).addCondition(REFUGEES).build());
      assertTrue(e.getMessage().contains("SUPPORTS"), e.getMessage());
    }

    @Test
    void conditionsMustNotHoldTheStancesOwnIssue() {
      assertInvalid("Stance.conditions", WITHDRAWAL.value(), () -> stance()
          .position(StancePosition.CONDITIONAL).addCondition(WITHDRAWAL).build());
    }

    @Test
    void conditionsMustNotRepeat() {
      assertInvalid("Stance.conditions", REFUGEES.value(), () -> stance()
          .issue(NORMALIZATION).position(StancePosition.CONDITIONAL)
          .addCondition(REFUGEES).addCondition(WITHDRAWAL).addCondition(REFUGEES).build());
    }

    @Test
    void evidenceMustNotRepeat() {
      StatementId e = StatementId.of("syrian-mod-on-withdrawal-2023-04-25");
      assertInvalid("Stance.evidence", e.value(),
          () -> stance().addEvidence(e).addEvidence(e).build());
    }

    @Test
    void needsASource() {
      assertInvalid("Stance.sources", "[]", () -> stance().sources(List.of()).build());
    }

    @Test
    void requiredAttributes() {
      assertMissing(() -> Stance.builder().addSource(SOURCE).build(),
          "id", "holder", "issue", "position", "validity");
    }

    @Test
    void returnedCollectionsAreUnmodifiable() {
      Stance a = stance().build();
      assertThrows(UnsupportedOperationException.class, () -> a.conditions().add(REFUGEES));
      assertThrows(UnsupportedOperationException.class,
          () -> a.evidence().add(StatementId.of("x")));
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class IssueTest {

    @Test
    void typicalIssue() {
      Issue i = Issue.builder()
          .id(WITHDRAWAL)
          .label("Withdrawal of Turkish troops from Syria")
          .description("Whether and when Turkish forces leave northern Syria")
          .parent(IssueId.of("foreign-military-presence-in-syria"))
          .build();
      assertEquals(WITHDRAWAL, i.id());
      assertEquals("Withdrawal of Turkish troops from Syria", i.label());
      assertEquals(Optional.of("Whether and when Turkish forces leave northern Syria"),
          i.description());
      assertEquals(Optional.of(IssueId.of("foreign-military-presence-in-syria")), i.parent());
    }

    @Test
    void defaults() {
      Issue i = Issue.builder().id(REFUGEES).label("Return of Syrian refugees").build();
      assertEquals(Optional.empty(), i.description());
      assertEquals(Optional.empty(), i.parent());
      assertEquals(Map.of(), i.extensions());
    }

    @Test
    void labelMustNotBeBlank() {
      assertInvalid("Issue.label", "' '", () -> Issue.builder().id(REFUGEES).label(" ").build());
    }

    @Test
    void descriptionMustNotBeBlank() {
      assertInvalid("Issue.description", "''",
          () -> Issue.builder().id(REFUGEES).label("Refugees").description("").build());
    }

    @Test
    void parentMustNotBeTheIssueItself() {
      assertInvalid("Issue.parent", "'" + REFUGEES.value() + "'",
          () -> Issue.builder().id(REFUGEES).label("Refugees").parent(REFUGEES).build());
    }

    @Test
    void idAndLabelAreRequired() {
      assertMissing(() -> Issue.builder().id(REFUGEES).build(), "label");
      assertMissing(() -> Issue.builder().label("Refugees").build(), "id");
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class ArticleTest {

    static final URI URL = URI.create(
        "https://www.themoscowtimes.com/2023/04/25/russia-hosts-talks-with-iran-syria-turkey-a80934");

    @Test
    void typicalArticle() {
      Article a = Article.builder()
          .id(ARTICLE)
          .publisher("The Moscow Times")
          .headline("Russia Hosts Talks with Iran, Syria, Turkey")
          .byline("AFP")
          .published(date("2023-04-25"))
          .url(URL)
          .build();
      assertEquals(ARTICLE, a.id());
      assertEquals(Optional.of("The Moscow Times"), a.publisher());
      assertEquals(Optional.of("Russia Hosts Talks with Iran, Syria, Turkey"), a.headline());
      assertEquals(Optional.of("AFP"), a.byline());
      assertEquals(Optional.of(date("2023-04-25")), a.published());
      assertEquals(Optional.of(URL), a.url());
    }

    @Test
    void defaults() {
      Article a = Article.builder().id(ARTICLE).build();
      assertEquals(Optional.empty(), a.publisher());
      assertEquals(Optional.empty(), a.headline());
      assertEquals(Optional.empty(), a.byline());
      assertEquals(Optional.empty(), a.published());
      assertEquals(Optional.empty(), a.url());
      assertEquals(Map.of(), a.extensions());
    }

    @Test
    void publisherHeadlineAndBylineMustNotBeBlank() {
      assertInvalid("Article.publisher", "' '",
          () -> Article.builder().id(ARTICLE).publisher(" ").build());
      assertInvalid("Article.headline", "''",
          () -> Article.builder().id(ARTICLE).headline("").build());
      assertInvalid("Article.byline", "'AFP '",
          () -> Article.builder().id(ARTICLE).byline("AFP ").build());
    }

    @Test
    void urlMustBeAbsolute() {
      assertInvalid("Article.url", "'/2023/04/25/talks'",
          () -> Article.builder().id(ARTICLE).url(URI.create("/2023/04/25/talks")).build());
    }

    @Test
    void idIsRequired() {
      assertMissing(() -> Article.builder().publisher("AFP").build(), "id");
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class ViolationTest {

    @Test
    void typicalViolation() {
      Violation v = Violation.of("meeting", "moscow-2023-05-10", "participants[2].actor",
          "unknown official 'faisal-mekdad'");
      assertEquals("meeting", v.kind());
      assertEquals("moscow-2023-05-10", v.id());
      assertEquals("participants[2].actor", v.field());
      assertEquals("unknown official 'faisal-mekdad'", v.message());
      assertEquals(
          "meeting 'moscow-2023-05-10' participants[2].actor: unknown official 'faisal-mekdad'",
          v.toString());
    }

    @Test
    void equalByValue() {
      Violation a = Violation.of("issue", "x", "parent", "cycle");
      assertEquals(a, Violation.of("issue", "x", "parent", "cycle"));
      assertEquals(a.hashCode(), Violation.of("issue", "x", "parent", "cycle").hashCode());
      assertNotEquals(a, Violation.of("issue", "y", "parent", "cycle"));
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Nested
  class InvalidChronicleExceptionTest {

    List<Violation> violations(int n) {
      return IntStream.rangeClosed(1, n)
          .mapToObj(i -> Violation.of("meeting", String.format("m-%02d", i), "participants",
              "problem " + i))
          .toList();
    }

    @Test
    void oneViolation() {
      Violation v = Violation.of("stance", "s", "holder", "unknown state 'XKX'");
      InvalidChronicleException e = new InvalidChronicleException(List.of(v));
      assertInstanceOf(IllegalArgumentException.class, e);
      assertEquals(List.of(v), e.violations());
      assertTrue(e.getMessage().contains("1 violation"), e.getMessage());
      assertFalse(e.getMessage().contains("1 violations"), e.getMessage());
      assertTrue(e.getMessage().contains(v.toString()), e.getMessage());
    }

    @Test
    void upToTwentyViolationsAreAllListed() {
      InvalidChronicleException e = new InvalidChronicleException(violations(20));
      assertTrue(e.getMessage().contains("20 violations"), e.getMessage());
      violations(20).forEach(v -> assertTrue(e.getMessage().contains(v.toString()), v.toString()));
      assertFalse(e.getMessage().contains("more"), e.getMessage());
    }

    @Test
    void messageListsTwentyViolationsAndCountsTheRest() {
      List<Violation> all = violations(25);
      InvalidChronicleException e = new InvalidChronicleException(all);
      String message = e.getMessage();
      assertTrue(message.contains("25 violations"), message);
      for (int i = 0; i < 20; i++) {
        assertTrue(message.contains(all.get(i).toString()), all.get(i).toString());
      }
      for (int i = 20; i < 25; i++) {
        assertFalse(message.contains(all.get(i).id()), all.get(i).toString());
      }
      assertTrue(message.contains("5 more"), message);
      assertEquals(all, e.violations());
      assertTrue(message.indexOf("m-01") < message.indexOf("m-02"));
    }

    @Test
    void needsAViolation() {
      assertInvalid("InvalidChronicleException.violations", "[]",
          () -> new InvalidChronicleException(List.of()));
    }

    @Test
    void violationsAreAnUnmodifiableCopy() {
      List<Violation> list = new ArrayList<>(violations(2));
      InvalidChronicleException e = new InvalidChronicleException(list);
      list.add(Violation.of("issue", "x", "parent", "cycle"));
      assertEquals(violations(2), e.violations());
      assertThrows(UnsupportedOperationException.class, () -> e.violations().clear());
    }

    /** The exception declares a serialVersionUID, so it should survive serialization. */
    @Test
    void violationsSurviveSerialization() throws Exception {
      InvalidChronicleException e = new InvalidChronicleException(violations(2));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(e);
      }
      InvalidChronicleException copy;
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        copy = (InvalidChronicleException) in.readObject();
      }
      assertEquals(e.getMessage(), copy.getMessage());
      assertEquals(violations(2), copy.violations(),
          "violations() should survive serialization (declared never empty)");
    }
  }
}
