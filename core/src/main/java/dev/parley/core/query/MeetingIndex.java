package dev.parley.core.query;

import com.google.common.collect.ImmutableList;
import dev.parley.core.ActorRef;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Participant;
import dev.parley.core.PartyRef;
import dev.parley.core.Post;
import dev.parley.core.time.FuzzyDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The meetings of a chronicle in chronological order, and lists of them by attendee (of any
 * status, and of held meetings), topic and unnamed capacity, each list itself in chronological
 * order. Built once, in O(n log n): the meetings' distinct dates are sorted first and ranked, so
 * that sorting the meetings compares two ints (and ids on equal dates) rather than two dates.
 * Then one pass over the meetings <em>in the chronicle's own order</em> appends each meeting's
 * chronological position to its keys' lists of ints; each list is sorted and turned into
 * meetings at the end. Visiting the meetings in the order they were built (and so, mostly, in
 * the order they lie in memory) rather than in date order keeps that pass from missing the
 * processor's caches on every meeting and participant of a large chronicle.
 */
final class MeetingIndex {
  final ImmutableList<Meeting> all;
  private final Map<ActorRef, ImmutableList<Meeting>> byAttendee;
  private final Map<ActorRef, ImmutableList<Meeting>> byHeldAttendee;
  private final Map<IssueId, ImmutableList<Meeting>> byTopic;
  private final Map<Post, ImmutableList<Meeting>> byUnnamedCapacity;

  MeetingIndex(List<Meeting> meetings) {
    int[] position = chronologicalPositions(meetings);
    Meeting[] sorted = new Meeting[position.length];
    boolean[] held = new boolean[position.length];
    for (int i = 0; i < position.length; i++) {
      Meeting m = meetings.get(i);
      sorted[position[i]] = m;
      held[position[i]] = m.status() == MeetingStatus.HELD;
    }
    this.all = ImmutableList.copyOf(sorted);
    Map<ActorRef, Positions> attendees = new HashMap<>();
    Map<IssueId, Positions> topics = new HashMap<>();
    Map<Post, Positions> capacities = new HashMap<>();
    List<ActorRef> present = new ArrayList<>();
    List<Post> offices = new ArrayList<>();
    for (int i = 0; i < position.length; i++) {
      Meeting m = meetings.get(i);
      int at = position[i];
      present.clear();
      addAttendees(m, present);
      offices.clear();
      for (Participant p : m.participants()) {
        if (p.actor().isEmpty() && p.capacity().isPresent()) {
          addOnce(offices, p.capacity().get().office());
        }
      }
      for (ActorRef a : present) {
        attendees.computeIfAbsent(a, k -> new Positions()).add(at);
      }
      for (IssueId t : m.topics()) {
        topics.computeIfAbsent(t, k -> new Positions()).add(at);
      }
      for (Post c : offices) {
        capacities.computeIfAbsent(c, k -> new Positions()).add(at);
      }
    }
    Map<ActorRef, ImmutableList<Meeting>> anyStatus = new HashMap<>(attendees.size() * 2);
    Map<ActorRef, ImmutableList<Meeting>> heldOnly = new HashMap<>(attendees.size() * 2);
    attendees.forEach((actor, positions) -> {
      int[] at = positions.sorted();
      ImmutableList<Meeting> list = meetingsAt(sorted, at);
      anyStatus.put(actor, list);
      // A list of held meetings only is the same list where every meeting in it was held.
      ImmutableList<Meeting> onlyHeld = onlyHeld(sorted, held, at, list);
      if (!onlyHeld.isEmpty()) {
        heldOnly.put(actor, onlyHeld);
      }
    });
    this.byAttendee = anyStatus;
    this.byHeldAttendee = heldOnly;
    this.byTopic = lists(sorted, topics);
    this.byUnnamedCapacity = lists(sorted, capacities);
  }

  /**
   * Each meeting's index in {@link Queries#MEETING_ORDER}: {@code position[i]} is where {@code
   * meetings.get(i)} goes. Dates are ranked, so the sort compares ints; meetings on dates of
   * equal rank go by id.
   */
  private static int[] chronologicalPositions(List<Meeting> meetings) {
    Map<FuzzyDate, Integer> ranks = new HashMap<>();
    for (Meeting m : meetings) {
      ranks.putIfAbsent(m.date(), 0);
    }
    FuzzyDate[] dates = ranks.keySet().toArray(new FuzzyDate[0]);
    Arrays.sort(dates);
    int rank = 0;
    for (int i = 0; i < dates.length; i++) {
      if (i > 0 && dates[i - 1].compareTo(dates[i]) != 0) {
        rank++;
      }
      ranks.put(dates[i], rank);
    }
    long[] keys = new long[meetings.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (long) ranks.get(meetings.get(i).date()) << 32 | i;
    }
    Arrays.sort(keys);
    Comparator<Integer> byId = Comparator.comparing(i -> meetings.get(i).id());
    Integer[] tie = new Integer[0];
    for (int from = 0; from < keys.length; ) {
      int to = from + 1;
      while (to < keys.length && keys[to] >>> 32 == keys[from] >>> 32) {
        to++;
      }
      if (to - from > 1) {
        if (tie.length < to - from) {
          tie = new Integer[Math.max(to - from, tie.length * 2)];
        }
        for (int k = from; k < to; k++) {
          tie[k - from] = (int) keys[k];
        }
        Arrays.sort(tie, 0, to - from, byId);
        for (int k = from; k < to; k++) {
          keys[k] = keys[k] & 0xFFFF_FFFF_0000_0000L | tie[k - from];
        }
      }
      from = to;
    }
    int[] position = new int[keys.length];
    for (int k = 0; k < keys.length; k++) {
      position[(int) keys[k]] = k;
    }
    return position;
  }

  private static <K> Map<K, ImmutableList<Meeting>> lists(Meeting[] sorted,
      Map<K, Positions> positions) {
    Map<K, ImmutableList<Meeting>> result = new HashMap<>(positions.size() * 2);
    positions.forEach((k, v) -> result.put(k, meetingsAt(sorted, v.sorted())));
    return result;
  }

  /** The meetings at the given positions of {@code sorted}, in that order. */
  private static ImmutableList<Meeting> meetingsAt(Meeting[] sorted, int[] at) {
    ImmutableList.Builder<Meeting> list = ImmutableList.builderWithExpectedSize(at.length);
    for (int p : at) {
      list.add(sorted[p]);
    }
    return list.build();
  }

  /** The held meetings among {@code at}: {@code all} itself when every one of them was held. */
  private static ImmutableList<Meeting> onlyHeld(Meeting[] sorted, boolean[] held, int[] at,
      ImmutableList<Meeting> all) {
    int count = 0;
    for (int p : at) {
      if (held[p]) {
        count++;
      }
    }
    if (count == at.length) {
      return all;
    }
    ImmutableList.Builder<Meeting> list = ImmutableList.builderWithExpectedSize(count);
    for (int p : at) {
      if (held[p]) {
        list.add(sorted[p]);
      }
    }
    return list.build();
  }

  /** A growing list of positions; each meeting adds itself once per key. */
  private static final class Positions {
    private int[] values = new int[4];
    private int size;

    void add(int position) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = position;
    }

    /** The positions in ascending order (they are distinct). */
    int[] sorted() {
      int[] result = Arrays.copyOf(values, size);
      for (int i = 1; i < result.length; i++) {
        if (result[i - 1] > result[i]) {
          Arrays.sort(result);
          break;
        }
      }
      return result;
    }
  }

  /**
   * Who attended, each once: every named participant's actor, and every party a participant
   * counts for. Meetings have a handful of participants, so a list beats a set here.
   */
  static List<ActorRef> attendeesOf(Meeting m) {
    List<ActorRef> attendees = new ArrayList<>(m.participants().size() * 2);
    addAttendees(m, attendees);
    return attendees;
  }

  /** Adds {@link #attendeesOf}{@code (m)} to {@code into}, each once. */
  private static void addAttendees(Meeting m, List<ActorRef> into) {
    for (Participant p : m.participants()) {
      p.actor().ifPresent(a -> addOnce(into, a));
      p.party().ifPresent(a -> addOnce(into, a));
    }
  }

  private static <T> void addOnce(List<T> list, T value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  /** Whether {@code actor} attended {@code m}, as {@link #attendeesOf} counts; allocates nothing. */
  static boolean attended(Meeting m, ActorRef actor) {
    for (Participant p : m.participants()) {
      if (p.actor().isPresent() && p.actor().get().equals(actor)) {
        return true;
      }
      if (actor instanceof PartyRef && isParty(p, (PartyRef) actor)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link Participant#party()} is {@code party}, without the Optional. */
  private static boolean isParty(Participant p, PartyRef party) {
    if (p.represents().isPresent()) {
      return p.represents().get().equals(party);
    }
    if (p.capacity().isPresent()) {
      return p.capacity().get().party().equals(party);
    }
    return false; // an actor that is a party was checked as the actor
  }

  /** The meetings, of any status, that {@code actor} takes part in. */
  ImmutableList<Meeting> involving(ActorRef actor) {
    return byAttendee.getOrDefault(actor, ImmutableList.of());
  }

  /** The held meetings that {@code actor} attended. */
  ImmutableList<Meeting> attendedBy(ActorRef actor) {
    return byHeldAttendee.getOrDefault(actor, ImmutableList.of());
  }

  ImmutableList<Meeting> onTopic(IssueId issue) {
    return byTopic.getOrDefault(issue, ImmutableList.of());
  }

  ImmutableList<Meeting> withUnnamedCapacity(Post post) {
    return byUnnamedCapacity.getOrDefault(post, ImmutableList.of());
  }
}
