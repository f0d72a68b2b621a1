package dev.parley.core.query;

import static java.util.Objects.requireNonNull;

import dev.parley.core.ActorRef;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingFormat;
import dev.parley.core.MeetingLevel;
import dev.parley.core.MeetingStatus;
import dev.parley.core.PartyRef;
import dev.parley.core.Place;
import dev.parley.core.StateId;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
 * <p><b>Cost.</b> {@link #attendedBy}, {@link #between} and {@link #onTopic} are indexed: a
 * query scans only the shortest of their lists, so it costs O(that list), and a query with a
 * single indexed filter and nothing else returns the index's own list in O(1). Other filters
 * test each candidate. A query with no indexed filter scans every meeting.
 */
public final class MeetingQuery {
  private final MeetingIndex index;
  private final Conjunction<Meeting> criteria;

  MeetingQuery(MeetingIndex index) {
    this(index, Conjunction.empty());
  }

  private MeetingQuery(MeetingIndex index, Conjunction<Meeting> criteria) {
    this.index = index;
    this.criteria = criteria;
  }

  private MeetingQuery and(Predicate<Meeting> test, List<Meeting> candidates) {
    return new MeetingQuery(index, criteria.and(test, candidates));
  }

  private MeetingQuery and(Predicate<Meeting> test) {
    return and(test, null);
  }

  /**
   * Meetings the actor attended. An official attends when named among the participants (see
   * {@link Queries#attendanceIncludingInferred} to count participants known only by post); a
   * state or organization attends when it takes part itself or a participant counts for it
   * ({@link dev.parley.core.Participant#party()}).
   *
   * @param actor the official, state or organization
   * @return the narrowed query
   * @throws NullPointerException if {@code actor} is null
   */
  public MeetingQuery attendedBy(ActorRef actor) {
    requireNonNull(actor, "actor");
    return and(m -> MeetingIndex.attended(m, actor), index.attendedBy(actor));
  }

  /**
   * Meetings in which every one of {@code parties} takes part, perhaps with others.
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
   * Meetings in which every one of {@code parties} takes part, perhaps with others.
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
      query = query.attendedBy(party);
      n++;
    }
    if (n == 0) {
      throw new IllegalArgumentException("between() needs at least one party");
    }
    return query;
  }

  /**
   * Meetings whose date may fall within {@code [from, to]}: {@code earliest <= to} and {@code
   * latest >= from}.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the narrowed query
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public MeetingQuery overlapping(LocalDate from, LocalDate to) {
    DateRanges.checkRange(from, to);
    return and(m -> DateRanges.mayOverlap(m.date(), from, to));
  }

  /**
   * Meetings whose date certainly falls within {@code [from, to]}: {@code from <= earliest} and
   * {@code latest <= to}.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the narrowed query
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public MeetingQuery within(LocalDate from, LocalDate to) {
    DateRanges.checkRange(from, to);
    return and(m -> DateRanges.certainlyWithin(m.date(), from, to));
  }

  /**
   * Meetings certainly on or after {@code day}: {@code earliest >= day}. A meeting dated only
   * "2011" is not certainly after 15 March 2011; use {@link #overlapping} to keep it.
   *
   * @param day the first day
   * @return the narrowed query
   * @throws NullPointerException if {@code day} is null
   */
  public MeetingQuery since(LocalDate day) {
    requireNonNull(day, "day");
    return and(m -> DateRanges.certainlySince(m.date(), day));
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
