package dev.parley.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.graph.ValueGraph;
import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingLevel;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.Official;
import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.Stance;
import dev.parley.core.StancePosition;
import dev.parley.core.StateId;
import dev.parley.core.Statement;
import dev.parley.core.StatusChange;
import dev.parley.core.Event;
import dev.parley.core.query.Attendance;
import dev.parley.core.query.Holding;
import dev.parley.core.query.Queries;
import dev.parley.core.query.StanceComparison;
import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report's questions, each answered through Parley's query API ({@link Chronicle#query()})
 * and nothing else, so that any chronicle can be asked them.
 */
public final class SeedAnswers {
  /** Türkiye. */
  public static final StateId TURKIYE = StateId.of("TUR");
  /** Syria. */
  public static final StateId SYRIA = StateId.of("SYR");
  /** Russia. */
  public static final StateId RUSSIA = StateId.of("RUS");
  /** Iran. */
  public static final StateId IRAN = StateId.of("IRN");
  /** The four states whose positions the report compares, in the report's order. */
  public static final List<StateId> FOUR = List.of(RUSSIA, TURKIYE, IRAN, SYRIA);
  /** The start of the Syrian war: the report's "since March 2011". */
  public static final LocalDate WAR_BEGAN = LocalDate.of(2011, 3, 1);
  /**
   * The day of the quadrilateral defence ministers' meeting in Moscow, 25 April 2023, when all
   * four states' positions are on record (stances reach only as far as their evidence).
   */
  public static final LocalDate APRIL_25_2023 = LocalDate.of(2023, 4, 25);
  /** The day of the quadrilateral foreign ministers' meeting in Moscow: 10 May 2023. */
  public static final LocalDate MAY_10_2023 = LocalDate.of(2023, 5, 10);
  /** The quadrilateral foreign ministers' meeting in Moscow, 10 May 2023. */
  public static final MeetingId MOSCOW_MAY_2023 =
      MeetingId.of("moscow-quadrilateral-foreign-ministers-2023-05-10");
  /** The Syrian government under Bashar al-Assad, a {@code GOVERNMENT} organization. */
  public static final OrganizationId SYRIAN_GOVERNMENT =
      OrganizationId.of("syria-government-assad");
  /** The issue "return of Syrian refugees" in the curated vocabulary. */
  public static final IssueId REFUGEES = IssueId.of("syrian-refugee-return");

  private final Chronicle chronicle;
  private final Queries q;

  /**
   * Answers questions about {@code chronicle}.
   *
   * @param chronicle the chronicle
   * @throws NullPointerException if {@code chronicle} is null
   */
  public SeedAnswers(Chronicle chronicle) {
    this.chronicle = requireNonNull(chronicle, "chronicle");
    this.q = chronicle.query();
  }

  /**
   * The meetings a named minister attended.
   *
   * @param official the minister
   * @param attended held meetings the minister is named at
   * @param inferred held meetings where the minister's post is present but nobody is named, and
   *     the minister held the post that day
   * @param expected meetings not (yet) held at which the minister is named
   */
  public record MinisterAttendance(
      Official official, List<Meeting> attended, List<Meeting> inferred, List<Meeting> expected) {
    /**
     * Copies the lists.
     *
     * @param official the minister
     * @param attended held meetings the minister is named at
     * @param inferred held meetings where the minister's post is present but nobody is named, and
     *     the minister held the post that day
     * @param expected meetings not (yet) held at which the minister is named
     * @throws NullPointerException if a component is null
     */
    public MinisterAttendance {
      requireNonNull(official, "official");
      attended = List.copyOf(attended);
      inferred = List.copyOf(inferred);
      expected = List.copyOf(expected);
    }
  }

  /**
   * Which meetings each named minister attended: every official with a ministerial tenure
   * ({@link PostRole#level()} {@link MeetingLevel#MINISTERIAL}), by id.
   *
   * @return one entry per minister
   */
  public List<MinisterAttendance> ministersAttendance() {
    List<MinisterAttendance> result = new ArrayList<>();
    for (Official o : chronicle.officials()) {
      boolean minister = o.tenures().stream()
          .anyMatch(t -> t.post().role().level() == MeetingLevel.MINISTERIAL);
      if (!minister) {
        continue;
      }
      List<Meeting> attended = q.meetings().attendedBy(o.id()).list();
      List<Meeting> inferred = q.attendanceIncludingInferred(o.id()).stream()
          .filter(Attendance::inferred)
          .map(Attendance::meeting)
          .toList();
      List<Meeting> expected = q.meetings().involving(o.id())
          .matching(m -> m.status() != MeetingStatus.HELD).list();
      result.add(new MinisterAttendance(o, attended, inferred, expected));
    }
    return List.copyOf(result);
  }

  /**
   * The first held meeting of Turkish and Syrian ministers (or higher) since the war began.
   *
   * @return the meeting, if the chronicle has one
   */
  public Optional<Meeting> firstTurkishSyrianMinisterial() {
    return q.meetings()
        .between(TURKIYE, SYRIA)
        .since(WAR_BEGAN)
        .atLeast(MeetingLevel.MINISTERIAL)
        .withStatus(MeetingStatus.HELD)
        .first();
  }

  /**
   * One of Syria's demands, since when it is on record, and what Türkiye holds on the issue.
   *
   * @param latest Syria's latest stance on the issue
   * @param since when Syria's earliest demand on the issue is first on record: the start of its
   *     validity
   * @param evidence the statements behind all of Syria's demands on the issue, in order
   * @param turkiye Türkiye's latest stance on the issue, if any
   */
  public record Demand(
      Stance latest, FuzzyDate since, List<Statement> evidence, Optional<Stance> turkiye) {
    /**
     * Copies the list.
     *
     * @param latest Syria's latest stance on the issue
     * @param since when Syria's earliest demand on the issue is first on record: the start of its
   *     validity
     * @param evidence the statements behind all of Syria's demands on the issue, in order
     * @param turkiye Türkiye's latest stance on the issue, if any
     * @throws NullPointerException if a component is null
     */
    public Demand {
      requireNonNull(latest, "latest");
      requireNonNull(since, "since");
      evidence = List.copyOf(evidence);
      requireNonNull(turkiye, "turkiye");
    }
  }

  /**
   * What Syria demands, issue by issue, with the earliest record of each demand and Türkiye's
   * position on the same issue.
   *
   * @return the demands, by issue id
   */
  public List<Demand> syriaDemands() {
    Set<IssueId> issues = new TreeSet<>(Comparator.comparing(IssueId::toString));
    q.stancesOf(SYRIA).stream()
        .filter(s -> s.position() == StancePosition.DEMANDS)
        .forEach(s -> issues.add(s.issue()));
    List<Demand> demands = new ArrayList<>();
    for (IssueId issue : issues) {
      List<Stance> history = q.stanceHistory(SYRIA, issue).stream()
          .filter(s -> s.position() == StancePosition.DEMANDS).toList();
      List<Statement> evidence = history.stream()
          .flatMap(s -> q.evidence(s).stream())
          .distinct()
          .sorted(Comparator.comparing(Statement::date).thenComparing(Statement::id))
          .toList();
      List<Stance> turkish = q.stanceHistory(TURKIYE, issue);
      FuzzyDate first = history.get(0).validity();
      demands.add(new Demand(history.get(history.size() - 1),
          first.isInterval() ? first.start().orElse(first) : first,
          evidence, turkish.isEmpty() ? Optional.empty()
              : Optional.of(turkish.get(turkish.size() - 1))));
    }
    return List.copyOf(demands);
  }

  /**
   * Where the four states stand on one issue on a day.
   *
   * @param issue the issue
   * @param stances each state's stances on it that day, for the states that hold one, in
   *     {@link #FOUR} order
   * @param comparisons the pairwise comparisons of the states that hold a stance
   */
  public record IssuePositions(
      IssueId issue, Map<StateId, List<Stance>> stances, List<StanceComparison> comparisons) {
    /**
     * Copies the collections.
     *
     * @param issue the issue
     * @param stances each state's stances on it that day, for the states that hold one, in {@link
     *     #FOUR} order
     * @param comparisons the pairwise comparisons of the states that hold a stance
     * @throws NullPointerException if a component is null
     */
    public IssuePositions {
      requireNonNull(issue, "issue");
      stances = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stances));
      comparisons = List.copyOf(comparisons);
    }

    /**
     * Whether at least two states hold a stance and every pair of them agrees.
     *
     * @return {@code true} for agreement
     */
    public boolean agreed() {
      return stances.size() >= 2 && comparisons.stream().allMatch(StanceComparison::agree);
    }
  }

  /**
   * Where Russia, Türkiye, Iran and Syria agree and differ on {@code day}: every issue on which
   * at least one of them holds a stance, with the pairwise comparisons of
   * {@link Queries#compareStances}.
   *
   * @param day the day
   * @return one entry per issue, by issue id
   * @throws NullPointerException if {@code day} is null
   */
  public List<IssuePositions> fourStatePositions(LocalDate day) {
    requireNonNull(day, "day");
    List<IssuePositions> result = new ArrayList<>();
    for (Issue issue : chronicle.issues()) {
      Map<StateId, List<Stance>> stances = new LinkedHashMap<>();
      for (StateId state : FOUR) {
        List<Stance> held = q.stancesAsOf(state, issue.id(), day);
        if (!held.isEmpty()) {
          stances.put(state, held);
        }
      }
      if (stances.isEmpty()) {
        continue;
      }
      List<StateId> holders = List.copyOf(stances.keySet());
      List<StanceComparison> comparisons = new ArrayList<>();
      for (int i = 0; i < holders.size(); i++) {
        for (int j = i + 1; j < holders.size(); j++) {
          IssueId id = issue.id();
          q.compareStances(holders.get(i), holders.get(j), day).stream()
              .filter(c -> c.issue().equals(id))
              .forEach(comparisons::add);
        }
      }
      result.add(new IssuePositions(issue.id(), stances, comparisons));
    }
    return List.copyOf(result);
  }

  /**
   * Who held Türkiye's foreign ministry on {@code day}.
   *
   * @param day the day
   * @return the holdings whose term certainly includes the day
   * @throws NullPointerException if {@code day} is null
   */
  public List<Holding> turkishForeignMinister(LocalDate day) {
    return q.holders(Post.of(PostRole.FOREIGN_MINISTER, TURKIYE), day);
  }

  /**
   * Who held a post while a meeting's postponement was reported: the holders on the first and on
   * the last day the report may date from.
   *
   * @param meeting the meeting
   * @param postponement the status change that reports the postponement
   * @param from the first day the postponement may have been reported ({@link
   *     FuzzyDate#earliestDay()} of its reported date)
   * @param to the last such day ({@link FuzzyDate#latestDay()})
   * @param holders the holdings that certainly cover both days, and so every day between them
   */
  public record PostponementHolders(
      Meeting meeting, StatusChange postponement, LocalDate from, LocalDate to,
      List<Holding> holders) {
    /**
     * Copies the list.
     *
     * @param meeting the meeting
     * @param postponement the status change that reports the postponement
     * @param from the first day the postponement may have been reported
     * @param to the last such day, not before {@code from}
     * @param holders the holdings that certainly cover both days
     * @throws NullPointerException if a component is null
     */
    public PostponementHolders {
      requireNonNull(meeting, "meeting");
      requireNonNull(postponement, "postponement");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      holders = List.copyOf(holders);
    }
  }

  /**
   * Who held Türkiye's foreign ministry when the May 2023 Moscow meeting ({@link
   * #MOSCOW_MAY_2023}) was reported postponed: the meeting's {@link MeetingStatus#POSTPONED}
   * status change gives the days the report may date from, and {@link Queries#holders} is asked
   * on the first and the last of them. A holding counts when it covers both (a term is one
   * interval, so it then covers every day between).
   *
   * @return the answer; empty when the chronicle lacks the meeting or a postponement of it
   */
  public Optional<PostponementHolders> turkishForeignMinisterAtPostponement() {
    Optional<Meeting> meeting = chronicle.meeting(MOSCOW_MAY_2023);
    Optional<StatusChange> postponed = meeting.flatMap(m -> m.statusHistory().stream()
        .filter(c -> c.status() == MeetingStatus.POSTPONED).findFirst());
    if (postponed.isEmpty()) {
      return Optional.empty();
    }
    FuzzyDate reported = postponed.get().reported();
    LocalDate from = reported.earliestDay();
    LocalDate to = reported.latestDay();
    Post post = Post.of(PostRole.FOREIGN_MINISTER, TURKIYE);
    List<Holding> onLast = q.holders(post, to);
    List<Holding> both = q.holders(post, from).stream().filter(onLast::contains).toList();
    return Optional.of(new PostponementHolders(meeting.get(), postponed.get(), from, to, both));
  }

  /**
   * What happened to the Syrian government after the 2023 talks.
   *
   * @param government the government ({@link #SYRIAN_GOVERNMENT}), if the chronicle has it
   * @param events the events on or after 10 May 2023 ({@link
   *     dev.parley.core.query.EventQuery#since}) in which Syria or the government is a source or a
   *     target actor, chronological
   * @param stances the stances recorded under the government ({@link Queries#stancesUnder}), by
   *     validity
   */
  public record SyrianGovernmentAfter(
      Optional<Organization> government, List<Event> events, List<Stance> stances) {
    /**
     * Copies the lists.
     *
     * @param government the government, if the chronicle has it
     * @param events the events, chronological
     * @param stances the stances recorded under the government, by validity
     * @throws NullPointerException if a component is null
     */
    public SyrianGovernmentAfter {
      requireNonNull(government, "government");
      events = List.copyOf(events);
      stances = List.copyOf(stances);
    }
  }

  /**
   * What happened to the Syrian government after the talks of 10 May 2023: the events since
   * that day {@linkplain dev.parley.core.query.EventQuery#involving involving} Syria or {@link
   * #SYRIAN_GOVERNMENT}, the government itself (whose {@link Organization#term()} says when it
   * held power), and the stances recorded under it.
   *
   * @return the answer
   */
  public SyrianGovernmentAfter syrianGovernmentAfterTalks() {
    Set<Event> events = new TreeSet<>(Comparator.comparing(Event::date)
        .thenComparing(e -> e.id().toString()));
    events.addAll(q.events().involving(SYRIA).since(MAY_10_2023).list());
    events.addAll(q.events().involving(SYRIAN_GOVERNMENT).since(MAY_10_2023).list());
    return new SyrianGovernmentAfter(chronicle.organization(SYRIAN_GOVERNMENT),
        List.copyOf(events), q.stancesUnder(SYRIAN_GOVERNMENT));
  }

  /**
   * The statements about the return of Syrian refugees ({@link #REFUGEES}) or a narrower issue.
   *
   * @return the statements, chronological
   */
  public List<Statement> refugeeStatements() {
    return q.statements().onIssueOrNarrower(REFUGEES).list();
  }

  /**
   * Who met whom: the co-attendance network of held meetings, as {@link Queries#coAttendance()}
   * builds it.
   *
   * @return the graph; edge values count shared meetings
   */
  public ValueGraph<ActorRef, Integer> coAttendance() {
    return q.coAttendance();
  }

  /**
   * Two actors who attended held meetings together, and how many.
   *
   * @param first one actor, the first by name
   * @param second the other actor
   * @param meetings the number of held meetings both attended, positive
   */
  public record Tie(ActorRef first, ActorRef second, int meetings) {
    /**
     * Checks the components.
     *
     * @param first one actor, the first by name
     * @param second the other actor
     * @param meetings the number of held meetings both attended, positive
     * @throws NullPointerException if an actor is null
     * @throws IllegalArgumentException if {@code meetings} is not positive
     */
    public Tie {
      requireNonNull(first, "first");
      requireNonNull(second, "second");
      if (meetings < 1) {
        throw new IllegalArgumentException("Invalid Tie.meetings '" + meetings
            + "': must be positive");
      }
    }
  }

  /**
   * The edges of {@link #coAttendance()}: most shared meetings first, then by names; each tie
   * names its two actors in name order.
   *
   * @return the ties
   */
  public List<Tie> ties() {
    ValueGraph<ActorRef, Integer> graph = coAttendance();
    Comparator<ActorRef> byName = Comparator.comparing(this::name)
        .thenComparing(ActorRef::toString);
    return graph.edges().stream()
        .map(e -> {
          boolean inOrder = byName.compare(e.nodeU(), e.nodeV()) <= 0;
          ActorRef a = inOrder ? e.nodeU() : e.nodeV();
          ActorRef b = inOrder ? e.nodeV() : e.nodeU();
          return new Tie(a, b, graph.edgeValueOrDefault(a, b, 0));
        })
        .sorted(Comparator.comparingInt(Tie::meetings).reversed()
            .thenComparing(Tie::first, byName)
            .thenComparing(Tie::second, byName))
        .toList();
  }

  /**
   * The co-attendance network as a Mermaid flowchart: nodes labelled with names (sorted by
   * reference), and one edge per {@linkplain #ties() tie}, labelled with its number of meetings.
   *
   * @return the Mermaid source
   */
  public String coAttendanceMermaid() {
    StringBuilder out = new StringBuilder("graph LR\n");
    coAttendance().nodes().stream().sorted(Comparator.comparing(ActorRef::toString)).forEach(n ->
        out.append("  ").append(node(n)).append("[\"")
            .append(name(n).replace("\"", "#quot;")).append("\"]\n"));
    ties().forEach(t -> out.append("  ").append(node(t.first())).append(" ---|")
        .append(t.meetings()).append("| ").append(node(t.second())).append('\n'));
    return out.toString();
  }

  private static String node(ActorRef ref) {
    return ref.toString().replaceAll("[^A-Za-z0-9]", "_");
  }

  /**
   * An actor's name in the chronicle, or its reference when the chronicle lacks it.
   *
   * @param ref the actor
   * @return the name
   */
  public String name(ActorRef ref) {
    return chronicle.actor(ref).map(dev.parley.core.Named::name).orElse(ref.toString());
  }
}
