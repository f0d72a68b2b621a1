package dev.parley.core;

import com.google.common.collect.ImmutableSortedSet;
import dev.parley.core.time.FuzzyDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A meeting between parties: held, or only proposed, planned, postponed or cancelled.
 *
 * <p>A meeting has a {@link #date()} (when it took or is to take place, as precisely as known),
 * the {@link #participants()} with their roles and capacities, and a {@link #statusHistory()}
 * of what was reported when; its current {@link #status()} is the last entry. {@link #format()}
 * and {@link #level()} are derived from the participants.
 *
 * <pre>{@code
 * Meeting m = Meeting.builder()
 *     .id(MeetingId.of("moscow-defence-ministers-2023-04-25"))
 *     .title("Defence ministers of Russia, Türkiye, Iran and Syria in Moscow")
 *     .date(FuzzyDate.parse("2023-04-25"))
 *     .place(Place.of("Moscow", StateId.of("RUS")))
 *     .addParticipants(shoigu, akar, abbas, ashtiani)
 *     .addStatusChange(held)
 *     .addSource(source)
 *     .build();
 * m.format();   // Optional[QUADRILATERAL]
 * m.level();    // Optional[MINISTERIAL]
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Meeting implements Entity<MeetingId>, Sourced {
  Meeting() {}

  /**
   * {@inheritDoc}
   *
   * @return {@link RecordKind#MEETING}
   */
  @Override
  public final RecordKind recordKind() {
    return RecordKind.MEETING;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A short neutral title.
   *
   * @return the title, non-blank
   */
  public abstract String title();

  /**
   * When the meeting took place or is expected to, as precisely as known: a day, a month, an
   * interval such as {@code 2023-05-01/2023-05-10}, or an open interval from the date it was
   * first reported ({@code 2023-01-11/..}).
   *
   * @return the date
   */
  public abstract FuzzyDate date();

  /**
   * Where the meeting took or is to take place, where known.
   *
   * @return the place
   */
  public abstract Optional<Place> place();

  /**
   * Who took part, in the order given; at least one.
   *
   * @return the participants, immutable
   */
  public abstract List<Participant> participants();

  /**
   * Who hosted the meeting, where reported.
   *
   * @return the host
   */
  public abstract Optional<ActorRef> host();

  /**
   * The diplomatic framework the meeting belongs to, such as {@code "Astana process"}.
   *
   * @return the framework's name, non-blank when present
   */
  public abstract Optional<String> framework();

  /**
   * The issues discussed, without repeats.
   *
   * @return the topics, immutable
   */
  public abstract List<IssueId> topics();

  /**
   * What was reported about the meeting and when, oldest first; at least one entry.
   *
   * @return the status history, immutable
   */
  public abstract List<StatusChange> statusHistory();

  /**
   * The meeting's status as last reported.
   *
   * @return the status of the last entry of {@link #statusHistory()}
   */
  public MeetingStatus status() {
    return statusHistory().get(statusHistory().size() - 1).status();
  }

  /**
   * The states among the participants' {@linkplain Participant#party() parties}.
   *
   * @return the states, immutable, in id order
   */
  public Set<StateId> states() {
    return participants().stream()
        .flatMap(p -> p.party().stream())
        .filter(StateId.class::isInstance)
        .map(StateId.class::cast)
        .collect(ImmutableSortedSet.toImmutableSortedSet(StateId::compareTo));
  }

  /**
   * The meeting's format, from the number of distinct {@link #states()}.
   *
   * @return the format; empty when fewer than two states take part
   */
  public Optional<MeetingFormat> format() {
    return MeetingFormat.ofStateCount(states().size());
  }

  /**
   * The meeting's level: the highest {@link PostRole#level()} among the participants' stated
   * capacities. Participants without a stated capacity do not count.
   *
   * @return the level; empty when no capacity is stated
   */
  public Optional<MeetingLevel> level() {
    return participants().stream()
        .flatMap(p -> p.capacity().stream())
        .map(c -> c.role().level())
        .max(MeetingLevel::compareTo);
  }

  @Value.Check
  void check() {
    Checks.nonBlank("Meeting.title", title());
    framework().ifPresent(f -> Checks.nonBlank("Meeting.framework", f));
    Checks.nonEmpty("Meeting.participants", participants(), "participant");
    Checks.nonEmpty("Meeting.statusHistory", statusHistory(), "status change");
    Checks.nonEmpty("Meeting.sources", sources(), "source");
    Checks.distinct("Meeting.topics", topics());
    for (int i = 1; i < statusHistory().size(); i++) {
      FuzzyDate before = statusHistory().get(i - 1).reported();
      FuzzyDate after = statusHistory().get(i).reported();
      if (after.latest().isBefore(before.earliest())) {
        throw Checks.invalid("Meeting.statusHistory[" + i + "].reported", after,
            "must not be before the previous entry's " + before + " (oldest first)");
      }
    }
    Checks.entity("Meeting", this);
  }

  /**
   * Builds {@link Meeting} values; id, title, date, a participant, a status change and a source
   * are required.
   */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }
}
