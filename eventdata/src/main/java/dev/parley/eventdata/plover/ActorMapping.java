package dev.parley.eventdata.plover;

import dev.parley.core.ActorRef;
import dev.parley.core.EventActor;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.OrganizationKind;
import dev.parley.core.PartyRef;
import dev.parley.core.Post;
import dev.parley.core.StateId;
import java.util.Optional;
import java.util.function.Function;

/** The one mapping between PLOVER actor objects and event actors, used both ways. */
final class ActorMapping {
  /** The code written for an actor of no state or organization. */
  static final String UNKNOWN = "XXX";

  private ActorMapping() {}

  /** An actor read from a code, an actor text and a sector. */
  record Derived(EventActor actor, Optional<PartyRef> party, String name) {}

  /** Reads an actor object's code, text (may be null) and sector (may be null). */
  static Derived derive(String code, String text, String sector) {
    Optional<StateId> state = ActorCodes.state(code);
    boolean blank = text == null || text.isBlank();
    if (state.isPresent()) {
      String name = blank ? ActorCodes.name(state.get()) : text;
      EventActor.Builder b = EventActor.builder();
      if (sector == null) {
        b.actor(state.get());
        if (!blank) {
          b.description(text);
        }
      } else {
        b.affiliation(state.get()).description(name);
      }
      return new Derived(b.build(), state.map(s -> s), name);
    }
    if (ActorCodes.isOrganization(code) && !blank && !Fields.slug(text).isEmpty()) {
      OrganizationId org = OrganizationId.of(Fields.slug(text));
      EventActor a = sector == null ? EventActor.builder().actor(org).description(text).build()
          : EventActor.builder().affiliation(org).description(text).build();
      return new Derived(a, Optional.of(org), text);
    }
    String name = blank ? "actor coded " + code : text;
    return new Derived(EventActor.anonymous(name), Optional.empty(), name);
  }

  /** The party an event actor is coded by: its actor, affiliation or capacity's party. */
  static Optional<PartyRef> party(EventActor a) {
    if (a.actor().isPresent() && a.actor().get() instanceof PartyRef) {
      return Optional.of((PartyRef) a.actor().get());
    }
    if (a.affiliation().isPresent()) {
      return a.affiliation();
    }
    return a.capacity().map(Post::party);
  }

  /** The code the writer gives an event actor, absent a code the event keeps. */
  static String code(EventActor a, Function<OrganizationId, Optional<Organization>> orgs) {
    Optional<PartyRef> p = party(a);
    if (p.isEmpty()) {
      return UNKNOWN;
    }
    if (p.get() instanceof StateId) {
      return p.get().value();
    }
    Optional<Organization> o = orgs.apply((OrganizationId) p.get());
    if (o.isPresent() && o.get().state().isPresent()) {
      return o.get().state().get().value();
    }
    return o.isPresent() && o.get().kind() == OrganizationKind.INTERNATIONAL_ORGANIZATION
        ? ActorCodes.IGO : ActorCodes.NGO;
  }

  /** Whether a kept code may stand for an event actor's party, so the writer uses it. */
  static boolean fits(String keptCode, EventActor a) {
    Optional<PartyRef> p = party(a);
    Optional<StateId> s = ActorCodes.state(keptCode);
    if (p.isEmpty()) {
      return s.isEmpty() && !ActorCodes.isOrganization(keptCode);
    }
    if (p.get() instanceof StateId) {
      return s.isPresent() && s.get().equals(p.get());
    }
    return ActorCodes.isOrganization(keptCode);
  }

  /** The text the writer gives an event actor. */
  static String text(EventActor a, Function<ActorRef, Optional<String>> names) {
    if (a.description().isPresent()) {
      return a.description().get();
    }
    Optional<ActorRef> ref = a.actor().or(() -> a.affiliation())
        .or(() -> a.capacity().map(Post::party));
    return ref.flatMap(names).orElse(null);
  }
}
