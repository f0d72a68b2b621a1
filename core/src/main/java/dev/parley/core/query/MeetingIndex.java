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
 * that sorting the meetings compares two ints (and ids on equal dates) rather than two dates;
 * then one pass over the sorted meetings appends each to its keys' lists.
 */
final class MeetingIndex {
  final ImmutableList<Meeting> all;
  private final Map<ActorRef, ImmutableList<Meeting>> byAttendee;
  private final Map<ActorRef, ImmutableList<Meeting>> byHeldAttendee;
  private final Map<IssueId, ImmutableList<Meeting>> byTopic;
  private final Map<Post, ImmutableList<Meeting>> byUnnamedCapacity;

  MeetingIndex(List<Meeting> meetings) {
    this.all = chronological(meetings);
    Map<ActorRef, List<Meeting>> attendees = new HashMap<>();
    Map<IssueId, List<Meeting>> topics = new HashMap<>();
    Map<Post, List<Meeting>> capacities = new HashMap<>();
    List<ActorRef> present = new ArrayList<>();
    List<Post> offices = new ArrayList<>();
    for (Meeting m : all) {
      present.clear();
      addAttendees(m, present);
      offices.clear();
      for (Participant p : m.participants()) {
        if (p.actor().isEmpty() && p.capacity().isPresent()) {
          addOnce(offices, p.capacity().get().office());
        }
      }
      for (ActorRef a : present) {
        attendees.computeIfAbsent(a, k -> new ArrayList<>()).add(m);
      }
      for (IssueId t : m.topics()) {
        topics.computeIfAbsent(t, k -> new ArrayList<>()).add(m);
      }
      for (Post c : offices) {
        capacities.computeIfAbsent(c, k -> new ArrayList<>()).add(m);
      }
    }
    this.byAttendee = immutable(attendees);
    this.byTopic = immutable(topics);
    this.byUnnamedCapacity = immutable(capacities);
    // A list of held meetings only is the same list where every meeting in it was held.
    Map<ActorRef, ImmutableList<Meeting>> held = new HashMap<>(byAttendee.size() * 2);
    byAttendee.forEach((actor, list) -> {
      ImmutableList<Meeting> onlyHeld = onlyHeld(list);
      if (!onlyHeld.isEmpty()) {
        held.put(actor, onlyHeld);
      }
    });
    this.byHeldAttendee = held;
  }

  /** The meetings sorted by {@link Queries#MEETING_ORDER}, comparing ranks of dates. */
  private static ImmutableList<Meeting> chronological(List<Meeting> meetings) {
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
    Meeting[] sorted = new Meeting[keys.length];
    for (int i = 0; i < keys.length; i++) {
      sorted[i] = meetings.get((int) keys[i]);
    }
    // Meetings on dates of equal rank go by id.
    Comparator<Meeting> byId = Comparator.comparing(Meeting::id);
    for (int from = 0; from < keys.length; ) {
      int to = from + 1;
      while (to < keys.length && keys[to] >>> 32 == keys[from] >>> 32) {
        to++;
      }
      if (to - from > 1) {
        Arrays.sort(sorted, from, to, byId);
      }
      from = to;
    }
    return ImmutableList.copyOf(sorted);
  }

  private static <K> Map<K, ImmutableList<Meeting>> immutable(Map<K, List<Meeting>> lists) {
    Map<K, ImmutableList<Meeting>> result = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> result.put(k, ImmutableList.copyOf(v)));
    return result;
  }

  private static ImmutableList<Meeting> onlyHeld(ImmutableList<Meeting> list) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).status() != MeetingStatus.HELD) {
        ImmutableList.Builder<Meeting> held = ImmutableList.builder();
        held.addAll(list.subList(0, i));
        for (int j = i + 1; j < list.size(); j++) {
          if (list.get(j).status() == MeetingStatus.HELD) {
            held.add(list.get(j));
          }
        }
        return held.build();
      }
    }
    return list;
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
