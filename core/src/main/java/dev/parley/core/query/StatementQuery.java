package dev.parley.core.query;

import static java.util.Objects.requireNonNull;

import dev.parley.core.ActorRef;
import dev.parley.core.IssueId;
import dev.parley.core.MeetingId;
import dev.parley.core.PartyRef;
import dev.parley.core.Statement;
import dev.parley.core.StatementMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A query over statements: an immutable conjunction of filters, each method returning a
 * narrowed copy; {@link #list()} and the other terminal methods run it.
 *
 * <pre>{@code
 * chronicle.query().statements().onIssue(IssueId.of("syrian-refugee-return")).list();
 * }</pre>
 *
 * <p><b>Cost.</b> {@link #by}, {@link #affiliatedWith}, {@link #about} and {@link #onIssue} are
 * indexed; a query scans the shortest of their lists, O(that list), or every statement when it
 * has none of them.
 */
public final class StatementQuery {
  private final StatementIndex index;
  private final Conjunction<Statement> criteria;

  StatementQuery(StatementIndex index) {
    this(index, Conjunction.empty());
  }

  private StatementQuery(StatementIndex index, Conjunction<Statement> criteria) {
    this.index = index;
    this.criteria = criteria;
  }

  private StatementQuery and(Predicate<Statement> test, List<Statement> candidates) {
    return new StatementQuery(index, criteria.and(test, candidates));
  }

  /**
   * Statements by a named speaker.
   *
   * @param speaker the official, state or organization that spoke
   * @return the narrowed query
   * @throws NullPointerException if {@code speaker} is null
   */
  public StatementQuery by(ActorRef speaker) {
    requireNonNull(speaker, "speaker");
    return and(s -> s.speaker().actor().equals(Optional.of(speaker)),
        index.bySpeaker.get(speaker));
  }

  /**
   * Statements whose speaker, named or anonymous, is affiliated with a state or organization.
   *
   * @param party the affiliation
   * @return the narrowed query
   * @throws NullPointerException if {@code party} is null
   */
  public StatementQuery affiliatedWith(PartyRef party) {
    requireNonNull(party, "party");
    return and(s -> s.speaker().affiliation().equals(Optional.of(party)),
        index.byAffiliation.get(party));
  }

  /**
   * Statements about a meeting.
   *
   * @param meeting the meeting
   * @return the narrowed query
   * @throws NullPointerException if {@code meeting} is null
   */
  public StatementQuery about(MeetingId meeting) {
    requireNonNull(meeting, "meeting");
    return and(s -> s.meeting().equals(Optional.of(meeting)), index.byMeeting.get(meeting));
  }

  /**
   * Statements touching an issue.
   *
   * @param issue the issue
   * @return the narrowed query
   * @throws NullPointerException if {@code issue} is null
   */
  public StatementQuery onIssue(IssueId issue) {
    requireNonNull(issue, "issue");
    return and(s -> s.issues().contains(issue), index.byIssue.get(issue));
  }

  /**
   * Statements whose date may fall within {@code [from, to]}.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the narrowed query
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public StatementQuery overlapping(LocalDate from, LocalDate to) {
    DateRanges.checkRange(from, to);
    return and(s -> DateRanges.mayOverlap(s.date(), from, to), null);
  }

  /**
   * Statements in this mode: quoted, paraphrased or unrecorded.
   *
   * @param mode the mode
   * @return the narrowed query
   * @throws NullPointerException if {@code mode} is null
   */
  public StatementQuery withMode(StatementMode mode) {
    requireNonNull(mode, "mode");
    return and(s -> s.mode() == mode, null);
  }

  /**
   * Statements passing {@code test}, for what the other filters do not say.
   *
   * @param test the test
   * @return the narrowed query
   * @throws NullPointerException if {@code test} is null
   */
  public StatementQuery matching(Predicate<? super Statement> test) {
    requireNonNull(test, "test");
    return and(test::test, null);
  }

  /**
   * The matching statements.
   *
   * @return the statements, chronological then by id; immutable
   */
  public List<Statement> list() {
    return criteria.run(index.all);
  }

  /**
   * The number of matching statements.
   *
   * @return the count
   */
  public int count() {
    return list().size();
  }

  /**
   * The chronologically first matching statement.
   *
   * @return the statement, or empty if none matches
   */
  public Optional<Statement> first() {
    List<Statement> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }
}
