package dev.parley.core.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.parley.core.ActorRef;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.PloverCategory;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of a chronicle in chronological order, and lists of them by category and by the
 * actors they involve as sources, as targets, or either, each list in chronological order. An
 * event actor counts for each of its {@link EventActor#references()}. Built once, in O(n log n).
 */
final class EventIndex {
  final ImmutableList<Event> all;
  final ImmutableListMultimap<PloverCategory, Event> byCategory;
  final ImmutableListMultimap<ActorRef, Event> bySource;
  final ImmutableListMultimap<ActorRef, Event> byTarget;
  final ImmutableListMultimap<ActorRef, Event> byActor;

  EventIndex(List<Event> events) {
    this.all = ImmutableList.sortedCopyOf(Queries.EVENT_ORDER, events);
    ImmutableListMultimap.Builder<PloverCategory, Event> categories =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<ActorRef, Event> sources = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<ActorRef, Event> targets = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<ActorRef, Event> actors = ImmutableListMultimap.builder();
    for (Event e : all) {
      categories.put(e.category(), e);
      List<ActorRef> asSource = refs(e.sourceActors());
      List<ActorRef> asTarget = refs(e.targetActors());
      asSource.forEach(a -> sources.put(a, e));
      asTarget.forEach(a -> targets.put(a, e));
      List<ActorRef> either = new ArrayList<>(asSource);
      asTarget.stream().filter(a -> !either.contains(a)).forEach(either::add);
      either.forEach(a -> actors.put(a, e));
    }
    this.byCategory = categories.build();
    this.bySource = sources.build();
    this.byTarget = targets.build();
    this.byActor = actors.build();
  }

  /** Every reference of the actors, each once; events have a handful of actors. */
  private static List<ActorRef> refs(List<EventActor> actors) {
    List<ActorRef> refs = new ArrayList<>();
    for (EventActor a : actors) {
      for (ActorRef r : a.references()) {
        if (!refs.contains(r)) {
          refs.add(r);
        }
      }
    }
    return refs;
  }

  /** Whether one of {@code actors} counts for {@code ref}; allocates nothing. */
  static boolean anyRefersTo(List<EventActor> actors, ActorRef ref) {
    for (int i = 0; i < actors.size(); i++) {
      if (actors.get(i).refersTo(ref)) {
        return true;
      }
    }
    return false;
  }
}
