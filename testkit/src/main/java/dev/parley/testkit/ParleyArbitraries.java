package dev.parley.testkit;

import static java.util.Objects.requireNonNull;

import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Identifier;
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
import dev.parley.core.ParticipantRole;
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
import dev.parley.core.StatementChannel;
import dev.parley.core.StatementId;
import dev.parley.core.StatementMode;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import dev.parley.core.TypedId;
import dev.parley.core.Violation;
import dev.parley.core.time.FuzzyDate;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders.BuilderCombinator;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of every public type of the Parley model, for property tests.
 *
 * <p>Every generator yields valid values only: values that build without an exception. Entity and
 * value generators such as {@link #meetings()} or {@link #stances()} are standalone: the ids they
 * refer to are arbitrary and need not exist anywhere, since a meeting is a value, not a chronicle.
 * {@link #chronicles()} generates whole chronicles whose references all resolve, so that they build
 * without violations.
 *
 * <p>Generators are built from small pieces ({@link Combinators#combine}, {@link
 * Builders#withBuilder}, {@link Arbitrary#flatMap}) and shrink toward small, readable values: ids
 * such as {@code a} or {@code a-a}, the state {@code TUR}, names such as {@code A}, short lists and
 * absent optional attributes. Dates come from {@link FuzzyDateArbitraries}.
 *
 * <pre>{@code
 * @Property
 * void meetingsRebuildEqual(@ForAll("meetings") Meeting m) {
 *   assertEquals(m, Meeting.builder().from(m).build());
 * }
 *
 * @Provide
 * Arbitrary<Meeting> meetings() {
 *   return ParleyArbitraries.meetings();
 * }
 * }</pre>
 */
public final class ParleyArbitraries {

  /** The characters of a slug word, simplest first (jqwik shrinks toward the first). */
  private static final String SLUG_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

  /** The letters of generated names and texts, simplest first. */
  private static final String NAME_LETTERS = "abcdefghijklmnopqrstuvwxyzçğıöşüéñ";

  /** The longest slug a typed id accepts. */
  private static final int MAX_SLUG_LENGTH = 128;

  /** State codes that generated state ids favour, so that states repeat; the first is simplest. */
  private static final List<String> COMMON_STATE_CODES =
      List.of("TUR", "RUS", "IRN", "SYR", "USA", "FRA", "CHN", "GBR");

  /** Schemes that generated identifiers favour. */
  private static final List<String> COMMON_SCHEMES = List.of("wikidata", "viaf", "geonames");

  /** The kinds of record a {@link Violation} may name. */
  private static final List<String> RECORD_KINDS =
      List.of(
          "state",
          "official",
          "organization",
          "meeting",
          "statement",
          "stance",
          "issue",
          "article");

  /** Code points of generated excerpts: mostly ASCII, some other BMP, some supplementary. */
  private static final List<Integer> ASCII_CODE_POINTS =
      "abcdefghijklmnopqrstuvwxyz ,.".codePoints().boxed().collect(Collectors.toList());

  private static final List<Integer> BMP_CODE_POINTS =
      "üşğıéñاسد中文".codePoints().boxed().collect(Collectors.toList());

  private static final List<Integer> SUPPLEMENTARY_CODE_POINTS =
      "😀🇹𝔸𐍈".codePoints().boxed().collect(Collectors.toList());

  private ParleyArbitraries() {}

  /**
   * Arbitraries shared by the generators, built once: jqwik memoizes generators per arbitrary, and
   * building arbitrary graphs anew inside {@code flatMap} for every value is slow. Fields are
   * initialized in textual order, each after those it uses.
   */
  private static final class Shared {
    static final Arbitrary<String> SLUGS = buildSlugs();
    static final Arbitrary<String> NAMES = buildNames();
    static final Arbitrary<String> TEXTS = buildTexts();
    static final Arbitrary<FuzzyDate> DATES =
        FuzzyDateArbitraries.fuzzyDates(
            ChronicleOptions.DEFAULT_FIRST_YEAR, ChronicleOptions.DEFAULT_LAST_YEAR);
    static final Arbitrary<StateId> STATE_IDS = buildStateIds();
    static final Arbitrary<OfficialId> OFFICIAL_IDS = SLUGS.map(OfficialId::of);
    static final Arbitrary<OrganizationId> ORGANIZATION_IDS = SLUGS.map(OrganizationId::of);
    static final Arbitrary<MeetingId> MEETING_IDS = SLUGS.map(MeetingId::of);
    static final Arbitrary<StatementId> STATEMENT_IDS = SLUGS.map(StatementId::of);
    static final Arbitrary<StanceId> STANCE_IDS = SLUGS.map(StanceId::of);
    static final Arbitrary<IssueId> ISSUE_IDS = SLUGS.map(IssueId::of);
    static final Arbitrary<ArticleId> ARTICLE_IDS = SLUGS.map(ArticleId::of);
    static final Arbitrary<ActorRef> ACTOR_REFS =
        Arbitraries.oneOf(
            List.of(
                STATE_IDS.map(ActorRef.class::cast),
                OFFICIAL_IDS.map(ActorRef.class::cast),
                ORGANIZATION_IDS.map(ActorRef.class::cast)));
    static final Arbitrary<PartyRef> PARTY_REFS =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(2, STATE_IDS.map(PartyRef.class::cast)),
                Tuple.of(1, ORGANIZATION_IDS.map(PartyRef.class::cast))));
    static final Arbitrary<Identifier> IDENTIFIERS = buildIdentifiers();
    static final Arbitrary<List<Identifier>> IDENTIFIER_LISTS =
        IDENTIFIERS.list().uniqueElements().ofMaxSize(2);
    static final Arbitrary<Naming> NAMINGS = buildNamings();
    static final Arbitrary<String> EXTENSION_KEYS = buildExtensionKeys();
    static final Arbitrary<ExtensionValue> EXTENSION_SCALARS = buildExtensionScalars();
    static final Arbitrary<Map<String, ExtensionValue>> EXTENSION_MAPS =
        Arbitraries.maps(EXTENSION_KEYS, extensionValues(1)).ofMaxSize(3);
    static final Arbitrary<URI> URLS =
        Combinators.combine(
                Arbitraries.of("https://news.example/", "http://example.org/2023/", "urn:article:"),
                SLUGS)
            .as((prefix, slug) -> URI.create(prefix + slug));
    static final Map<Integer, Arbitrary<String>> EXCERPTS = new ConcurrentHashMap<>();
    static final Map<String, Arbitrary<List<FuzzyDate>>> HANDOVER_TERMS =
        new ConcurrentHashMap<>();
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  /**
   * Lower-case slugs: one to three words of {@code a-z} and {@code 0-9} joined by single hyphens,
   * and now and then a slug of 100 to 128 characters, the longest typed ids accept.
   *
   * @return an arbitrary of slugs, shrinking toward {@code "a"}
   */
  public static Arbitrary<String> slugs() {
    return Shared.SLUGS;
  }

  private static Arbitrary<String> buildSlugs() {
    Arbitrary<String> word =
        Arbitraries.of(characters(SLUG_CHARACTERS))
            .list()
            .ofMinSize(1)
            .ofMaxSize(6)
            .map(ParleyArbitraries::join);
    Arbitrary<String> usual =
        word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join("-", words));
    Arbitrary<String> longest =
        Arbitraries.strings()
            .withChars(SLUG_CHARACTERS)
            .ofMinLength(MAX_SLUG_LENGTH - 28)
            .ofMaxLength(MAX_SLUG_LENGTH)
            // Rare: not among the edge cases jqwik tries first.
            .withoutEdgeCases();
    return Arbitraries.frequencyOf(List.of(Tuple.of(19, usual), Tuple.of(1, longest)));
  }

  /**
   * Names as people, states and bodies have them: one to three capitalized words of Latin and
   * Turkish letters joined by single spaces; never blank, never padded with white space.
   *
   * @return an arbitrary of names, shrinking toward {@code "A"}
   */
  public static Arbitrary<String> names() {
    return Shared.NAMES;
  }

  private static Arbitrary<String> buildNames() {
    Arbitrary<String> word = words(7).map(ParleyArbitraries::capitalize);
    return word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
  }

  /**
   * Short free texts, such as titles, labels, descriptions and what a statement said: one to eight
   * words joined by single spaces, the first capitalized, sometimes ending in a full stop; never
   * blank, never padded with white space.
   *
   * @return an arbitrary of texts, shrinking toward {@code "A"}
   */
  public static Arbitrary<String> texts() {
    return Shared.TEXTS;
  }

  private static Arbitrary<String> buildTexts() {
    return Combinators.combine(words(9).list().ofMinSize(1).ofMaxSize(8), Arbitraries.of("", "."))
        .as((words, end) -> capitalize(String.join(" ", words)) + end);
  }

  /**
   * Texts of exactly {@code codePoints} Unicode code points, mostly ASCII but also other BMP
   * characters and supplementary ones (emoji, mathematical letters) that take two UTF-16 units: for
   * {@link SourceRef#excerpt()}, which is measured in code points.
   *
   * @param codePoints the number of code points, at least 0
   * @return an arbitrary of texts of that many code points, shrinking toward {@code "aaa…"}
   * @throws IllegalArgumentException if {@code codePoints} is negative
   */
  public static Arbitrary<String> excerpts(int codePoints) {
    if (codePoints < 0) {
      throw new IllegalArgumentException("codePoints must not be negative: " + codePoints);
    }
    return Shared.EXCERPTS.computeIfAbsent(codePoints, ParleyArbitraries::buildExcerpts);
  }

  private static Arbitrary<String> buildExcerpts(int codePoints) {
    Arbitrary<Integer> codePoint =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(8, Arbitraries.of(ASCII_CODE_POINTS)),
                Tuple.of(1, Arbitraries.of(BMP_CODE_POINTS)),
                Tuple.of(1, Arbitraries.of(SUPPLEMENTARY_CODE_POINTS))));
    return codePoint
        .list()
        .ofSize(codePoints)
        .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, codePoints));
  }

  // ---------------------------------------------------------------------------------------------
  // Ids and references

  /**
   * State ids: mostly common codes ({@code TUR}, {@code RUS}, {@code IRN}, …) so that states repeat
   * among a meeting's participants, sometimes any three upper-case letters.
   *
   * @return an arbitrary of state ids, shrinking toward {@code TUR}
   */
  public static Arbitrary<StateId> stateIds() {
    return Shared.STATE_IDS;
  }

  private static Arbitrary<StateId> buildStateIds() {
    Arbitrary<String> common = Arbitraries.of(COMMON_STATE_CODES);
    Arbitrary<String> any = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
    return Arbitraries.frequencyOf(List.of(Tuple.of(3, common), Tuple.of(1, any))).map(StateId::of);
  }

  /**
   * Official ids, from {@link #slugs()}.
   *
   * @return an arbitrary of official ids, shrinking toward {@code a}
   */
  public static Arbitrary<OfficialId> officialIds() {
    return Shared.OFFICIAL_IDS;
  }

  /**
   * Organization ids, from {@link #slugs()}.
   *
   * @return an arbitrary of organization ids, shrinking toward {@code a}
   */
  public static Arbitrary<OrganizationId> organizationIds() {
    return Shared.ORGANIZATION_IDS;
  }

  /**
   * Meeting ids, from {@link #slugs()}.
   *
   * @return an arbitrary of meeting ids, shrinking toward {@code a}
   */
  public static Arbitrary<MeetingId> meetingIds() {
    return Shared.MEETING_IDS;
  }

  /**
   * Statement ids, from {@link #slugs()}.
   *
   * @return an arbitrary of statement ids, shrinking toward {@code a}
   */
  public static Arbitrary<StatementId> statementIds() {
    return Shared.STATEMENT_IDS;
  }

  /**
   * Stance ids, from {@link #slugs()}.
   *
   * @return an arbitrary of stance ids, shrinking toward {@code a}
   */
  public static Arbitrary<StanceId> stanceIds() {
    return Shared.STANCE_IDS;
  }

  /**
   * Issue ids, from {@link #slugs()}.
   *
   * @return an arbitrary of issue ids, shrinking toward {@code a}
   */
  public static Arbitrary<IssueId> issueIds() {
    return Shared.ISSUE_IDS;
  }

  /**
   * Article ids, from {@link #slugs()}.
   *
   * @return an arbitrary of article ids, shrinking toward {@code a}
   */
  public static Arbitrary<ArticleId> articleIds() {
    return Shared.ARTICLE_IDS;
  }

  /**
   * Ids of every kind: state, official, organization, meeting, statement, stance, issue and article
   * ids, in about equal shares.
   *
   * @return an arbitrary of typed ids
   */
  public static Arbitrary<TypedId<?>> typedIds() {
    List<Arbitrary<TypedId<?>>> kinds =
        List.of(
            stateIds().map(id -> id),
            officialIds().map(id -> id),
            organizationIds().map(id -> id),
            meetingIds().map(id -> id),
            statementIds().map(id -> id),
            stanceIds().map(id -> id),
            issueIds().map(id -> id),
            articleIds().map(id -> id));
    return Arbitraries.oneOf(kinds);
  }

  /**
   * Actor references: state, official and organization ids in about equal shares.
   *
   * @return an arbitrary of actor references
   */
  public static Arbitrary<ActorRef> actorRefs() {
    return Shared.ACTOR_REFS;
  }

  /**
   * Party references: state ids (two in three) and organization ids.
   *
   * @return an arbitrary of party references
   */
  public static Arbitrary<PartyRef> partyRefs() {
    return Shared.PARTY_REFS;
  }

  /**
   * External identifiers: mostly Wikidata-like ({@code wikidata:Q43}), sometimes any valid scheme
   * with a value that may hold colons, spaces and non-ASCII letters.
   *
   * @return an arbitrary of identifiers, shrinking toward {@code wikidata:Q0}
   */
  public static Arbitrary<Identifier> identifiers() {
    return Shared.IDENTIFIERS;
  }

  private static Arbitrary<Identifier> buildIdentifiers() {
    Arbitrary<String> anyScheme =
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                Arbitraries.strings().withChars("abcxyz0189.+-").ofMaxLength(6))
            .as(String::concat);
    Arbitrary<String> schemes =
        Arbitraries.frequencyOf(
            List.of(Tuple.of(3, Arbitraries.of(COMMON_SCHEMES)), Tuple.of(1, anyScheme)));
    Arbitrary<String> itemValues = Arbitraries.integers().between(0, 10_000_000).map(n -> "Q" + n);
    Arbitrary<String> anyValues =
        Arbitraries.strings()
            .withChars("ABCxyz019:/_.-ü")
            .ofMinLength(1)
            .ofMaxLength(5)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(tokens -> String.join(" ", tokens));
    Arbitrary<String> values =
        Arbitraries.frequencyOf(List.of(Tuple.of(3, itemValues), Tuple.of(1, anyValues)));
    return Combinators.combine(schemes, values).as(Identifier::of);
  }

  // ---------------------------------------------------------------------------------------------
  // Extensions

  /**
   * Extension values nested at most two levels deep: strings, numbers (with scales, so {@code 1}
   * and {@code 1.0} both occur), booleans, null, and lists and maps of up to two elements.
   *
   * @return an arbitrary of extension values, shrinking toward a short string
   */
  public static Arbitrary<ExtensionValue> extensionValues() {
    return extensionValues(2);
  }

  /**
   * Extension values nested at most {@code maxDepth} levels deep; depth 0 gives scalars only.
   *
   * @param maxDepth how many levels of lists and maps may nest, at least 0
   * @return an arbitrary of extension values
   * @throws IllegalArgumentException if {@code maxDepth} is negative
   */
  public static Arbitrary<ExtensionValue> extensionValues(int maxDepth) {
    if (maxDepth < 0) {
      throw new IllegalArgumentException("maxDepth must not be negative: " + maxDepth);
    }
    Arbitrary<ExtensionValue> scalars = Shared.EXTENSION_SCALARS;
    if (maxDepth == 0) {
      return scalars;
    }
    Arbitrary<ExtensionValue> inner = extensionValues(maxDepth - 1);
    Arbitrary<ExtensionValue> lists =
        inner.list().ofMaxSize(2).map(values -> ExtensionValue.ofList(values));
    Arbitrary<ExtensionValue> maps =
        Arbitraries.maps(Shared.EXTENSION_KEYS, inner)
            .ofMaxSize(2)
            .map(values -> ExtensionValue.ofMap(values));
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(4, scalars), Tuple.of(1, lists), Tuple.of(1, maps)));
  }

  /**
   * Extension maps as entities carry them: up to three entries with non-empty keys, whose values
   * nest at most one level deep (a list or map of scalars).
   *
   * @return an arbitrary of extension maps, shrinking toward the empty map
   */
  public static Arbitrary<Map<String, ExtensionValue>> extensionMaps() {
    return Shared.EXTENSION_MAPS;
  }

  /**
   * Non-empty extension keys: mostly short lower-case words, sometimes any text.
   *
   * @return an arbitrary of keys, shrinking toward {@code "a"}
   */
  public static Arbitrary<String> extensionKeys() {
    return Shared.EXTENSION_KEYS;
  }

  private static Arbitrary<String> buildExtensionKeys() {
    Arbitrary<String> words =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> any = Arbitraries.strings().ofMinLength(1).ofMaxLength(6);
    return Arbitraries.frequencyOf(List.of(Tuple.of(4, words), Tuple.of(1, any)));
  }

  private static Arbitrary<ExtensionValue> buildExtensionScalars() {
    Arbitrary<ExtensionValue> strings =
        Arbitraries.strings().ofMaxLength(8).map(s -> ExtensionValue.of(s));
    Arbitrary<ExtensionValue> numbers =
        Combinators.combine(
                Arbitraries.longs().between(-1_000_000, 1_000_000),
                Arbitraries.integers().between(0, 3))
            .as((unscaled, scale) -> ExtensionValue.of(BigDecimal.valueOf(unscaled, scale)));
    Arbitrary<ExtensionValue> booleans = Arbitraries.of(false, true).map(b -> ExtensionValue.of(b));
    Arbitrary<ExtensionValue> nulls = Arbitraries.just(ExtensionValue.ofNull());
    return Arbitraries.oneOf(List.of(strings, numbers, booleans, nulls));
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  /**
   * Source references into arbitrary articles, with and without an excerpt; an excerpt has exactly
   * {@code end - start} code points, some of them supplementary characters.
   *
   * @return an arbitrary of source references, shrinking toward {@code a[0,1)}
   */
  public static Arbitrary<SourceRef> sourceRefs() {
    return sourceRefs(articleIds());
  }

  /**
   * Source references into the given articles, with and without an excerpt.
   *
   * @param articles the articles to point into
   * @return an arbitrary of source references
   * @throws NullPointerException if {@code articles} is null
   */
  public static Arbitrary<SourceRef> sourceRefs(Arbitrary<ArticleId> articles) {
    requireNonNull(articles, "articles");
    Arbitrary<Integer> starts = Arbitraries.integers().between(0, 1_000_000).shrinkTowards(0);
    Arbitrary<Integer> lengths = Arbitraries.integers().between(1, 40);
    return Combinators.combine(articles, starts, lengths)
        .flatAs(
            (article, start, length) ->
                excerpts(length)
                    .optional(0.5)
                    .map(
                        excerpt ->
                            SourceRef.builder()
                                .article(article)
                                .start(start)
                                .end(start + length)
                                .excerpt(excerpt)
                                .build()));
  }

  /**
   * Posts in arbitrary parties, of every role; {@link PostRole#MINISTER} and {@link PostRole#OTHER}
   * always with a title, other roles sometimes.
   *
   * @return an arbitrary of posts, shrinking toward a head of state of {@code TUR}
   */
  public static Arbitrary<Post> posts() {
    return posts(partyRefs());
  }

  /**
   * Posts belonging to the given parties.
   *
   * @param parties the parties posts belong to
   * @return an arbitrary of posts
   * @throws NullPointerException if {@code parties} is null
   */
  public static Arbitrary<Post> posts(Arbitrary<PartyRef> parties) {
    requireNonNull(parties, "parties");
    return Combinators.combine(
            Arbitraries.of(PostRole.class), parties, names(), Arbitraries.of(false, true))
        .as(
            (role, party, title, titled) -> {
              Post.Builder post = Post.builder().role(role).party(party);
              if (titled || role == PostRole.MINISTER || role == PostRole.OTHER) {
                post.title(title);
              }
              return post.build();
            });
  }

  /**
   * Tenures of arbitrary posts, with terms of every shape and article sources, reference-work
   * references or both.
   *
   * @return an arbitrary of tenures
   */
  public static Arbitrary<Tenure> tenures() {
    Arbitrary<ArticleId> articles = articleIds();
    return Combinators.combine(posts(), dates(), provenances(articles))
        .as((post, term, provenance) -> provenance.tenure(post, term));
  }

  /**
   * Places: a city, a state or both, settled or tentative.
   *
   * @return an arbitrary of places, shrinking toward the settled city {@code A}
   */
  public static Arbitrary<Place> places() {
    return places(Pool.unbounded(stateIds()));
  }

  /**
   * Speakers, named or anonymous in about equal shares.
   *
   * @return an arbitrary of speakers
   */
  public static Arbitrary<Speaker> speakers() {
    return speakers(Refs.any());
  }

  /**
   * Named speakers: an actor, sometimes with an affiliation and a description as well.
   *
   * @return an arbitrary of named speakers
   */
  public static Arbitrary<Speaker> namedSpeakers() {
    return namedSpeakers(Refs.any());
  }

  /**
   * Anonymous speakers: an affiliation and a description, no actor.
   *
   * @return an arbitrary of anonymous speakers
   */
  public static Arbitrary<Speaker> anonymousSpeakers() {
    return anonymousSpeakers(Refs.any());
  }

  /**
   * Participants of all three shapes: an actor only, a capacity only, or both; each sometimes with
   * a represented party and a role other than {@link ParticipantRole#MEMBER}.
   *
   * @return an arbitrary of participants
   */
  public static Arbitrary<Participant> participants() {
    return participants(Refs.any());
  }

  /**
   * Status changes of every status, with one or two sources and sometimes a scheduled date.
   *
   * @return an arbitrary of status changes
   */
  public static Arbitrary<StatusChange> statusChanges() {
    return statusChanges(Pool.unbounded(articleIds()), dates());
  }

  /**
   * Violations naming a kind of record, an id, a field path such as {@code participants[0].actor}
   * and a message.
   *
   * @return an arbitrary of violations
   */
  public static Arbitrary<Violation> violations() {
    Arbitrary<String> fields =
        Combinators.combine(
                Arbitraries.of("id", "participants", "sources", "evidence", "tenures", "parent"),
                Arbitraries.integers().between(0, 3).optional(0.5),
                Arbitraries.of("", ".actor", ".article", ".term"))
            .as((name, index, tail) -> name + index.map(i -> "[" + i + "]").orElse("") + tail);
    return Combinators.combine(Arbitraries.of(RECORD_KINDS), slugs(), fields, texts())
        .as(Violation::of);
  }

  // ---------------------------------------------------------------------------------------------
  // Entities

  /**
   * States with other names, a capital, identifiers and extensions, each sometimes.
   *
   * @return an arbitrary of states
   */
  public static Arbitrary<State> states() {
    return states(stateIds());
  }

  /**
   * Officials with other names, identifiers, tenures and extensions, each sometimes; tenures of one
   * office never overlap.
   *
   * @return an arbitrary of officials
   */
  public static Arbitrary<Official> officials() {
    return officials(officialIds(), Refs.any());
  }

  /**
   * Organizations of every kind, sometimes belonging to a state.
   *
   * @return an arbitrary of organizations
   */
  public static Arbitrary<Organization> organizations() {
    return organizations(organizationIds(), Refs.any());
  }

  /**
   * Meetings with one to six participants, one to three status changes in date order, and sometimes
   * a place, a host, a framework, topics and extensions.
   *
   * @return an arbitrary of meetings
   */
  public static Arbitrary<Meeting> meetings() {
    return meetings(meetingIds(), Refs.any(), 6);
  }

  /**
   * Statements of all three modes, with a text exactly when the mode is not {@link
   * StatementMode#UNRECORDED}, by named and anonymous speakers.
   *
   * @return an arbitrary of statements
   */
  public static Arbitrary<Statement> statements() {
    return statements(statementIds(), Refs.any());
  }

  /**
   * Stances of every position: {@link StancePosition#CONDITIONAL} ones with one or two conditions
   * other than their issue, all others with none.
   *
   * @return an arbitrary of stances
   */
  public static Arbitrary<Stance> stances() {
    return stances(stanceIds(), Refs.any());
  }

  /**
   * Issues, sometimes with a description and a parent other than themselves.
   *
   * @return an arbitrary of issues
   */
  public static Arbitrary<Issue> issues() {
    return Combinators.combine(
            issues(issueIds(), Arbitraries.just(Optional.empty())), issueIds().optional(0.5))
        .as(
            (issue, parent) ->
                Issue.builder()
                    .from(issue)
                    .parent(parent.filter(p -> !p.equals(issue.id())))
                    .build());
  }

  /**
   * Articles, sometimes with a publisher, headline, byline, publication date, absolute URL and
   * extensions.
   *
   * @return an arbitrary of articles
   */
  public static Arbitrary<Article> articles() {
    return articles(articleIds(), dates());
  }

  // ---------------------------------------------------------------------------------------------
  // Chronicles

  /**
   * Referentially consistent chronicles of the {@linkplain ChronicleOptions#defaults() default
   * sizes}, which build without violations.
   *
   * @return an arbitrary of chronicles, shrinking toward the empty chronicle
   */
  public static Arbitrary<Chronicle> chronicles() {
    return chronicles(ChronicleOptions.defaults());
  }

  /**
   * Referentially consistent chronicles of default sizes with at most {@code maxMeetings} meetings.
   *
   * @param maxMeetings the most meetings to generate, at least 0
   * @return an arbitrary of chronicles
   * @throws IllegalArgumentException if {@code maxMeetings} is negative
   */
  public static Arbitrary<Chronicle> chronicles(int maxMeetings) {
    return chronicles(ChronicleOptions.defaults().withMaxMeetings(maxMeetings));
  }

  /**
   * Referentially consistent chronicles, which build without violations.
   *
   * <p>Records of every kind are generated with unique ids of their own, and with references to
   * placeholder ids; a final step maps every placeholder onto an id of the chronicle's records of
   * the right kind: participants, hosts, places, topics, speakers, a statement's meeting, stance
   * holders, issues, conditions and evidence, every source's article, organizations' states and
   * tenures' posts. References that cannot be mapped because the chronicle has no record of their
   * kind are dropped where optional; a record that needs one (a meeting needs an actor and an
   * article) is dropped. Issue parents sort before their children, so the hierarchy is a forest. An
   * official holds each post either once, with a term of any shape, or several times in terms that
   * hand over on a shared day ({@code 2001-01-01/2003-05-10}, {@code 2003-05-10/..}), so tenures
   * never overlap. As no part depends on another's generated value, each shrinks on its own: fewer
   * records, smaller ids, references to the first id of each kind.
   *
   * @param options the sizes to generate
   * @return an arbitrary of chronicles, shrinking toward the empty chronicle
   * @throws NullPointerException if {@code options} is null
   */
  public static Arbitrary<Chronicle> chronicles(ChronicleOptions options) {
    requireNonNull(options, "options");
    Refs refs = Refs.placeholders(options.firstYear(), options.lastYear());
    int min = options.minPerPool();
    int max = options.maxPerKind();
    Arbitrary<Tuple.Tuple2<Issue, Optional<Integer>>> issues =
        Combinators.combine(
                issues(issueIds(), Arbitraries.just(Optional.empty())),
                Arbitraries.integers().between(0, Placeholders.COUNT - 1).optional(0.5))
            .as(Tuple::of);
    return Combinators.combine(
            records(states(stateIds()), State::id, min, max),
            records(officials(officialIds(), refs), Official::id, min, max),
            records(organizations(organizationIds(), refs), Organization::id, min, max),
            records(
                meetings(meetingIds(), refs, options.maxParticipants()),
                Meeting::id,
                0,
                options.maxMeetings()),
            records(statements(statementIds(), refs), Statement::id, 0, max),
            records(stances(stanceIds(), refs), Stance::id, 0, max),
            records(issues, t -> t.get1().id(), min, max),
            records(articles(articleIds(), refs.dates), Article::id, min, max))
        .as(
            (states,
                officials,
                organizations,
                meetings,
                statements,
                stances,
                issueList,
                articles) ->
                new Mapping(states, officials, organizations, issueList, articles)
                    .chronicle(meetings, statements, stances));
  }

  /** Lists of records with different ids, in about equal shares of each size. */
  private static <R> Arbitrary<List<R>> records(
      Arbitrary<R> records, Function<R, Object> id, int min, int max) {
    return records
        .list()
        .uniqueElements(id)
        .ofMinSize(min)
        .ofMaxSize(max)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  private static <R> Arbitrary<List<R>> all(List<Arbitrary<R>> arbitraries) {
    if (arbitraries.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    return Combinators.combine(arbitraries).as(List::copyOf);
  }

  // ---------------------------------------------------------------------------------------------
  // Generators over references

  /**
   * Where generated records find the ids they refer to: arbitrary ids for standalone values, or the
   * {@link Placeholders} of a chronicle's records.
   */
  private static final class Refs {
    final Pool<StateId> states;
    final Pool<PartyRef> parties;
    final Pool<ActorRef> actors;
    final Pool<IssueId> issues;
    final Pool<ArticleId> articles;
    final Pool<MeetingId> meetings;
    final Pool<StatementId> statements;
    final Arbitrary<FuzzyDate> dates;
    final Year firstYear;
    final Year lastYear;

    private Refs(
        Pool<StateId> states,
        Pool<PartyRef> parties,
        Pool<ActorRef> actors,
        Pool<IssueId> issues,
        Pool<ArticleId> articles,
        Pool<MeetingId> meetings,
        Pool<StatementId> statements,
        Arbitrary<FuzzyDate> dates,
        Year firstYear,
        Year lastYear) {
      this.states = states;
      this.parties = parties;
      this.actors = actors;
      this.issues = issues;
      this.articles = articles;
      this.meetings = meetings;
      this.statements = statements;
      this.dates = dates;
      this.firstYear = firstYear;
      this.lastYear = lastYear;
    }

    static Refs any() {
      return new Refs(
          Pool.unbounded(stateIds()),
          Pool.unbounded(partyRefs()),
          Pool.unbounded(actorRefs()),
          Pool.unbounded(issueIds()),
          Pool.unbounded(articleIds()),
          Pool.unbounded(meetingIds()),
          Pool.unbounded(statementIds()),
          dates(),
          ChronicleOptions.DEFAULT_FIRST_YEAR,
          ChronicleOptions.DEFAULT_LAST_YEAR);
    }

    static Refs placeholders(Year firstYear, Year lastYear) {
      return new Refs(
          Pool.of(Placeholders.STATES),
          Pool.of(Placeholders.PARTIES),
          Pool.of(Placeholders.ACTORS),
          Pool.of(Placeholders.ISSUES),
          Pool.of(Placeholders.ARTICLES),
          Pool.of(Placeholders.MEETINGS),
          Pool.of(Placeholders.STATEMENTS),
          datesBetween(firstYear, lastYear),
          firstYear,
          lastYear);
    }
  }

  /**
   * The ids that records of a chronicle refer to while generated; {@link Mapping} maps the {@code
   * i}-th placeholder of a kind onto the chronicle's {@code i mod n}-th id of that kind.
   */
  private static final class Placeholders {
    static final int COUNT = 12;
    static final List<StateId> STATES = placeholders(i -> StateId.of("AA" + (char) ('A' + i)));
    static final List<PartyRef> PARTIES = placeholders(i -> OrganizationId.of("party-" + i));
    static final List<ActorRef> ACTORS = placeholders(i -> OfficialId.of("actor-" + i));
    static final List<IssueId> ISSUES = placeholders(i -> IssueId.of("issue-" + i));
    static final List<ArticleId> ARTICLES = placeholders(i -> ArticleId.of("article-" + i));
    static final List<MeetingId> MEETINGS = placeholders(i -> MeetingId.of("meeting-" + i));
    static final List<StatementId> STATEMENTS = placeholders(i -> StatementId.of("statement-" + i));

    private static <T> List<T> placeholders(java.util.function.IntFunction<T> placeholder) {
      List<T> list = new ArrayList<>();
      for (int i = 0; i < COUNT; i++) {
        list.add(placeholder.apply(i));
      }
      return List.copyOf(list);
    }

    /** Maps a placeholder of {@code placeholders} onto a member of {@code pool}, if it has any. */
    static <P, T> Optional<T> map(List<P> placeholders, P placeholder, List<? extends T> pool) {
      int i = placeholders.indexOf(placeholder);
      if (i < 0) {
        throw new IllegalStateException("not a placeholder: " + placeholder);
      }
      return pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(i % pool.size()));
    }
  }

  /**
   * Maps the placeholders of generated records onto the ids of a chronicle's records, dropping what
   * cannot be mapped, and builds the chronicle.
   */
  private static final class Mapping {
    private final List<State> states;
    private final List<Official> officials;
    private final List<Organization> organizations;
    private final List<Tuple.Tuple2<Issue, Optional<Integer>>> issues;
    private final List<Article> articles;
    private final List<StateId> stateIds;
    private final List<PartyRef> partyIds = new ArrayList<>();
    private final List<ActorRef> actorIds = new ArrayList<>();
    private final List<IssueId> issueIds;
    private final List<ArticleId> articleIds;
    private List<MeetingId> meetingIds = List.of();
    private List<StatementId> statementIds = List.of();

    Mapping(
        List<State> states,
        List<Official> officials,
        List<Organization> organizations,
        List<Tuple.Tuple2<Issue, Optional<Integer>>> issues,
        List<Article> articles) {
      this.states = states;
      this.officials = officials;
      this.organizations = organizations;
      this.issues = issues;
      this.articles = articles;
      this.stateIds = ids(states, State::id);
      partyIds.addAll(stateIds);
      partyIds.addAll(ids(organizations, Organization::id));
      // Officials first: references lean toward the first ids, so a few officials attend most.
      actorIds.addAll(ids(officials, Official::id));
      actorIds.addAll(partyIds);
      this.issueIds = ids(issues, t -> t.get1().id());
      this.articleIds = ids(articles, Article::id);
    }

    Chronicle chronicle(List<Meeting> meetings, List<Statement> statements, List<Stance> stances) {
      List<Meeting> mappedMeetings = mapAll(meetings, this::meeting);
      meetingIds = ids(mappedMeetings, Meeting::id);
      List<Statement> mappedStatements = mapAll(statements, this::statement);
      statementIds = ids(mappedStatements, Statement::id);
      return Chronicle.builder()
          .states(states)
          .officials(mapAll(officials, this::official))
          .organizations(mapAll(organizations, this::organization))
          .meetings(mappedMeetings)
          .statements(mappedStatements)
          .stances(mapAll(stances, this::stance))
          .issues(issueForest())
          .articles(articles)
          .build();
    }

    private static <R, I extends Comparable<? super I>> List<I> ids(
        List<R> records, Function<R, I> id) {
      return records.stream().map(id).sorted().collect(Collectors.toUnmodifiableList());
    }

    private static <R> List<R> mapAll(List<R> records, Function<R, Optional<R>> map) {
      return records.stream()
          .map(map)
          .flatMap(Optional::stream)
          .collect(Collectors.toUnmodifiableList());
    }

    private Optional<StateId> state(StateId p) {
      return Placeholders.map(Placeholders.STATES, p, stateIds);
    }

    private Optional<PartyRef> party(PartyRef p) {
      return Placeholders.map(Placeholders.PARTIES, p, partyIds);
    }

    private Optional<ActorRef> actor(ActorRef p) {
      return Placeholders.map(Placeholders.ACTORS, p, actorIds);
    }

    private Optional<IssueId> issue(IssueId p) {
      return Placeholders.map(Placeholders.ISSUES, p, issueIds);
    }

    private List<IssueId> issues(List<IssueId> ps) {
      return ps.stream()
          .map(this::issue)
          .flatMap(Optional::stream)
          .distinct()
          .collect(Collectors.toUnmodifiableList());
    }

    private Optional<Post> post(Post p) {
      return party(p.party()).map(party -> Post.builder().from(p).party(party).build());
    }

    /** The sources with their articles mapped; empty if the chronicle has no article. */
    private List<SourceRef> sources(List<SourceRef> ps) {
      List<SourceRef> sources = new ArrayList<>();
      for (SourceRef p : ps) {
        Placeholders.map(Placeholders.ARTICLES, p.article(), articleIds)
            .ifPresent(a -> sources.add(SourceRef.builder().from(p).article(a).build()));
      }
      return List.copyOf(sources);
    }

    private Optional<Organization> organization(Organization x) {
      return Optional.of(
          Organization.builder().from(x).state(x.state().flatMap(this::state)).build());
    }

    /**
     * Keeps the tenures whose post can be mapped and that keep a source or reference. Of the
     * original offices ({@link Post#office()}) that map onto one office, only the first keeps its
     * tenures, so that tenures of different offices never come to overlap in one.
     */
    private Optional<Official> official(Official x) {
      Map<Post, Post> owners = new java.util.HashMap<>();
      List<Tenure> tenures = new ArrayList<>();
      for (Tenure t : x.tenures()) {
        Optional<Post> post = post(t.post());
        Post office = t.post().office();
        if (post.isEmpty()
            || !owners.computeIfAbsent(post.get().office(), p -> office).equals(office)) {
          continue;
        }
        List<SourceRef> sources = sources(t.sources());
        if (sources.isEmpty() && t.references().isEmpty()) {
          continue;
        }
        tenures.add(Tenure.builder().from(t).post(post.get()).sources(sources).build());
      }
      return Optional.of(Official.builder().from(x).tenures(tenures).build());
    }

    private Optional<Meeting> meeting(Meeting x) {
      if (articleIds.isEmpty()) {
        return Optional.empty();
      }
      List<Participant> participants = new ArrayList<>();
      for (Participant p : x.participants()) {
        Optional<ActorRef> actor = p.actor().flatMap(this::actor);
        Optional<Post> capacity = p.capacity().flatMap(this::post);
        if (actor.isPresent() || capacity.isPresent()) {
          participants.add(
              Participant.builder()
                  .from(p)
                  .actor(actor)
                  .capacity(capacity)
                  .represents(p.represents().flatMap(this::party))
                  .build());
        }
      }
      if (participants.isEmpty()) {
        return Optional.empty();
      }
      Optional<Place> place =
          x.place()
              .flatMap(
                  p -> {
                    Optional<StateId> state = p.state().flatMap(this::state);
                    return p.city().isEmpty() && state.isEmpty()
                        ? Optional.<Place>empty()
                        : Optional.of(Place.builder().from(p).state(state).build());
                  });
      List<StatusChange> history = new ArrayList<>();
      for (StatusChange change : x.statusHistory()) {
        history.add(StatusChange.builder().from(change).sources(sources(change.sources())).build());
      }
      return Optional.of(
          Meeting.builder()
              .from(x)
              .participants(participants)
              .host(x.host().flatMap(this::actor))
              .place(place)
              .topics(issues(x.topics()))
              .statusHistory(history)
              .sources(sources(x.sources()))
              .build());
    }

    private Optional<Statement> statement(Statement x) {
      Speaker speaker = x.speaker();
      Optional<ActorRef> actor = speaker.actor().flatMap(this::actor);
      Optional<PartyRef> affiliation = speaker.affiliation().flatMap(this::party);
      if (articleIds.isEmpty()
          || (speaker.actor().isPresent() ? actor.isEmpty() : affiliation.isEmpty())) {
        return Optional.empty();
      }
      return Optional.of(
          Statement.builder()
              .from(x)
              .speaker(
                  Speaker.builder().from(speaker).actor(actor).affiliation(affiliation).build())
              .meeting(
                  x.meeting().flatMap(m -> Placeholders.map(Placeholders.MEETINGS, m, meetingIds)))
              .issues(issues(x.issues()))
              .sources(sources(x.sources()))
              .build());
    }

    private Optional<Stance> stance(Stance x) {
      Optional<ActorRef> holder = actor(x.holder());
      Optional<IssueId> issue = issue(x.issue());
      if (articleIds.isEmpty() || holder.isEmpty() || issue.isEmpty()) {
        return Optional.empty();
      }
      List<IssueId> conditions = new ArrayList<>(issues(x.conditions()));
      conditions.remove(issue.get());
      if (x.position() == StancePosition.CONDITIONAL && conditions.isEmpty()) {
        return Optional.empty();
      }
      List<StatementId> evidence =
          x.evidence().stream()
              .map(e -> Placeholders.map(Placeholders.STATEMENTS, e, statementIds))
              .flatMap(Optional::stream)
              .distinct()
              .collect(Collectors.toUnmodifiableList());
      return Optional.of(
          Stance.builder()
              .from(x)
              .holder(holder.get())
              .issue(issue.get())
              .conditions(conditions)
              .evidence(evidence)
              .sources(sources(x.sources()))
              .build());
    }

    /** The issues in id order, each with a parent among the issues before it, if any. */
    private List<Issue> issueForest() {
      List<Tuple.Tuple2<Issue, Optional<Integer>>> sorted = new ArrayList<>(issues);
      sorted.sort(Comparator.comparing(t -> t.get1().id()));
      List<Issue> forest = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        int earlier = i;
        Optional<IssueId> parent =
            sorted.get(i).get2().filter(c -> earlier > 0).map(c -> issueIds.get(c % earlier));
        forest.add(Issue.builder().from(sorted.get(i).get1()).parent(parent).build());
      }
      return List.copyOf(forest);
    }
  }

  /** Values to refer to: any of an arbitrary's values, or the members of a finite list. */
  private static final class Pool<T> {
    /** Integer weights of the Zipf-like choice: {@code ZIPF_SCALE / (i + 1)}. */
    private static final int ZIPF_SCALE = 720;

    private final Arbitrary<T> values; // null when the pool is empty
    private final List<T> members; // null when unbounded

    private Pool(Arbitrary<T> values, List<T> members) {
      this.values = values;
      this.members = members;
    }

    static <T> Pool<T> unbounded(Arbitrary<T> values) {
      return new Pool<>(values, null);
    }

    /**
     * A pool of {@code members}, chosen with a bias toward the first: as in real corpora, a few
     * actors (and articles, issues) account for most references, and references shrink toward
     * the first member.
     */
    static <T> Pool<T> of(List<? extends T> members) {
      List<T> copy = List.copyOf(members);
      if (copy.isEmpty()) {
        return new Pool<>(null, copy);
      }
      // Zipf-like weights: the i-th member is chosen in proportion to 1 / (i + 1). A draw below
      // cumulative[i] picks member i; draws shrink toward 0, the first member.
      int[] cumulative = new int[copy.size()];
      int total = 0;
      for (int i = 0; i < copy.size(); i++) {
        total += ZIPF_SCALE / (i + 1);
        cumulative[i] = total;
      }
      Arbitrary<T> skewed = Arbitraries.integers()
          .between(0, total - 1)
          .map(draw -> copy.get(firstAbove(cumulative, draw)));
      return new Pool<>(skewed, copy);
    }

    /** The index of the first cumulative weight above {@code draw}. */
    private static int firstAbove(int[] cumulative, int draw) {
      int i = java.util.Arrays.binarySearch(cumulative, draw + 1);
      return i >= 0 ? i : -i - 1;
    }

    boolean isEmpty() {
      return values == null;
    }

    Arbitrary<T> one() {
      if (values == null) {
        throw new IllegalStateException("no value to refer to");
      }
      return values;
    }

    Arbitrary<Optional<T>> maybe() {
      return values == null ? Arbitraries.just(Optional.empty()) : values.optional(0.5);
    }

    /** Lists of {@code min} to {@code max} different members (fewer if the pool is smaller). */
    Arbitrary<List<T>> distinct(int min, int max) {
      if (values == null) {
        return Arbitraries.just(List.of());
      }
      if (members == null) {
        return values.list().uniqueElements().ofMinSize(min).ofMaxSize(max);
      }
      int upper = Math.min(max, members.size());
      return Arbitraries.subsetOf(members)
          .ofMinSize(Math.min(min, upper))
          .ofMaxSize(upper)
          .map(this::inPoolOrder);
    }

    Pool<T> without(T excluded) {
      if (members == null) {
        return unbounded(values.filter(v -> !v.equals(excluded)));
      }
      List<T> rest = new ArrayList<>(members);
      rest.remove(excluded);
      return of(rest);
    }

    private List<T> inPoolOrder(Set<T> chosen) {
      return members.stream().filter(chosen::contains).collect(Collectors.toUnmodifiableList());
    }
  }

  /** How a tenure is attested: article sources, reference-work references, or both. */
  private record Provenance(List<SourceRef> sources, List<Identifier> references) {
    Tenure tenure(Post post, FuzzyDate term) {
      return Tenure.builder().post(post).term(term).sources(sources).references(references).build();
    }
  }

  /** A stance's issue with a position and the conditions the position needs. */
  private record Stand(IssueId issue, StancePosition position, List<IssueId> conditions) {}

  /** A name with other names that neither repeat nor repeat the name. */
  private record Naming(String name, List<String> otherNames) {}

  private static Arbitrary<FuzzyDate> dates() {
    return Shared.DATES;
  }

  /** Dates written within the years, the default range's arbitrary reused when it applies. */
  private static Arbitrary<FuzzyDate> datesBetween(Year first, Year last) {
    if (first.equals(ChronicleOptions.DEFAULT_FIRST_YEAR)
        && last.equals(ChronicleOptions.DEFAULT_LAST_YEAR)) {
      return Shared.DATES;
    }
    return FuzzyDateArbitraries.fuzzyDates(first, last);
  }

  private static Arbitrary<Naming> namings() {
    return Shared.NAMINGS;
  }

  private static Arbitrary<Naming> buildNamings() {
    return Combinators.combine(names(), names().list().uniqueElements().ofMaxSize(2))
        .as(
            (name, others) ->
                new Naming(
                    name,
                    others.stream()
                        .filter(o -> !o.equals(name))
                        .collect(Collectors.toUnmodifiableList())));
  }

  private static Arbitrary<List<Identifier>> identifierLists() {
    return Shared.IDENTIFIER_LISTS;
  }

  private static Arbitrary<List<SourceRef>> sourceLists(Pool<ArticleId> articles) {
    return sourceRefs(articles.one()).list().ofMinSize(1).ofMaxSize(2);
  }

  private static Arbitrary<Provenance> provenances(Arbitrary<ArticleId> articles) {
    return provenances(Pool.unbounded(articles));
  }

  private static Arbitrary<Provenance> provenances(Pool<ArticleId> articles) {
    Arbitrary<List<SourceRef>> sources =
        articles.isEmpty()
            ? Arbitraries.just(List.of())
            : sourceRefs(articles.one()).list().ofMaxSize(2);
    return Combinators.combine(sources, identifiers().list().ofMaxSize(2), identifiers())
        .as(
            (s, r, fallback) ->
                s.isEmpty() && r.isEmpty()
                    ? new Provenance(s, List.of(fallback))
                    : new Provenance(s, r));
  }

  private static Arbitrary<Place> places(Pool<StateId> states) {
    Arbitrary<Boolean> tentative = Arbitraries.of(false, true);
    if (states.isEmpty()) {
      return Combinators.combine(names(), tentative)
          .as((city, t) -> Place.builder().city(city).tentative(t).build());
    }
    // 0: city only, 1: state only, 2: both.
    return Combinators.combine(Arbitraries.of(0, 1, 2), names(), states.one(), tentative)
        .as(
            (shape, city, state, t) -> {
              Place.Builder place = Place.builder().tentative(t);
              if (shape != 1) {
                place.city(city);
              }
              if (shape != 0) {
                place.state(state);
              }
              return place.build();
            });
  }

  private static Arbitrary<Speaker> speakers(Refs refs) {
    List<Arbitrary<Speaker>> kinds = new ArrayList<>();
    if (!refs.actors.isEmpty()) {
      kinds.add(namedSpeakers(refs));
    }
    if (!refs.parties.isEmpty()) {
      kinds.add(anonymousSpeakers(refs));
    }
    return Arbitraries.oneOf(kinds);
  }

  private static Arbitrary<Speaker> namedSpeakers(Refs refs) {
    return Combinators.combine(refs.actors.one(), refs.parties.maybe(), texts().optional(0.3))
        .as(
            (actor, affiliation, description) ->
                Speaker.builder()
                    .actor(actor)
                    .affiliation(affiliation)
                    .description(description)
                    .build());
  }

  private static Arbitrary<Speaker> anonymousSpeakers(Refs refs) {
    return Combinators.combine(refs.parties.one(), texts()).as(Speaker::anonymous);
  }

  private static Arbitrary<Participant> participants(Refs refs) {
    List<Arbitrary<Participant>> shapes = new ArrayList<>();
    if (!refs.actors.isEmpty()) {
      shapes.add(participants(refs, true, false));
    }
    if (!refs.parties.isEmpty()) {
      shapes.add(participants(refs, false, true));
      shapes.add(participants(refs, true, true));
    }
    return Arbitraries.oneOf(shapes);
  }

  private static Arbitrary<Participant> participants(
      Refs refs, boolean withActor, boolean withCapacity) {
    BuilderCombinator<Participant.Builder> participant = Builders.withBuilder(Participant::builder);
    if (withActor) {
      participant = participant.use(refs.actors.one()).in(Participant.Builder::actor);
    }
    if (withCapacity) {
      participant = participant.use(posts(refs.parties.one())).in(Participant.Builder::capacity);
    }
    return participant
        .use(refs.parties.maybe())
        .in(Participant.Builder::represents)
        .use(Arbitraries.of(ParticipantRole.class))
        .withProbability(0.5)
        .in(Participant.Builder::role)
        .build(Participant.Builder::build);
  }

  private static Arbitrary<StatusChange> statusChanges(
      Pool<ArticleId> articles, Arbitrary<FuzzyDate> dates) {
    return Builders.withBuilder(StatusChange::builder)
        .use(Arbitraries.of(MeetingStatus.class))
        .in(StatusChange.Builder::status)
        .use(dates)
        .in(StatusChange.Builder::reported)
        .use(dates)
        .withProbability(0.3)
        .in(StatusChange.Builder::scheduledFor)
        .use(sourceLists(articles))
        .in(StatusChange.Builder::sources)
        .build(StatusChange.Builder::build);
  }

  /** One to three status changes, oldest first, so that none is reported before the previous. */
  private static Arbitrary<List<StatusChange>> statusHistories(
      Pool<ArticleId> articles, Arbitrary<FuzzyDate> dates) {
    return statusChanges(articles, dates)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(
            changes ->
                changes.stream()
                    .sorted(Comparator.comparing(StatusChange::reported))
                    .collect(Collectors.toUnmodifiableList()));
  }

  private static Arbitrary<State> states(Arbitrary<StateId> ids) {
    return Builders.withBuilder(State::builder)
        .use(ids)
        .in(State.Builder::id)
        .use(namings())
        .in((state, n) -> state.name(n.name()).otherNames(n.otherNames()))
        .use(names())
        .withProbability(0.5)
        .in(State.Builder::capital)
        .use(identifierLists())
        .in(State.Builder::identifiers)
        .use(extensionMaps())
        .withProbability(0.2)
        .in(State.Builder::extensions)
        .build(State.Builder::build);
  }

  private static Arbitrary<Official> officials(Arbitrary<OfficialId> ids, Refs refs) {
    return Builders.withBuilder(Official::builder)
        .use(ids)
        .in(Official.Builder::id)
        .use(namings())
        .in((official, n) -> official.name(n.name()).otherNames(n.otherNames()))
        .use(identifierLists())
        .in(Official.Builder::identifiers)
        .use(tenureLists(refs, 3))
        .in(Official.Builder::tenures)
        .use(extensionMaps())
        .withProbability(0.2)
        .in(Official.Builder::extensions)
        .build(Official.Builder::build);
  }

  /**
   * Up to {@code max} tenures: an office held once gets a term of any shape; an office held several
   * times (perhaps under different titles) gets terms that follow each other, each handing over
   * to the next on a shared day.
   */
  private static Arbitrary<List<Tenure>> tenureLists(Refs refs, int max) {
    if (refs.parties.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<List<FuzzyDate>> anyTerm = refs.dates.map(List::of);
    Arbitrary<Provenance> provenances = provenances(refs.articles);
    return posts(refs.parties.one())
        .injectDuplicates(0.3)
        .list()
        .ofMaxSize(max)
        .flatMap(
            posts -> {
              // Terms are per office: posts differing only in a title share one.
              Map<Post, Integer> counts = new LinkedHashMap<>();
              posts.forEach(p -> counts.merge(p.office(), 1, Integer::sum));
              List<Post> distinct = new ArrayList<>(counts.keySet());
              List<Arbitrary<List<FuzzyDate>>> terms = new ArrayList<>();
              for (Post office : distinct) {
                int count = counts.get(office);
                terms.add(
                    count == 1 ? anyTerm : handoverTerms(count, refs.firstYear, refs.lastYear));
              }
              return Combinators.combine(all(terms), provenances.list().ofSize(posts.size()))
                  .as(
                      (termLists, provenanceList) -> {
                        Map<Post, Integer> used = new LinkedHashMap<>();
                        List<Tenure> tenures = new ArrayList<>();
                        for (int i = 0; i < posts.size(); i++) {
                          Post post = posts.get(i);
                          int nth = used.merge(post.office(), 1, Integer::sum) - 1;
                          FuzzyDate term =
                              termLists.get(distinct.indexOf(post.office())).get(nth);
                          tenures.add(provenanceList.get(i).tenure(post, term));
                        }
                        return List.copyOf(tenures);
                      })
                  .withoutEdgeCases();
            });
  }

  /** {@code count} terms in a row, each ending on the day the next begins; the last maybe open. */
  private static Arbitrary<List<FuzzyDate>> handoverTerms(int count, Year first, Year last) {
    return Shared.HANDOVER_TERMS.computeIfAbsent(
        count + ":" + first + ":" + last, key -> buildHandoverTerms(count, first, last));
  }

  private static Arbitrary<List<FuzzyDate>> buildHandoverTerms(int count, Year first, Year last) {
    int firstYear = first.getValue();
    int lastYear = last.getValue();
    return Combinators.combine(
            Arbitraries.integers()
                .between(firstYear, lastYear)
                .shrinkTowards(Math.max(firstYear, Math.min(lastYear, 2000))),
            Arbitraries.integers().between(1, 3000).list().ofSize(count),
            Arbitraries.of(false, true))
        .as(
            (year, gaps, openLast) -> {
              List<FuzzyDate> terms = new ArrayList<>();
              LocalDate day = LocalDate.of(year, 1, 1);
              for (int i = 0; i < count; i++) {
                LocalDate next = day.plusDays(gaps.get(i));
                String end = i == count - 1 && openLast ? ".." : next.toString();
                terms.add(FuzzyDate.parse(day + "/" + end));
                day = next;
              }
              return List.copyOf(terms);
            });
  }

  private static Arbitrary<Organization> organizations(Arbitrary<OrganizationId> ids, Refs refs) {
    return Builders.withBuilder(Organization::builder)
        .use(ids)
        .in(Organization.Builder::id)
        .use(namings())
        .in((organization, n) -> organization.name(n.name()).otherNames(n.otherNames()))
        .use(Arbitraries.of(OrganizationKind.class))
        .in(Organization.Builder::kind)
        .use(refs.states.maybe())
        .in(Organization.Builder::state)
        .use(identifierLists())
        .in(Organization.Builder::identifiers)
        .use(extensionMaps())
        .withProbability(0.2)
        .in(Organization.Builder::extensions)
        .build(Organization.Builder::build);
  }

  private static Arbitrary<Meeting> meetings(
      Arbitrary<MeetingId> ids, Refs refs, int maxParticipants) {
    return Builders.withBuilder(Meeting::builder)
        .use(ids)
        .in(Meeting.Builder::id)
        .use(texts())
        .in(Meeting.Builder::title)
        .use(refs.dates)
        .in(Meeting.Builder::date)
        .use(places(refs.states))
        .withProbability(0.5)
        .in(Meeting.Builder::place)
        .use(
            participants(refs)
                .list()
                .ofMinSize(1)
                .ofMaxSize(maxParticipants)
                .withSizeDistribution(RandomDistribution.uniform()))
        .in(Meeting.Builder::participants)
        .use(refs.actors.maybe())
        .in(Meeting.Builder::host)
        .use(names())
        .withProbability(0.3)
        .in(Meeting.Builder::framework)
        .use(refs.issues.distinct(0, 3))
        .in(Meeting.Builder::topics)
        .use(statusHistories(refs.articles, refs.dates))
        .in(Meeting.Builder::statusHistory)
        .use(sourceLists(refs.articles))
        .in(Meeting.Builder::sources)
        .use(extensionMaps())
        .withProbability(0.2)
        .in(Meeting.Builder::extensions)
        .build(Meeting.Builder::build);
  }

  private static Arbitrary<Statement> statements(Arbitrary<StatementId> ids, Refs refs) {
    Arbitrary<Tuple.Tuple2<StatementMode, Optional<String>>> modes =
        Combinators.combine(Arbitraries.of(StatementMode.class), texts())
            .as(
                (mode, text) ->
                    Tuple.of(
                        mode,
                        mode == StatementMode.UNRECORDED
                            ? Optional.<String>empty()
                            : Optional.of(text)));
    return Builders.withBuilder(Statement::builder)
        .use(ids)
        .in(Statement.Builder::id)
        .use(speakers(refs))
        .in(Statement.Builder::speaker)
        .use(refs.dates)
        .in(Statement.Builder::date)
        .use(Arbitraries.of(StatementChannel.class))
        .withProbability(0.5)
        .in(Statement.Builder::channel)
        .use(modes)
        .in((statement, m) -> statement.mode(m.get1()).text(m.get2()))
        .use(refs.meetings.maybe())
        .in(Statement.Builder::meeting)
        .use(refs.issues.distinct(0, 3))
        .in(Statement.Builder::issues)
        .use(sourceLists(refs.articles))
        .in(Statement.Builder::sources)
        .use(extensionMaps())
        .withProbability(0.2)
        .in(Statement.Builder::extensions)
        .build(Statement.Builder::build);
  }

  private static Arbitrary<Stance> stances(Arbitrary<StanceId> ids, Refs refs) {
    Arbitrary<Stand> stands =
        Combinators.combine(refs.issues.one(), Arbitraries.of(StancePosition.class))
            .flatAs(
                (issue, position) -> {
                  if (position != StancePosition.CONDITIONAL) {
                    return Arbitraries.just(new Stand(issue, position, List.of()));
                  }
                  Pool<IssueId> others = refs.issues.without(issue);
                  if (others.isEmpty()) {
                    // No other issue to be conditional on.
                    return Arbitraries.just(new Stand(issue, StancePosition.SUPPORTS, List.of()));
                  }
                  return others.distinct(1, 2).map(c -> new Stand(issue, position, c));
                });
    return Builders.withBuilder(Stance::builder)
        .use(ids)
        .in(Stance.Builder::id)
        .use(refs.actors.one())
        .in(Stance.Builder::holder)
        .use(stands)
        .in(
            (stance, s) ->
                stance.issue(s.issue()).position(s.position()).conditions(s.conditions()))
        .use(refs.dates)
        .in(Stance.Builder::validity)
        .use(refs.statements.distinct(0, 2))
        .in(Stance.Builder::evidence)
        .use(sourceLists(refs.articles))
        .in(Stance.Builder::sources)
        .use(extensionMaps())
        .withProbability(0.2)
        .in(Stance.Builder::extensions)
        .build(Stance.Builder::build);
  }

  private static Arbitrary<Issue> issues(
      Arbitrary<IssueId> ids, Arbitrary<Optional<IssueId>> parents) {
    return Builders.withBuilder(Issue::builder)
        .use(ids)
        .in(Issue.Builder::id)
        .use(texts())
        .in(Issue.Builder::label)
        .use(texts())
        .withProbability(0.3)
        .in(Issue.Builder::description)
        .use(parents)
        .in(Issue.Builder::parent)
        .use(extensionMaps())
        .withProbability(0.2)
        .in(Issue.Builder::extensions)
        .build(Issue.Builder::build);
  }

  private static Arbitrary<Article> articles(
      Arbitrary<ArticleId> ids, Arbitrary<FuzzyDate> dates) {
    return Builders.withBuilder(Article::builder)
        .use(ids)
        .in(Article.Builder::id)
        .use(names())
        .withProbability(0.5)
        .in(Article.Builder::publisher)
        .use(texts())
        .withProbability(0.5)
        .in(Article.Builder::headline)
        .use(names())
        .withProbability(0.3)
        .in(Article.Builder::byline)
        .use(dates)
        .withProbability(0.5)
        .in(Article.Builder::published)
        .use(Shared.URLS)
        .withProbability(0.5)
        .in(Article.Builder::url)
        .use(extensionMaps())
        .withProbability(0.2)
        .in(Article.Builder::extensions)
        .build(Article.Builder::build);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static Arbitrary<String> words(int maxLength) {
    return Arbitraries.of(characters(NAME_LETTERS))
        .list()
        .ofMinSize(1)
        .ofMaxSize(maxLength)
        .map(ParleyArbitraries::join);
  }

  private static List<Character> characters(String chars) {
    return chars.chars().mapToObj(c -> (char) c).collect(Collectors.toUnmodifiableList());
  }

  private static String join(List<Character> chars) {
    StringBuilder sb = new StringBuilder(chars.size());
    chars.forEach(sb::append);
    return sb.toString();
  }

  private static String capitalize(String word) {
    int first = word.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(word.substring(Character.charCount(first)))
        .toString();
  }
}
