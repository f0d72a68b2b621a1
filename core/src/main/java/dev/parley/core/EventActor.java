package dev.parley.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One side of an {@link Event}, a source or a target: a named actor, an office-holder known only
 * by the post ("Syria's defence minister"), or someone known only by description ("gunmen"),
 * perhaps with the state or organization they are said to belong to. Parley never invents a name
 * for an actor the sources do not name.
 *
 * <p>An event actor is valid when it has an {@link #actor()}, a {@link #capacity()} or a {@link
 * #description()}; an {@link #affiliation()} alone is not an actor (the party itself is then the
 * actor: {@code EventActor.of(party)}). Any of the four may come with the others.
 *
 * <pre>{@code
 * EventActor turkiye = EventActor.of(StateId.of("TUR"));
 * EventActor minister = EventActor.byCapacity(Post.of(PostRole.DEFENSE_MINISTER, StateId.of("SYR")));
 * EventActor gunman = EventActor.anonymous(StateId.of("TUR"), "an off-duty police officer");
 * EventActor gunmen = EventActor.anonymous("gunmen");
 * }</pre>
 */
@Value.Immutable
public abstract class EventActor {
  EventActor() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a named actor: an official, a state or an organization.
   *
   * @param actor the actor
   * @return the event actor
   * @throws NullPointerException if {@code actor} is null
   */
  public static EventActor of(ActorRef actor) {
    return builder().actor(actor).build();
  }

  /**
   * Returns an actor known only by the post held.
   *
   * @param capacity the post of the unnamed person
   * @return the event actor
   * @throws NullPointerException if {@code capacity} is null
   */
  public static EventActor byCapacity(Post capacity) {
    return builder().capacity(capacity).build();
  }

  /**
   * Returns an unnamed actor described as the source describes them, belonging to a state or
   * organization.
   *
   * @param affiliation the state or organization the actor is said to belong to
   * @param description how the source describes the actor, such as {@code "a Turkish police
   *     officer"}
   * @return the event actor
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code description} is blank
   */
  public static EventActor anonymous(PartyRef affiliation, String description) {
    return builder().affiliation(affiliation).description(description).build();
  }

  /**
   * Returns an unnamed actor known only by description, with no affiliation known.
   *
   * @param description how the source describes the actor, such as {@code "gunmen"}
   * @return the event actor
   * @throws NullPointerException if {@code description} is null
   * @throws IllegalArgumentException if {@code description} is blank
   */
  public static EventActor anonymous(String description) {
    return builder().description(description).build();
  }

  /**
   * The named actor: an official, a state or an organization; empty when the source does not
   * name one.
   *
   * @return the actor
   */
  public abstract Optional<ActorRef> actor();

  /**
   * The post in which the actor acted, where stated; the only identification of an office-holder
   * the source does not name.
   *
   * @return the capacity
   */
  public abstract Optional<Post> capacity();

  /**
   * The state or organization the actor belongs to or acted for, where stated.
   *
   * @return the affiliation
   */
  public abstract Optional<PartyRef> affiliation();

  /**
   * How the source describes the actor, such as {@code "gunmen"}.
   *
   * @return the description, non-blank when present
   */
  public abstract Optional<String> description();

  /**
   * Whether the source does not name the actor.
   *
   * @return {@code true} when {@link #actor()} is empty
   */
  public boolean isAnonymous() {
    return actor().isEmpty();
  }

  /**
   * The actors this event actor counts for in queries, each once: the {@link #actor()}, the
   * {@link #affiliation()} and the party of the {@link #capacity()}, in that order, where present.
   *
   * <pre>{@code
   * EventActor.anonymous(StateId.of("TUR"), "a police officer").references(); // [TUR]
   * }</pre>
   *
   * @return the references, immutable; empty for an actor known only by a description
   */
  public List<ActorRef> references() {
    List<ActorRef> refs = new ArrayList<>(3);
    actor().ifPresent(refs::add);
    affiliation().filter(a -> !refs.contains(a)).ifPresent(refs::add);
    capacity().map(Post::party).filter(p -> !refs.contains(p)).ifPresent(refs::add);
    return Collections.unmodifiableList(refs);
  }

  /**
   * Whether this event actor counts for {@code ref}: whether {@code ref} is one of its {@link
   * #references()}. Allocates nothing.
   *
   * @param ref an official, state or organization
   * @return whether the actor, the affiliation or the capacity's party is {@code ref}
   * @throws NullPointerException if {@code ref} is null
   */
  public boolean refersTo(ActorRef ref) {
    java.util.Objects.requireNonNull(ref, "ref");
    return (actor().isPresent() && actor().get().equals(ref))
        || (affiliation().isPresent() && affiliation().get().equals(ref))
        || (capacity().isPresent() && capacity().get().party().equals(ref));
  }

  @Value.Check
  void check() {
    description().ifPresent(d -> Checks.nonBlank("EventActor.description", d));
    Checks.check(actor().isPresent() || capacity().isPresent() || description().isPresent(),
        "EventActor", affiliation().map(ActorRef::toRefString).orElse(""),
        "needs an actor, a capacity or a description (an affiliation alone is not an actor)");
  }

  /**
   * Builds {@link EventActor} values: an actor, a capacity or a description is required, each
   * with any of the others and an affiliation.
   */
  public static final class Builder extends ImmutableEventActor.Builder {
    Builder() {}
  }
}
