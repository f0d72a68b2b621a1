package dev.parley.testkit;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Article;
import dev.parley.core.Chronicle;
import dev.parley.core.Event;
import dev.parley.core.Issue;
import dev.parley.core.Meeting;
import dev.parley.core.Official;
import dev.parley.core.Organization;
import dev.parley.core.Stance;
import dev.parley.core.State;
import dev.parley.core.Statement;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Referentially consistent chronicles, configurable in jqwik's idiom: each {@code with} method
 * returns a changed copy, as {@code Arbitraries.strings().ofMaxLength(5)} does. Instances are
 * immutable and may be shared.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Chronicle> recentCorpora() {
 *   return ParleyArbitraries.chronicles()
 *       .withMeetings(1, 50)
 *       .withStatements(0, 20)
 *       .withYears(Year.of(2011), Year.of(2025));
 * }
 * }</pre>
 *
 * <p><b>The defaults</b> make chronicles worth testing against: one to four states, officials,
 * issues and articles, up to three organizations, one to four meetings of two to four participants,
 * up to four statements, stances and events, dates written within 1900-2100. Meetings are mostly {@link
 * dev.parley.core.MeetingStatus#HELD held} (the last status change says so in about six of seven)
 * and their participants mostly named (an actor, not only a capacity), so most chronicles hold a
 * held meeting where two actors met, and most hold a statement and a stance. Chronicles shrink
 * toward the fewest records the ranges allow, with one-letter ids.
 *
 * <p><b>Guarantees.</b> Every chronicle builds without violations. The count of each kind lies
 * within its range: no generated meeting, statement, stance or event is dropped, because when
 * one of them is asked for ({@code min > 0}) the records it needs are asked for too: at least one state
 * (an actor and a party to refer to) and one article (every claim has a source), and for stances
 * one issue. Records of kinds nobody asks for may be absent, and then references to them are
 * dropped where optional.
 *
 * <p>How chronicles are built: records of every kind are generated with unique ids of their own,
 * and with references to placeholder ids; a final step maps every placeholder onto an id of the
 * chronicle's records of the right kind: participants, hosts, places, topics, speakers, a
 * statement's meeting, stance holders, issues, conditions and evidence, event actors (named
 * actors, affiliations, capacities' parties) and places, every source's article,
 * organizations' states and tenures' posts. References lean toward the first records of a kind,
 * so that a few officials attend most meetings, as in real corpora. Issue parents sort before
 * their children, so the hierarchy is a forest. An official holds each post either once, with a
 * term of any shape, or several times in terms that hand over on a shared day ({@code
 * 2001-01-01/2003-05-10}, {@code 2003-05-10/..}), so tenures never overlap. A conditional stance
 * whose conditions all map onto its own issue (a chronicle with a single issue) becomes a stance
 * of support. As no part depends on another's generated value, each shrinks on its own: fewer
 * records, smaller ids, references to the first id of each kind.
 */
public final class ChronicleArbitrary extends ArbitraryDecorator<Chronicle> {

  /** Arbitraries built, by configuration: building is costly, and jqwik memoizes per arbitrary. */
  private static final Map<Config, Arbitrary<Chronicle>> BUILT = new ConcurrentHashMap<>();

  private static final ChronicleArbitrary DEFAULTS =
      new ChronicleArbitrary(
          new Config(
              new Range(1, 4),
              new Range(1, 4),
              new Range(0, 3),
              new Range(1, 4),
              new Range(0, 4),
              new Range(0, 4),
              new Range(0, 4),
              new Range(1, 4),
              new Range(1, 4),
              new Range(2, 4),
              Refs.DEFAULT_FIRST_YEAR,
              Refs.DEFAULT_LAST_YEAR));

  private final Config config;

  private ChronicleArbitrary(Config config) {
    this.config = config;
  }

  /** The default configuration; {@link ParleyArbitraries#chronicles()} returns it. */
  static ChronicleArbitrary defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this arbitrary with {@code min} to {@code max} records of every kind: states,
   * officials, organizations, meetings, statements, stances, events, issues and articles. Later calls of
   * the per-kind methods override one kind, so {@code withRecordsOfEachKind(1, 6).withMeetings(0,
   * 12)} asks for 1 to 6 of each kind but meetings, and up to 12 meetings.
   *
   * @param min the fewest records of each kind, at least 0
   * @param max the most records of each kind, at least {@code min}
   * @return the changed arbitrary
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ChronicleArbitrary withRecordsOfEachKind(int min, int max) {
    Range r = Range.of("records of each kind", min, max);
    return new ChronicleArbitrary(
        new Config(r, r, r, r, r, r, r, r, r, config.participants, config.firstYear,
            config.lastYear));
  }

  /**
   * Returns this arbitrary with {@code min} to {@code max} states.
   *
   * @param min the fewest states, at least 0
   * @param max the most states, at least {@code min}
   * @return the changed arbitrary
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ChronicleArbitrary withStates(int min, int max) {
    return with(config.withStates(Range.of("states", min, max)));
  }

  /**
   * Returns this arbitrary with {@code min} to {@code max} officials.
   *
   * @param min the fewest officials, at least 0
   * @param max the most officials, at least {@code min}
   * @return the changed arbitrary
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ChronicleArbitrary withOfficials(int min, int max) {
    return with(config.withOfficials(Range.of("officials", min, max)));
  }

  /**
   * Returns this arbitrary with {@code min} to {@code max} organizations.
   *
   * @param min the fewest organizations, at least 0
   * @param max the most organizations, at least {@code min}
   * @return the changed arbitrary
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ChronicleArbitrary withOrganizations(int min, int max) {
    return with(config.withOrganizations(Range.of("organizations", min, max)));
  }

  /**
   * Returns this arbitrary with {@code min} to {@code max} meetings. With {@code min > 0}, at
   * least one state and one article are generated as well (see the class comment).
   *
   * @param min the fewest meetings, at least 0
   * @param max the most meetings, at least {@code min}
   * @return the changed arbitrary
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ChronicleArbitrary withMeetings(int min, int max) {
    return with(config.withMeetings(Range.of("meetings", min, max)));
  }

  /**
   * Returns this arbitrary with {@code min} to {@code max} statements. With {@code min > 0}, at
   * least one state and one article are generated as well.
   *
   * @param min the fewest statements, at least 0
   * @param max the most statements, at least {@code min}
   * @return the changed arbitrary
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ChronicleArbitrary withStatements(int min, int max) {
    return with(config.withStatements(Range.of("statements", min, max)));
  }

  /**
   * Returns this arbitrary with {@code min} to {@code max} stances. With {@code min > 0}, at
   * least one state, one article and one issue are generated as well.
   *
   * @param min the fewest stances, at least 0
   * @param max the most stances, at least {@code min}
   * @return the changed arbitrary
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ChronicleArbitrary withStances(int min, int max) {
    return with(config.withStances(Range.of("stances", min, max)));
  }

  /**
   * Returns this arbitrary with {@code min} to {@code max} events. With {@code min > 0}, at least
   * one state and one article are generated as well. Events refer to the chronicle's actors (as
   * named actors, affiliations and capacities' parties), its states (places) and its articles.
   *
   * @param min the fewest events, at least 0
   * @param max the most events, at least {@code min}
   * @return the changed arbitrary
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ChronicleArbitrary withEvents(int min, int max) {
    return with(config.withEvents(Range.of("events", min, max)));
  }

  /**
   * Returns this arbitrary with {@code min} to {@code max} issues.
   *
   * @param min the fewest issues, at least 0
   * @param max the most issues, at least {@code min}
   * @return the changed arbitrary
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ChronicleArbitrary withIssues(int min, int max) {
    return with(config.withIssues(Range.of("issues", min, max)));
  }

  /**
   * Returns this arbitrary with {@code min} to {@code max} articles.
   *
   * @param min the fewest articles, at least 0
   * @param max the most articles, at least {@code min}
   * @return the changed arbitrary
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public ChronicleArbitrary withArticles(int min, int max) {
    return with(config.withArticles(Range.of("articles", min, max)));
  }

  /**
   * Returns this arbitrary with {@code min} to {@code max} participants per meeting.
   *
   * @param min the fewest participants of a meeting, at least 1
   * @param max the most participants of a meeting, at least {@code min}
   * @return the changed arbitrary
   * @throws IllegalArgumentException if {@code min} is below 1 or above {@code max}
   */
  public ChronicleArbitrary withParticipants(int min, int max) {
    if (min < 1) {
      throw new IllegalArgumentException("participants: min must be at least 1: " + min);
    }
    return with(config.withParticipants(Range.of("participants", min, max)));
  }

  /**
   * Returns this arbitrary with dates written within the years {@code first} to {@code last}. A
   * date's text lies in the range; the days it denotes may run past it ({@code 203X}, a winter
   * season, an open interval).
   *
   * @param first the first year
   * @param last the last year, not before {@code first}
   * @return the changed arbitrary
   * @throws NullPointerException if a year is null
   * @throws IllegalArgumentException if {@code first} is after {@code last}, or either lies
   *     outside 0000-9999
   */
  public ChronicleArbitrary withYears(Year first, Year last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    if (first.getValue() < 0 || last.getValue() > 9999) {
      throw new IllegalArgumentException("years must lie within 0000-9999: " + first + ".." + last);
    }
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("first year " + first + " is after last year " + last);
    }
    return with(config.withYears(first, last));
  }

  private ChronicleArbitrary with(Config changed) {
    return new ChronicleArbitrary(changed);
  }

  /**
   * The arbitrary this one stands for, built once per configuration.
   *
   * @return the arbitrary of chronicles
   * @throws IllegalArgumentException if a meeting, statement or stance is asked for but a kind it
   *     needs may not be generated (for example {@code withMeetings(1, 5).withArticles(0, 0)})
   */
  @Override
  protected Arbitrary<Chronicle> arbitrary() {
    return BUILT.computeIfAbsent(config.effective(), ChronicleArbitrary::build);
  }

  private static Arbitrary<Chronicle> build(Config c) {
    Refs refs = Refs.placeholders(c.firstYear, c.lastYear);
    Arbitrary<Tuple.Tuple2<Issue, Optional<Integer>>> issues =
        Combinators.combine(
                ClaimArbitraries.issues(
                    IdArbitraries.ISSUE_IDS, Arbitraries.just(Optional.empty())),
                Arbitraries.integers()
                    .between(0, ChronicleMapping.Placeholders.COUNT - 1)
                    .optional(0.5))
            .as(Tuple::of);
    Arbitrary<Meeting> meetings =
        MeetingArbitraries.meetings(
            IdArbitraries.MEETING_IDS, refs, c.participants.min, c.participants.max, true);
    return Combinators.combine(
            records(ActorArbitraries.states(IdArbitraries.STATE_IDS), State::id, c.states),
            records(
                ActorArbitraries.officials(IdArbitraries.OFFICIAL_IDS, refs),
                Official::id,
                c.officials),
            records(
                ActorArbitraries.organizations(IdArbitraries.ORGANIZATION_IDS, refs),
                Organization::id,
                c.organizations),
            records(meetings, Meeting::id, c.meetings),
            records(
                ClaimArbitraries.statements(IdArbitraries.STATEMENT_IDS, refs),
                Statement::id,
                c.statements),
            // jqwik combines at most eight arbitraries: stances and events go as a pair.
            Combinators.combine(
                    records(
                        ClaimArbitraries.stances(IdArbitraries.STANCE_IDS, refs),
                        Stance::id,
                        c.stances),
                    records(
                        EventArbitraries.events(IdArbitraries.EVENT_IDS, refs),
                        Event::id,
                        c.events))
                .as(Tuple::of),
            records(issues, t -> t.get1().id(), c.issues),
            records(
                SourceArbitraries.articles(IdArbitraries.ARTICLE_IDS, refs.dates),
                Article::id,
                c.articles))
        .as(
            (states,
                officials,
                organizations,
                meetingList,
                statements,
                stancesAndEvents,
                issueList,
                articles) ->
                new ChronicleMapping(states, officials, organizations, issueList, articles)
                    .chronicle(
                        meetingList,
                        statements,
                        stancesAndEvents.get1(),
                        stancesAndEvents.get2()));
  }

  /** Lists of records with different ids, in about equal shares of each size. */
  private static <R> Arbitrary<List<R>> records(
      Arbitrary<R> records, Function<R, Object> id, Range range) {
    return records
        .list()
        .uniqueElements(id)
        .ofMinSize(range.min)
        .ofMaxSize(range.max)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  /**
   * Describes the configuration, for test reports.
   *
   * @return for example {@code ChronicleArbitrary{states=1..4, ..., years=1900..2100}}
   */
  @Override
  public String toString() {
    return "ChronicleArbitrary" + config;
  }

  /** A range of counts, from {@code min} to {@code max}. */
  private record Range(int min, int max) {

    static Range of(String what, int min, int max) {
      if (min < 0) {
        throw new IllegalArgumentException(what + ": min must not be negative: " + min);
      }
      if (max < min) {
        throw new IllegalArgumentException(what + ": max " + max + " is below min " + min);
      }
      return new Range(min, max);
    }

    /** This range with at least one, or an error naming {@code what} and {@code why}. */
    Range atLeastOne(String what, String why) {
      if (min >= 1) {
        return this;
      }
      if (max < 1) {
        throw new IllegalArgumentException(
            why + " need at least one of " + what + ", but at most " + max + " may be generated");
      }
      return new Range(1, max);
    }

    @Override
    public String toString() {
      return min + ".." + max;
    }
  }

  /** The ranges and years of a configuration; a value, the key of {@link #BUILT}. */
  private record Config(
      Range states,
      Range officials,
      Range organizations,
      Range meetings,
      Range statements,
      Range stances,
      Range events,
      Range issues,
      Range articles,
      Range participants,
      Year firstYear,
      Year lastYear) {

    Config withStates(Range r) {
      return new Config(r, officials, organizations, meetings, statements, stances, events,
          issues, articles, participants, firstYear, lastYear);
    }

    Config withOfficials(Range r) {
      return new Config(states, r, organizations, meetings, statements, stances, events,
          issues, articles, participants, firstYear, lastYear);
    }

    Config withOrganizations(Range r) {
      return new Config(states, officials, r, meetings, statements, stances, events,
          issues, articles, participants, firstYear, lastYear);
    }

    Config withMeetings(Range r) {
      return new Config(states, officials, organizations, r, statements, stances, events,
          issues, articles, participants, firstYear, lastYear);
    }

    Config withStatements(Range r) {
      return new Config(states, officials, organizations, meetings, r, stances, events,
          issues, articles, participants, firstYear, lastYear);
    }

    Config withStances(Range r) {
      return new Config(states, officials, organizations, meetings, statements, r, events,
          issues, articles, participants, firstYear, lastYear);
    }

    Config withEvents(Range r) {
      return new Config(states, officials, organizations, meetings, statements, stances, r,
          issues, articles, participants, firstYear, lastYear);
    }

    Config withIssues(Range r) {
      return new Config(states, officials, organizations, meetings, statements, stances, events,
          r, articles, participants, firstYear, lastYear);
    }

    Config withArticles(Range r) {
      return new Config(states, officials, organizations, meetings, statements, stances, events,
          issues, r, participants, firstYear, lastYear);
    }

    Config withParticipants(Range r) {
      return new Config(states, officials, organizations, meetings, statements, stances, events,
          issues, articles, r, firstYear, lastYear);
    }

    Config withYears(Year first, Year last) {
      return new Config(states, officials, organizations, meetings, statements, stances, events,
          issues, articles, participants, first, last);
    }

    /**
     * This configuration with the records that asked-for meetings, statements, stances and events
     * need:
     * a state (an actor and a party), an article (a source) and, for stances, an issue.
     */
    Config effective() {
      return needing("meetings", meetings, false)
          .needing("statements", statements, false)
          .needing("stances", stances, true)
          .needing("events", events, false);
    }

    private Config needing(String claims, Range asked, boolean needsIssue) {
      if (asked.min == 0) {
        return this;
      }
      String why = claims + " " + asked;
      Config c =
          withStates(states.atLeastOne("states", why))
              .withArticles(articles.atLeastOne("articles", why));
      return needsIssue ? c.withIssues(issues.atLeastOne("issues", why)) : c;
    }

    @Override
    public String toString() {
      return "{states=" + states
          + ", officials=" + officials
          + ", organizations=" + organizations
          + ", meetings=" + meetings
          + ", statements=" + statements
          + ", stances=" + stances
          + ", events=" + events
          + ", issues=" + issues
          + ", articles=" + articles
          + ", participants=" + participants
          + ", years=" + firstYear + ".." + lastYear + "}";
    }
  }
}
