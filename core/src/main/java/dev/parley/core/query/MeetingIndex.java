package dev.parley.core.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.parley.core.ActorRef;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Participant;
import dev.parley.core.PartyRef;
import dev.parley.core.Post;
import java.util.ArrayList;
import java.util.List;

/**
 * The meetings of a chronicle in chronological order, and lists of them by attendee (of any
 * status, and of held meetings), topic and unnamed capacity, each list itself in chronological
 * order. Built once, in O(n log n).
 */
final class MeetingIndex {
  final ImmutableList<Meeting> all;
  private final ImmutableListMultimap<ActorRef, Meeting> byAttendee;
  private final ImmutableListMultimap<ActorRef, Meeting> byHeldAttendee;
  private final ImmutableListMultimap<IssueId, Meeting> byTopic;
  private final ImmutableListMultimap<Post, Meeting> byUnnamedCapacity;

  MeetingIndex(List<Meeting> meetings) {
    this.all = ImmutableList.sortedCopyOf(Queries.MEETING_ORDER, meetings);
    ImmutableListMultimap.Builder<ActorRef, Meeting> attendees = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<ActorRef, Meeting> held = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<IssueId, Meeting> topics = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Post, Meeting> capacities = ImmutableListMultimap.builder();
    for (Meeting m : all) {
      List<ActorRef> present = attendeesOf(m);
      present.forEach(a -> attendees.put(a, m));
      if (m.status() == MeetingStatus.HELD) {
        present.forEach(a -> held.put(a, m));
      }
      m.topics().forEach(t -> topics.put(t, m));
      m.participants().stream()
          .filter(p -> p.actor().isEmpty())
          .flatMap(p -> p.capacity().stream())
          .map(Post::office)
          .distinct()
          .forEach(c -> capacities.put(c, m));
    }
    this.byAttendee = attendees.build();
    this.byHeldAttendee = held.build();
    this.byTopic = topics.build();
    this.byUnnamedCapacity = capacities.build();
  }

  /**
   * Who attended, each once: every named participant's actor, and every party a participant
   * counts for. Meetings have a handful of participants, so a list beats a set here.
   */
  static List<ActorRef> attendeesOf(Meeting m) {
    List<ActorRef> attendees = new ArrayList<>(m.participants().size() * 2);
    for (Participant p : m.participants()) {
      p.actor().ifPresent(a -> addOnce(attendees, a));
      p.party().ifPresent(a -> addOnce(attendees, a));
    }
    return attendees;
  }

  private static void addOnce(List<ActorRef> list, ActorRef ref) {
    if (!list.contains(ref)) {
      list.add(ref);
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
