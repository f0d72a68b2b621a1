package dev.parley.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who made a {@link Statement}: a named actor, or an anonymous one known only by affiliation and
 * description ("a senior Turkish official"). Parley never invents a name for an anonymous
 * speaker.
 *
 * <pre>{@code
 * Speaker akar = Speaker.of(OfficialId.of("hulusi-akar"));
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
   * The state or organization the speaker belongs to or spoke for; required when anonymous.
   *
   * @return the affiliation
   */
  public abstract Optional<PartyRef> affiliation();

  /**
   * How the source describes the speaker; required when anonymous.
   *
   * @return the description, non-blank when present
   */
  public abstract Optional<String> description();

  /**
   * Whether the speaker is not named.
   *
   * @return {@code true} when {@link #actor()} is empty
   */
  public boolean isAnonymous() {
    return actor().isEmpty();
  }

  @Value.Check
  void check() {
    description().ifPresent(d -> Checks.nonBlank("Speaker.description", d));
    if (isAnonymous()) {
      Checks.check(affiliation().isPresent(), "Speaker.affiliation", "",
          "is required for an anonymous speaker");
      Checks.check(description().isPresent(), "Speaker.description", "",
          "is required for an anonymous speaker");
    }
  }

  /** Builds {@link Speaker} values: an actor, or an affiliation and a description. */
  public static final class Builder extends ImmutableSpeaker.Builder {
    Builder() {}
  }
}
