package dev.parley.testkit;

import dev.parley.core.ArticleId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Participant;
import dev.parley.core.ParticipantRole;
import dev.parley.core.Place;
import dev.parley.core.StateId;
import dev.parley.core.StatusChange;
import dev.parley.core.time.FuzzyDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Builders.BuilderCombinator;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Meetings and their parts: places, participants and status histories. Documented at {@link
 * ParleyArbitraries}, the public entry point.
 */
final class MeetingArbitraries {

  private MeetingArbitraries() {}

  static Arbitrary<Place> places(Pool<StateId> states) {
    Arbitrary<Boolean> tentative = Arbitraries.of(false, true);
    if (states.isEmpty()) {
      return Combinators.combine(TextArbitraries.NAMES, tentative)
          .as((city, t) -> Place.builder().city(city).tentative(t).build());
    }
    // 0: city only, 1: state only, 2: both.
    Arbitrary<Integer> shapes = Arbitraries.of(0, 1, 2);
    return Combinators.combine(shapes, TextArbitraries.NAMES, states.one(), tentative)
        .as(
            (shape, city, state, t) -> {
              Place.Builder place = Place.builder().tentative(t);
              if (shape != 1) {
                place.city(city);
              }
              if (shape != 0) {
                place.state(state);
              }
              return place.build();
            });
  }

  /**
   * Participants of the three shapes: an actor only, a capacity only, or both. In equal shares
   * unless {@code named}: then most participants are named (eight in twelve by actor only, three
   * by actor and capacity, one by capacity only), as in news reports of meetings.
   */
  static Arbitrary<Participant> participants(Refs refs, boolean named) {
    if (refs.actors.isEmpty() || refs.parties.isEmpty()) {
      return refs.actors.isEmpty()
          ? participants(refs, false, true)
          : participants(refs, true, false);
    }
    // A uniform draw picks the shape: 0 actor only, 1 both, 2 capacity only. (frequencyOf mixes
    // in its edge cases, which would flatten the shares.) Shrinks toward an actor only.
    Arbitrary<Integer> draws =
        Arbitraries.integers()
            .between(0, named ? 11 : 2)
            .withDistribution(RandomDistribution.uniform());
    return Combinators.combine(participants(refs, true, true), draws)
        .as(
            (p, draw) -> {
              int shape = named ? (draw < 8 ? 0 : draw < 11 ? 1 : 2) : draw;
              if (shape == 0) {
                return Participant.builder().from(p).capacity(Optional.empty()).build();
              }
              return shape == 1
                  ? p
                  : Participant.builder().from(p).actor(Optional.empty()).build();
            });
  }

  private static Arbitrary<Participant> participants(
      Refs refs, boolean withActor, boolean withCapacity) {
    BuilderCombinator<Participant.Builder> participant = Builders.withBuilder(Participant::builder);
    if (withActor) {
      participant = participant.use(refs.actors.one()).in(Participant.Builder::actor);
    }
    if (withCapacity) {
      participant =
          participant
              .use(ActorArbitraries.posts(refs.parties.one()))
              .in(Participant.Builder::capacity);
    }
    if (!refs.articles.isEmpty()) {
      participant =
          participant
              .use(SourceArbitraries.sourceRefs(refs.articles.one()).list().ofMaxSize(2))
              .withProbability(0.3)
              .in(Participant.Builder::sources);
    }
    return participant
        .use(refs.parties.maybe())
        .in(Participant.Builder::represents)
        .use(Arbitraries.of(ParticipantRole.class))
        .withProbability(0.5)
        .in(Participant.Builder::role)
        .build(Participant.Builder::build);
  }

  static Arbitrary<StatusChange> statusChanges(
      Pool<ArticleId> articles, Arbitrary<FuzzyDate> dates) {
    return Builders.withBuilder(StatusChange::builder)
        .use(Arbitraries.of(MeetingStatus.class))
        .in(StatusChange.Builder::status)
        .use(dates)
        .in(StatusChange.Builder::reported)
        .use(dates)
        .withProbability(0.3)
        .in(StatusChange.Builder::scheduledFor)
        .use(SourceArbitraries.sourceLists(articles))
        .in(StatusChange.Builder::sources)
        .build(StatusChange.Builder::build);
  }

  /**
   * One to three status changes, oldest first, so that none is reported before the previous. If
   * {@code mostlyHeld}, the last change reports the meeting {@link MeetingStatus#HELD} in about
   * six histories of seven, as most meetings in the news did take place.
   */
  static Arbitrary<List<StatusChange>> statusHistories(
      Pool<ArticleId> articles, Arbitrary<FuzzyDate> dates, boolean mostlyHeld) {
    Arbitrary<List<StatusChange>> histories =
        statusChanges(articles, dates)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(
                changes ->
                    changes.stream()
                        .sorted(Comparator.comparing(StatusChange::reported))
                        .collect(Collectors.toUnmodifiableList()));
    if (!mostlyHeld) {
      return histories;
    }
    // HELD first, so that the last status shrinks toward HELD.
    Arbitrary<Optional<MeetingStatus>> last =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(5, Arbitraries.just(Optional.of(MeetingStatus.HELD))),
                Tuple.of(1, Arbitraries.just(Optional.<MeetingStatus>empty()))));
    return Combinators.combine(histories, last)
        .as(
            (history, status) -> {
              if (status.isEmpty()) {
                return history;
              }
              List<StatusChange> changed = new ArrayList<>(history);
              int end = changed.size() - 1;
              changed.set(
                  end, StatusChange.builder().from(changed.get(end)).status(status.get()).build());
              return List.copyOf(changed);
            });
  }

  /**
   * Meetings with {@code minParticipants} to {@code maxParticipants} participants; {@code
   * realistic} ones mostly held, with mostly named participants.
   */
  static Arbitrary<Meeting> meetings(
      Arbitrary<MeetingId> ids,
      Refs refs,
      int minParticipants,
      int maxParticipants,
      boolean realistic) {
    return Builders.withBuilder(Meeting::builder)
        .use(ids)
        .in(Meeting.Builder::id)
        .use(TextArbitraries.TEXTS)
        .in(Meeting.Builder::title)
        .use(refs.dates)
        .in(Meeting.Builder::date)
        .use(places(refs.states))
        .withProbability(0.5)
        .in(Meeting.Builder::place)
        .use(
            participants(refs, realistic)
                .list()
                .ofMinSize(minParticipants)
                .ofMaxSize(maxParticipants)
                .withSizeDistribution(RandomDistribution.uniform()))
        .in(Meeting.Builder::participants)
        .use(refs.actors.maybe())
        .in(Meeting.Builder::host)
        .use(TextArbitraries.NAMES)
        .withProbability(0.3)
        .in(Meeting.Builder::framework)
        .use(refs.issues.distinct(0, 3))
        .in(Meeting.Builder::topics)
        .use(statusHistories(refs.articles, refs.dates, realistic))
        .in(Meeting.Builder::statusHistory)
        .use(SourceArbitraries.sourceLists(refs.articles))
        .in(Meeting.Builder::sources)
        .use(ExtensionArbitraries.MAPS)
        .withProbability(0.2)
        .in(Meeting.Builder::extensions)
        .build(Meeting.Builder::build);
  }
}
