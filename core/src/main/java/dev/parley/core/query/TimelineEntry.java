package dev.parley.core.query;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Event;
import dev.parley.core.Meeting;
import dev.parley.core.Statement;
import dev.parley.core.StatusChange;
import dev.parley.core.time.FuzzyDate;

/**
 * One dated entry of a chronicle's {@linkplain Queries#timeline() timeline}: a meeting's status
 * reported, a statement made, or an {@link Event}.
 */
public sealed interface TimelineEntry {

  /**
   * When the event happened.
   *
   * @return the event's date
   */
  FuzzyDate date();

  /**
   * A meeting's status as reported on a date: proposed, planned, postponed, held or cancelled.
   *
   * @param meeting the meeting
   * @param change the status change, one of the meeting's {@link Meeting#statusHistory()}
   */
  record MeetingReported(Meeting meeting, StatusChange change) implements TimelineEntry {
    /**
     * Creates the entry.
     *
     * @param meeting the meeting
     * @param change the status change
     * @throws NullPointerException if an argument is null
     */
    public MeetingReported {
      requireNonNull(meeting, "meeting");
      requireNonNull(change, "change");
    }

    /**
     * The date the status was reported.
     *
     * @return {@code change().reported()}
     */
    @Override
    public FuzzyDate date() {
      return change.reported();
    }
  }

  /**
   * A statement made.
   *
   * @param statement the statement
   */
  record StatementMade(Statement statement) implements TimelineEntry {
    /**
     * Creates the entry.
     *
     * @param statement the statement
     * @throws NullPointerException if {@code statement} is null
     */
    public StatementMade {
      requireNonNull(statement, "statement");
    }

    /**
     * The date the statement was made.
     *
     * @return {@code statement().date()}
     */
    @Override
    public FuzzyDate date() {
      return statement.date();
    }
  }

  /**
   * An {@link Event}, at its date, whatever its {@linkplain Event#status() status}.
   *
   * @param event the event
   */
  record EventReported(Event event) implements TimelineEntry {
    /**
     * Creates the entry.
     *
     * @param event the event
     * @throws NullPointerException if {@code event} is null
     */
    public EventReported {
      requireNonNull(event, "event");
    }

    /**
     * The date of the event.
     *
     * @return {@code event().date()}
     */
    @Override
    public FuzzyDate date() {
      return event.date();
    }
  }
}
