package dev.parley.core;

import dev.parley.core.time.FuzzyDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a meeting's status history: what was reported about the meeting, when, and by
 * which sources. A meeting that is planned, postponed and then held has three entries.
 *
 * <pre>{@code
 * StatusChange planned = StatusChange.builder()
 *     .status(MeetingStatus.PLANNED)
 *     .reported(FuzzyDate.parse("2023-04-25"))
 *     .scheduledFor(FuzzyDate.parse("2023-05-01/2023-05-10"))
 *     .addSource(SourceRef.of(ArticleId.of("asharq-al-awsat-2023-04-25"), 2400, 2560))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class StatusChange implements Sourced {
  StatusChange() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The status reported.
   *
   * @return the status
   */
  public abstract MeetingStatus status();

  /**
   * When the status was reported (or took effect, where the source says).
   *
   * @return the date
   */
  public abstract FuzzyDate reported();

  /**
   * The date the meeting was expected on, as reported with this status; for a planned or
   * postponed meeting.
   *
   * @return the expected date
   */
  public abstract Optional<FuzzyDate> scheduledFor();

  @Value.Check
  void check() {
    Checks.nonEmpty("StatusChange.sources", sources(), "source");
  }

  /** Builds {@link StatusChange} values; status, reported date and a source are required. */
  public static final class Builder extends ImmutableStatusChange.Builder {
    Builder() {}
  }
}
