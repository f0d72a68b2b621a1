package dev.parley.core.query;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Meeting;
import dev.parley.core.Participant;

/**
 * That an official attended a meeting, and how Parley knows: named among the participants, or
 * {@linkplain #inferred() inferred} from a participant known only by a post that the official
 * certainly held on every day the meeting may have taken place.
 *
 * @param meeting the meeting
 * @param participant the participant that stands for the official
 * @param inferred {@code true} when the official is not named but inferred from the
 *     participant's capacity and the official's tenures
 */
public record Attendance(Meeting meeting, Participant participant, boolean inferred) {
  /**
   * Creates an attendance.
   *
   * @param meeting the meeting
   * @param participant the participant that stands for the official
   * @param inferred whether the attendance is inferred rather than stated
   * @throws NullPointerException if {@code meeting} or {@code participant} is null
   */
  public Attendance {
    requireNonNull(meeting, "meeting");
    requireNonNull(participant, "participant");
  }
}
