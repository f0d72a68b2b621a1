package dev.parley.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.parley.core.query.Queries;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The immutable, self-consistent collection of everything Parley knows: states, officials,
 * organizations, meetings, statements, stances, events, issues and articles.
 *
 * <p>Building a chronicle checks it as a whole: ids are unique within each kind, every id a
 * record refers to exists, tenures of one official in the same office ({@link Post#office()}) do
 * not overlap, and the issue hierarchy has no cycles. Every problem is reported at once, in one {@link
 * InvalidChronicleException} listing a {@link Violation} per problem.
 *
 * <p>Records are kept in id order whatever order they were added in, so two chronicles with the
 * same records are equal. Looking a record up by id costs O(log n). A chronicle is immutable and
 * safe to share between threads.
 *
 * <pre>{@code
 * Chronicle chronicle = Chronicle.builder()
 *     .addStates(russia, turkiye, iran, syria)
 *     .addOfficials(shoigu, akar)
 *     .addMeeting(moscowMeeting)
 *     .addArticle(article)
 *     .build();                        // throws InvalidChronicleException if inconsistent
 * chronicle.official(OfficialId.of("hulusi-akar")).map(Official::name);
 * }</pre>
 */
@Value.Immutable(copy = false) // every chronicle is made by Builder.build(), which checks it
public abstract class Chronicle {
  Chronicle() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no records
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the chronicle with no records.
   *
   * @return an empty chronicle
   */
  public static Chronicle empty() {
    return builder().build();
  }

  /**
   * The states, in id order.
   *
   * @return the states, immutable
   */
  public abstract List<State> states();

  /**
   * The officials, in id order.
   *
   * @return the officials, immutable
   */
  public abstract List<Official> officials();

  /**
   * The organizations, in id order.
   *
   * @return the organizations, immutable
   */
  public abstract List<Organization> organizations();

  /**
   * The meetings, in id order.
   *
   * @return the meetings, immutable
   */
  public abstract List<Meeting> meetings();

  /**
   * The statements, in id order.
   *
   * @return the statements, immutable
   */
  public abstract List<Statement> statements();

  /**
   * The stances, in id order.
   *
   * @return the stances, immutable
   */
  public abstract List<Stance> stances();

  /**
   * The events other than meetings and statements, in id order.
   *
   * @return the events, immutable
   */
  public abstract List<Event> events();

  /**
   * The issues of the vocabulary, in id order.
   *
   * @return the issues, immutable
   */
  public abstract List<Issue> issues();

  /**
   * The articles that sources cite, in id order.
   *
   * @return the articles, immutable
   */
  public abstract List<Article> articles();

  /**
   * Looks up a state.
   *
   * @param id the state's id
   * @return the state, or empty if the chronicle has none with that id
   */
  public Optional<State> state(StateId id) {
    return find(states(), id);
  }

  /**
   * Looks up an official.
   *
   * @param id the official's id
   * @return the official, or empty if the chronicle has none with that id
   */
  public Optional<Official> official(OfficialId id) {
    return find(officials(), id);
  }

  /**
   * Looks up an organization.
   *
   * @param id the organization's id
   * @return the organization, or empty if the chronicle has none with that id
   */
  public Optional<Organization> organization(OrganizationId id) {
    return find(organizations(), id);
  }

  /**
   * Looks up a meeting.
   *
   * @param id the meeting's id
   * @return the meeting, or empty if the chronicle has none with that id
   */
  public Optional<Meeting> meeting(MeetingId id) {
    return find(meetings(), id);
  }

  /**
   * Looks up a statement.
   *
   * @param id the statement's id
   * @return the statement, or empty if the chronicle has none with that id
   */
  public Optional<Statement> statement(StatementId id) {
    return find(statements(), id);
  }

  /**
   * Looks up a stance.
   *
   * @param id the stance's id
   * @return the stance, or empty if the chronicle has none with that id
   */
  public Optional<Stance> stance(StanceId id) {
    return find(stances(), id);
  }

  /**
   * Looks up an event.
   *
   * @param id the event's id
   * @return the event, or empty if the chronicle has none with that id
   */
  public Optional<Event> event(EventId id) {
    return find(events(), id);
  }

  /**
   * Looks up an issue.
   *
   * @param id the issue's id
   * @return the issue, or empty if the chronicle has none with that id
   */
  public Optional<Issue> issue(IssueId id) {
    return find(issues(), id);
  }

  /**
   * Looks up an article.
   *
   * @param id the article's id
   * @return the article, or empty if the chronicle has none with that id
   */
  public Optional<Article> article(ArticleId id) {
    return find(articles(), id);
  }

  /**
   * Looks up the state, official or organization an actor reference points at.
   *
   * <pre>{@code
   * chronicle.actor(StateId.of("TUR")).map(Named::name);   // Optional[Türkiye]
   * }</pre>
   *
   * @param ref the reference
   * @return the actor, or empty if the chronicle has none with that id
   */
  public Optional<Named> actor(ActorRef ref) {
    requireNonNull(ref, "ref");
    if (ref instanceof StateId) {
      return state((StateId) ref).map(Named.class::cast);
    }
    if (ref instanceof OfficialId) {
      return official((OfficialId) ref).map(Named.class::cast);
    }
    return organization((OrganizationId) ref).map(Named.class::cast);
  }

  /**
   * Whether the chronicle has a record with the id an actor reference points at.
   *
   * @param ref the reference
   * @return whether the actor exists
   */
  public boolean contains(ActorRef ref) {
    return actor(ref).isPresent();
  }

  /**
   * The questions an analyst asks of this chronicle: meetings attended by an actor, meetings
   * between parties, statements, stances as of a date, who held a post, the co-attendance
   * network and the timeline. Built on first call and kept; its indexes are built on first use,
   * once, even when several threads ask at the same time.
   *
   * <pre>{@code
   * chronicle.query().meetings().attendedBy(OfficialId.of("sergey-lavrov")).list();
   * }</pre>
   *
   * @return the queries over this chronicle
   */
  @Value.Lazy
  public Queries query() {
    return Queries.of(this);
  }

  /** Binary search in a list sorted by id. */
  static <I extends TypedId<I>, E extends Entity<I>> Optional<E> find(List<E> sorted, I id) {
    requireNonNull(id, "id");
    int low = 0;
    int high = sorted.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      E e = sorted.get(mid);
      int c = e.id().compareTo(id);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Puts the records of a chronicle just built in id order, then checks the whole. */
  private static Chronicle normalize(Chronicle chronicle) {
    ChronicleValidator validator = new ChronicleValidator(chronicle);
    if (!validator.isSorted()) {
      return new Builder()
          .states(sorted(chronicle.states()))
          .officials(sorted(chronicle.officials()))
          .organizations(sorted(chronicle.organizations()))
          .meetings(sorted(chronicle.meetings()))
          .statements(sorted(chronicle.statements()))
          .stances(sorted(chronicle.stances()))
          .events(sorted(chronicle.events()))
          .issues(sorted(chronicle.issues()))
          .articles(sorted(chronicle.articles()))
          .build();
    }
    List<Violation> violations = validator.validate();
    if (!violations.isEmpty()) {
      throw new InvalidChronicleException(violations);
    }
    return chronicle;
  }

  private static <I extends TypedId<I>, E extends Entity<I>> List<E> sorted(List<E> records) {
    // A stable sort, so that of two records with one id the first given is reported first.
    return ImmutableList.sortedCopyOf(Comparator.comparing(Entity::id), records);
  }

  /**
   * Returns a short summary: the number of records of each kind.
   *
   * @return for example {@code Chronicle{states=4, officials=6, ...}}
   */
  @Override
  public String toString() {
    return "Chronicle{states=" + states().size()
        + ", officials=" + officials().size()
        + ", organizations=" + organizations().size()
        + ", meetings=" + meetings().size()
        + ", statements=" + statements().size()
        + ", stances=" + stances().size()
        + ", events=" + events().size()
        + ", issues=" + issues().size()
        + ", articles=" + articles().size() + "}";
  }

  /**
   * Builds {@link Chronicle} values; every list may be empty. To gather records of any kind one
   * at a time, as a reader produces them, see {@link ChronicleAssembler}.
   */
  public static final class Builder extends ImmutableChronicle.Builder {
    Builder() {}

    /**
     * Builds the chronicle: puts each kind's records in id order and checks the whole.
     *
     * @return the chronicle
     * @throws InvalidChronicleException listing every problem, if the records do not form a
     *     valid chronicle
     */
    @Override
    public Chronicle build() {
      return normalize(super.build());
    }

    /** Builds the chronicle of records in order and checked already, by an assembler. */
    Chronicle buildChecked() {
      return super.build();
    }
  }
}
