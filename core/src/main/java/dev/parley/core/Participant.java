package dev.parley.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who took part in a {@link Meeting}, for whom, in what role and in what capacity.
 *
 * <p>A participant is usually a named official representing a state. The source may name only
 * the post ("Syria's defence minister"): then the participant has a {@link #capacity()} and no
 * {@link #actor()}, and queries may infer the official from tenures. A state or organization
 * may itself be the participant.
 *
 * <pre>{@code
 * Participant shoigu = Participant.builder()
 *     .actor(OfficialId.of("sergei-shoigu"))
 *     .represents(StateId.of("RUS"))
 *     .role(ParticipantRole.HOST)
 *     .capacity(Post.of(PostRole.DEFENSE_MINISTER, StateId.of("RUS")))
 *     .build();
 * Participant syrianFm = Participant.byCapacity(Post.of(PostRole.FOREIGN_MINISTER, StateId.of("SYR")));
 * }</pre>
 */
@Value.Immutable
public abstract class Participant implements Sourced {
  Participant() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a participant known only by the post held, representing the post's party, as a
   * {@link ParticipantRole#MEMBER}.
   *
   * @param capacity the post in which the unnamed person took part
   * @return the participant
   * @throws NullPointerException if {@code capacity} is null
   */
  public static Participant byCapacity(Post capacity) {
    return builder().capacity(capacity).build();
  }

  /**
   * The actor who took part: an official, a state or an organization; empty when the source
   * names only the {@link #capacity()}.
   *
   * @return the actor
   */
  public abstract Optional<ActorRef> actor();

  /**
   * The state or organization the participant acted for, where stated. See {@link #party()}
   * for the party used by queries.
   *
   * @return the represented party
   */
  public abstract Optional<PartyRef> represents();

  /**
   * The participant's part in the meeting.
   *
   * @return the role; {@link ParticipantRole#MEMBER} by default
   */
  @Value.Default
  public ParticipantRole role() {
    return ParticipantRole.MEMBER;
  }

  /**
   * The post in which the participant took part, where stated.
   *
   * @return the capacity
   */
  public abstract Optional<Post> capacity();

  /**
   * The article spans that report this participant's part, where they differ from the meeting's
   * own sources: who took part is often said in another sentence than that the meeting took
   * place. May be empty: the meeting's {@link Meeting#sources()} then stand for it.
   *
   * @return the sources, immutable, in the order given
   */
  @Override
  public abstract List<SourceRef> sources();

  /**
   * The party the participant counts for: {@link #represents()} when stated, else the party of
   * the {@link #capacity()}, else the actor itself when it is a state or organization.
   *
   * @return the party, empty only for an official with neither representation nor capacity
   */
  public Optional<PartyRef> party() {
    if (represents().isPresent()) {
      return represents();
    }
    if (capacity().isPresent()) {
      return Optional.of(capacity().get().party());
    }
    return actor().filter(PartyRef.class::isInstance).map(PartyRef.class::cast);
  }

  @Value.Check
  void check() {
    Checks.check(actor().isPresent() || capacity().isPresent(), "Participant", "",
        "needs an actor, a capacity or both");
  }

  /** Builds {@link Participant} values; an actor, a capacity or both are required. */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }
}
