package dev.parley.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.graph.ValueGraph;
import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Issue;
import dev.parley.core.Event;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingStatus;
import dev.parley.core.MeetingId;
import dev.parley.core.Named;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.Participant;
import dev.parley.core.Post;
import dev.parley.core.Stance;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.Statement;
import dev.parley.core.StatementId;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The questions an analyst asks of a {@link Chronicle}, answered on indexes built once per
 * chronicle. Get it from {@link Chronicle#query()}, which builds it once and keeps it.
 *
 * <p>Each index is built on first use, in time linear in the records it covers, exactly once
 * even when several threads ask at the same time; a {@code Queries} is safe to share between
 * threads. Every result is immutable. See the {@linkplain dev.parley.core.query package
 * documentation} for the order of results and how uncertain dates are compared.
 */
public final class Queries {
  /** Chronological order of meetings: by date, then id. */
  static final Comparator<Meeting> MEETING_ORDER =
      Comparator.comparing(Meeting::date).thenComparing(Meeting::id);

  /** Chronological order of statements: by date, then id. */
  static final Comparator<Statement> STATEMENT_ORDER =
      Comparator.comparing(Statement::date).thenComparing(Statement::id);

  /** Chronological order of events: by date, then id. */
  static final Comparator<Event> EVENT_ORDER =
      Comparator.comparing(Event::date).thenComparing(Event::id);

  /** Stances by validity (FuzzyDate's chronological order), then id. */
  static final Comparator<Stance> STANCE_ORDER =
      Comparator.comparing(Stance::validity).thenComparing(Stance::id);

  private final Chronicle chronicle;
  private final Supplier<MeetingIndex> meetings;
  private final Supplier<StatementIndex> statements;
  private final Supplier<EventIndex> events;
  private final Supplier<ImmutableListMultimap<ActorRef, Stance>> stancesByHolder;
  private final Supplier<ImmutableListMultimap<HolderIssue, Stance>> stancesByHolderIssue;
  private final Supplier<Map<Stance, FuzzyDate>> reaches;
  private final Supplier<ImmutableListMultimap<OrganizationId, Stance>> stancesByGovernment;
  private final Supplier<ImmutableListMultimap<Post, Holding>> holdingsByPost;
  private final Supplier<ValueGraph<ActorRef, Integer>> coAttendance;
  private final Supplier<ImmutableList<TimelineEntry>> timeline;
  private final Supplier<ImmutableListMultimap<IssueId, IssueId>> issueChildren;
  private final Supplier<ImmutableSetMultimap<String, ActorRef>> actorsByName;
  private final Supplier<ImmutableListMultimap<String, Issue>> issuesByLabel;

  private Queries(Chronicle chronicle) {
    this.chronicle = chronicle;
    this.meetings = Suppliers.memoize(() -> new MeetingIndex(chronicle.meetings()));
    this.statements = Suppliers.memoize(() -> new StatementIndex(chronicle.statements()));
    this.events = Suppliers.memoize(() -> new EventIndex(chronicle.events()));
    this.stancesByHolder = Suppliers.memoize(this::indexStances);
    this.stancesByHolderIssue = Suppliers.memoize(this::indexStancesByIssue);
    this.reaches = Suppliers.memoize(this::indexReaches);
    this.stancesByGovernment = Suppliers.memoize(this::indexStancesByGovernment);
    this.holdingsByPost = Suppliers.memoize(this::indexHoldings);
    this.coAttendance = Suppliers.memoize(this::buildCoAttendance);
    this.timeline = Suppliers.memoize(this::buildTimeline);
    this.issueChildren = Suppliers.memoize(this::indexIssueChildren);
    this.actorsByName = Suppliers.memoize(this::indexActorNames);
    this.issuesByLabel = Suppliers.memoize(this::indexIssueLabels);
  }

  /**
   * Returns queries over {@code chronicle}, building no index yet. Prefer {@link
   * Chronicle#query()}, which keeps one instance per chronicle so that indexes are built once.
   *
   * @param chronicle the chronicle to query
   * @return the queries
   * @throws NullPointerException if {@code chronicle} is null
   */
  public static Queries of(Chronicle chronicle) {
    return new Queries(requireNonNull(chronicle, "chronicle"));
  }

  /**
   * The chronicle queried.
   *
   * @return the chronicle
   */
  public Chronicle chronicle() {
    return chronicle;
  }

  /**
   * All meetings, to narrow down with {@link MeetingQuery}'s filters.
   *
   * <pre>{@code
   * q.meetings().attendedBy(StateId.of("SYR")).since(LocalDate.of(2023, 1, 1)).list();
   * }</pre>
   *
   * @return a query matching every meeting
   */
  public MeetingQuery meetings() {
    return new MeetingQuery(meetings.get(), this);
  }

  /**
   * All statements, to narrow down with {@link StatementQuery}'s filters.
   *
   * @return a query matching every statement
   */
  public StatementQuery statements() {
    return new StatementQuery(statements.get(), this);
  }

  /**
   * All events, to narrow down with {@link EventQuery}'s filters.
   *
   * <pre>{@code
   * q.events().inCategory(PloverCategory.ASSAULT).byTarget(StateId.of("TUR")).list();
   * }</pre>
   *
   * @return a query matching every event
   */
  public EventQuery events() {
    return new EventQuery(events.get());
  }

  /**
   * The meetings an official attended, named among the participants: {@linkplain
   * MeetingStatus#HELD held} meetings only, as in {@link MeetingQuery#attendedBy}. For meetings
   * of every status use {@link MeetingQuery#involving}.
   *
   * <p>Cost: O(answer).
   *
   * @param official the official
   * @return the attendances, chronological then by meeting id, none of them inferred
   * @throws NullPointerException if {@code official} is null
   */
  public List<Attendance> attendance(OfficialId official) {
    requireNonNull(official, "official");
    ImmutableList.Builder<Attendance> result = ImmutableList.builder();
    for (Meeting m : meetings.get().attendedBy(official)) {
      result.add(new Attendance(m, namedParticipant(m, official), false));
    }
    return result.build();
  }

  /**
   * The {@linkplain MeetingStatus#HELD held} meetings an official attended, named or {@linkplain
   * Attendance#inferred() inferred}: a
   * participant known only by its capacity counts when the official held that post (its
   * {@linkplain Post#office() office}, whatever the titles), by a tenure
   * that certainly covers every day the meeting's date counts for ({@link
   * FuzzyDate#certainStart()} to {@link FuzzyDate#certainEnd()} of the term around the meeting
   * date's {@link FuzzyDate#earliestDay()} to {@link FuzzyDate#latestDay()}).
   *
   * <p>One attendance per meeting. A meeting that names the official gives the first participant
   * naming it. Otherwise, the attendance stands on the first participant, in the meeting's order
   * of {@link Meeting#participants()}, that is known only by a capacity the official held so; the
   * order of the official's tenures plays no part. So when an official holds two posts on the
   * day and the meeting lists a capacity-only participant in each, the one listed first is given.
   *
   * <p>Cost: O(answer + the meetings with a capacity-only participant in one of the official's
   * posts).
   *
   * @param official the official
   * @return the attendances, chronological then by meeting id; an official named in a meeting
   *     is not inferred there again
   * @throws NullPointerException if {@code official} is null
   */
  public List<Attendance> attendanceIncludingInferred(OfficialId official) {
    List<Attendance> named = attendance(official);
    Optional<Official> person = chronicle.official(official);
    if (person.isEmpty()) {
      return named;
    }
    Set<MeetingId> seen = new HashSet<>();
    named.forEach(a -> seen.add(a.meeting().id()));
    // Per meeting not naming the official, the offices it held there by a covering tenure.
    Map<MeetingId, Set<Post>> heldAt = new HashMap<>();
    Map<MeetingId, Meeting> candidates = new HashMap<>();
    for (Tenure tenure : person.get().tenures()) {
      Post office = tenure.post().office();
      for (Meeting m : meetings.get().withUnnamedCapacity(office)) {
        if (!seen.contains(m.id()) && m.status() == MeetingStatus.HELD
            && covers(tenure.term(), m.date())) {
          heldAt.computeIfAbsent(m.id(), id -> new HashSet<>()).add(office);
          candidates.put(m.id(), m);
        }
      }
    }
    List<Attendance> all = new ArrayList<>(named);
    for (Meeting m : candidates.values()) {
      Set<Post> offices = heldAt.get(m.id());
      for (Participant p : m.participants()) {
        if (p.actor().isEmpty()
            && p.capacity().map(c -> offices.contains(c.office())).orElse(false)) {
          all.add(new Attendance(m, p, true));
          break;
        }
      }
    }
    all.sort(Comparator.comparing(Attendance::meeting, MEETING_ORDER));
    return ImmutableList.copyOf(all);
  }

  /** Whether a term certainly covers every day a date counts for. */
  static boolean covers(FuzzyDate term, FuzzyDate date) {
    return !term.certainStart().isAfter(date.earliestDay())
        && !date.latestDay().isAfter(term.certainEnd());
  }

  private static Participant namedParticipant(Meeting m, OfficialId official) {
    for (Participant p : m.participants()) {
      if (p.actor().equals(Optional.of(official))) {
        return p;
      }
    }
    throw new IllegalStateException("index out of step with meeting " + m.id());
  }

  /** A holder and an issue: the key of a holder's stances on one issue. */
  private record HolderIssue(ActorRef holder, IssueId issue) {}

  /**
   * Whether a stance is taken to hold on {@code day}: whether {@link #evidencedValidity} certainly
   * includes the day ({@link FuzzyDate#certainlyIncludes}). This is the rule of every "as of"
   * query ({@link #stancesAsOf}, {@link #compareStances}). In days, with the stance's {@link
   * Stance#validity() validity} {@code V}:
   *
   * <ul>
   *   <li>an open end ({@code S/..}, asserted to hold still), a closed end ({@code S/E}, the last
   *       day attested, {@link Stance#ended() ended} or not) and a single date hold on the days
   *       {@code V} certainly includes, {@link FuzzyDate#certainStart()} to {@link
   *       FuzzyDate#certainEnd()};
   *   <li>an unknown end ({@code S/}) reaches the last day its evidence attests, {@code L}: the
   *       greatest {@link FuzzyDate#earliest()} of the dates of its {@linkplain Stance#evidence()
   *       evidence} statements in the chronicle. When {@code L} is not before {@code
   *       S.earliest()}, the stance holds from {@code min(S.latest(), L)} to {@code L} (the days
   *       {@code S/L} certainly includes); otherwise (no evidence in the chronicle, or only
   *       evidence made before {@code S}) on the days {@code V} itself certainly includes, which
   *       reach no further than {@code S}.
   * </ul>
   *
   * <p>So a stance is never taken past its last evidence unless an open end is asserted.
   *
   * <pre>{@code
   * // validity 2016-12-20/, evidence made on 2016-12-20 and 2017-01-10:
   * q.holdsOn(stance, LocalDate.of(2017, 1, 10)); // true
   * q.holdsOn(stance, LocalDate.of(2023, 5, 10)); // false: nothing attests it then
   * }</pre>
   *
   * <p>Cost: O(1) for a stance of the chronicle (every stance's reach is computed once, on first
   * use); O(evidence · log statements) for another.
   *
   * @param stance a stance, usually of the chronicle; its evidence is looked up in the chronicle
   * @param day the day
   * @return whether the stance is taken to hold that day
   * @throws NullPointerException if an argument is null
   */
  public boolean holdsOn(Stance stance, LocalDate day) {
    requireNonNull(day, "day");
    return evidencedValidity(stance).certainlyIncludes(day);
  }

  /**
   * The validity of a stance as the "as of" queries read it ({@link #holdsOn}): the {@linkplain
   * Stance#validity() validity} itself, except that an unknown end ({@code S/}) reads as the last
   * day its evidence attests, {@code L}, giving {@code S/L}, when {@code L} is not before {@code
   * S.earliest()}.
   *
   * <pre>{@code
   * // validity 2016-12-20/, evidence made on 2016-12-20 and 2017-01-10:
   * q.evidencedValidity(stance); // 2016-12-20/2017-01-10
   * }</pre>
   *
   * @param stance a stance, usually of the chronicle; its evidence is looked up in the chronicle
   * @return the validity with an unknown end bounded by the evidence
   * @throws NullPointerException if {@code stance} is null
   */
  public FuzzyDate evidencedValidity(Stance stance) {
    requireNonNull(stance, "stance");
    FuzzyDate known = reaches.get().get(stance);
    return known != null ? known : reach(stance);
  }

  /** {@link #evidencedValidity}, computed. */
  private FuzzyDate reach(Stance stance) {
    FuzzyDate validity = stance.validity();
    if (!validity.isUnknownEnd()) {
      return validity;
    }
    FuzzyDate start = validity.start().orElseThrow(); // an interval has at least one date
    LocalDate last = null;
    for (StatementId id : stance.evidence()) {
      Optional<Statement> evidence = chronicle.statement(id);
      if (evidence.isPresent()) {
        LocalDate made = evidence.get().date().earliest();
        if (last == null || made.isAfter(last)) {
          last = made;
        }
      }
    }
    if (last == null || last.isBefore(start.earliest())) {
      return validity;
    }
    return FuzzyDate.interval(start, FuzzyDate.of(last));
  }

  /** The reach of each of the chronicle's stances, by identity: a lookup costs no hashing. */
  private Map<Stance, FuzzyDate> indexReaches() {
    Map<Stance, FuzzyDate> index = new IdentityHashMap<>();
    for (Stance s : chronicle.stances()) {
      index.put(s, reach(s));
    }
    return index;
  }

  /**
   * The stances a holder takes on an issue that hold on {@code day} ({@link #holdsOn}: the
   * validity certainly includes the day, an unknown end reaching no further than the evidence).
   *
   * <p>Cost: O(the holder's stances on that issue).
   *
   * @param holder the holder
   * @param issue the issue
   * @param day the day
   * @return the stances, by validity then id; usually one or none
   * @throws NullPointerException if an argument is null
   */
  public List<Stance> stancesAsOf(ActorRef holder, IssueId issue, LocalDate day) {
    requireNonNull(issue, "issue");
    requireNonNull(day, "day");
    return stanceHistory(holder, issue).stream()
        .filter(s -> holdsOn(s, day))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The stances that belong to a government ({@link Stance#government()}): a state's positions
   * under one of its governments, told apart from those under another.
   *
   * <pre>{@code
   * q.stancesUnder(OrganizationId.of("syria-government-2024"));
   * }</pre>
   *
   * <p>Cost: O(answer).
   *
   * @param government the government's id
   * @return the stances, by validity then id
   * @throws NullPointerException if {@code government} is null
   */
  public List<Stance> stancesUnder(OrganizationId government) {
    return stancesByGovernment.get().get(requireNonNull(government, "government"));
  }

  /**
   * Every stance a holder takes, on any issue.
   *
   * <p>Cost: O(answer).
   *
   * @param holder the holder
   * @return the stances, by validity then id
   * @throws NullPointerException if {@code holder} is null
   */
  public List<Stance> stancesOf(ActorRef holder) {
    return stancesByHolder.get().get(requireNonNull(holder, "holder"));
  }

  /**
   * How a holder's stance on an issue changed over time.
   *
   * <p>Cost: O(answer).
   *
   * @param holder the holder
   * @param issue the issue
   * @return the holder's stances on the issue, by validity then id
   * @throws NullPointerException if an argument is null
   */
  public List<Stance> stanceHistory(ActorRef holder, IssueId issue) {
    return stancesByHolderIssue.get().get(
        new HolderIssue(requireNonNull(holder, "holder"), requireNonNull(issue, "issue")));
  }

  /**
   * Where two holders agree and differ on {@code day}: a comparison for each issue on which both
   * hold a stance that day ({@link #holdsOn}). Where a holder has several stances on an issue
   * that day, the one that began last counts.
   *
   * <p>Cost: O(the two holders' stances).
   *
   * @param first a holder
   * @param second another holder
   * @param day the day
   * @return the comparisons, by issue id
   * @throws NullPointerException if an argument is null
   */
  public List<StanceComparison> compareStances(ActorRef first, ActorRef second, LocalDate day) {
    requireNonNull(day, "day");
    Map<IssueId, Stance> firsts = currentByIssue(first, day);
    Map<IssueId, Stance> seconds = currentByIssue(second, day);
    return firsts.keySet().stream()
        .filter(seconds::containsKey)
        .sorted()
        .map(i -> new StanceComparison(i, firsts.get(i), seconds.get(i)))
        .collect(ImmutableList.toImmutableList());
  }

  private Map<IssueId, Stance> currentByIssue(ActorRef holder, LocalDate day) {
    Map<IssueId, Stance> current = new HashMap<>();
    for (Stance s : stancesOf(holder)) {
      if (holdsOn(s, day)) {
        current.put(s.issue(), s); // in validity order: the later one wins
      }
    }
    return current;
  }

  /**
   * Who held a post on a day: the officials with a tenure of that post's {@linkplain Post#office()
   * office} (whatever its title) that certainly covers the day.
   *
   * <pre>{@code
   * q.holders(Post.of(PostRole.FOREIGN_MINISTER, StateId.of("TUR")), LocalDate.of(2023, 5, 10));
   * }</pre>
   *
   * <p>Cost: O(the post's tenures).
   *
   * @param post the post
   * @param day the day
   * @return the holdings, by official id; usually one or none
   * @throws NullPointerException if an argument is null
   */
  public List<Holding> holders(Post post, LocalDate day) {
    requireNonNull(day, "day");
    return holdingsByPost.get().get(requireNonNull(post, "post").office()).stream()
        .filter(h -> h.tenure().certainlyHeldOn(day))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * An official's posts over time.
   *
   * <p>Cost: O(the official's tenures · log).
   *
   * @param official the official
   * @return the tenures, by term ({@link FuzzyDate}'s chronological order); empty for an
   *     unknown official
   * @throws NullPointerException if {@code official} is null
   */
  public List<Tenure> career(OfficialId official) {
    return chronicle.official(requireNonNull(official, "official"))
        .map(o -> ImmutableList.sortedCopyOf(Comparator.comparing(Tenure::term), o.tenures()))
        .orElse(ImmutableList.of());
  }

  /**
   * Who met whom, and how often: a graph whose nodes are the named participants of held meetings
   * (officials, and states or organizations taking part as such), with an edge between two
   * actors weighted by the number of meetings both attended. Only meetings whose {@linkplain
   * Meeting#status() status} is {@link MeetingStatus#HELD} count: the participants of a
   * proposed, planned or postponed meeting were expected, not met. Participants known only by
   * capacity are not nodes.
   *
   * <p>The graph is immutable and undirected, without self-loops; nodes iterate in the order
   * they first take part in a held meeting (in the chronicle's meeting order), and each node's
   * adjacent nodes in that order too. It is held as sorted adjacency arrays rather than as a
   * Guava {@code ImmutableValueGraph} (a million meetings' 2.7 million edges build in a fraction
   * of the time and memory); like every {@link ValueGraph}, it equals any undirected value graph
   * with the same nodes, edges and values, and {@code ImmutableValueGraph.copyOf} turns it into
   * one.
   *
   * <p>Cost: built once, in O(sum over meetings of named participants squared, plus each node's
   * edges sorted); an edge's value is found by binary search among the node's neighbours.
   *
   * @return the co-attendance graph
   */
  public ValueGraph<ActorRef, Integer> coAttendance() {
    return coAttendance.get();
  }

  /**
   * Every dated entry of the chronicle, in order: each meeting's status changes as reported, each
   * statement made, and each {@link Event}. Entries are ordered by date ({@link FuzzyDate}'s
   * chronological order: an open start first, an unknown start as its known end, so {@code
   * /2023-01-11?} sorts as 11 January 2023); on equal dates, meetings' reports come first, then
   * statements, then events, each by id, and one meeting's reports keep their history order.
   *
   * <p>Cost: built once, in O(n log n).
   *
   * @return the timeline, immutable
   */
  public List<TimelineEntry> timeline() {
    return timeline.get();
  }

  // ---------------------------------------------------------------------------------------------
  // Lookup by name and label, the issue hierarchy, resolved evidence

  /**
   * The states known by {@code name}: their {@linkplain Named#name() name} or one of their other
   * names, ignoring case as {@link Named#isKnownAs} does (character by character, so that the
   * Turkish dotted and dotless I match their other case).
   *
   * <pre>{@code
   * q.statesNamed("turkey");   // [Türkiye], when "Turkey" is among its other names
   * }</pre>
   *
   * <p>Cost: O(answer), on an index of every name built once.
   *
   * @param name the name to look for
   * @return the states {@code s} with {@code s.isKnownAs(name)}, by id; immutable
   * @throws NullPointerException if {@code name} is null
   */
  public List<State> statesNamed(String name) {
    return named(name, StateId.class, id -> chronicle.state(id));
  }

  /**
   * The officials known by {@code name}: their name or one of their other names
   * (transliterations such as "Sergei" and "Sergey"), ignoring case as {@link Named#isKnownAs}
   * does.
   *
   * <pre>{@code
   * q.officialsNamed("SERGEI LAVROV");   // [Sergey Lavrov]
   * q.officialsNamed("İbrahim Kalın");   // also found as "ibrahim kalın"
   * }</pre>
   *
   * <p>Cost: O(answer), on an index of every name built once.
   *
   * @param name the name to look for
   * @return the officials {@code o} with {@code o.isKnownAs(name)}, by id; immutable
   * @throws NullPointerException if {@code name} is null
   */
  public List<Official> officialsNamed(String name) {
    return named(name, OfficialId.class, id -> chronicle.official(id));
  }

  /**
   * The organizations known by {@code name}: their name or one of their other names, ignoring
   * case as {@link Named#isKnownAs} does.
   *
   * <pre>{@code
   * q.organizationsNamed("russian mod");
   * }</pre>
   *
   * <p>Cost: O(answer), on an index of every name built once.
   *
   * @param name the name to look for
   * @return the organizations {@code o} with {@code o.isKnownAs(name)}, by id; immutable
   * @throws NullPointerException if {@code name} is null
   */
  public List<Organization> organizationsNamed(String name) {
    return named(name, OrganizationId.class, id -> chronicle.organization(id));
  }

  /**
   * Every actor known by {@code name}, of any kind: states first, then officials, then
   * organizations, each by id. Resolve one with {@link Chronicle#actor(ActorRef)}.
   *
   * <pre>{@code
   * q.actorsNamed("Turkey");   // [state:TUR]
   * }</pre>
   *
   * <p>Cost: O(answer), on an index of every name built once.
   *
   * @param name the name to look for
   * @return the references of the actors {@code a} with {@code a.isKnownAs(name)}; immutable
   * @throws NullPointerException if {@code name} is null
   */
  public List<ActorRef> actorsNamed(String name) {
    requireNonNull(name, "name");
    return actorsByName.get().get(foldCase(name)).stream()
        .filter(ref -> chronicle.actor(ref).map(a -> a.isKnownAs(name)).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  private <I extends ActorRef, E> List<E> named(
      String name, Class<I> kind, Function<I, Optional<E>> lookup) {
    ImmutableList.Builder<E> result = ImmutableList.builder();
    for (ActorRef ref : actorsNamed(name)) {
      if (kind.isInstance(ref)) {
        lookup.apply(kind.cast(ref)).ifPresent(result::add);
      }
    }
    return result.build();
  }

  /**
   * The issues whose {@linkplain Issue#label() label} is {@code label}, ignoring case as {@link
   * Named#isKnownAs} does. Labels need not be unique, so several may match.
   *
   * <pre>{@code
   * q.issuesLabelled("return of syrian refugees");   // [syrian-refugee-return]
   * }</pre>
   *
   * <p>Cost: O(answer), on an index of labels built once.
   *
   * @param label the label to look for
   * @return the issues with that label, by id; immutable
   * @throws NullPointerException if {@code label} is null
   */
  public List<Issue> issuesLabelled(String label) {
    requireNonNull(label, "label");
    return issuesByLabel.get().get(foldCase(label)).stream()
        .filter(i -> i.label().equalsIgnoreCase(label))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * An issue and every issue below it in the hierarchy: its children ({@link Issue#parent()} is
   * the issue), their children, and so on.
   *
   * <pre>{@code
   * q.issueAndNarrower(IssueId.of("syrian-refugees"));   // it, syrian-refugee-return, ...
   * }</pre>
   *
   * <p>Cost: O(answer · log), on an index of children built once.
   *
   * @param issue the broadest issue
   * @return the issue first, then the narrower issues by id; empty if the chronicle has no such
   *     issue; immutable
   * @throws NullPointerException if {@code issue} is null
   */
  public List<Issue> issueAndNarrower(IssueId issue) {
    Set<IssueId> ids = issueAndNarrowerIds(requireNonNull(issue, "issue"));
    ImmutableList.Builder<Issue> result = ImmutableList.builder();
    chronicle.issue(issue).ifPresent(result::add);
    ids.stream().filter(id -> !id.equals(issue)).sorted()
        .forEach(id -> chronicle.issue(id).ifPresent(result::add));
    return result.build();
  }

  /** The issue and its descendants, as ids; just the issue when the chronicle lacks it. */
  Set<IssueId> issueAndNarrowerIds(IssueId issue) {
    ImmutableListMultimap<IssueId, IssueId> children = issueChildren.get();
    Set<IssueId> seen = new LinkedHashSet<>();
    List<IssueId> todo = new ArrayList<>(List.of(issue));
    while (!todo.isEmpty()) {
      IssueId next = todo.remove(todo.size() - 1);
      if (seen.add(next)) { // the chronicle has no cycles; this guards the loop regardless
        todo.addAll(children.get(next));
      }
    }
    return ImmutableSet.copyOf(seen);
  }

  /** The records indexed under any of {@code keys}, each once, in {@code order}. */
  static <K, T> List<T> union(Set<K> keys, Function<K, List<T>> index, Comparator<T> order) {
    Set<T> all = new LinkedHashSet<>();
    keys.forEach(k -> all.addAll(index.apply(k)));
    return ImmutableList.sortedCopyOf(order, all);
  }

  /**
   * The statements a stance rests on ({@link Stance#evidence()}), resolved in one call.
   *
   * <pre>{@code
   * q.evidence(stance).forEach(s -> System.out.println(s.date() + " " + s.text().orElse("")));
   * }</pre>
   *
   * <p>Cost: O(evidence · log n).
   *
   * @param stance a stance of this chronicle
   * @return the statements, chronological then by id, each once; immutable
   * @throws NullPointerException if {@code stance} is null
   * @throws IllegalArgumentException if a statement of its evidence is not in this chronicle
   */
  public List<Statement> evidence(Stance stance) {
    requireNonNull(stance, "stance");
    Set<Statement> found = new LinkedHashSet<>();
    stance.evidence().forEach(id -> found.add(chronicle.statement(id).orElseThrow(
        () -> new IllegalArgumentException("stance " + stance.id() + " cites statement " + id
            + ", which this chronicle lacks"))));
    return ImmutableList.sortedCopyOf(STATEMENT_ORDER, found);
  }

  /**
   * A name folded so that two names have equal folds when {@link String#equalsIgnoreCase} holds:
   * each code point upper-cased, then lower-cased, as that method compares them.
   */
  static String foldCase(String name) {
    StringBuilder b = new StringBuilder(name.length());
    name.codePoints().forEach(
        cp -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
    return b.toString();
  }

  private ImmutableSetMultimap<String, ActorRef> indexActorNames() {
    ImmutableSetMultimap.Builder<String, ActorRef> index = ImmutableSetMultimap.builder();
    chronicle.states().forEach(a -> indexNames(index, a, a.id()));
    chronicle.officials().forEach(a -> indexNames(index, a, a.id()));
    chronicle.organizations().forEach(a -> indexNames(index, a, a.id()));
    return index.build();
  }

  private static void indexNames(
      ImmutableSetMultimap.Builder<String, ActorRef> index, Named actor, ActorRef ref) {
    index.put(foldCase(actor.name()), ref);
    actor.otherNames().forEach(n -> index.put(foldCase(n), ref));
  }

  private ImmutableListMultimap<String, Issue> indexIssueLabels() {
    ImmutableListMultimap.Builder<String, Issue> index = ImmutableListMultimap.builder();
    chronicle.issues().forEach(i -> index.put(foldCase(i.label()), i));
    return index.build();
  }

  private ImmutableListMultimap<IssueId, IssueId> indexIssueChildren() {
    ImmutableListMultimap.Builder<IssueId, IssueId> index = ImmutableListMultimap.builder();
    chronicle.issues().forEach(i -> i.parent().ifPresent(p -> index.put(p, i.id())));
    return index.build();
  }

  private ImmutableListMultimap<ActorRef, Stance> indexStances() {
    ImmutableListMultimap.Builder<ActorRef, Stance> index = ImmutableListMultimap.builder();
    index.orderValuesBy(STANCE_ORDER);
    chronicle.stances().forEach(s -> index.put(s.holder(), s));
    return index.build();
  }

  private ImmutableListMultimap<HolderIssue, Stance> indexStancesByIssue() {
    ImmutableListMultimap.Builder<HolderIssue, Stance> index = ImmutableListMultimap.builder();
    index.orderValuesBy(STANCE_ORDER);
    chronicle.stances().forEach(s -> index.put(new HolderIssue(s.holder(), s.issue()), s));
    return index.build();
  }

  private ImmutableListMultimap<OrganizationId, Stance> indexStancesByGovernment() {
    ImmutableListMultimap.Builder<OrganizationId, Stance> index = ImmutableListMultimap.builder();
    index.orderValuesBy(STANCE_ORDER);
    chronicle.stances().forEach(s -> s.government().ifPresent(g -> index.put(g, s)));
    return index.build();
  }

  private ImmutableListMultimap<Post, Holding> indexHoldings() {
    ImmutableListMultimap.Builder<Post, Holding> index = ImmutableListMultimap.builder();
    // Officials are in id order, so each post's holdings are too.
    for (Official o : chronicle.officials()) {
      o.tenures().forEach(t -> index.put(t.post().office(), new Holding(o, t)));
    }
    return index.build();
  }

  private ValueGraph<ActorRef, Integer> buildCoAttendance() {
    // Actors are numbered in the order first met; pairs are counted in a table of packed ints,
    // and the graph's adjacency arrays are laid out once from the counts.
    Map<ActorRef, Integer> numbers = new HashMap<>();
    List<ActorRef> nodes = new ArrayList<>();
    PairCounts pairs = new PairCounts(chronicle.meetings().size());
    int[] present = new int[8];
    for (Meeting m : chronicle.meetings()) {
      if (m.status() != MeetingStatus.HELD) {
        continue;
      }
      int n = 0;
      for (Participant p : m.participants()) {
        if (p.actor().isEmpty()) {
          continue;
        }
        ActorRef actor = p.actor().get();
        Integer number = numbers.get(actor);
        if (number == null) {
          number = nodes.size();
          numbers.put(actor, number);
          nodes.add(actor);
        }
        if (!contains(present, n, number)) {
          if (n == present.length) {
            present = Arrays.copyOf(present, n * 2);
          }
          present[n++] = number;
        }
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          pairs.increment(present[i], present[j]);
        }
      }
    }
    return CountGraph.of(nodes, pairs);
  }

  private static boolean contains(int[] values, int n, int value) {
    for (int i = 0; i < n; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }


  private ImmutableList<TimelineEntry> buildTimeline() {
    List<TimelineEntry> entries = new ArrayList<>();
    for (Meeting m : chronicle.meetings()) {
      for (StatusChange c : m.statusHistory()) {
        entries.add(new TimelineEntry.MeetingReported(m, c));
      }
    }
    chronicle.statements().forEach(s -> entries.add(new TimelineEntry.StatementMade(s)));
    chronicle.events().forEach(e -> entries.add(new TimelineEntry.EventReported(e)));
    Comparator<TimelineEntry> order = Comparator.comparing(TimelineEntry::date)
        .thenComparing(e -> e instanceof TimelineEntry.MeetingReported ? 0
            : e instanceof TimelineEntry.StatementMade ? 1 : 2)
        .thenComparing(Queries::entryId);
    entries.sort(order);
    return ImmutableList.copyOf(entries);
  }

  private static String entryId(TimelineEntry e) {
    if (e instanceof TimelineEntry.EventReported) {
      return ((TimelineEntry.EventReported) e).event().id().value();
    }
    return e instanceof TimelineEntry.MeetingReported
        ? ((TimelineEntry.MeetingReported) e).meeting().id().value()
        : ((TimelineEntry.StatementMade) e).statement().id().value();
  }
}
