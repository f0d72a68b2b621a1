package dev.parley.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.IssueId;
import dev.parley.core.MeetingId;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.PartyRef;
import dev.parley.core.Post;
import dev.parley.core.Speaker;
import dev.parley.core.Statement;
import dev.parley.core.StatementMode;
import dev.parley.core.Tenure;
import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A query over statements: an immutable conjunction of filters, each method returning a
 * narrowed copy; {@link #list()} and the other terminal methods run it.
 *
 * <pre>{@code
 * chronicle.query().statements().onIssue(IssueId.of("syrian-refugee-return")).list();
 * }</pre>
 *
 * <p><b>Dates.</b> The date filters ({@link #overlapping}, {@link #within}, {@link #since},
 * {@link #until}) and the chronological order use the days a statement's date counts for, {@link
 * FuzzyDate#earliestDay()} to {@link FuzzyDate#latestDay()}: an open end ({@code ..}) is
 * unbounded, an unknown (empty) end counts as the known end.
 *
 * <p><b>Cost.</b> {@link #by}, {@link #affiliatedWith}, {@link #about}, {@link #onIssue},
 * {@link #onIssueOrNarrower}, {@link #byPost} and {@link #byIncludingInferred} are indexed; a
 * query scans the shortest of their lists, O(that list), or every statement when it has none of
 * them.
 */
public final class StatementQuery {
  private final StatementIndex index;
  /** The queries this one belongs to: the chronicle's tenures and issue hierarchy. */
  private final Queries queries;
  private final Conjunction<Statement> criteria;

  StatementQuery(StatementIndex index, Queries queries) {
    this(index, queries, Conjunction.empty());
  }

  private StatementQuery(StatementIndex index, Queries queries, Conjunction<Statement> criteria) {
    this.index = index;
    this.queries = queries;
    this.criteria = criteria;
  }

  private StatementQuery and(Predicate<Statement> test, List<Statement> candidates) {
    return new StatementQuery(index, queries, criteria.and(test, candidates));
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
   * Statements whose speaker spoke in a post: whose {@linkplain Speaker#capacity() capacity} is
   * that post's {@linkplain Post#office() office} (whatever the titles), named speakers or not.
   *
   * <pre>{@code
   * q.statements().byPost(Post.of(PostRole.FOREIGN_MINISTER, StateId.of("TUR"))).list();
   * }</pre>
   *
   * @param post the post
   * @return the narrowed query
   * @throws NullPointerException if {@code post} is null
   */
  public StatementQuery byPost(Post post) {
    Post office = requireNonNull(post, "post").office();
    return and(s -> s.speaker().capacity().map(c -> c.office().equals(office)).orElse(false),
        index.byCapacity.get(office));
  }

  /**
   * Statements by an official, named or inferred: those whose speaker is the official ({@link
   * #by}), and those whose speaker is known only by a capacity (no {@linkplain Speaker#actor()
   * actor}) that the official held, by a tenure of that {@linkplain Post#office() office}
   * (whatever the titles) whose term certainly covers every day the statement's date counts for:
   * {@link dev.parley.core.time.FuzzyDate#certainStart()} of the term not after the statement
   * date's {@link dev.parley.core.time.FuzzyDate#earliestDay()}, and the date's {@link
   * dev.parley.core.time.FuzzyDate#latestDay()} not after the term's {@link
   * dev.parley.core.time.FuzzyDate#certainEnd()}. This is the rule by which {@link
   * Queries#attendanceIncludingInferred} infers attendance. A statement in the answer is inferred
   * exactly when its speaker has no actor. An official not in the chronicle has no tenures, so
   * only statements naming it match.
   *
   * <pre>{@code
   * // "Türkiye's foreign minister said" in April 2023, and Çavuşoğlu held the post then:
   * q.statements().byIncludingInferred(OfficialId.of("mevlut-cavusoglu")).list();
   * }</pre>
   *
   * @param official the official
   * @return the narrowed query
   * @throws NullPointerException if {@code official} is null
   */
  public StatementQuery byIncludingInferred(OfficialId official) {
    requireNonNull(official, "official");
    List<Tenure> tenures = queries.chronicle().official(official).map(Official::tenures)
        .orElse(List.of());
    List<Statement> named = index.bySpeaker.get(official);
    if (tenures.isEmpty()) {
      return and(s -> s.speaker().actor().equals(Optional.of(official)), named);
    }
    // The index's own instances, compared by identity: no statement is hashed.
    Set<Statement> answer = Collections.newSetFromMap(new IdentityHashMap<>());
    answer.addAll(named);
    for (Tenure t : tenures) {
      for (Statement s : index.byCapacity.get(t.post().office())) {
        if (s.speaker().actor().isEmpty() && Queries.covers(t.term(), s.date())) {
          answer.add(s);
        }
      }
    }
    List<Statement> sorted = new ArrayList<>(answer);
    sorted.sort(Queries.STATEMENT_ORDER);
    return and(answer::contains, ImmutableList.copyOf(sorted));
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
   * Statements touching this issue or a narrower one: an issue among {@link
   * Queries#issueAndNarrower(IssueId)} (the issue, its children, their children, and so on).
   *
   * <pre>{@code
   * q.statements().onIssueOrNarrower(IssueId.of("syrian-refugees")).list();
   * }</pre>
   *
   * <p>Cost: O(the statements on those issues · log) to gather them.
   *
   * @param issue the broadest issue
   * @return the narrowed query
   * @throws NullPointerException if {@code issue} is null
   */
  public StatementQuery onIssueOrNarrower(IssueId issue) {
    Set<IssueId> issues = queries.issueAndNarrowerIds(requireNonNull(issue, "issue"));
    return and(s -> s.issues().stream().anyMatch(issues::contains),
        Queries.union(issues, index.byIssue::get, Queries.STATEMENT_ORDER));
  }

  /**
   * Statements by whoever held a post when speaking: a named speaker that is an official with a
   * tenure of the post's office ({@link Post#office()}, whatever the titles) whose term certainly
   * covers every day the statement's date counts for ({@link FuzzyDate#certainStart()} to {@link
   * FuzzyDate#certainEnd()} of the term around {@link FuzzyDate#earliestDay()} to {@link
   * FuzzyDate#latestDay()} of the date), as {@link Queries#attendanceIncludingInferred} infers.
   *
   * <pre>{@code
   * // what Türkiye's foreign minister said, whoever held the post
   * q.statements().byHolderOf(Post.of(PostRole.FOREIGN_MINISTER, StateId.of("TUR"))).list();
   * }</pre>
   *
   * @param post the post
   * @return the narrowed query
   * @throws NullPointerException if {@code post} is null
   */
  public StatementQuery byHolderOf(Post post) {
    Post office = requireNonNull(post, "post").office();
    return and(s -> s.speaker().actor()
        .filter(a -> a instanceof OfficialId)
        .flatMap(a -> queries.chronicle().official((OfficialId) a))
        .map(o -> o.tenures().stream().anyMatch(t -> heldThen(t, office, s.date())))
        .orElse(false), null);
  }

  private static boolean heldThen(Tenure t, Post office, FuzzyDate date) {
    return t.post().office().equals(office) && Queries.covers(t.term(), date);
  }

  /**
   * Statements whose date counts for some day of {@code [from, to]}: {@link
   * FuzzyDate#overlaps(LocalDate, LocalDate)}.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the narrowed query
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public StatementQuery overlapping(LocalDate from, LocalDate to) {
    DateRanges.checkRange(from, to);
    return and(s -> s.date().overlaps(from, to), null);
  }

  /**
   * Statements whose date counts only for days of {@code [from, to]}: {@link
   * FuzzyDate#isWithin(LocalDate, LocalDate)}.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the narrowed query
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public StatementQuery within(LocalDate from, LocalDate to) {
    DateRanges.checkRange(from, to);
    return and(s -> s.date().isWithin(from, to), null);
  }

  /**
   * Statements on or after {@code day}: {@link FuzzyDate#isOnOrAfter(LocalDate)}.
   *
   * <pre>{@code
   * q.statements().since(LocalDate.of(2023, 1, 1)).until(LocalDate.of(2023, 5, 10)).list();
   * }</pre>
   *
   * @param day the first day
   * @return the narrowed query
   * @throws NullPointerException if {@code day} is null
   */
  public StatementQuery since(LocalDate day) {
    requireNonNull(day, "day");
    return and(s -> s.date().isOnOrAfter(day), null);
  }

  /**
   * Statements on or before {@code day}: {@link FuzzyDate#isOnOrBefore(LocalDate)}.
   *
   * @param day the last day
   * @return the narrowed query
   * @throws NullPointerException if {@code day} is null
   */
  public StatementQuery until(LocalDate day) {
    requireNonNull(day, "day");
    return and(s -> s.date().isOnOrBefore(day), null);
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
