package dev.parley.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

import dev.parley.core.ActorRef;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.EventStatus;
import dev.parley.core.Place;
import dev.parley.core.PloverCategory;
import dev.parley.core.StateId;
import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A query over events: an immutable conjunction of filters, each method returning a narrowed
 * copy; {@link #list()} and the other terminal methods run it.
 *
 * <pre>{@code
 * chronicle.query().events()
 *     .inCategory(PloverCategory.ASSAULT)
 *     .between(StateId.of("TUR"), OrganizationId.of("ypg"))
 *     .overlapping(LocalDate.of(2022, 11, 1), LocalDate.of(2022, 12, 31))
 *     .list();
 * }</pre>
 *
 * <p><b>Actors.</b> An {@link EventActor} counts for each of its {@linkplain
 * EventActor#references() references}: the named actor, its affiliation and the party of its
 * capacity. So {@code bySource(StateId.of("TUR"))} finds events whose source is Türkiye itself,
 * an unnamed Turkish officer affiliated with it, or Türkiye's defence minister known by post; it
 * does not find events of a named Turkish official with no affiliation stated (officials are
 * not resolved to their states).
 *
 * <p><b>Dates</b> are compared as for meetings and statements (the same {@code overlapping},
 * {@code within} and {@code since}); see the {@linkplain dev.parley.core.query package
 * documentation}.
 *
 * <p><b>Cost.</b> {@link #inCategory}, {@link #bySource}, {@link #byTarget}, {@link #involving}
 * and {@link #between} are indexed: a query scans the shortest of their lists, O(that list), or
 * every event when it has none of them. {@link #between} itself costs O(the shorter list of
 * events involving either actor), when it is called.
 */
public final class EventQuery {
  private final EventIndex index;
  private final Conjunction<Event> criteria;

  EventQuery(EventIndex index) {
    this(index, Conjunction.empty());
  }

  private EventQuery(EventIndex index, Conjunction<Event> criteria) {
    this.index = index;
    this.criteria = criteria;
  }

  private EventQuery and(Predicate<Event> test, List<Event> candidates) {
    return new EventQuery(index, criteria.and(test, candidates));
  }

  /**
   * Events of this PLOVER category.
   *
   * @param category the category
   * @return the narrowed query
   * @throws NullPointerException if {@code category} is null
   */
  public EventQuery inCategory(PloverCategory category) {
    requireNonNull(category, "category");
    return and(e -> e.category() == category, index.byCategory.get(category));
  }

  /**
   * Events in which {@code actor} is among the {@linkplain Event#sourceActors() source actors}.
   *
   * @param actor the official, state or organization
   * @return the narrowed query
   * @throws NullPointerException if {@code actor} is null
   */
  public EventQuery bySource(ActorRef actor) {
    requireNonNull(actor, "actor");
    return and(e -> EventIndex.anyRefersTo(e.sourceActors(), actor), index.bySource.get(actor));
  }

  /**
   * Events in which {@code actor} is among the {@linkplain Event#targetActors() target actors}.
   *
   * @param actor the official, state or organization
   * @return the narrowed query
   * @throws NullPointerException if {@code actor} is null
   */
  public EventQuery byTarget(ActorRef actor) {
    requireNonNull(actor, "actor");
    return and(e -> EventIndex.anyRefersTo(e.targetActors(), actor), index.byTarget.get(actor));
  }

  /**
   * Events in which {@code actor} is a source or a target actor.
   *
   * @param actor the official, state or organization
   * @return the narrowed query
   * @throws NullPointerException if {@code actor} is null
   */
  public EventQuery involving(ActorRef actor) {
    requireNonNull(actor, "actor");
    return and(e -> EventIndex.anyRefersTo(e.sourceActors(), actor)
        || EventIndex.anyRefersTo(e.targetActors(), actor), index.byActor.get(actor));
  }

  /**
   * Events between two actors, in either direction: one of them among the source actors and the
   * other among the target actors. Events in which both are only sources (two-sided fighting,
   * talks without a host) are not "between" them here; use {@code bySource(a).bySource(b)}.
   *
   * @param first a state, organization or official
   * @param second another one; the same one finds events in which it acts on itself
   * @return the narrowed query
   * @throws NullPointerException if an argument is null
   */
  public EventQuery between(ActorRef first, ActorRef second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    List<Event> firsts = index.byActor.get(first);
    List<Event> seconds = index.byActor.get(second);
    // A query's index list must hold exactly the events passing the filter (a query of one
    // indexed filter returns it as is): the events between the two, from the shorter list.
    List<Event> between = (firsts.size() <= seconds.size() ? firsts : seconds).stream()
        .filter(e -> isBetween(e, first, second))
        .collect(ImmutableList.toImmutableList());
    return and(e -> isBetween(e, first, second), between);
  }

  private static boolean isBetween(Event e, ActorRef first, ActorRef second) {
    return (EventIndex.anyRefersTo(e.sourceActors(), first)
            && EventIndex.anyRefersTo(e.targetActors(), second))
        || (EventIndex.anyRefersTo(e.sourceActors(), second)
            && EventIndex.anyRefersTo(e.targetActors(), first));
  }

  /**
   * Events whose date counts for a day of {@code [from, to]}: {@link FuzzyDate#overlaps}, as
   * {@link MeetingQuery#overlapping} compares dates.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the narrowed query
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public EventQuery overlapping(LocalDate from, LocalDate to) {
    DateRanges.checkRange(from, to);
    return and(e -> e.date().overlaps(from, to), null);
  }

  /**
   * Events whose date counts only for days of {@code [from, to]}: {@link FuzzyDate#isWithin}, as
   * {@link MeetingQuery#within} compares dates.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the narrowed query
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public EventQuery within(LocalDate from, LocalDate to) {
    DateRanges.checkRange(from, to);
    return and(e -> e.date().isWithin(from, to), null);
  }

  /**
   * Events on or after {@code day}: {@link FuzzyDate#isOnOrAfter}, as {@link MeetingQuery#since}
   * compares dates.
   *
   * @param day the first day
   * @return the narrowed query
   * @throws NullPointerException if {@code day} is null
   */
  public EventQuery since(LocalDate day) {
    requireNonNull(day, "day");
    return and(e -> e.date().isOnOrAfter(day), null);
  }

  /**
   * Events of this status.
   *
   * @param status the status
   * @return the narrowed query
   * @throws NullPointerException if {@code status} is null
   */
  public EventQuery withStatus(EventStatus status) {
    requireNonNull(status, "status");
    return and(e -> e.status() == status, null);
  }

  /**
   * Events in this state (tentative places included).
   *
   * @param state the state of the event's place
   * @return the narrowed query
   * @throws NullPointerException if {@code state} is null
   */
  public EventQuery inState(StateId state) {
    requireNonNull(state, "state");
    return and(e -> e.place().flatMap(Place::state).equals(Optional.of(state)), null);
  }

  /**
   * Events passing {@code test}, for what the other filters do not say.
   *
   * @param test the test
   * @return the narrowed query
   * @throws NullPointerException if {@code test} is null
   */
  public EventQuery matching(Predicate<? super Event> test) {
    requireNonNull(test, "test");
    return and(test::test, null);
  }

  /**
   * The matching events.
   *
   * @return the events, chronological then by id; immutable
   */
  public List<Event> list() {
    return criteria.run(index.all);
  }

  /**
   * The number of matching events.
   *
   * @return the count
   */
  public int count() {
    return list().size();
  }

  /**
   * The chronologically first matching event.
   *
   * @return the event, or empty if none matches
   */
  public Optional<Event> first() {
    List<Event> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * The chronologically last matching event.
   *
   * @return the event, or empty if none matches
   */
  public Optional<Event> latest() {
    List<Event> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }
}
