package dev.parley.testkit;

import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.EventId;
import dev.parley.core.EventStatus;
import dev.parley.core.Magnitudes;
import dev.parley.core.PloverCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Events and their parts: event actors and magnitudes. Documented at {@link ParleyArbitraries},
 * the public entry point.
 */
final class EventArbitraries {

  private EventArbitraries() {}

  /** Mode names of the PLOVER 2021 manual's tables. */
  private static final List<String> MODES = List.of(
      "visit", "third-party", "multilateral", "phone", "withdraw", "release", "return", "disarm",
      "ceasefire", "access", "resign", "assist", "change", "yield", "meet", "restrict", "ban",
      "arrest", "relations", "expel", "territory", "violence", "demo", "riot", "strike-gen",
      "strike-lim", "strike-hun", "boycott", "obstruct", "convict", "cancel", "sever", "troops",
      "weapons", "police", "confiscate", "censor", "curfew", "martial-law", "deport", "withhold",
      "abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive",
      "firearms", "explosives", "suicide-attack", "heavy-weapons", "economic", "military",
      "humanitarian", "asylum");

  /** Context names of the PLOVER 2021 manual's table. */
  private static final List<String> CONTEXTS = List.of(
      "political", "military", "intelligence", "peacekeeping", "economic", "diplomatic",
      "resource", "culture", "disease", "enviro_disaster", "migration", "humanitarian", "legal",
      "human_rights", "rights_freedoms", "gender", "lgbt", "terrorism", "human_security",
      "religion_ethnicity", "government", "election", "legislative", "cbrn", "cyber",
      "political_institutions", "corruption", "crime", "crime_murder", "crime_theft",
      "crime_drugs", "crime_sexual", "future", "historical", "hypothetical");

  /** The manual's names mostly, sometimes any slug (a user's own name of PLOVER's shape). */
  private static Arbitrary<String> ploverNames(List<String> manual) {
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(4, Arbitraries.of(manual)), Tuple.of(1, TextArbitraries.SLUGS)));
  }

  static final Arbitrary<String> MODE_NAMES = ploverNames(MODES);
  static final Arbitrary<String> CONTEXT_NAMES = ploverNames(CONTEXTS);

  /**
   * Event actors of every shape: named (most), known by capacity, anonymous with an affiliation,
   * or known only by a description; named ones sometimes with an affiliation, a capacity or a
   * description as well.
   */
  static Arbitrary<EventActor> eventActors(Refs refs) {
    List<Tuple.Tuple2<Integer, Arbitrary<EventActor>>> shapes = new ArrayList<>();
    if (!refs.actors.isEmpty()) {
      shapes.add(Tuple.of(6, named(refs)));
    }
    if (!refs.parties.isEmpty()) {
      shapes.add(Tuple.of(2, ActorArbitraries.posts(refs.parties.one())
          .map(EventActor::byCapacity)));
      shapes.add(Tuple.of(1, Combinators.combine(refs.parties.one(), TextArbitraries.TEXTS)
          .as(EventActor::anonymous)));
    }
    shapes.add(Tuple.of(1, TextArbitraries.TEXTS.map(EventActor::anonymous)));
    return Arbitraries.frequencyOf(shapes);
  }

  private static Arbitrary<EventActor> named(Refs refs) {
    Arbitrary<EventActor> plain = refs.actors.one().map(EventActor::of);
    if (refs.parties.isEmpty()) {
      return plain;
    }
    Arbitrary<EventActor> detailed = Combinators.combine(
            refs.actors.one(),
            refs.parties.maybe(),
            ActorArbitraries.posts(refs.parties.one()).optional(0.3),
            TextArbitraries.TEXTS.optional(0.2))
        .as((actor, affiliation, capacity, description) -> EventActor.builder()
            .actor(actor)
            .affiliation(affiliation)
            .capacity(capacity)
            .description(description)
            .build());
    return Arbitraries.frequencyOf(List.of(Tuple.of(3, plain), Tuple.of(1, detailed)));
  }

  /** Magnitudes with one, two or three of dead, injured and size, each 0 to 100,000. */
  static Arbitrary<Magnitudes> magnitudes() {
    Arbitrary<Optional<Integer>> count = Arbitraries.integers().between(0, 100_000).optional(0.6);
    return Combinators.combine(count, count, count).as(Tuple::of)
        .filter(t -> t.get1().isPresent() || t.get2().isPresent() || t.get3().isPresent())
        .map(t -> {
          Magnitudes.Builder m = Magnitudes.builder();
          t.get1().ifPresent(m::dead);
          t.get2().ifPresent(m::injured);
          t.get3().ifPresent(m::size);
          return m.build();
        });
  }

  /**
   * Events of every category and status, with up to two source and two target actors (at least
   * one in all), and sometimes a mode, contexts, a place, magnitudes and extensions.
   */
  static Arbitrary<Event> events(Arbitrary<EventId> ids, Refs refs) {
    Arbitrary<List<EventActor>> sides = eventActors(refs).list().ofMaxSize(2);
    Arbitrary<Tuple.Tuple2<List<EventActor>, List<EventActor>>> actors =
        Combinators.combine(sides, sides, eventActors(refs))
            .as((sources, targets, first) -> sources.isEmpty() && targets.isEmpty()
                ? Tuple.of(List.of(first), targets)
                : Tuple.of(sources, targets));
    return Builders.withBuilder(Event::builder)
        .use(ids)
        .in(Event.Builder::id)
        .use(Arbitraries.of(PloverCategory.class))
        .in(Event.Builder::category)
        .use(MODE_NAMES)
        .withProbability(0.5)
        .in(Event.Builder::mode)
        .use(CONTEXT_NAMES.list().uniqueElements().ofMaxSize(2))
        .in(Event.Builder::context)
        .use(actors)
        .in((event, a) -> event.sourceActors(a.get1()).targetActors(a.get2()))
        .use(refs.dates)
        .in(Event.Builder::date)
        .use(MeetingArbitraries.places(refs.states))
        .withProbability(0.4)
        .in(Event.Builder::place)
        .use(Arbitraries.of(EventStatus.class))
        .withProbability(0.4)
        .in(Event.Builder::status)
        .use(magnitudes())
        .withProbability(0.3)
        .in(Event.Builder::magnitudes)
        .use(TextArbitraries.TEXTS)
        .in(Event.Builder::description)
        .use(SourceArbitraries.sourceLists(refs.articles))
        .in(Event.Builder::sources)
        .use(ExtensionArbitraries.MAPS)
        .withProbability(0.2)
        .in(Event.Builder::extensions)
        .build(Event.Builder::build);
  }
}
