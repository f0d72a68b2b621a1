package dev.parley.testkit;

import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.EventId;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Identifier;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Magnitudes;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.Participant;
import dev.parley.core.ParticipantRole;
import dev.parley.core.PartyRef;
import dev.parley.core.Place;
import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.Reference;
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
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of every public type of the Parley model, for property tests: the entry point
 * of the test kit. The generators live in package-private classes by concept (texts, ids and
 * references, extensions, sources, actors and offices, meetings, claims, chronicles); this class
 * gathers them, one factory per type.
 *
 * <p>Every generator yields valid values only: values that build without an exception. Entity and
 * value generators such as {@link #meetings()} or {@link #stances()} are standalone: the ids they
 * refer to are arbitrary and need not exist anywhere, since a meeting is a value, not a chronicle.
 * {@link #chronicles()} generates whole chronicles whose references all resolve, so that they build
 * without violations, and is tuned in jqwik's idiom: {@code chronicles().withMeetings(1, 50)}.
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

  private ParleyArbitraries() {}

  /**
   * Lower-case slugs: one to three words of {@code a-z} and {@code 0-9} joined by single hyphens,
   * and now and then a slug of 100 to 128 characters, the longest typed ids accept.
   *
   * @return an arbitrary of slugs, shrinking toward {@code "a"}
   */
  public static Arbitrary<String> slugs() {
    return TextArbitraries.SLUGS;
  }

  /**
   * Names as people, states and bodies have them: one to three capitalized words of Latin and
   * Turkish letters joined by single spaces; never blank, never padded with white space.
   *
   * @return an arbitrary of names, shrinking toward {@code "A"}
   */
  public static Arbitrary<String> names() {
    return TextArbitraries.NAMES;
  }

  /**
   * Short free texts, such as titles, labels, descriptions and what a statement said: one to eight
   * words joined by single spaces, the first capitalized, sometimes ending in a full stop; never
   * blank, never padded with white space.
   *
   * @return an arbitrary of texts, shrinking toward {@code "A"}
   */
  public static Arbitrary<String> texts() {
    return TextArbitraries.TEXTS;
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
    return TextArbitraries.excerpts(codePoints);
  }

  /**
   * State ids: mostly common codes ({@code TUR}, {@code RUS}, {@code IRN}, …) so that states repeat
   * among a meeting's participants, sometimes any three upper-case letters.
   *
   * @return an arbitrary of state ids, shrinking toward {@code TUR}
   */
  public static Arbitrary<StateId> stateIds() {
    return IdArbitraries.STATE_IDS;
  }

  /**
   * Official ids, from {@link #slugs()}.
   *
   * @return an arbitrary of official ids, shrinking toward {@code a}
   */
  public static Arbitrary<OfficialId> officialIds() {
    return IdArbitraries.OFFICIAL_IDS;
  }

  /**
   * Organization ids, from {@link #slugs()}.
   *
   * @return an arbitrary of organization ids, shrinking toward {@code a}
   */
  public static Arbitrary<OrganizationId> organizationIds() {
    return IdArbitraries.ORGANIZATION_IDS;
  }

  /**
   * Meeting ids, from {@link #slugs()}.
   *
   * @return an arbitrary of meeting ids, shrinking toward {@code a}
   */
  public static Arbitrary<MeetingId> meetingIds() {
    return IdArbitraries.MEETING_IDS;
  }

  /**
   * Statement ids, from {@link #slugs()}.
   *
   * @return an arbitrary of statement ids, shrinking toward {@code a}
   */
  public static Arbitrary<StatementId> statementIds() {
    return IdArbitraries.STATEMENT_IDS;
  }

  /**
   * Stance ids, from {@link #slugs()}.
   *
   * @return an arbitrary of stance ids, shrinking toward {@code a}
   */
  public static Arbitrary<StanceId> stanceIds() {
    return IdArbitraries.STANCE_IDS;
  }

  /**
   * Issue ids, from {@link #slugs()}.
   *
   * @return an arbitrary of issue ids, shrinking toward {@code a}
   */
  public static Arbitrary<IssueId> issueIds() {
    return IdArbitraries.ISSUE_IDS;
  }

  /**
   * Article ids, from {@link #slugs()}.
   *
   * @return an arbitrary of article ids, shrinking toward {@code a}
   */
  public static Arbitrary<ArticleId> articleIds() {
    return IdArbitraries.ARTICLE_IDS;
  }

  /**
   * Event ids, from {@link #slugs()}.
   *
   * @return an arbitrary of event ids, shrinking toward {@code a}
   */
  public static Arbitrary<EventId> eventIds() {
    return IdArbitraries.EVENT_IDS;
  }

  /**
   * Ids of every kind: state, official, organization, meeting, statement, stance, issue, article
   * and event ids, in about equal shares.
   *
   * @return an arbitrary of typed ids
   */
  public static Arbitrary<TypedId<?>> typedIds() {
    return IdArbitraries.typedIds();
  }

  /**
   * Actor references: state, official and organization ids in about equal shares.
   *
   * @return an arbitrary of actor references
   */
  public static Arbitrary<ActorRef> actorRefs() {
    return IdArbitraries.ACTOR_REFS;
  }

  /**
   * Party references: state ids (two in three) and organization ids.
   *
   * @return an arbitrary of party references
   */
  public static Arbitrary<PartyRef> partyRefs() {
    return IdArbitraries.PARTY_REFS;
  }

  /**
   * External identifiers: mostly Wikidata-like ({@code wikidata:Q43}), sometimes any valid scheme
   * with a value that may hold colons, spaces and non-ASCII letters.
   *
   * @return an arbitrary of identifiers, shrinking toward {@code wikidata:Q0}
   */
  public static Arbitrary<Identifier> identifiers() {
    return IdArbitraries.IDENTIFIERS;
  }

  /**
   * Extension values nested at most two levels deep: strings, numbers (with scales, so {@code 1}
   * and {@code 1.0} both occur), booleans, null, and lists and maps of up to two elements.
   *
   * @return an arbitrary of extension values, shrinking toward a short string
   */
  public static Arbitrary<ExtensionValue> extensionValues() {
    return ExtensionArbitraries.values(2);
  }

  /**
   * Extension values nested at most {@code maxDepth} levels deep; depth 0 gives scalars only.
   *
   * @param maxDepth how many levels of lists and maps may nest, at least 0
   * @return an arbitrary of extension values
   * @throws IllegalArgumentException if {@code maxDepth} is negative
   */
  public static Arbitrary<ExtensionValue> extensionValues(int maxDepth) {
    return ExtensionArbitraries.values(maxDepth);
  }

  /**
   * Extension maps as entities carry them: up to three entries with non-empty keys, whose values
   * nest at most one level deep (a list or map of scalars).
   *
   * @return an arbitrary of extension maps, shrinking toward the empty map
   */
  public static Arbitrary<Map<String, ExtensionValue>> extensionMaps() {
    return ExtensionArbitraries.MAPS;
  }

  /**
   * Non-empty extension keys: mostly short lower-case words, sometimes any text.
   *
   * @return an arbitrary of keys, shrinking toward {@code "a"}
   */
  public static Arbitrary<String> extensionKeys() {
    return ExtensionArbitraries.KEYS;
  }

  /**
   * Source references into arbitrary articles, with and without an excerpt; an excerpt has exactly
   * {@code end - start} code points, some of them supplementary characters.
   *
   * @return an arbitrary of source references, shrinking toward {@code a[0,1)}
   */
  public static Arbitrary<SourceRef> sourceRefs() {
    return SourceArbitraries.sourceRefs(IdArbitraries.ARTICLE_IDS);
  }

  /**
   * Source references into the given articles, with and without an excerpt.
   *
   * @param articles the articles to point into
   * @return an arbitrary of source references
   * @throws NullPointerException if {@code articles} is null
   */
  public static Arbitrary<SourceRef> sourceRefs(Arbitrary<ArticleId> articles) {
    return SourceArbitraries.sourceRefs(articles);
  }

  /**
   * Posts in arbitrary parties, of every role; {@link PostRole#MINISTER} and {@link PostRole#OTHER}
   * always with a title, other roles sometimes.
   *
   * @return an arbitrary of posts, shrinking toward a head of state of {@code TUR}
   */
  public static Arbitrary<Post> posts() {
    return ActorArbitraries.posts(IdArbitraries.PARTY_REFS);
  }

  /**
   * Posts belonging to the given parties.
   *
   * @param parties the parties posts belong to
   * @return an arbitrary of posts
   * @throws NullPointerException if {@code parties} is null
   */
  public static Arbitrary<Post> posts(Arbitrary<PartyRef> parties) {
    return ActorArbitraries.posts(parties);
  }

  /**
   * Entries of reference works: a work, a url, a file or both, what the entry says and the day
   * it was read (2000 to 2029).
   *
   * @return an arbitrary of references, shrinking toward one read from a url
   */
  public static Arbitrary<Reference> references() {
    return SourceArbitraries.REFERENCES;
  }

  /**
   * Tenures of arbitrary posts, with terms of every shape and article sources, reference-work
   * references or both, sometimes naming a government.
   *
   * @return an arbitrary of tenures
   */
  public static Arbitrary<Tenure> tenures() {
    return ActorArbitraries.tenures();
  }

  /**
   * Places: a city, a state or both, settled or tentative.
   *
   * @return an arbitrary of places, shrinking toward the settled city {@code A}
   */
  public static Arbitrary<Place> places() {
    return MeetingArbitraries.places(Pool.unbounded(IdArbitraries.STATE_IDS));
  }

  /**
   * Speakers, named or anonymous in about equal shares.
   *
   * @return an arbitrary of speakers
   */
  public static Arbitrary<Speaker> speakers() {
    return ClaimArbitraries.speakers(Refs.any());
  }

  /**
   * Named speakers: an actor, sometimes with an affiliation and a description as well.
   *
   * @return an arbitrary of named speakers
   */
  public static Arbitrary<Speaker> namedSpeakers() {
    return ClaimArbitraries.namedSpeakers(Refs.any());
  }

  /**
   * Anonymous speakers: an affiliation and a description, no actor.
   *
   * @return an arbitrary of anonymous speakers
   */
  public static Arbitrary<Speaker> anonymousSpeakers() {
    return ClaimArbitraries.anonymousSpeakers(Refs.any());
  }

  /**
   * Participants of all three shapes: an actor only, a capacity only, or both; each sometimes with
   * a represented party and a role other than {@link ParticipantRole#MEMBER}.
   *
   * @return an arbitrary of participants
   */
  public static Arbitrary<Participant> participants() {
    return MeetingArbitraries.participants(Refs.any(), false);
  }

  /**
   * Status changes of every status, with one or two sources and sometimes a scheduled date.
   *
   * @return an arbitrary of status changes
   */
  public static Arbitrary<StatusChange> statusChanges() {
    return MeetingArbitraries.statusChanges(
        Pool.unbounded(IdArbitraries.ARTICLE_IDS), Refs.DATES);
  }

  /**
   * Violations naming a kind of record, an id, a field path such as {@code participants[0].actor}
   * and a message.
   *
   * @return an arbitrary of violations
   */
  public static Arbitrary<Violation> violations() {
    return IdArbitraries.violations();
  }

  /**
   * States with other names, a capital, identifiers and extensions, each sometimes.
   *
   * @return an arbitrary of states
   */
  public static Arbitrary<State> states() {
    return ActorArbitraries.states(IdArbitraries.STATE_IDS);
  }

  /**
   * Officials with other names, identifiers, tenures and extensions, each sometimes; tenures of one
   * office never overlap.
   *
   * @return an arbitrary of officials
   */
  public static Arbitrary<Official> officials() {
    return ActorArbitraries.officials(IdArbitraries.OFFICIAL_IDS, Refs.any());
  }

  /**
   * Organizations of every kind, sometimes belonging to a state.
   *
   * @return an arbitrary of organizations
   */
  public static Arbitrary<Organization> organizations() {
    return ActorArbitraries.organizations(IdArbitraries.ORGANIZATION_IDS, Refs.any());
  }

  /**
   * Meetings with one to six participants, one to three status changes in date order, and sometimes
   * a place, a host, a framework, topics and extensions.
   *
   * @return an arbitrary of meetings
   */
  public static Arbitrary<Meeting> meetings() {
    return MeetingArbitraries.meetings(
        IdArbitraries.MEETING_IDS, Refs.any(), 1, 6, false);
  }

  /**
   * Statements of all three modes, with a text exactly when the mode is not {@link
   * StatementMode#UNRECORDED}, by named and anonymous speakers.
   *
   * @return an arbitrary of statements
   */
  public static Arbitrary<Statement> statements() {
    return ClaimArbitraries.statements(IdArbitraries.STATEMENT_IDS, Refs.any());
  }

  /**
   * Stances of every position: {@link StancePosition#CONDITIONAL} ones with one or two conditions
   * other than their issue, all others with none.
   *
   * @return an arbitrary of stances
   */
  public static Arbitrary<Stance> stances() {
    return ClaimArbitraries.stances(IdArbitraries.STANCE_IDS, Refs.any());
  }

  /**
   * Event actors of every shape: named (most often), known only by a capacity, anonymous with an
   * affiliation, or known only by a description; named ones sometimes with an affiliation, a
   * capacity or a description as well.
   *
   * @return an arbitrary of event actors
   */
  public static Arbitrary<EventActor> eventActors() {
    return EventArbitraries.eventActors(Refs.any());
  }

  /**
   * Magnitudes with one, two or all three of dead, injured and size, each from 0 to 100,000.
   *
   * @return an arbitrary of magnitudes
   */
  public static Arbitrary<Magnitudes> magnitudes() {
    return EventArbitraries.magnitudes();
  }

  /**
   * Events of every PLOVER category and status, with up to two source and two target actors (at
   * least one in all) of every shape, and sometimes a mode (mostly from the PLOVER manual's
   * tables), contexts, a place, magnitudes and extensions.
   *
   * @return an arbitrary of events
   */
  public static Arbitrary<Event> events() {
    return EventArbitraries.events(IdArbitraries.EVENT_IDS, Refs.any());
  }

  /**
   * Issues, sometimes with a description and a parent other than themselves.
   *
   * @return an arbitrary of issues
   */
  public static Arbitrary<Issue> issues() {
    return ClaimArbitraries.standaloneIssues();
  }

  /**
   * Articles, sometimes with a publisher, headline, byline, publication date, absolute URL and
   * extensions.
   *
   * @return an arbitrary of articles
   */
  public static Arbitrary<Article> articles() {
    return SourceArbitraries.articles(IdArbitraries.ARTICLE_IDS, Refs.DATES);
  }

  /**
   * Referentially consistent chronicles of the default sizes, which build without violations and
   * are worth testing against: most hold a held meeting where two named actors met, and a
   * statement and a stance. Tune them with the {@code with} methods of {@link
   * ChronicleArbitrary}:
   *
   * <pre>{@code
   * ParleyArbitraries.chronicles().withMeetings(1, 50).withYears(Year.of(2011), Year.of(2025))
   * }</pre>
   *
   * @return an arbitrary of chronicles, shrinking toward a chronicle of few records
   */
  public static ChronicleArbitrary chronicles() {
    return ChronicleArbitrary.defaults();
  }
}
