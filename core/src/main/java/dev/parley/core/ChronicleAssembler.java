package dev.parley.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.parley.core.internal.ReaderSupport;
import dev.parley.core.internal.ReferenceLedger;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

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
  static {
    ReaderSupport.register(ChronicleAssembler::new);
  }

  private final ChronicleValidator validator;
  private final Records<StateId, State> states;
  private final Records<OrganizationId, Organization> organizations;
  private final Records<OfficialId, Official> officials;
  private final Records<IssueId, Issue> issues;
  private final Records<ArticleId, Article> articles;
  private final Records<MeetingId, Meeting> meetings;
  private final Records<StatementId, Statement> statements;
  private final Records<StanceId, Stance> stances;
  private final Records<EventId, Event> events;

  /**
   * Whether every record so far came in id order within its kind, so that each was checked as it
   * came; once one does not, checking waits for {@link #build()}.
   */
  private boolean checking = true;
  private boolean built;

  private ChronicleAssembler() {
    this(new ChronicleValidator(null, null));
  }

  /**
   * An assembler for a reader's records, whose references {@code ledger} holds, looked up with
   * the help of {@code executor} if not null.
   */
  private ChronicleAssembler(ReferenceLedger ledger, Executor executor) {
    this(new ChronicleValidator(requireNonNull(ledger, "ledger"), executor));
  }

  private ChronicleAssembler(ChronicleValidator validator) {
    this.validator = validator;
    this.states = new Records<>(State.class, validator::addState);
    this.organizations = new Records<>(Organization.class, validator::addOrganization);
    this.officials = new Records<>(Official.class, validator::addOfficial);
    this.issues = new Records<>(Issue.class, validator::addIssue);
    this.articles = new Records<>(Article.class, validator::addArticle);
    this.meetings = new Records<>(Meeting.class, validator::addMeeting);
    this.statements = new Records<>(Statement.class, validator::addStatement);
    this.stances = new Records<>(Stance.class, validator::addStance);
    this.events = new Records<>(Event.class, validator::addEvent);
  }

  /**
   * Returns an assembler with no records.
   *
   * @return a new assembler
   */
  public static ChronicleAssembler create() {
    return new ChronicleAssembler();
  }

  /**
   * Adds a record of any {@link RecordKind}.
   *
   * @param record the record
   * @return this assembler
   * @throws NullPointerException if {@code record} is null
   * @throws IllegalStateException if the chronicle was built already
   */
  public ChronicleAssembler add(Entity<?> record) {
    requireNonNull(record, "record");
    checkNotBuilt();
    // A switch expression: javac refuses one that leaves a kind out.
    Records<?, ?> records = switch (record.recordKind()) {
      case STATE -> states;
      case ORGANIZATION -> organizations;
      case OFFICIAL -> officials;
      case ISSUE -> issues;
      case ARTICLE -> articles;
      case MEETING -> meetings;
      case STATEMENT -> statements;
      case STANCE -> stances;
      case EVENT -> events;
    };
    checking = records.add(record, checking);
    return this;
  }

  /**
   * Adds records, in the order given.
   *
   * @param records the records
   * @return this assembler
   * @throws NullPointerException if {@code records} or one of them is null
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
    List<Meeting> meetingList = meetings.list.build();
    List<Statement> statementList = statements.list.build();
    Chronicle.Builder chronicle = Chronicle.builder()
        .states(states.list.build())
        .organizations(organizations.list.build())
        .officials(officials.list.build())
        .issues(issueList)
        .articles(articles.list.build())
        .meetings(meetingList)
        .statements(statementList)
        .stances(stances.list.build())
        .events(events.list.build());
    if (checking && validator.passes(issueList, meetingList, statementList)) {
      return chronicle.buildChecked();
    }
    // Records out of order, or a problem found: the builder sorts, checks the whole, and
    // reports every violation.
    return chronicle.build();
  }

  private void checkNotBuilt() {
    if (built) {
      throw new IllegalStateException("this assembler has built its chronicle already");
    }
  }

  /** The records of one kind, and whether they came in id order. */
  private static final class Records<I extends TypedId<I>, E extends Entity<I>> {
    final ImmutableList.Builder<E> list = ImmutableList.builder();
    private final Class<E> type;
    /** The validator's check of one record, as it comes. */
    private final Consumer<? super E> check;
    private I last;

    Records(Class<E> type, Consumer<? super E> check) {
      this.type = type;
      this.check = check;
    }

    /**
     * Adds a record of this kind and checks it now if {@code checking} and its id comes after
     * the last one's; whether records are still checked as they come.
     */
    boolean add(Entity<?> entity, boolean checking) {
      E record = type.cast(entity);
      list.add(record);
      I id = record.id();
      boolean after = last == null || last.compareTo(id) < 0;
      last = id;
      if (checking && after) {
        check.accept(record);
        return true;
      }
      return false;
    }
  }
}
