package dev.parley.testkit.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Entity;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.EventId;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Identifier;
import dev.parley.core.InvalidChronicleException;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Magnitudes;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingFormat;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingLevel;
import dev.parley.core.Named;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.Participant;
import dev.parley.core.PartyRef;
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
import dev.parley.core.TypedId;
import dev.parley.core.Violation;
import dev.parley.core.time.FuzzyDate;
import dev.parley.testkit.FuzzyDateArbitraries;
import dev.parley.testkit.ParleyArbitraries;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.function.Executable;

/**
 * Properties of the model's values: value semantics, id round trips, validation of every rule the
 * types check, and the values derived from a meeting's participants.
 */
class ModelProperties {

  // ---------------------------------------------------------------------------------------------
  // Providers

  @Provide
  Arbitrary<String> slugs() {
    return ParleyArbitraries.slugs();
  }

  @Provide
  Arbitrary<TypedId<?>> typedIds() {
    return ParleyArbitraries.typedIds();
  }

  @Provide
  Arbitrary<StateId> stateIds() {
    return ParleyArbitraries.stateIds();
  }

  @Provide
  Arbitrary<IssueId> issueIds() {
    return ParleyArbitraries.issueIds();
  }

  @Provide
  Arbitrary<StatementId> statementIds() {
    return ParleyArbitraries.statementIds();
  }

  @Provide
  Arbitrary<ArticleId> articleIds() {
    return ParleyArbitraries.articleIds();
  }

  @Provide
  Arbitrary<ActorRef> actorRefs() {
    return ParleyArbitraries.actorRefs();
  }

  @Provide
  Arbitrary<PartyRef> partyRefs() {
    return ParleyArbitraries.partyRefs();
  }

  @Provide
  Arbitrary<Identifier> identifiers() {
    return ParleyArbitraries.identifiers();
  }

  @Provide
  Arbitrary<ExtensionValue> extensionValues() {
    return ParleyArbitraries.extensionValues();
  }

  @Provide
  Arbitrary<SourceRef> sourceRefs() {
    return ParleyArbitraries.sourceRefs();
  }

  @Provide
  Arbitrary<Post> posts() {
    return ParleyArbitraries.posts();
  }

  @Provide
  Arbitrary<Tenure> tenures() {
    return ParleyArbitraries.tenures();
  }

  @Provide
  Arbitrary<Place> places() {
    return ParleyArbitraries.places();
  }

  @Provide
  Arbitrary<Speaker> speakers() {
    return ParleyArbitraries.speakers();
  }

  @Provide
  Arbitrary<Speaker> anonymousSpeakers() {
    return ParleyArbitraries.anonymousSpeakers();
  }

  @Provide
  Arbitrary<Participant> participants() {
    return ParleyArbitraries.participants();
  }

  @Provide
  Arbitrary<StatusChange> statusChanges() {
    return ParleyArbitraries.statusChanges();
  }

  @Provide
  Arbitrary<Violation> violations() {
    return ParleyArbitraries.violations();
  }

  @Provide
  Arbitrary<State> states() {
    return ParleyArbitraries.states();
  }

  @Provide
  Arbitrary<Official> officials() {
    return ParleyArbitraries.officials();
  }

  @Provide
  Arbitrary<Organization> organizations() {
    return ParleyArbitraries.organizations();
  }

  @Provide
  Arbitrary<Meeting> meetings() {
    return ParleyArbitraries.meetings();
  }

  @Provide
  Arbitrary<Statement> statements() {
    return ParleyArbitraries.statements();
  }

  @Provide
  Arbitrary<Stance> stances() {
    return ParleyArbitraries.stances();
  }

  @Provide
  Arbitrary<Event> events() {
    return ParleyArbitraries.events();
  }

  @Provide
  Arbitrary<EventActor> eventActors() {
    return ParleyArbitraries.eventActors();
  }

  @Provide
  Arbitrary<Magnitudes> magnitudes() {
    return ParleyArbitraries.magnitudes();
  }

  @Provide
  Arbitrary<Issue> issues() {
    return ParleyArbitraries.issues();
  }

  @Provide
  Arbitrary<Article> articles() {
    return ParleyArbitraries.articles();
  }

  @Provide
  Arbitrary<Named> namedRecords() {
    return Arbitraries.oneOf(
        List.of(
            states().map(Named.class::cast),
            officials().map(Named.class::cast),
            organizations().map(Named.class::cast)));
  }

  @Provide
  Arbitrary<Entity<?>> entities() {
    List<Arbitrary<Entity<?>>> kinds =
        List.of(
            states().map(e -> e),
            officials().map(e -> e),
            organizations().map(e -> e),
            meetings().map(e -> e),
            statements().map(e -> e),
            stances().map(e -> e),
            events().map(e -> e),
            issues().map(e -> e),
            articles().map(e -> e));
    return Arbitraries.oneOf(kinds);
  }

  /** A value of any model type, with an equal copy made without sharing the original. */
  @Provide
  Arbitrary<Tuple2<Object, Object>> valuesWithCopies() {
    List<Arbitrary<Tuple2<Object, Object>>> kinds =
        List.of(
            typedIds().map(id -> Tuple.of(id, copyOf(id))),
            identifiers().map(i -> Tuple.of(i, Identifier.of(i.scheme(), i.value()))),
            extensionValues().map(v -> Tuple.of(v, copyOf(v))),
            sourceRefs().map(v -> Tuple.of(v, SourceRef.builder().from(v).build())),
            posts().map(v -> Tuple.of(v, Post.builder().from(v).build())),
            tenures().map(v -> Tuple.of(v, Tenure.builder().from(v).build())),
            places().map(v -> Tuple.of(v, Place.builder().from(v).build())),
            speakers().map(v -> Tuple.of(v, Speaker.builder().from(v).build())),
            participants().map(v -> Tuple.of(v, Participant.builder().from(v).build())),
            statusChanges().map(v -> Tuple.of(v, StatusChange.builder().from(v).build())),
            eventActors().map(v -> Tuple.of(v, EventActor.builder().from(v).build())),
            magnitudes().map(v -> Tuple.of(v, Magnitudes.builder().from(v).build())),
            violations()
                .map(v -> Tuple.of(v, Violation.of(v.kind(), v.id(), v.field(), v.message()))),
            entities().map(e -> Tuple.of(e, rebuild(e))));
    return Arbitraries.oneOf(kinds);
  }

  @Provide
  Arbitrary<Object> anyValues() {
    return valuesWithCopies().map(Tuple2::get1);
  }

  /** White space only, including the empty string. */
  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.of(' ', '\t', '\n', '\r', '\u2003')
        .list()
        .ofMaxSize(3)
        .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
  }

  /** Non-blank text with white space before or after it. */
  @Provide
  Arbitrary<String> padded() {
    return Combinators.combine(
            ParleyArbitraries.names(),
            Arbitraries.of(" ", "\t", "\n", "\u2003", "  "),
            Arbitraries.of(true, false))
        .as((text, space, before) -> before ? space + text : text + space);
  }

  /** Texts that are not slugs: one edit away from a slug, or too long. */
  @Provide
  Arbitrary<String> invalidSlugs() {
    Arbitrary<String> edited =
        Combinators.combine(
                slugs().filter(s -> s.length() < 100),
                Arbitraries.of("--", "A", "Z", " ", "_", ".", "é", "/", ":", "\u00a0"),
                Arbitraries.integers().between(0, 100))
            .as(
                (slug, insert, at) -> {
                  int i = Math.min(at, slug.length());
                  return slug.substring(0, i) + insert + slug.substring(i);
                });
    Arbitrary<String> hyphenated =
        Combinators.combine(slugs(), Arbitraries.of(true, false))
            .as((slug, before) -> before ? "-" + slug : slug + "-");
    Arbitrary<String> tooLong =
        Arbitraries.strings().withChars("abc019").ofMinLength(129).ofMaxLength(200);
    return Arbitraries.oneOf(List.of(edited, hyphenated, tooLong, Arbitraries.just("")));
  }

  /** Texts that are not three upper-case letters A-Z. */
  @Provide
  Arbitrary<String> invalidStateCodes() {
    Arbitrary<String> wrongLength =
        Arbitraries.strings().withCharRange('A', 'Z').ofMaxLength(6).filter(s -> s.length() != 3);
    Arbitrary<String> wrongCharacter =
        Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(2),
                Arbitraries.of('a', 'z', '1', ' ', '-', 'Ü', 'İ'),
                Arbitraries.integers().between(0, 2))
            .as((two, c, at) -> two.substring(0, at) + c + two.substring(at));
    return Arbitraries.oneOf(List.of(wrongLength, wrongCharacter));
  }

  /** Texts that are not valid identifier schemes. */
  @Provide
  Arbitrary<String> invalidSchemes() {
    Arbitrary<String> badStart =
        Combinators.combine(
                Arbitraries.of("0", "9", ".", "+", "-", "W", "_", "é"),
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(5))
            .as(String::concat);
    Arbitrary<String> badInside =
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(4),
                Arbitraries.of("A", " ", "_", ":", "/", "é"),
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(4))
            .as((a, b, c) -> a + b + c);
    return Arbitraries.oneOf(List.of(badStart, badInside, Arbitraries.just("")));
  }

  /** Single dates of every shape, all after the dates meetings are generated with. */
  @Provide
  Arbitrary<FuzzyDate> lateDates() {
    return FuzzyDateArbitraries.singleDates(Year.of(2200), Year.of(2299));
  }

  /** Single dates of every shape, all before the dates meetings are generated with. */
  @Provide
  Arbitrary<FuzzyDate> earlyDates() {
    return FuzzyDateArbitraries.singleDates(Year.of(1800), Year.of(1899));
  }

  /** A source reference with an excerpt whose code-point count differs from its span's length. */
  @Provide
  Arbitrary<Tuple2<SourceRef, String>> sourceRefsWithWrongExcerpts() {
    return sourceRefs()
        .flatMap(
            x ->
                Arbitraries.integers()
                    .between(0, x.length() + 5)
                    .filter(n -> n != x.length())
                    .flatMap(ParleyArbitraries::excerpts)
                    .map(excerpt -> Tuple.of(x, excerpt)));
  }

  // ---------------------------------------------------------------------------------------------
  // Value semantics

  @Property
  void everyValueEqualsItsCopy(@ForAll("valuesWithCopies") Tuple2<Object, Object> pair) {
    Object value = pair.get1();
    Object copy = pair.get2();
    Statistics.label("type").collect(value.getClass().getSimpleName());
    assertValueSemantics(value, copy);
  }

  @Property(tries = 300)
  void sourceRefsRebuildEqual(@ForAll("sourceRefs") SourceRef x) {
    assertValueSemantics(x, SourceRef.builder().from(x).build());
  }

  @Property(tries = 300)
  void postsRebuildEqual(@ForAll("posts") Post x) {
    assertValueSemantics(x, Post.builder().from(x).build());
  }

  @Property(tries = 300)
  void tenuresRebuildEqual(@ForAll("tenures") Tenure x) {
    assertValueSemantics(x, Tenure.builder().from(x).build());
  }

  @Property(tries = 300)
  void placesRebuildEqual(@ForAll("places") Place x) {
    assertValueSemantics(x, Place.builder().from(x).build());
  }

  @Property(tries = 300)
  void speakersRebuildEqual(@ForAll("speakers") Speaker x) {
    assertValueSemantics(x, Speaker.builder().from(x).build());
  }

  @Property(tries = 300)
  void participantsRebuildEqual(@ForAll("participants") Participant x) {
    assertValueSemantics(x, Participant.builder().from(x).build());
  }

  @Property(tries = 300)
  void statusChangesRebuildEqual(@ForAll("statusChanges") StatusChange x) {
    assertValueSemantics(x, StatusChange.builder().from(x).build());
  }

  @Property(tries = 300)
  void statesRebuildEqual(@ForAll("states") State x) {
    assertValueSemantics(x, State.builder().from(x).build());
  }

  @Property(tries = 300)
  void officialsRebuildEqual(@ForAll("officials") Official x) {
    assertValueSemantics(x, Official.builder().from(x).build());
  }

  @Property(tries = 300)
  void organizationsRebuildEqual(@ForAll("organizations") Organization x) {
    assertValueSemantics(x, Organization.builder().from(x).build());
  }

  @Property(tries = 300)
  void meetingsRebuildEqual(@ForAll("meetings") Meeting x) {
    assertValueSemantics(x, Meeting.builder().from(x).build());
  }

  @Property(tries = 300)
  void statementsRebuildEqual(@ForAll("statements") Statement x) {
    assertValueSemantics(x, Statement.builder().from(x).build());
  }

  @Property(tries = 300)
  void stancesRebuildEqual(@ForAll("stances") Stance x) {
    assertValueSemantics(x, Stance.builder().from(x).build());
  }

  @Property(tries = 300)
  void issuesRebuildEqual(@ForAll("issues") Issue x) {
    assertValueSemantics(x, Issue.builder().from(x).build());
  }

  @Property(tries = 300)
  void articlesRebuildEqual(@ForAll("articles") Article x) {
    assertValueSemantics(x, Article.builder().from(x).build());
  }

  @Property(tries = 300)
  void identifiersAndViolationsRebuildEqual(
      @ForAll("identifiers") Identifier i, @ForAll("violations") Violation v) {
    assertValueSemantics(i, Identifier.of(i.scheme(), i.value()));
    assertValueSemantics(v, Violation.of(v.kind(), v.id(), v.field(), v.message()));
  }

  @Property(tries = 300)
  void extensionValuesEqualTheirCopies(@ForAll("extensionValues") ExtensionValue v) {
    assertValueSemantics(v, copyOf(v));
  }

  @Property
  void equalsIsSymmetricAndConsistentWithHashCode(
      @ForAll("anyValues") Object a, @ForAll("anyValues") Object b) {
    assertEquals(a.equals(b), b.equals(a), () -> a + " / " + b);
    if (a.equals(b)) {
      assertEquals(a.hashCode(), b.hashCode());
      assertEquals(a.toString(), b.toString());
    }
    assertFalse(a.equals(null));
  }

  @Property(tries = 300)
  void numbersKeepTheirScale(@ForAll @IntRange(min = -1000, max = 1000) int n) {
    BigDecimal plain = BigDecimal.valueOf(n);
    BigDecimal scaled = plain.setScale(1);
    assertEquals(ExtensionValue.of(n), ExtensionValue.of(plain));
    assertNotEquals(ExtensionValue.of(plain), ExtensionValue.of(scaled));
  }

  // ---------------------------------------------------------------------------------------------
  // Ids and references

  @Property
  void idsRoundTripThroughTheirText(@ForAll("typedIds") TypedId<?> id) {
    TypedId<?> again = factoryFor(id).apply(id.value());
    assertValueSemantics(id, again);
    // An actor's id prints its kind too (official:a vs organization:a); other ids their text.
    assertEquals(
        id instanceof ActorRef ref ? ref.kind().label() + ":" + id.value() : id.value(),
        id.toString());
  }

  @Property
  void idsOfDifferentKindsWithTheSameTextDiffer(@ForAll("slugs") String text) {
    List<TypedId<?>> ids =
        List.of(
            OfficialId.of(text),
            OrganizationId.of(text),
            MeetingId.of(text),
            StatementId.of(text),
            StanceId.of(text),
            IssueId.of(text),
            ArticleId.of(text),
            EventId.of(text));
    for (int i = 0; i < ids.size(); i++) {
      for (int j = 0; j < ids.size(); j++) {
        assertEquals(i == j, ids.get(i).equals(ids.get(j)), ids.get(i) + " vs " + ids.get(j));
      }
      assertEquals(text, ids.get(i).value());
    }
  }

  @Property
  void compareToAgreesWithTheText(@ForAll("slugs") String a, @ForAll("slugs") String b) {
    int expected = Integer.signum(a.compareTo(b));
    assertEquals(expected, Integer.signum(OfficialId.of(a).compareTo(OfficialId.of(b))));
    assertEquals(expected, Integer.signum(OrganizationId.of(a).compareTo(OrganizationId.of(b))));
    assertEquals(expected, Integer.signum(MeetingId.of(a).compareTo(MeetingId.of(b))));
    assertEquals(expected, Integer.signum(StatementId.of(a).compareTo(StatementId.of(b))));
    assertEquals(expected, Integer.signum(StanceId.of(a).compareTo(StanceId.of(b))));
    assertEquals(expected, Integer.signum(IssueId.of(a).compareTo(IssueId.of(b))));
    assertEquals(expected, Integer.signum(ArticleId.of(a).compareTo(ArticleId.of(b))));
    assertEquals(expected == 0, OfficialId.of(a).equals(OfficialId.of(b)));
  }

  @Property
  void stateIdCompareToAgreesWithTheText(
      @ForAll("stateIds") StateId a, @ForAll("stateIds") StateId b) {
    assertEquals(Integer.signum(a.value().compareTo(b.value())), Integer.signum(a.compareTo(b)));
    assertEquals(a.compareTo(b) == 0, a.equals(b));
  }

  @Property
  void actorRefsRoundTrip(@ForAll("actorRefs") ActorRef ref) {
    String text = ref.toRefString();
    assertEquals(ref.kind().label() + ":" + ref.value(), text);
    ActorRef again = ActorRef.parse(text);
    assertEquals(ref, again);
    assertEquals(ref.kind(), again.kind());
    assertEquals(ref.getClass(), again.getClass());
  }

  @Property
  void partyRefsRoundTrip(@ForAll("partyRefs") PartyRef ref) {
    PartyRef again = PartyRef.parse(ref.toRefString());
    assertEquals(ref, again);
    assertEquals(ref, ActorRef.parse(ref.toRefString()));
  }

  @Property
  void identifiersRoundTrip(@ForAll("identifiers") Identifier i) {
    assertEquals(i.scheme() + ":" + i.value(), i.toString());
    assertValueSemantics(i, Identifier.parse(i.toString()));
  }

  // ---------------------------------------------------------------------------------------------
  // Validation: ids and references

  @Property
  void invalidSlugsAreRejectedByEverySlugId(@ForAll("invalidSlugs") String bad) {
    assertRejected(() -> OfficialId.of(bad), "OfficialId", bad);
    assertRejected(() -> OrganizationId.of(bad), "OrganizationId", bad);
    assertRejected(() -> MeetingId.of(bad), "MeetingId", bad);
    assertRejected(() -> StatementId.of(bad), "StatementId", bad);
    assertRejected(() -> StanceId.of(bad), "StanceId", bad);
    assertRejected(() -> IssueId.of(bad), "IssueId", bad);
    assertRejected(() -> ArticleId.of(bad), "ArticleId", bad);
  }

  @Property
  void invalidStateCodesAreRejected(@ForAll("invalidStateCodes") String bad) {
    assertRejected(() -> StateId.of(bad), "StateId", bad);
  }

  @Property
  void referencesWithAnUnknownKindAreRejected(
      @ForAll("slugs") String id, @ForAll("slugs") String kind, @ForAll("blanks") String blank) {
    String unknownKind =
        kind.equals("state") || kind.equals("official") || kind.equals("organization")
            ? kind + "s"
            : kind;
    String text = unknownKind + ":" + id;
    assertRejected(() -> ActorRef.parse(text), "ActorRef", text);
    assertRejected(() -> PartyRef.parse(text), "ActorRef", text);
    assertRejected(() -> ActorRef.parse(id), "ActorRef", id);
    assertRejected(() -> ActorRef.parse("State:" + id), "ActorRef", "State:" + id);
    String paddedKind = " " + blank + "official:" + id;
    assertRejected(() -> ActorRef.parse(paddedKind), "ActorRef", paddedKind);
  }

  @Property
  void referencesWithAnInvalidIdAreRejected(@ForAll("invalidSlugs") String bad) {
    assertRejected(() -> ActorRef.parse("official:" + bad), "OfficialId", bad);
    assertRejected(() -> ActorRef.parse("organization:" + bad), "OrganizationId", bad);
    assertRejected(() -> PartyRef.parse("state:" + bad), "StateId", bad);
  }

  @Property
  void officialsAreNotParties(@ForAll("slugs") String id) {
    assertRejected(() -> PartyRef.parse("official:" + id), "PartyRef", "official:" + id);
  }

  @Property
  void identifiersWithAnInvalidSchemeAreRejected(
      @ForAll("invalidSchemes") String scheme, @ForAll("identifiers") Identifier valid) {
    assertRejected(() -> Identifier.of(scheme, valid.value()), "Identifier.scheme", scheme);
    if (!scheme.isEmpty() && !scheme.contains(":")) {
      String text = scheme + ":" + valid.value();
      assertRejected(() -> Identifier.parse(text), "Identifier.scheme", scheme);
    }
  }

  @Property
  void identifiersWithABlankOrPaddedValueAreRejected(
      @ForAll("identifiers") Identifier valid,
      @ForAll("blanks") String blank,
      @ForAll("padded") String padded) {
    assertRejected(() -> Identifier.of(valid.scheme(), blank), "Identifier.value", blank);
    assertRejected(() -> Identifier.of(valid.scheme(), padded), "Identifier.value", padded);
  }

  @Property
  void identifierTextsWithoutSchemeAreRejected(@ForAll("slugs") String text) {
    assertRejected(() -> Identifier.parse(text), "Identifier", text);
    assertRejected(() -> Identifier.parse(":" + text), "Identifier", ":" + text);
  }

  // ---------------------------------------------------------------------------------------------
  // Validation: named actors and extensions

  @Property
  void blankOrPaddedNamesAreRejected(
      @ForAll("namedRecords") Named x,
      @ForAll("blanks") String blank,
      @ForAll("padded") String padded) {
    String type = typeName(x);
    assertRejected(() -> rename(x, blank, List.of()), type + ".name", blank);
    assertRejected(() -> rename(x, padded, List.of()), type + ".name", padded);
  }

  @Property
  void theNameRepeatedAmongOtherNamesIsRejected(
      @ForAll("namedRecords") Named x, @ForAll @IntRange(max = 2) int at) {
    List<String> others = new ArrayList<>(x.otherNames());
    others.add(Math.min(at, others.size()), x.name());
    assertRejected(() -> rename(x, x.name(), others), typeName(x) + ".otherNames", x.name());
  }

  @Property
  void repeatedOtherNamesAreRejected(@ForAll("namedRecords") Named x) {
    String other = x.name() + " Other";
    List<String> others = new ArrayList<>(x.otherNames());
    others.add(other);
    others.add(other);
    assertRejected(() -> rename(x, x.name(), others), typeName(x) + ".otherNames", other);
  }

  @Property
  void blankOtherNamesAreRejected(@ForAll("namedRecords") Named x, @ForAll("blanks") String blank) {
    List<String> others = new ArrayList<>(x.otherNames());
    others.add(blank);
    String field = typeName(x) + ".otherNames[" + (others.size() - 1) + "]";
    assertRejected(() -> rename(x, x.name(), others), field, blank);
  }

  @Property
  void namedRecordsAreKnownByEveryNameInAnyCase(@ForAll("namedRecords") Named x) {
    List<String> all = new ArrayList<>(x.otherNames());
    all.add(x.name());
    for (String name : all) {
      assertTrue(x.isKnownAs(name), name);
      assertTrue(x.isKnownAs(name.toUpperCase(java.util.Locale.ROOT)), name);
      assertTrue(x.isKnownAs(name.toLowerCase(java.util.Locale.ROOT)), name);
    }
    // Generated names have no digits: nobody is known by this one.
    assertFalse(x.isKnownAs(x.name() + " 9"));
  }

  @Property
  void repeatedIdentifiersAreRejected(
      @ForAll("namedRecords") Named x, @ForAll("identifiers") Identifier i) {
    List<Identifier> repeated = List.of(i, Identifier.parse(i.toString()));
    Executable build;
    if (x instanceof State) {
      build = () -> State.builder().from((State) x).identifiers(repeated).build();
    } else if (x instanceof Official) {
      build = () -> Official.builder().from((Official) x).identifiers(repeated).build();
    } else {
      build = () -> Organization.builder().from((Organization) x).identifiers(repeated).build();
    }
    assertRejected(build, typeName(x) + ".identifiers", i.toString());
  }

  @Property
  void blankCapitalsAreRejected(@ForAll("states") State x, @ForAll("blanks") String blank) {
    assertRejected(() -> State.builder().from(x).capital(blank).build(), "State.capital", blank);
  }

  @Property
  void emptyExtensionKeysAreRejected(
      @ForAll("entities") Entity<?> x, @ForAll("extensionValues") ExtensionValue value) {
    Map<String, ExtensionValue> extensions = new LinkedHashMap<>(x.extensions());
    extensions.put("", value);
    assertRejected(() -> withExtensions(x, extensions), typeName(x) + ".extensions", "''");
    assertRejected(() -> ExtensionValue.ofMap(extensions), "MapValue", "''");
  }

  // ---------------------------------------------------------------------------------------------
  // Validation: sources and provenance

  @Property
  void negativeStartsAreRejected(
      @ForAll("articleIds") ArticleId a,
      @ForAll @IntRange(min = -100_000, max = -1) int start,
      @ForAll @IntRange(min = 0, max = 100) int end) {
    assertRejected(() -> SourceRef.of(a, start, end), "SourceRef.start", String.valueOf(start));
  }

  @Property
  void endsNotAfterTheStartAreRejected(
      @ForAll("articleIds") ArticleId a,
      @ForAll @IntRange(max = 100_000) int start,
      @ForAll @IntRange(max = 1000) int back) {
    int end = start - back;
    assertRejected(() -> SourceRef.of(a, start, end), "SourceRef.end", String.valueOf(end));
  }

  @Property
  void excerptsOfTheWrongLengthAreRejected(
      @ForAll("sourceRefsWithWrongExcerpts") Tuple2<SourceRef, String> pair) {
    SourceRef x = pair.get1();
    String excerpt = pair.get2();
    assertRejected(
        () -> SourceRef.builder().from(x).excerpt(excerpt).build(), "SourceRef.excerpt", excerpt);
  }

  @Property
  void excerptsAreMeasuredInCodePoints(
      @ForAll("articleIds") ArticleId a, @ForAll @IntRange(min = 1, max = 20) int n) {
    String emoji = "😀".repeat(n); // n code points, 2n UTF-16 units
    SourceRef ref = SourceRef.builder().article(a).start(0).end(n).excerpt(emoji).build();
    assertEquals(n, ref.length());
    assertEquals(emoji, ref.resolve(emoji + "tail"));
    assertRejected(
        () -> SourceRef.builder().article(a).start(0).end(2 * n).excerpt(emoji).build(),
        "SourceRef.excerpt",
        emoji);
  }

  @Property
  void tenuresWithoutSourceOrReferenceAreRejected(@ForAll("tenures") Tenure x) {
    assertRejected(
        () -> Tenure.builder().from(x).sources(List.of()).references(List.of()).build(),
        "Tenure.sources",
        null);
  }

  @Property
  void statusChangesWithoutSourcesAreRejected(@ForAll("statusChanges") StatusChange x) {
    assertRejected(
        () -> StatusChange.builder().from(x).sources(List.of()).build(),
        "StatusChange.sources",
        null);
  }

  // ---------------------------------------------------------------------------------------------
  // Validation: posts, places, speakers, participants

  @Property
  void ministersAndOtherPostsNeedATitle(
      @ForAll("partyRefs") PartyRef party, @ForAll boolean minister) {
    PostRole role = minister ? PostRole.MINISTER : PostRole.OTHER;
    assertRejected(() -> Post.of(role, party), "Post.title", null);
    assertRejected(() -> Post.builder().role(role).party(party).build(), "Post.title", null);
  }

  @Property
  void blankPostTitlesAreRejected(@ForAll("posts") Post x, @ForAll("blanks") String blank) {
    assertRejected(() -> Post.builder().from(x).title(blank).build(), "Post.title", blank);
  }

  @Property
  void placesNeedACityOrAState(@ForAll boolean tentative) {
    assertRejected(() -> Place.builder().tentative(tentative).build(), "Place", null);
  }

  @Property
  void blankCitiesAreRejected(@ForAll("places") Place x, @ForAll("blanks") String blank) {
    assertRejected(() -> Place.builder().from(x).city(blank).build(), "Place.city", blank);
  }

  @Property
  void anonymousSpeakersNeedAnAffiliation(@ForAll("anonymousSpeakers") Speaker x) {
    assertRejected(
        () -> Speaker.builder().from(x).affiliation(Optional.empty()).build(),
        "Speaker.affiliation",
        null);
  }

  @Property
  void anonymousSpeakersNeedADescription(@ForAll("anonymousSpeakers") Speaker x) {
    assertRejected(
        () -> Speaker.builder().from(x).description(Optional.empty()).build(),
        "Speaker.description",
        null);
  }

  @Property
  void blankSpeakerDescriptionsAreRejected(
      @ForAll("speakers") Speaker x, @ForAll("blanks") String blank) {
    assertRejected(
        () -> Speaker.builder().from(x).description(blank).build(), "Speaker.description", blank);
    assertRejected(
        () -> Speaker.anonymous(x.affiliation().orElse(StateId.of("TUR")), blank),
        "Speaker.description",
        blank);
  }

  @Property
  void participantsNeedAnActorOrACapacity(@ForAll("participants") Participant x) {
    assertRejected(
        () ->
            Participant.builder()
                .from(x)
                .actor(Optional.empty())
                .capacity(Optional.empty())
                .build(),
        "Participant",
        null);
  }

  // ---------------------------------------------------------------------------------------------
  // Validation: meetings, statements, stances, issues, articles

  @Property
  void blankMeetingTitlesAndFrameworksAreRejected(
      @ForAll("meetings") Meeting x,
      @ForAll("blanks") String blank,
      @ForAll("padded") String padded) {
    assertRejected(() -> Meeting.builder().from(x).title(blank).build(), "Meeting.title", blank);
    assertRejected(() -> Meeting.builder().from(x).title(padded).build(), "Meeting.title", padded);
    assertRejected(
        () -> Meeting.builder().from(x).framework(blank).build(), "Meeting.framework", blank);
  }

  @Property
  void meetingsNeedParticipantsStatusAndSources(@ForAll("meetings") Meeting x) {
    assertRejected(
        () -> Meeting.builder().from(x).participants(List.of()).build(),
        "Meeting.participants",
        null);
    assertRejected(
        () -> Meeting.builder().from(x).statusHistory(List.of()).build(),
        "Meeting.statusHistory",
        null);
    assertRejected(
        () -> Meeting.builder().from(x).sources(List.of()).build(), "Meeting.sources", null);
  }

  @Property
  void repeatedMeetingTopicsAreRejected(
      @ForAll("meetings") Meeting x, @ForAll("issueIds") IssueId t) {
    List<IssueId> topics = new ArrayList<>(x.topics());
    topics.remove(t);
    topics.add(t);
    topics.add(0, t);
    assertRejected(
        () -> Meeting.builder().from(x).topics(topics).build(), "Meeting.topics", t.value());
  }

  @Property
  void statusHistoriesGoingBackInTimeAreRejected(
      @ForAll("meetings") Meeting x,
      @ForAll("lateDates") FuzzyDate late,
      @ForAll("earlyDates") FuzzyDate early,
      @ForAll boolean keepHistory) {
    StatusChange first = x.statusHistory().get(0);
    List<StatusChange> history = new ArrayList<>(keepHistory ? x.statusHistory() : List.of());
    history.add(StatusChange.builder().from(first).reported(late).build());
    history.add(StatusChange.builder().from(first).reported(early).build());
    String field = "Meeting.statusHistory[" + (history.size() - 1) + "].reported";
    assertRejected(
        () -> Meeting.builder().from(x).statusHistory(history).build(), field, early.toString());
  }

  @Property
  void quotesAndParaphrasesNeedAText(@ForAll("statements") Statement x, @ForAll boolean quote) {
    StatementMode mode = quote ? StatementMode.QUOTE : StatementMode.PARAPHRASE;
    assertRejected(
        () -> Statement.builder().from(x).mode(mode).text(Optional.empty()).build(),
        "Statement.text",
        null);
  }

  @Property
  void blankStatementTextsAreRejected(
      @ForAll("statements") Statement x, @ForAll boolean quote, @ForAll("blanks") String blank) {
    StatementMode mode = quote ? StatementMode.QUOTE : StatementMode.PARAPHRASE;
    assertRejected(
        () -> Statement.builder().from(x).mode(mode).text(blank).build(), "Statement.text", blank);
  }

  @Property
  void unrecordedStatementsHaveNoText(@ForAll("statements") Statement x) {
    String text = x.text().orElse("Said something");
    assertRejected(
        () -> Statement.builder().from(x).mode(StatementMode.UNRECORDED).text(text).build(),
        "Statement.text",
        text);
  }

  @Property
  void statementsNeedSourcesAndDistinctIssues(
      @ForAll("statements") Statement x, @ForAll("issueIds") IssueId issue) {
    assertRejected(
        () -> Statement.builder().from(x).sources(List.of()).build(), "Statement.sources", null);
    List<IssueId> issues = new ArrayList<>(x.issues());
    issues.remove(issue);
    issues.add(issue);
    issues.add(issue);
    assertRejected(
        () -> Statement.builder().from(x).issues(issues).build(),
        "Statement.issues",
        issue.value());
  }

  @Property
  void conditionalStancesNeedConditions(@ForAll("stances") Stance x) {
    assertRejected(
        () ->
            Stance.builder()
                .from(x)
                .position(StancePosition.CONDITIONAL)
                .conditions(List.of())
                .build(),
        "Stance.conditions",
        null);
  }

  @Property
  void otherStancesHaveNoConditions(
      @ForAll("stances") Stance x, @ForAll("issueIds") IssueId condition) {
    StancePosition position =
        x.position() == StancePosition.CONDITIONAL ? StancePosition.OPPOSES : x.position();
    IssueId other = condition.equals(x.issue()) ? IssueId.of(condition.value() + "-x") : condition;
    assertRejected(
        () -> Stance.builder().from(x).position(position).conditions(List.of(other)).build(),
        "Stance.conditions",
        other.value());
  }

  @Property
  void stancesAreNotConditionalOnTheirOwnIssue(@ForAll("stances") Stance x) {
    List<IssueId> conditions = new ArrayList<>(x.conditions());
    conditions.add(x.issue());
    assertRejected(
        () ->
            Stance.builder()
                .from(x)
                .position(StancePosition.CONDITIONAL)
                .conditions(conditions)
                .build(),
        "Stance.conditions",
        x.issue().value());
  }

  @Property
  void repeatedConditionsAndEvidenceAreRejected(
      @ForAll("stances") Stance x,
      @ForAll("issueIds") IssueId condition,
      @ForAll("statementIds") StatementId evidence) {
    IssueId c = condition.equals(x.issue()) ? IssueId.of(condition.value() + "-x") : condition;
    assertRejected(
        () ->
            Stance.builder()
                .from(x)
                .position(StancePosition.CONDITIONAL)
                .conditions(List.of(c, c))
                .build(),
        "Stance.conditions",
        c.value());
    List<StatementId> repeated = new ArrayList<>(x.evidence());
    repeated.remove(evidence);
    repeated.add(evidence);
    repeated.add(evidence);
    assertRejected(
        () -> Stance.builder().from(x).evidence(repeated).build(),
        "Stance.evidence",
        evidence.value());
  }

  @Property
  void stancesNeedSources(@ForAll("stances") Stance x) {
    assertRejected(
        () -> Stance.builder().from(x).sources(List.of()).build(), "Stance.sources", null);
  }

  @Property
  void issuesAreNotTheirOwnParent(@ForAll("issues") Issue x) {
    assertRejected(
        () -> Issue.builder().from(x).parent(x.id()).build(), "Issue.parent", x.id().value());
  }

  @Property
  void blankIssueLabelsAndDescriptionsAreRejected(
      @ForAll("issues") Issue x, @ForAll("blanks") String blank) {
    assertRejected(() -> Issue.builder().from(x).label(blank).build(), "Issue.label", blank);
    assertRejected(
        () -> Issue.builder().from(x).description(blank).build(), "Issue.description", blank);
  }

  @Property
  void relativeArticleUrlsAreRejected(
      @ForAll("articles") Article x,
      @ForAll("slugs") String path,
      @ForAll("relativePrefixes") String prefix) {
    String relative = prefix + path;
    assertRejected(
        () -> Article.builder().from(x).url(URI.create(relative)).build(), "Article.url", relative);
  }

  @Provide
  Arbitrary<String> relativePrefixes() {
    return Arbitraries.of("", "/", "../", "./news/", "//news.example/", "?q=");
  }

  @Property
  void blankArticleTextsAreRejected(@ForAll("articles") Article x, @ForAll("blanks") String blank) {
    assertRejected(
        () -> Article.builder().from(x).publisher(blank).build(), "Article.publisher", blank);
    assertRejected(
        () -> Article.builder().from(x).headline(blank).build(), "Article.headline", blank);
    assertRejected(() -> Article.builder().from(x).byline(blank).build(), "Article.byline", blank);
  }

  @Example
  void invalidChronicleExceptionsNeedAViolation() {
    assertRejected(
        () -> new InvalidChronicleException(List.of()),
        "InvalidChronicleException.violations",
        null);
  }

  // ---------------------------------------------------------------------------------------------
  // Derived values

  @Property
  void formatFollowsTheNumberOfDistinctStates(@ForAll("meetings") Meeting m) {
    Set<StateId> states = new TreeSet<>();
    for (Participant p : m.participants()) {
      referenceParty(p)
          .filter(StateId.class::isInstance)
          .map(StateId.class::cast)
          .ifPresent(states::add);
    }
    Optional<MeetingFormat> expected;
    switch (states.size()) {
      case 0:
      case 1:
        expected = Optional.empty();
        break;
      case 2:
        expected = Optional.of(MeetingFormat.BILATERAL);
        break;
      case 3:
        expected = Optional.of(MeetingFormat.TRILATERAL);
        break;
      case 4:
        expected = Optional.of(MeetingFormat.QUADRILATERAL);
        break;
      default:
        expected = Optional.of(MeetingFormat.MULTILATERAL);
    }
    Statistics.label("format").collect(expected.map(Enum::name).orElse("none"));
    Statistics.label("format")
        .coverage(
            coverage -> {
              for (MeetingFormat f : MeetingFormat.values()) {
                coverage.check(f.name()).count(c -> c > 0);
              }
            });
    assertEquals(expected, m.format());
    assertEquals(List.copyOf(states), List.copyOf(m.states()));
  }

  @Property
  void levelIsTheHighestCapacity(@ForAll("meetings") Meeting m) {
    Optional<MeetingLevel> expected = Optional.empty();
    for (Participant p : m.participants()) {
      if (p.capacity().isPresent()) {
        MeetingLevel level = referenceLevel(p.capacity().get().role());
        if (expected.isEmpty() || level.ordinal() > expected.get().ordinal()) {
          expected = Optional.of(level);
        }
      }
    }
    Statistics.label("level").collect(expected.map(Enum::name).orElse("none"));
    assertEquals(expected, m.level());
  }

  @Property
  void statusIsTheLastReported(@ForAll("meetings") Meeting m) {
    List<StatusChange> history = m.statusHistory();
    assertEquals(history.get(history.size() - 1).status(), m.status());
  }

  @Property
  void partyFollowsTheDocumentedRule(@ForAll("participants") Participant p) {
    assertEquals(referenceParty(p), p.party());
    boolean noParty = p.party().isEmpty();
    boolean officialAlone =
        p.represents().isEmpty()
            && p.capacity().isEmpty()
            && p.actor().filter(OfficialId.class::isInstance).isPresent();
    assertEquals(officialAlone, noParty);
  }

  // ---------------------------------------------------------------------------------------------
  // Reference implementations and helpers

  /** The party rule as {@link Participant#party()} documents it. */
  private static Optional<PartyRef> referenceParty(Participant p) {
    if (p.represents().isPresent()) {
      return p.represents();
    }
    if (p.capacity().isPresent()) {
      return Optional.of(p.capacity().get().party());
    }
    if (p.actor().isPresent()) {
      ActorRef actor = p.actor().get();
      if (actor instanceof StateId) {
        return Optional.of((StateId) actor);
      }
      if (actor instanceof OrganizationId) {
        return Optional.of((OrganizationId) actor);
      }
    }
    return Optional.empty();
  }

  /** The levels as {@link MeetingLevel} documents them. */
  private static MeetingLevel referenceLevel(PostRole role) {
    switch (role) {
      case HEAD_OF_STATE:
      case HEAD_OF_GOVERNMENT:
      case HEAD_OF_ORGANIZATION:
        return MeetingLevel.SUMMIT;
      case FOREIGN_MINISTER:
      case DEFENSE_MINISTER:
      case MINISTER:
        return MeetingLevel.MINISTERIAL;
      case DEPUTY_FOREIGN_MINISTER:
      case INTELLIGENCE_CHIEF:
      case CHIEF_OF_GENERAL_STAFF:
      case MILITARY_COMMANDER:
      case SPECIAL_ENVOY:
      case AMBASSADOR:
        return MeetingLevel.SENIOR_OFFICIALS;
      default:
        return MeetingLevel.WORKING;
    }
  }

  private static void assertValueSemantics(Object value, Object copy) {
    assertEquals(value, value);
    assertEquals(value, copy);
    assertEquals(copy, value);
    assertEquals(value.hashCode(), copy.hashCode());
    assertFalse(value.equals(null));
    assertFalse(value.equals(new Object()));
    assertNotNull(value.toString());
    assertEquals(value.toString(), copy.toString());
    assertEquals(value.toString(), value.toString());
  }

  /**
   * Asserts that {@code build} throws an {@link IllegalArgumentException} whose message names
   * {@code field} as the invalid field and, when {@code badText} is given, quotes it.
   */
  private static void assertRejected(Executable build, String field, String badText) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    String message = e.getMessage();
    assertNotNull(message);
    assertTrue(
        message.startsWith("Invalid " + field + " "),
        () -> "expected a message about " + field + ", got: " + message);
    if (badText != null) {
      assertTrue(
          message.contains(badText),
          () -> "expected the message to quote '" + badText + "', got: " + message);
    }
  }

  private static Function<String, TypedId<?>> factoryFor(TypedId<?> id) {
    if (id instanceof StateId) {
      return StateId::of;
    } else if (id instanceof OfficialId) {
      return OfficialId::of;
    } else if (id instanceof OrganizationId) {
      return OrganizationId::of;
    } else if (id instanceof MeetingId) {
      return MeetingId::of;
    } else if (id instanceof StatementId) {
      return StatementId::of;
    } else if (id instanceof StanceId) {
      return StanceId::of;
    } else if (id instanceof IssueId) {
      return IssueId::of;
    } else if (id instanceof EventId) {
      return EventId::of;
    } else {
      return ArticleId::of;
    }
  }

  private static TypedId<?> copyOf(TypedId<?> id) {
    return factoryFor(id).apply(new String(id.value().toCharArray()));
  }

  /** A deep copy built through the public factories. */
  private static ExtensionValue copyOf(ExtensionValue v) {
    if (v instanceof ExtensionValue.StringValue) {
      return ExtensionValue.of(new String(((ExtensionValue.StringValue) v).value().toCharArray()));
    } else if (v instanceof ExtensionValue.NumberValue) {
      BigDecimal n = ((ExtensionValue.NumberValue) v).value();
      return ExtensionValue.of(new BigDecimal(n.unscaledValue(), n.scale()));
    } else if (v instanceof ExtensionValue.BooleanValue) {
      return ExtensionValue.of(((ExtensionValue.BooleanValue) v).value());
    } else if (v instanceof ExtensionValue.ListValue) {
      List<ExtensionValue> copies = new ArrayList<>();
      ((ExtensionValue.ListValue) v).values().forEach(e -> copies.add(copyOf(e)));
      return ExtensionValue.ofList(copies);
    } else if (v instanceof ExtensionValue.MapValue) {
      Map<String, ExtensionValue> copies = new LinkedHashMap<>();
      ((ExtensionValue.MapValue) v).values().forEach((k, e) -> copies.put(k, copyOf(e)));
      return ExtensionValue.ofMap(copies);
    } else {
      return ExtensionValue.ofNull();
    }
  }

  private static Object rebuild(Entity<?> e) {
    return withExtensions(e, e.extensions());
  }

  /** Rebuilds {@code e} through its builder, with the given extensions. */
  private static Object withExtensions(Entity<?> e, Map<String, ExtensionValue> extensions) {
    if (e instanceof State) {
      return State.builder().from((State) e).extensions(extensions).build();
    } else if (e instanceof Official) {
      return Official.builder().from((Official) e).extensions(extensions).build();
    } else if (e instanceof Organization) {
      return Organization.builder().from((Organization) e).extensions(extensions).build();
    } else if (e instanceof Meeting) {
      return Meeting.builder().from((Meeting) e).extensions(extensions).build();
    } else if (e instanceof Statement) {
      return Statement.builder().from((Statement) e).extensions(extensions).build();
    } else if (e instanceof Stance) {
      return Stance.builder().from((Stance) e).extensions(extensions).build();
    } else if (e instanceof Issue) {
      return Issue.builder().from((Issue) e).extensions(extensions).build();
    } else if (e instanceof Event) {
      return Event.builder().from((Event) e).extensions(extensions).build();
    } else {
      return Article.builder().from((Article) e).extensions(extensions).build();
    }
  }

  private static Named rename(Named x, String name, List<String> otherNames) {
    if (x instanceof State) {
      return State.builder().from((State) x).name(name).otherNames(otherNames).build();
    } else if (x instanceof Official) {
      return Official.builder().from((Official) x).name(name).otherNames(otherNames).build();
    } else {
      return Organization.builder()
          .from((Organization) x)
          .name(name)
          .otherNames(otherNames)
          .build();
    }
  }

  /** The type name the validation messages use: State, Official, Meeting, … */
  private static String typeName(Object x) {
    if (x instanceof Entity<?> e) {
      return e.recordKind().type().getSimpleName();
    }
    throw new IllegalArgumentException("not a record: " + x);
  }
}
