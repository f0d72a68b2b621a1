package dev.parley.core.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.parley.core.ActorRef;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.Participant;
import dev.parley.core.PartyRef;
import dev.parley.core.Post;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The meetings of a chronicle in chronological order, and lists of them by attendee, topic and
 * unnamed capacity, each list itself in chronological order. Built once, in O(n log n).
 */
final class MeetingIndex {
  final ImmutableList<Meeting> all;
  private final ImmutableListMultimap<ActorRef, Meeting> byAttendee;
  private final ImmutableListMultimap<IssueId, Meeting> byTopic;
  private final ImmutableListMultimap<Post, Meeting> byUnnamedCapacity;

  MeetingIndex(List<Meeting> meetings) {
    this.all = ImmutableList.sortedCopyOf(Queries.MEETING_ORDER, meetings);
    ImmutableListMultimap.Builder<ActorRef, Meeting> attendees = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<IssueId, Meeting> topics = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Post, Meeting> capacities = ImmutableListMultimap.builder();
    for (Meeting m : all) {
      attendeesOf(m).forEach(a -> attendees.put(a, m));
      m.topics().forEach(t -> topics.put(t, m));
      m.participants().stream()
          .filter(p -> p.actor().isEmpty())
          .flatMap(p -> p.capacity().stream())
          .distinct()
          .forEach(c -> capacities.put(c, m));
    }
    this.byAttendee = attendees.build();
    this.byTopic = topics.build();
    this.byUnnamedCapacity = capacities.build();
  }

  /**
   * Who attended: every named participant's actor, and every party a participant counts for.
   */
  static Set<ActorRef> attendeesOf(Meeting m) {
    Set<ActorRef> attendees = new LinkedHashSet<>();
    Set<PartyRef> parties = new LinkedHashSet<>();
    for (Participant p : m.participants()) {
      p.actor().ifPresent(attendees::add);
      Queries.partiesOf(p, parties);
    }
    attendees.addAll(parties);
    return attendees;
  }

  ImmutableList<Meeting> attendedBy(ActorRef actor) {
    return byAttendee.get(actor);
  }

  ImmutableList<Meeting> onTopic(IssueId issue) {
    return byTopic.get(issue);
  }

  ImmutableList<Meeting> withUnnamedCapacity(Post post) {
    return byUnnamedCapacity.get(post);
  }
}
