package dev.parley.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Gathers records of any kind into a {@link Chronicle}, one at a time, as a reader produces them.
 *
 * <pre>{@code
 * ChronicleAssembler assembler = ChronicleAssembler.create();
 * for (Entity<?> record : records) {
 *   assembler.add(record);
 * }
 * Chronicle chronicle = assembler.build(); // throws InvalidChronicleException if inconsistent
 * }</pre>
 *
 * <p>The chronicle built, or the {@link InvalidChronicleException} thrown with every violation,
 * is the one {@link Chronicle#builder()} gives for the same records. The difference is when the
 * work is done: while each kind's records arrive in id order, as Parley's documents and NDJSON
 * streams list them, each record is checked as it is added, while it is still in the processor's
 * caches. For a large input that costs much less than checking every record again once the last
 * one is in. A reference to a record not added yet is looked up when the chronicle is built.
 * Records in any other order are accepted too; they are sorted and checked by {@link #build()},
 * as a builder does.
 *
 * <p>An assembler is not thread-safe. It builds one chronicle: after {@link #build()}, both
 * {@link #add} and {@link #build()} throw {@link IllegalStateException}.
 */
public final class ChronicleAssembler {
  private final Records<StateId, State> states = new Records<>();
  private final Records<OrganizationId, Organization> organizations = new Records<>();
  private final Records<OfficialId, Official> officials = new Records<>();
  private final Records<IssueId, Issue> issues = new Records<>();
  private final Records<ArticleId, Article> articles = new Records<>();
  private final Records<MeetingId, Meeting> meetings = new Records<>();
  private final Records<StatementId, Statement> statements = new Records<>();
  private final Records<StanceId, Stance> stances = new Records<>();

  private final ChronicleValidator validator = new ChronicleValidator();
  /**
   * Whether every record so far came in id order within its kind, so that each was checked as it
   * came; once one does not, checking waits for {@link #build()}.
   */
  private boolean checking = true;
  private boolean built;

  private ChronicleAssembler() {}

  /**
   * Returns an assembler with no records.
   *
   * @return a new assembler
   */
  public static ChronicleAssembler create() {
    return new ChronicleAssembler();
  }

  /**
   * Adds a record: a {@link State}, {@link Organization}, {@link Official}, {@link Issue},
   * {@link Article}, {@link Meeting}, {@link Statement} or {@link Stance}.
   *
   * @param record the record
   * @return this assembler
   * @throws NullPointerException if {@code record} is null
   * @throws IllegalArgumentException if {@code record} is none of Parley's record types
   * @throws IllegalStateException if the chronicle was built already
   */
  public ChronicleAssembler add(Entity<?> record) {
    requireNonNull(record, "record");
    checkNotBuilt();
    if (record instanceof Meeting) {
      Meeting meeting = (Meeting) record;
      if (inOrder(meetings.add(meeting))) {
        validator.addMeeting(meeting);
      }
    } else if (record instanceof Statement) {
      Statement statement = (Statement) record;
      if (inOrder(statements.add(statement))) {
        validator.addStatement(statement);
      }
    } else if (record instanceof Stance) {
      Stance stance = (Stance) record;
      if (inOrder(stances.add(stance))) {
        validator.addStance(stance);
      }
    } else if (record instanceof Official) {
      Official official = (Official) record;
      if (inOrder(officials.add(official))) {
        validator.addOfficial(official);
      }
    } else if (record instanceof State) {
      State state = (State) record;
      if (inOrder(states.add(state))) {
        validator.addState(state);
      }
    } else if (record instanceof Organization) {
      Organization organization = (Organization) record;
      if (inOrder(organizations.add(organization))) {
        validator.addOrganization(organization);
      }
    } else if (record instanceof Issue) {
      Issue issue = (Issue) record;
      if (inOrder(issues.add(issue))) {
        validator.addIssue(issue);
      }
    } else if (record instanceof Article) {
      Article article = (Article) record;
      if (inOrder(articles.add(article))) {
        validator.addArticle(article);
      }
    } else {
      throw new IllegalArgumentException("not a Parley record: " + record.getClass().getName()
          + " (expected a State, Organization, Official, Issue, Article, Meeting, Statement or"
          + " Stance)");
    }
    return this;
  }

  /**
   * Adds records, in the order given.
   *
   * @param records the records
   * @return this assembler
   * @throws NullPointerException if {@code records} or one of them is null
   * @throws IllegalArgumentException if a record is none of Parley's record types
   * @throws IllegalStateException if the chronicle was built already
   */
  public ChronicleAssembler addAll(Iterable<? extends Entity<?>> records) {
    requireNonNull(records, "records");
    for (Entity<?> record : records) {
      add(record);
    }
    return this;
  }

  /**
   * Builds the chronicle of the records added.
   *
   * @return the chronicle, its records of each kind in id order
   * @throws InvalidChronicleException listing every problem, if the records do not form a valid
   *     chronicle
   * @throws IllegalStateException if the chronicle was built already
   */
  public Chronicle build() {
    checkNotBuilt();
    built = true;
    List<Issue> issueList = issues.list.build();
    Chronicle.Builder chronicle = Chronicle.builder()
        .states(states.list.build())
        .organizations(organizations.list.build())
        .officials(officials.list.build())
        .issues(issueList)
        .articles(articles.list.build())
        .meetings(meetings.list.build())
        .statements(statements.list.build())
        .stances(stances.list.build());
    if (checking && validator.passes(issueList)) {
      return chronicle.buildChecked();
    }
    // Records out of order, or a problem found: the builder sorts, checks the whole, and
    // reports every violation.
    return chronicle.build();
  }

  /** Whether records are still checked as they come, given whether the last came in order. */
  private boolean inOrder(boolean inOrder) {
    checking &= inOrder;
    return checking;
  }

  private void checkNotBuilt() {
    if (built) {
      throw new IllegalStateException("this assembler has built its chronicle already");
    }
  }

  /** The records of one kind, and whether they came in id order. */
  private static final class Records<I extends TypedId<I>, E extends Entity<I>> {
    final ImmutableList.Builder<E> list = ImmutableList.builder();
    private I last;

    /** Adds a record; whether its id comes after the last one's. */
    boolean add(E record) {
      list.add(record);
      I id = record.id();
      boolean after = last == null || last.compareTo(id) < 0;
      last = id;
      return after;
    }
  }
}
