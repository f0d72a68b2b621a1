package dev.parley.core.query;

import com.google.common.collect.ImmutableList;
import dev.parley.core.ActorRef;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Participant;
import dev.parley.core.PartyRef;
import dev.parley.core.Post;
import dev.parley.core.query.Chronology.ByKey;
import dev.parley.core.query.Chronology.Positions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The meetings of a chronicle in chronological order, and lists of them by attendee (of any
 * status, and of held meetings), topic and unnamed capacity, each list itself in chronological
 * order. Built once, in O(n log n), by one pass over the meetings in the chronicle's own order
 * ({@link Chronology}).
 */
final class MeetingIndex {
  final ImmutableList<Meeting> all;
  private final ByKey<ActorRef, Meeting> byAttendee;
  private final ByKey<ActorRef, Meeting> byHeldAttendee;
  private final ByKey<IssueId, Meeting> byTopic;
  private final ByKey<Post, Meeting> byUnnamedCapacity;

  MeetingIndex(List<Meeting> meetings) {
    Chronology<Meeting> order = Chronology.of(meetings, Meeting::date,
        Comparator.comparing(Meeting::id), new Meeting[0]);
    this.all = order.all();
    boolean[] held = new boolean[order.sorted.length];
    Map<ActorRef, Positions> attendees = new HashMap<>();
    Map<IssueId, Positions> topics = new HashMap<>();
    Map<Post, Positions> capacities = new HashMap<>();
    List<ActorRef> present = new ArrayList<>();
    List<Post> offices = new ArrayList<>();
    for (int i = 0; i < order.position.length; i++) {
      Meeting m = meetings.get(i);
      int at = order.position[i];
      held[at] = m.status() == MeetingStatus.HELD;
      present.clear();
      addAttendees(m, present);
      offices.clear();
      for (Participant p : m.participants()) {
        if (p.actor().isEmpty() && p.capacity().isPresent()) {
          addOnce(offices, p.capacity().get().office());
        }
      }
      for (ActorRef a : present) {
        Chronology.add(attendees, a, at);
      }
      for (IssueId t : m.topics()) {
        Chronology.add(topics, t, at);
      }
      for (Post c : offices) {
        Chronology.add(capacities, c, at);
      }
    }
    Map<ActorRef, ImmutableList<Meeting>> anyStatus = new HashMap<>(attendees.size() * 2);
    Map<ActorRef, ImmutableList<Meeting>> heldOnly = new HashMap<>(attendees.size() * 2);
    attendees.forEach((actor, positions) -> {
      int[] at = positions.sorted();
      ImmutableList<Meeting> list = order.at(at);
      anyStatus.put(actor, list);
      // A list of held meetings only is the same list where every meeting in it was held.
      ImmutableList<Meeting> onlyHeld = onlyHeld(order, held, at, list);
      if (!onlyHeld.isEmpty()) {
        heldOnly.put(actor, onlyHeld);
      }
    });
    this.byAttendee = new ByKey<>(anyStatus);
    this.byHeldAttendee = new ByKey<>(heldOnly);
    this.byTopic = order.lists(topics);
    this.byUnnamedCapacity = order.lists(capacities);
  }

  /** The held meetings among {@code at}: {@code all} itself when every one of them was held. */
  private static ImmutableList<Meeting> onlyHeld(Chronology<Meeting> order, boolean[] held,
      int[] at, ImmutableList<Meeting> all) {
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
        list.add(order.sorted[p]);
      }
    }
    return list.build();
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
    return byAttendee.get(actor);
  }

  /** The held meetings that {@code actor} attended. */
  ImmutableList<Meeting> attendedBy(ActorRef actor) {
    return byHeldAttendee.get(actor);
  }

  ImmutableList<Meeting> onTopic(IssueId issue) {
    return byTopic.get(issue);
  }

  ImmutableList<Meeting> withUnnamedCapacity(Post post) {
    return byUnnamedCapacity.get(post);
  }
}
