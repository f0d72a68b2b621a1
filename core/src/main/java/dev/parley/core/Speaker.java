package dev.parley.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who made a {@link Statement}: a named actor; an unnamed person known by the post they hold
 * ("Türkiye's foreign minister said"), as a meeting's participants may be; or an anonymous one
 * known only by affiliation and description ("a senior Turkish official"). Parley never invents
 * a name for an unnamed speaker.
 *
 * <p>A speaker needs an {@link #actor()}, a {@link #capacity()}, or an {@link #affiliation()}
 * with a {@link #description()}; it may carry more (a named official speaking as foreign
 * minister has an actor and a capacity). Queries may infer the official behind a speaker known
 * only by capacity from tenures ({@link dev.parley.core.query.StatementQuery#byIncludingInferred}).
 *
 * <pre>{@code
 * Speaker akar = Speaker.of(OfficialId.of("hulusi-akar"));
 * Speaker turkishFm = Speaker.byCapacity(Post.of(PostRole.FOREIGN_MINISTER, StateId.of("TUR")));
 * Speaker unnamed = Speaker.anonymous(StateId.of("TUR"), "a senior Turkish official");
 * }</pre>
 */
@Value.Immutable
public abstract class Speaker {
  Speaker() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a named speaker: an official, a state or an organization.
   *
   * @param actor who spoke
   * @return the speaker
   * @throws NullPointerException if {@code actor} is null
   */
  public static Speaker of(ActorRef actor) {
    return builder().actor(actor).build();
  }

  /**
   * Returns a speaker known only by the post they hold, such as "Türkiye's foreign minister".
   *
   * @param capacity the post in which the unnamed person spoke
   * @return the speaker
   * @throws NullPointerException if {@code capacity} is null
   */
  public static Speaker byCapacity(Post capacity) {
    return builder().capacity(capacity).build();
  }

  /**
   * Returns an anonymous speaker, described as the source describes them.
   *
   * @param affiliation the state or organization the speaker is said to belong to
   * @param description how the source describes the speaker, for example {@code "an official
   *     from the Turkish foreign ministry"}
   * @return the speaker
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code description} is blank
   */
  public static Speaker anonymous(PartyRef affiliation, String description) {
    return builder().affiliation(affiliation).description(description).build();
  }

  /**
   * The named actor who spoke; empty for an anonymous speaker.
   *
   * @return the actor
   */
  public abstract Optional<ActorRef> actor();

  /**
   * The post in which the speaker spoke, where stated; enough on its own to know an unnamed
   * speaker by.
   *
   * @return the capacity
   */
  public abstract Optional<Post> capacity();

  /**
   * The state or organization the speaker belongs to or spoke for; required when the speaker has
   * neither an actor nor a capacity.
   *
   * @return the affiliation
   */
  public abstract Optional<PartyRef> affiliation();

  /**
   * How the source describes the speaker; required when the speaker has neither an actor nor a
   * capacity.
   *
   * @return the description, non-blank when present
   */
  public abstract Optional<String> description();

  /**
   * Whether the speaker is not named: known by {@link #capacity()} or by affiliation and
   * description.
   *
   * @return {@code true} when {@link #actor()} is empty
   */
  public boolean isAnonymous() {
    return actor().isEmpty();
  }

  @Value.Check
  void check() {
    description().ifPresent(d -> Checks.nonBlank("Speaker.description", d));
    if (actor().isEmpty() && capacity().isEmpty()) {
      Checks.check(affiliation().isPresent(), "Speaker.affiliation", "",
          "is required for a speaker with neither an actor nor a capacity");
      Checks.check(description().isPresent(), "Speaker.description", "",
          "is required for a speaker with neither an actor nor a capacity");
    }
  }

  /**
   * Builds {@link Speaker} values: an actor, a capacity, or an affiliation and a description.
   */
  public static final class Builder extends ImmutableSpeaker.Builder {
    Builder() {}
  }
}
