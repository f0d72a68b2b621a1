package dev.parley.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Event;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingStatus;
import dev.parley.core.MeetingId;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Participant;
import dev.parley.core.Post;
import dev.parley.core.Stance;
import dev.parley.core.Statement;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /** Stances by validity (earliest, latest, text), then id. */
  static final Comparator<Stance> STANCE_ORDER =
      Comparator.comparing(Stance::validity).thenComparing(Stance::id);

  private final Chronicle chronicle;
  private final Supplier<MeetingIndex> meetings;
  private final Supplier<StatementIndex> statements;
  private final Supplier<EventIndex> events;
  private final Supplier<ImmutableListMultimap<ActorRef, Stance>> stancesByHolder;
  private final Supplier<ImmutableListMultimap<HolderIssue, Stance>> stancesByHolderIssue;
  private final Supplier<ImmutableListMultimap<Post, Holding>> holdingsByPost;
  private final Supplier<ImmutableValueGraph<ActorRef, Integer>> coAttendance;
  private final Supplier<ImmutableList<TimelineEntry>> timeline;

  private Queries(Chronicle chronicle) {
    this.chronicle = chronicle;
    this.meetings = Suppliers.memoize(() -> new MeetingIndex(chronicle.meetings()));
    this.statements = Suppliers.memoize(() -> new StatementIndex(chronicle.statements()));
    this.events = Suppliers.memoize(() -> new EventIndex(chronicle.events()));
    this.stancesByHolder = Suppliers.memoize(this::indexStances);
    this.stancesByHolderIssue = Suppliers.memoize(this::indexStancesByIssue);
    this.holdingsByPost = Suppliers.memoize(this::indexHoldings);
    this.coAttendance = Suppliers.memoize(this::buildCoAttendance);
    this.timeline = Suppliers.memoize(this::buildTimeline);
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
   * q.meetings().attendedBy(StateId.of("SYR")).withStatus(MeetingStatus.HELD).list();
   * }</pre>
   *
   * @return a query matching every meeting
   */
  public MeetingQuery meetings() {
    return new MeetingQuery(meetings.get());
  }

  /**
   * All statements, to narrow down with {@link StatementQuery}'s filters.
   *
   * @return a query matching every statement
   */
  public StatementQuery statements() {
    return new StatementQuery(statements.get());
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
   * The meetings an official attended, named among the participants.
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
   * The meetings an official attended, named or {@linkplain Attendance#inferred() inferred}: a
   * participant known only by its capacity counts when the official held that post (its
   * {@linkplain Post#office() office}, whatever the titles), by a tenure
   * that certainly covers every day the meeting may have taken place ({@link
   * FuzzyDate#certainStart()} to {@link FuzzyDate#certainEnd()} of the term around the meeting
   * date's {@link FuzzyDate#earliest()} to {@link FuzzyDate#latest()}).
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
        if (!seen.contains(m.id()) && covers(tenure.term(), m.date())) {
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

  /** Whether a term certainly covers every day a date may denote. */
  static boolean covers(FuzzyDate term, FuzzyDate date) {
    return !term.certainStart().isAfter(date.earliest())
        && !date.latest().isAfter(term.certainEnd());
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
   * The stances a holder takes on an issue that hold on {@code day}: whose validity certainly
   * includes it.
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
        .filter(s -> s.certainlyHoldsOn(day))
        .collect(ImmutableList.toImmutableList());
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
   * hold a stance that day. Where a holder has several stances on an issue that day, the one that
   * began last counts.
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
      if (s.certainlyHoldsOn(day)) {
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
   * @return the tenures, by term (earliest, latest, text); empty for an unknown official
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
   * <p>Cost: built once, in O(sum over meetings of named participants squared).
   *
   * @return the co-attendance graph, immutable and undirected
   */
  public ImmutableValueGraph<ActorRef, Integer> coAttendance() {
    return coAttendance.get();
  }

  /**
   * Every dated entry of the chronicle, in order: each meeting's status changes as reported, each
   * statement made, and each {@link Event}. Entries are ordered by date; on one date, meetings'
   * reports come first, then statements, then events, each by id.
   *
   * <p>Cost: built once, in O(n log n).
   *
   * @return the timeline, immutable
   */
  public List<TimelineEntry> timeline() {
    return timeline.get();
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

  private ImmutableListMultimap<Post, Holding> indexHoldings() {
    ImmutableListMultimap.Builder<Post, Holding> index = ImmutableListMultimap.builder();
    // Officials are in id order, so each post's holdings are too.
    for (Official o : chronicle.officials()) {
      o.tenures().forEach(t -> index.put(t.post().office(), new Holding(o, t)));
    }
    return index.build();
  }

  private ImmutableValueGraph<ActorRef, Integer> buildCoAttendance() {
    MutableValueGraph<ActorRef, Integer> graph = ValueGraphBuilder.undirected().build();
    for (Meeting m : chronicle.meetings()) {
      if (m.status() != MeetingStatus.HELD) {
        continue;
      }
      Set<ActorRef> named = new LinkedHashSet<>();
      m.participants().forEach(p -> p.actor().ifPresent(named::add));
      List<ActorRef> actors = new ArrayList<>(named);
      actors.forEach(graph::addNode);
      for (int i = 0; i < actors.size(); i++) {
        for (int j = i + 1; j < actors.size(); j++) {
          int before = graph.edgeValueOrDefault(actors.get(i), actors.get(j), 0);
          graph.putEdgeValue(actors.get(i), actors.get(j), before + 1);
        }
      }
    }
    return ImmutableValueGraph.copyOf(graph);
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
