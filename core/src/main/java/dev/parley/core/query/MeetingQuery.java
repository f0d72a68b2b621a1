package dev.parley.core.query;

import static java.util.Objects.requireNonNull;

import dev.parley.core.ActorRef;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingFormat;
import dev.parley.core.MeetingLevel;
import dev.parley.core.MeetingStatus;
import dev.parley.core.PartyRef;
import dev.parley.core.Participant;
import dev.parley.core.Place;
import dev.parley.core.Post;
import dev.parley.core.StateId;
import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A query over meetings: an immutable conjunction of filters, each method returning a narrowed
 * copy. Nothing runs until a terminal method ({@link #list()}, {@link #count()}, {@link
 * #first()}, {@link #latest()}, {@link #highestLevel()}).
 *
 * <pre>{@code
 * chronicle.query().meetings()
 *     .between(StateId.of("TUR"), StateId.of("SYR"))
 *     .since(LocalDate.of(2011, 3, 15))
 *     .atLeast(MeetingLevel.MINISTERIAL)
 *     .first();
 * }</pre>
 *
 * <p><b>Dates.</b> The date filters ({@link #overlapping}, {@link #within}, {@link #since},
 * {@link #until}) and the chronological order use the days a meeting's date counts for, {@link
 * FuzzyDate#earliestDay()} to {@link FuzzyDate#latestDay()}: an open end ({@code ..}) is
 * unbounded, an unknown (empty) end counts as the known end. A meeting dated {@code
 * /2023-01-11?} sorts, and filters, as 11 January 2023.
 *
 * <p><b>Status.</b> {@link #attendedBy} keeps only meetings that were {@linkplain
 * MeetingStatus#HELD held}; {@link #involving} and {@link #between} keep meetings of every status
 * (proposed, planned, postponed, held, cancelled): narrow them with {@link #withStatus}.
 *
 * <p><b>Cost.</b> {@link #attendedBy}, {@link #involving}, {@link #between}, {@link #onTopic}
 * and {@link #onTopicOrNarrower} are indexed: a query scans only the shortest of their lists, so
 * it costs O(that list), and a query with a single indexed filter and nothing else returns the
 * index's own list in O(1). Other filters test each candidate. A query with no indexed filter
 * scans every meeting.
 */
public final class MeetingQuery {
  private final MeetingIndex index;
  private final Queries queries;
  private final Conjunction<Meeting> criteria;

  MeetingQuery(MeetingIndex index, Queries queries) {
    this(index, queries, Conjunction.empty());
  }

  private MeetingQuery(MeetingIndex index, Queries queries, Conjunction<Meeting> criteria) {
    this.index = index;
    this.queries = queries;
    this.criteria = criteria;
  }

  private MeetingQuery and(Predicate<Meeting> test, List<Meeting> candidates) {
    return new MeetingQuery(index, queries, criteria.and(test, candidates));
  }

  private MeetingQuery and(Predicate<Meeting> test) {
    return and(test, null);
  }

  /**
   * Meetings the actor attended: {@linkplain MeetingStatus#HELD held} meetings (by their current
   * {@linkplain Meeting#status() status}) that it took part in. An official attends when named
   * among the participants (see {@link Queries#attendanceIncludingInferred} to count participants
   * known only by post); a state or organization attends when it takes part itself or a
   * participant counts for it ({@link dev.parley.core.Participant#party()}). A meeting that was
   * only proposed, planned, postponed or cancelled was not attended: use {@link #involving} for
   * meetings of every status.
   *
   * <pre>{@code
   * q.meetings().attendedBy(OfficialId.of("sergey-lavrov")).list();  // held meetings only
   * q.meetings().involving(OfficialId.of("sergey-lavrov")).list();   // also planned, postponed...
   * }</pre>
   *
   * @param actor the official, state or organization
   * @return the narrowed query
   * @throws NullPointerException if {@code actor} is null
   */
  public MeetingQuery attendedBy(ActorRef actor) {
    requireNonNull(actor, "actor");
    return and(m -> m.status() == MeetingStatus.HELD && MeetingIndex.attended(m, actor),
        index.attendedBy(actor));
  }

  /**
   * Meetings of any status that the actor takes part in, or is to take part in: held, and also
   * proposed, planned, postponed or cancelled. Who counts is as in {@link #attendedBy}; {@code
   * involving(a).withStatus(MeetingStatus.HELD)} is {@code attendedBy(a)}.
   *
   * <pre>{@code
   * q.meetings().involving(StateId.of("SYR")).withStatus(MeetingStatus.POSTPONED).list();
   * }</pre>
   *
   * @param actor the official, state or organization
   * @return the narrowed query
   * @throws NullPointerException if {@code actor} is null
   */
  public MeetingQuery involving(ActorRef actor) {
    requireNonNull(actor, "actor");
    return and(m -> MeetingIndex.attended(m, actor), index.involving(actor));
  }

  /**
   * Meetings of any status in which every one of {@code parties} takes part, perhaps with others:
   * {@link #involving} each of them.
   *
   * @param parties the states or organizations, at least one
   * @return the narrowed query
   * @throws NullPointerException if a party is null
   * @throws IllegalArgumentException if no party is given
   */
  public MeetingQuery between(PartyRef... parties) {
    return between(Arrays.asList(parties));
  }

  /**
   * Meetings of any status in which every one of {@code parties} takes part, perhaps with others:
   * {@link #involving} each of them.
   *
   * @param parties the states or organizations, at least one
   * @return the narrowed query
   * @throws NullPointerException if a party is null
   * @throws IllegalArgumentException if no party is given
   */
  public MeetingQuery between(Iterable<? extends PartyRef> parties) {
    MeetingQuery query = this;
    int n = 0;
    for (PartyRef party : parties) {
      query = query.involving(party);
      n++;
    }
    if (n == 0) {
      throw new IllegalArgumentException("between() needs at least one party");
    }
    return query;
  }

  /**
   * Meetings whose date counts for some day of {@code [from, to]}: {@link
   * FuzzyDate#overlaps(LocalDate, LocalDate)}, that is {@code earliestDay() <= to} and {@code
   * latestDay() >= from}. A meeting dated {@code 2023} overlaps March 2023; one dated {@code
   * /2023-01-11?} (unknown start) does not overlap 2012.
   *
   * <pre>{@code
   * q.meetings().overlapping(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).list();
   * }</pre>
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the narrowed query
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public MeetingQuery overlapping(LocalDate from, LocalDate to) {
    DateRanges.checkRange(from, to);
    return and(m -> m.date().overlaps(from, to));
  }

  /**
   * Meetings whose date counts only for days of {@code [from, to]}: {@link
   * FuzzyDate#isWithin(LocalDate, LocalDate)}, that is {@code from <= earliestDay()} and {@code
   * latestDay() <= to}.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the narrowed query
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public MeetingQuery within(LocalDate from, LocalDate to) {
    DateRanges.checkRange(from, to);
    return and(m -> m.date().isWithin(from, to));
  }

  /**
   * Meetings on or after {@code day}: {@link FuzzyDate#isOnOrAfter(LocalDate)}, that is {@code
   * earliestDay() >= day}. A meeting dated only "2011" is not on or after 15 March 2011 (use
   * {@link #overlapping} to keep it); one dated {@code /2023-01-11?} is on or after 1 January
   * 2023.
   *
   * @param day the first day
   * @return the narrowed query
   * @throws NullPointerException if {@code day} is null
   */
  public MeetingQuery since(LocalDate day) {
    requireNonNull(day, "day");
    return and(m -> m.date().isOnOrAfter(day));
  }

  /**
   * Meetings on or before {@code day}: {@link FuzzyDate#isOnOrBefore(LocalDate)}, that is {@code
   * latestDay() <= day}. A meeting dated only "2023" is not on or before 10 May 2023.
   *
   * <pre>{@code
   * q.meetings().since(LocalDate.of(2023, 1, 1)).until(LocalDate.of(2023, 5, 10)).list();
   * }</pre>
   *
   * @param day the last day
   * @return the narrowed query
   * @throws NullPointerException if {@code day} is null
   */
  public MeetingQuery until(LocalDate day) {
    requireNonNull(day, "day");
    return and(m -> m.date().isOnOrBefore(day));
  }


  /**
   * Meetings whose current {@linkplain Meeting#status() status} is {@code status}.
   *
   * @param status the status
   * @return the narrowed query
   * @throws NullPointerException if {@code status} is null
   */
  public MeetingQuery withStatus(MeetingStatus status) {
    requireNonNull(status, "status");
    return and(m -> m.status() == status);
  }

  /**
   * Meetings of exactly this {@linkplain Meeting#level() level}.
   *
   * @param level the level
   * @return the narrowed query
   * @throws NullPointerException if {@code level} is null
   */
  public MeetingQuery atLevel(MeetingLevel level) {
    requireNonNull(level, "level");
    return and(m -> m.level().equals(Optional.of(level)));
  }

  /**
   * Meetings of this {@linkplain Meeting#level() level} or higher; meetings without a stated
   * level do not match.
   *
   * @param level the lowest level
   * @return the narrowed query
   * @throws NullPointerException if {@code level} is null
   */
  public MeetingQuery atLeast(MeetingLevel level) {
    requireNonNull(level, "level");
    return and(m -> m.level().map(l -> l.compareTo(level) >= 0).orElse(false));
  }

  /**
   * Meetings of this {@linkplain Meeting#format() format}.
   *
   * @param format the format
   * @return the narrowed query
   * @throws NullPointerException if {@code format} is null
   */
  public MeetingQuery withFormat(MeetingFormat format) {
    requireNonNull(format, "format");
    return and(m -> m.format().equals(Optional.of(format)));
  }

  /**
   * Meetings held, or to be held, in this state (tentative places included).
   *
   * @param state the state of the meeting's place
   * @return the narrowed query
   * @throws NullPointerException if {@code state} is null
   */
  public MeetingQuery inState(StateId state) {
    requireNonNull(state, "state");
    return and(m -> m.place().flatMap(Place::state).equals(Optional.of(state)));
  }

  /**
   * Meetings held, or to be held, in this city, ignoring case (tentative places included).
   *
   * @param city the city's name
   * @return the narrowed query
   * @throws NullPointerException if {@code city} is null
   */
  public MeetingQuery inCity(String city) {
    requireNonNull(city, "city");
    return and(m -> m.place().flatMap(Place::city).map(c -> c.equalsIgnoreCase(city))
        .orElse(false));
  }

  /**
   * Meetings of this framework, ignoring case.
   *
   * @param framework the framework's name, such as {@code "Astana process"}
   * @return the narrowed query
   * @throws NullPointerException if {@code framework} is null
   */
  public MeetingQuery inFramework(String framework) {
    requireNonNull(framework, "framework");
    return and(m -> m.framework().map(f -> f.equalsIgnoreCase(framework)).orElse(false));
  }

  /**
   * Meetings that discussed this issue (one of their {@linkplain Meeting#topics() topics}).
   *
   * @param issue the issue
   * @return the narrowed query
   * @throws NullPointerException if {@code issue} is null
   */
  public MeetingQuery onTopic(IssueId issue) {
    requireNonNull(issue, "issue");
    return and(m -> m.topics().contains(issue), index.onTopic(issue));
  }

  /**
   * Meetings that discussed this issue or a narrower one: a topic among {@link
   * Queries#issueAndNarrower(IssueId)} (the issue, its children, their children, and so on).
   *
   * <pre>{@code
   * // also meetings on "syrian-refugee-return", whose parent is "syrian-refugees"
   * q.meetings().onTopicOrNarrower(IssueId.of("syrian-refugees")).list();
   * }</pre>
   *
   * <p>Cost: O(the meetings on those issues · log) to gather them.
   *
   * @param issue the broadest issue
   * @return the narrowed query
   * @throws NullPointerException if {@code issue} is null
   */
  public MeetingQuery onTopicOrNarrower(IssueId issue) {
    Set<IssueId> issues = queries.issueAndNarrowerIds(requireNonNull(issue, "issue"));
    return and(m -> m.topics().stream().anyMatch(issues::contains),
        Queries.union(issues, index::onTopic, Queries.MEETING_ORDER));
  }

  /**
   * Meetings with a participant in this capacity, named or known only by it: a participant whose
   * {@link Participant#capacity()} is the same office ({@link Post#office()}, whatever the
   * titles). Any status.
   *
   * <pre>{@code
   * q.meetings().withCapacity(Post.of(PostRole.DEFENSE_MINISTER, StateId.of("TUR"))).list();
   * }</pre>
   *
   * @param post the post
   * @return the narrowed query
   * @throws NullPointerException if {@code post} is null
   */
  public MeetingQuery withCapacity(Post post) {
    Post office = requireNonNull(post, "post").office();
    return and(m -> m.participants().stream()
        .anyMatch(p -> p.capacity().map(c -> c.office().equals(office)).orElse(false)));
  }

  /**
   * Meetings passing {@code test}, for what the other filters do not say.
   *
   * @param test the test
   * @return the narrowed query
   * @throws NullPointerException if {@code test} is null
   */
  public MeetingQuery matching(Predicate<? super Meeting> test) {
    requireNonNull(test, "test");
    return and(test::test);
  }

  /**
   * The matching meetings.
   *
   * @return the meetings, chronological then by id; immutable
   */
  public List<Meeting> list() {
    return criteria.run(index.all);
  }

  /**
   * The number of matching meetings.
   *
   * @return the count
   */
  public int count() {
    return list().size();
  }

  /**
   * The chronologically first matching meeting.
   *
   * @return the first meeting, or empty if none matches
   */
  public Optional<Meeting> first() {
    List<Meeting> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * The chronologically last matching meeting.
   *
   * @return the last meeting, or empty if none matches
   */
  public Optional<Meeting> latest() {
    List<Meeting> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * The matching meeting of the highest {@linkplain Meeting#level() level}; of several, the
   * chronologically first. Meetings without a stated level rank below all others.
   *
   * @return the meeting, or empty if none matches
   */
  public Optional<Meeting> highestLevel() {
    Comparator<Meeting> byLevel = Comparator.comparing(
        m -> m.level().map(l -> l.ordinal() + 1).orElse(0));
    Meeting best = null;
    for (Meeting m : list()) {
      if (best == null || byLevel.compare(m, best) > 0) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }
}
