package dev.parley.duckdb;

import static java.util.Objects.requireNonNull;

import dev.parley.core.ActorRef;
import dev.parley.core.IssueId;
import dev.parley.core.PartyRef;
import dev.parley.core.Post;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL for the query API's questions over the tables of {@link ChronicleTables}, each giving the
 * same answer, in the same order, as its counterpart in {@code dev.parley.core.query} (property
 * tests check this on generated chronicles). The constants are the SQL itself, with {@code $n}
 * parameters, to copy into a notebook or run through a {@link PreparedStatement}; the methods run
 * them and return the ids.
 *
 * <p><b>Dates.</b> The recipes follow {@code FuzzyDate}'s rules through the DATE columns: a
 * date counts for the days {@code <col>_earliest} to {@code <col>_latest}, NULL meaning
 * unbounded (an open end); "as of" questions use the days a term or validity certainly covers,
 * {@code _certain_start} to {@code _certain_end}.
 *
 * <p><b>Order.</b> Chronological order is {@code FuzzyDate}'s: by earliest day (an open start
 * first), then latest day (an open end last), then the EDTF text, then the id:
 * {@code ORDER BY date_earliest NULLS FIRST, date_latest NULLS LAST, date, id}.
 */
public final class Recipes {
  private Recipes() {}

  /**
   * Held meetings an actor attended, as {@code query().meetings().attendedBy(actor)}: the actor
   * is a participant's {@code actor}, or, for a state or organization, a participant's {@code
   * party} (what it represents, else its capacity's party). {@code $1}: the actor's reference
   * text ({@code official:sergey-lavrov}, {@code state:SYR}). Returns meeting ids,
   * chronologically.
   */
  public static final String ATTENDED_BY = """
      SELECT m.id
      FROM meetings m
      WHERE m.status = 'held'
        AND EXISTS (SELECT 1 FROM participants p
                    WHERE p.meeting_id = m.id AND (p.actor = $1 OR p.party = $1))
      ORDER BY m.date_earliest NULLS FIRST, m.date_latest NULLS LAST, m.date, m.id""";

  /**
   * Meetings of any status between two parties whose date overlaps a range of days, as {@code
   * query().meetings().between(a, b).overlapping(from, to)}: each party takes part (as in {@link
   * #ATTENDED_BY}), and the meeting's date counts for some day of {@code [from, to]}. {@code $1},
   * {@code $2}: the parties' reference texts ({@code state:TUR}); {@code $3}, {@code $4}: the
   * first and last day (DATE). Returns meeting ids, chronologically.
   */
  public static final String MEETINGS_BETWEEN_IN_RANGE = """
      SELECT m.id
      FROM meetings m
      WHERE EXISTS (SELECT 1 FROM participants p
                    WHERE p.meeting_id = m.id AND (p.actor = $1 OR p.party = $1))
        AND EXISTS (SELECT 1 FROM participants p
                    WHERE p.meeting_id = m.id AND (p.actor = $2 OR p.party = $2))
        AND (m.date_earliest IS NULL OR m.date_earliest <= $4)
        AND (m.date_latest IS NULL OR m.date_latest >= $3)
      ORDER BY m.date_earliest NULLS FIRST, m.date_latest NULLS LAST, m.date, m.id""";

  /**
   * The stances a holder takes on an issue that hold on a day, as {@code
   * query().stancesAsOf(holder, issue, day)}: the day lies in the days the validity certainly
   * covers, except that an unknown end ({@code S/}, EDTF text ending in {@code /}) reaches the
   * last day its evidence attests, {@code L}: the latest earliest day of its evidence statements
   * (a statement dated with an unknown start, text beginning with {@code /}, attests no day).
   * When {@code L} is not before the start's first day, the stance holds from {@code min(start's
   * last day, L)} to {@code L}. {@code $1}: the holder's reference text; {@code $2}: the issue id;
   * {@code $3}: the day (DATE). Returns stance ids by validity, then id.
   */
  public static final String STANCES_AS_OF = """
      WITH reach AS (
        SELECT st.id,
               max(CASE WHEN starts_with(s.date, '/') THEN NULL ELSE s.date_earliest END)
                 AS last_attested
        FROM stances st
        JOIN stance_evidence e ON e.stance_id = st.id
        JOIN statements s ON s.id = e.statement_id
        WHERE st.holder = $1 AND st.issue_id = $2
        GROUP BY st.id)
      SELECT st.id
      FROM stances st LEFT JOIN reach r ON r.id = st.id
      WHERE st.holder = $1 AND st.issue_id = $2
        AND CASE
              WHEN ends_with(st.validity, '/') AND r.last_attested >= st.validity_earliest
                THEN least(st.validity_latest, r.last_attested) <= $3
                     AND $3 <= r.last_attested
              ELSE (st.validity_certain_start IS NULL OR st.validity_certain_start <= $3)
                   AND (st.validity_certain_end IS NULL OR $3 <= st.validity_certain_end)
            END
      ORDER BY st.validity_earliest NULLS FIRST, st.validity_latest NULLS LAST, st.validity,
               st.id""";

  /**
   * Who held a post on a day, as {@code query().holders(post, day)}: tenures of the same office
   * (role and party; the title counts only where it names the office, see {@code
   * tenures.office_title}) whose term certainly covers the day. {@code $1}: the role ({@code
   * foreign_minister}); {@code $2}: the party's reference text; {@code $3}: the office title or
   * NULL; {@code $4}: the day (DATE). Returns official ids, by official id then tenure order.
   */
  public static final String HOLDERS = """
      SELECT t.official_id
      FROM tenures t
      WHERE t.post_role = $1 AND t.post_party = $2 AND t.office_title IS NOT DISTINCT FROM $3
        AND (t.term_certain_start IS NULL OR t.term_certain_start <= $4)
        AND (t.term_certain_end IS NULL OR $4 <= t.term_certain_end)
      ORDER BY t.official_id, t.ordinal""";

  /**
   * Who met whom, and how often, as {@code query().coAttendance()}: for each pair of named
   * participants' actors, the number of held meetings both attended. Each pair once, the smaller
   * reference text first. Returns {@code actor_a, actor_b, meetings}, ordered by the pair.
   */
  public static final String CO_ATTENDANCE = """
      WITH named AS (
        SELECT DISTINCT p.meeting_id, p.actor
        FROM participants p JOIN meetings m ON m.id = p.meeting_id
        WHERE m.status = 'held' AND p.actor IS NOT NULL)
      SELECT a.actor AS actor_a, b.actor AS actor_b, count(*) AS meetings
      FROM named a JOIN named b ON a.meeting_id = b.meeting_id AND a.actor < b.actor
      GROUP BY a.actor, b.actor
      ORDER BY a.actor, b.actor""";

  /**
   * Runs {@link #ATTENDED_BY}.
   *
   * @param db a connection holding the tables
   * @param actor the official, state or organization
   * @return the meeting ids, chronologically
   * @throws SQLException if DuckDB fails
   * @throws NullPointerException if an argument is null
   */
  public static List<String> attendedBy(Connection db, ActorRef actor) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(ATTENDED_BY)) {
      q.setString(1, actor.toRefString());
      return firstColumn(q);
    }
  }

  /**
   * Runs {@link #MEETINGS_BETWEEN_IN_RANGE}.
   *
   * @param db a connection holding the tables
   * @param a a party
   * @param b another party, or the same
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the meeting ids, chronologically
   * @throws SQLException if DuckDB fails
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws NullPointerException if an argument is null
   */
  public static List<String> meetingsBetween(
      Connection db, PartyRef a, PartyRef b, LocalDate from, LocalDate to) throws SQLException {
    if (to.isBefore(requireNonNull(from, "from"))) {
      throw new IllegalArgumentException("range ends (" + to + ") before it starts (" + from
          + ")");
    }
    try (PreparedStatement q = db.prepareStatement(MEETINGS_BETWEEN_IN_RANGE)) {
      q.setString(1, a.toRefString());
      q.setString(2, b.toRefString());
      q.setObject(3, from);
      q.setObject(4, to);
      return firstColumn(q);
    }
  }

  /**
   * Runs {@link #STANCES_AS_OF}.
   *
   * @param db a connection holding the tables
   * @param holder the holder
   * @param issue the issue
   * @param day the day
   * @return the stance ids, by validity then id
   * @throws SQLException if DuckDB fails
   * @throws NullPointerException if an argument is null
   */
  public static List<String> stancesAsOf(
      Connection db, ActorRef holder, IssueId issue, LocalDate day) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(STANCES_AS_OF)) {
      q.setString(1, holder.toRefString());
      q.setString(2, issue.value());
      q.setObject(3, requireNonNull(day, "day"));
      return firstColumn(q);
    }
  }

  /**
   * Runs {@link #HOLDERS}.
   *
   * @param db a connection holding the tables
   * @param post the post; only its office counts
   * @param day the day
   * @return the official ids, one per tenure, by official id
   * @throws SQLException if DuckDB fails
   * @throws NullPointerException if an argument is null
   */
  public static List<String> holders(Connection db, Post post, LocalDate day)
      throws SQLException {
    Post office = post.office();
    try (PreparedStatement q = db.prepareStatement(HOLDERS)) {
      q.setString(1, TableWriter.label(office.role()));
      q.setString(2, office.party().toRefString());
      q.setString(3, office.title().orElse(null));
      q.setObject(4, requireNonNull(day, "day"));
      return firstColumn(q);
    }
  }

  /**
   * A pair of actors and the number of held meetings both attended: a row of {@link
   * #CO_ATTENDANCE}.
   *
   * @param actorA the smaller reference text
   * @param actorB the greater reference text
   * @param meetings the number of held meetings both attended, at least 1
   */
  public record CoAttendance(String actorA, String actorB, long meetings) {}

  /**
   * Runs {@link #CO_ATTENDANCE}.
   *
   * @param db a connection holding the tables
   * @return the pairs, ordered by the pair
   * @throws SQLException if DuckDB fails
   * @throws NullPointerException if {@code db} is null
   */
  public static List<CoAttendance> coAttendance(Connection db) throws SQLException {
    List<CoAttendance> pairs = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(CO_ATTENDANCE);
        ResultSet rows = q.executeQuery()) {
      while (rows.next()) {
        pairs.add(new CoAttendance(rows.getString(1), rows.getString(2), rows.getLong(3)));
      }
    }
    return List.copyOf(pairs);
  }

  private static List<String> firstColumn(PreparedStatement q) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (ResultSet rows = q.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return List.copyOf(ids);
  }
}
