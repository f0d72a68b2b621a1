package dev.parley.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import dev.parley.core.ActorRef;
import dev.parley.core.IssueId;
import dev.parley.core.PartyRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The query API's questions ({@link dev.parley.core.query.Queries}) answered as Spark jobs over
 * {@link ChronicleTables}, with the same answers: the same meetings and stances, in the same
 * order, and the same co-attendance counts.
 *
 * <p><b>Dates.</b> Date filters use the {@code _earliest} and {@code _latest} columns, the days a
 * date counts for ({@link dev.parley.core.time.FuzzyDate#earliestDay()} to {@link
 * dev.parley.core.time.FuzzyDate#latestDay()}), a {@code NULL} (open) end being unbounded; an
 * unknown end already counts as its known end there. Results are in the query API's
 * chronological order: by {@code _earliest} (an open start first), then {@code _latest} (an open
 * end last), then the date's text, then the id, which is {@link
 * dev.parley.core.time.FuzzyDate}'s order for the ASCII text of EDTF dates.
 *
 * <p><b>Status.</b> As in the query API: {@link #attendedBy} and {@link #coAttendance} count
 * held meetings only, {@link #between} meetings of every status.
 *
 * <p>Every method builds a lazy dataset; nothing runs until an action ({@code collectAsList()},
 * {@code count()}, a write). Instances are immutable.
 */
public final class SparkQueries {
  private final ChronicleTables tables;

  private SparkQueries(ChronicleTables tables) {
    this.tables = tables;
  }

  /**
   * Returns queries over {@code tables}.
   *
   * @param tables the tables; {@linkplain ChronicleTables#cache() cache} them to run several
   *     queries on one parse of the input
   * @return the queries
   * @throws NullPointerException if {@code tables} is null
   */
  public static SparkQueries of(ChronicleTables tables) {
    return new SparkQueries(requireNonNull(tables, "tables"));
  }

  /**
   * Meetings the actor attended: held meetings in which it is a named participant or, for a state
   * or organization, the party a participant counts for. As {@link
   * dev.parley.core.query.MeetingQuery#attendedBy}.
   *
   * @param actor the official, state or organization
   * @return {@code meetings} rows, chronological then by id
   * @throws NullPointerException if {@code actor} is null
   */
  public Dataset<Row> attendedBy(ActorRef actor) {
    String ref = requireNonNull(actor, "actor").toRefString();
    Dataset<Row> ids = tables.participants()
        .filter(col("actor").equalTo(ref).or(col("party").equalTo(ref)))
        .select(col("meeting_id").as("id"))
        .distinct();
    return chronological(tables.meetings().filter(col("status").equalTo("held"))
        .join(ids, "id"), "date");
  }

  /**
   * Meetings of any status in which every one of {@code parties} takes part (perhaps with others)
   * and whose date counts for some day of {@code [from, to]}. As {@code
   * q.meetings().between(parties).overlapping(from, to)}.
   *
   * @param parties the states or organizations, at least one
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return {@code meetings} rows, chronological then by id
   * @throws NullPointerException if an argument or party is null
   * @throws IllegalArgumentException if no party is given, or {@code to} is before {@code from}
   */
  public Dataset<Row> between(Iterable<? extends PartyRef> parties, LocalDate from,
      LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "range ends (" + to + ") before it starts (" + from + ")");
    }
    Dataset<Row> meetings = tables.meetings().filter(
        col("date_earliest").isNull().or(col("date_earliest").leq(lit(to)))
            .and(col("date_latest").isNull().or(col("date_latest").geq(lit(from)))));
    return chronological(meetings.join(involvingAll(parties), "id"), "date");
  }

  /** The ids of meetings involving every party, as a one-column dataset {@code id}. */
  private Dataset<Row> involvingAll(Iterable<? extends PartyRef> parties) {
    Set<String> refs = new LinkedHashSet<>();
    for (PartyRef p : requireNonNull(parties, "parties")) {
      refs.add(requireNonNull(p, "party").toRefString());
    }
    if (refs.isEmpty()) {
      throw new IllegalArgumentException("between() needs at least one party");
    }
    return tables.participants()
        .select(col("meeting_id"), explode(array(col("actor"), col("party"))).as("ref"))
        .filter(col("ref").isin(refs.toArray()))
        .groupBy("meeting_id")
        .agg(countDistinct("ref").as("n"))
        .filter(col("n").equalTo(refs.size()))
        .select(col("meeting_id").as("id"));
  }

  /**
   * Who met whom, and how often: for each pair of named participants (officials, states or
   * organizations taking part as such) of held meetings, the number of held meetings both
   * attended. The edges of {@link dev.parley.core.query.Queries#coAttendance()}, each once.
   *
   * @return rows {@code (actor_a STRING, actor_b STRING, meetings BIGINT)}, actor references
   *     with {@code actor_a < actor_b}, ordered by {@code actor_a} then {@code actor_b}
   */
  public Dataset<Row> coAttendance() {
    Dataset<Row> held = tables.meetings().filter(col("status").equalTo("held"))
        .select(col("id").as("meeting_id"));
    Dataset<Row> named = tables.participants().filter(col("actor").isNotNull())
        .select("meeting_id", "actor").distinct()
        .join(held, "meeting_id");
    Dataset<Row> a = named.as("a");
    Dataset<Row> b = named.as("b");
    return a.join(b, col("a.meeting_id").equalTo(col("b.meeting_id"))
            .and(col("a.actor").lt(col("b.actor"))))
        .groupBy(col("a.actor").as("actor_a"), col("b.actor").as("actor_b"))
        .agg(count(lit(1)).as("meetings"))
        .orderBy("actor_a", "actor_b");
  }

  /**
   * Every stance that holds on {@code day}, by the query API's rule ({@link
   * dev.parley.core.query.Queries#holdsOn}): the day lies between the validity's {@code
   * validity_certain_start} and {@code validity_certain_end}; except that a validity with an
   * unknown end ({@code S/}) whose evidence in the input attests it on a last day {@code L} not
   * before {@code S}'s earliest day holds from {@code min(S's latest day, L)} to {@code L}. An
   * evidence statement attests the first day its date may denote ({@link
   * dev.parley.core.time.FuzzyDate#earliest()}), none when its start is open or unknown.
   *
   * @param day the day
   * @return {@code stances} rows, by validity (chronological) then id
   * @throws NullPointerException if {@code day} is null
   */
  public Dataset<Row> stancesHoldingOn(LocalDate day) {
    requireNonNull(day, "day");
    Column made = when(col("date").startsWith("/"), lit(null).cast("date"))
        .otherwise(col("date_earliest"));
    Dataset<Row> last = tables.stanceEvidence()
        .join(tables.statements().select(col("id").as("statement_id"), made.as("made")),
            "statement_id")
        .groupBy("stance_id")
        .agg(max("made").as("evidence_last"));
    Dataset<Row> all = tables.stances();
    Dataset<Row> stances =
        all.join(last, all.col("id").equalTo(last.col("stance_id")), "left_outer");
    Column day0 = lit(day);
    Column byEvidence = col("validity").endsWith("/")
        .and(col("evidence_last").isNotNull())
        .and(col("evidence_last").geq(col("validity_earliest")));
    Column heldByEvidence = least(col("validity_latest"), col("evidence_last")).leq(day0)
        .and(day0.leq(col("evidence_last")));
    Column heldByCertainDays =
        col("validity_certain_start").isNull().or(col("validity_certain_start").leq(day0))
            .and(col("validity_certain_end").isNull().or(day0.leq(col("validity_certain_end"))));
    List<Column> columns = new ArrayList<>();
    for (String name : TableSchemas.STANCES.fieldNames()) {
      columns.add(col(name));
    }
    return chronological(stances.filter(when(byEvidence, heldByEvidence)
            .otherwise(heldByCertainDays))
        .select(columns.toArray(new Column[0])), "validity");
  }

  /**
   * The stances a holder takes on an issue that hold on {@code day}: {@link #stancesHoldingOn}
   * narrowed to the holder and issue. As {@link dev.parley.core.query.Queries#stancesAsOf}.
   *
   * @param holder the holder
   * @param issue the issue
   * @param day the day
   * @return {@code stances} rows, by validity then id
   * @throws NullPointerException if an argument is null
   */
  public Dataset<Row> stancesAsOf(ActorRef holder, IssueId issue, LocalDate day) {
    String ref = requireNonNull(holder, "holder").toRefString();
    String issueId = requireNonNull(issue, "issue").value();
    return stancesHoldingOn(day)
        .filter(col("holder").equalTo(ref).and(col("issue_id").equalTo(issueId)));
  }

  /** Sorts rows by a date's days and text, then id: the query API's chronological order. */
  private static Dataset<Row> chronological(Dataset<Row> rows, String date) {
    return rows.orderBy(col(date + "_earliest").asc_nulls_first(),
        col(date + "_latest").asc_nulls_last(), col(date).asc(), col("id").asc());
  }
}
