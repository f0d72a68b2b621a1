package dev.parley.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.PartyRef;
import dev.parley.core.PloverCategory;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.testkit.ParleyArbitraries;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * DuckDB as an external oracle for Parley's meeting and event queries: a chronicle is written as NDJSON,
 * DuckDB reads the file as it is ({@code read_json(..., format = 'newline_delimited')}, schema
 * inferred over the mixed kinds of record), and SQL over the meetings' {@code participants} must
 * find the same meetings as {@code chronicle.query().meetings().involving(..)} and {@code
 * .between(..)} (both of any status).
 *
 * <p>The rules in SQL, after {@code MeetingQuery} and {@code Participant.party()}: an official
 * attends when it is a participant's {@code actor}; a state takes part when it is a participant's
 * {@code actor}, or its party: {@code represents} when stated, else {@code capacity.party}.
 *
 * <p>For events ({@link #duckDbFindsTheEventsParleyFinds}), after {@code EventQuery} and {@code
 * EventActor.references()}: the number of events of each PLOVER category, and the events between
 * two parties: one of them among the source actors and the other among the target actors, in
 * either direction, where an event actor counts for its {@code actor}, its {@code affiliation}
 * and its {@code capacity.party}.
 */
class DuckDbOracleProperties {

  /** Meetings an actor attends: it is one of the participants' actors. */
  private static final String ATTENDED_BY =
      "SELECT id FROM meetings"
          + " WHERE list_contains(list_transform(participants, lambda p: %s), ?)";

  /** Whether participant {@code p} counts for the state {@code ?} (used twice per query). */
  private static final String TAKES_PART = "coalesce(%s = ? OR coalesce(%s, %s) = ?, false)";

  private static final String BETWEEN =
      "SELECT id FROM meetings"
          + " WHERE list_contains(list_transform(participants, lambda p: " + TAKES_PART + "), true)"
          + " AND list_contains(list_transform(participants, lambda p: " + TAKES_PART + "), true)";

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(2, 4).withMeetings(0, 10)
        .withStatements(0, 4).withStances(0, 4).withParticipants(1, 4);
  }

  @Property(tries = 40, maxDiscardRatio = 1)
  void duckDbFindsTheMeetingsParleyFinds(@ForAll("chronicles") Chronicle chronicle)
      throws Exception {
    Path file = Files.createTempFile("parley-oracle-", ".ndjson");
    try {
      try (OutputStream out = Files.newOutputStream(file);
          NdjsonWriter writer = NdjsonWriter.to(out)) {
        writer.writeAll(chronicle);
      }
      try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
        load(db, file);
        compare(db, chronicle);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Provide
  Arbitrary<Chronicle> eventChronicles() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(1, 4).withMeetings(0, 2)
        .withEvents(1, 12);
  }

  @Property(tries = 40, maxDiscardRatio = 1)
  void duckDbFindsTheEventsParleyFinds(@ForAll("eventChronicles") Chronicle chronicle)
      throws Exception {
    Path file = Files.createTempFile("parley-oracle-", ".ndjson");
    try {
      try (OutputStream out = Files.newOutputStream(file);
          NdjsonWriter writer = NdjsonWriter.to(out)) {
        writer.writeAll(chronicle);
      }
      try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
        try (Statement s = db.createStatement()) {
          s.execute("CREATE TABLE records AS SELECT * FROM read_json('"
              + file.toString().replace("'", "''") + "', format = 'newline_delimited')");
          s.execute("CREATE VIEW events AS SELECT * FROM records WHERE kind = 'event'");
        }
        compareEvents(db, chronicle);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void compareEvents(Connection db, Chronicle chronicle) throws SQLException {
    Map<String, Integer> byCategory = new TreeMap<>();
    try (Statement s = db.createStatement();
        ResultSet rows = s.executeQuery(
            "SELECT category, count(*) FROM events GROUP BY category")) {
      while (rows.next()) {
        byCategory.put(rows.getString(1), rows.getInt(2));
      }
    }
    Map<String, Integer> expected = new TreeMap<>();
    for (PloverCategory c : PloverCategory.values()) {
      int n = chronicle.query().events().inCategory(c).count();
      if (n > 0) {
        expected.put(c.name().toLowerCase(Locale.ROOT), n);
      }
    }
    assertEquals(expected, byCategory, () -> "events by category in " + chronicle);

    List<PartyRef> parties = new ArrayList<>();
    chronicle.states().forEach(x -> parties.add(x.id()));
    chronicle.organizations().forEach(x -> parties.add(x.id()));
    int found = 0;
    for (PartyRef a : parties) {
      for (PartyRef b : parties) {
        String sql = "SELECT id FROM events WHERE (" + among(db, "sourceActors", a) + " AND "
            + among(db, "targetActors", b) + ") OR (" + among(db, "sourceActors", b) + " AND "
            + among(db, "targetActors", a) + ")";
        Set<String> parley = chronicle.query().events().between(a, b).list().stream()
            .map(e -> e.id().value()).collect(Collectors.toCollection(TreeSet::new));
        try (PreparedStatement q = db.prepareStatement(sql)) {
          assertEquals(parley, ids(q), () -> "between(" + a + ", " + b + ") in " + chronicle
              + "; " + sql + "; " + types(db));
        }
        found += parley.size();
      }
    }
    Statistics.label("events between parties found").collect(found > 0);
  }

  private static String types(Connection db) {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE events")) {
      StringBuilder b = new StringBuilder();
      while (r.next()) {
        b.append(r.getString(1)).append(' ').append(r.getString(2)).append("; ");
      }
      return b.toString();
    } catch (SQLException e) {
      return e.toString();
    }
  }

  /**
   * SQL that is true when one of the event actors in list column {@code side} counts for {@code
   * party}; only the fields DuckDB's inferred schema has are compared.
   */
  private static String among(Connection db, String side, PartyRef party) {
    if (!exists(db, "SELECT " + side + " FROM events LIMIT 0")) {
      return "false";
    }
    String ref = "'" + party.toRefString().replace("'", "''") + "'";
    List<String> tests = new ArrayList<>();
    for (String path : List.of("actor", "affiliation", "capacity.party")) {
      if (exists(db, "SELECT list_transform(" + side + ", lambda a: a." + path
          + ") FROM events LIMIT 0")) {
        tests.add("coalesce(a." + path + " = " + ref + ", false)");
      }
    }
    if (tests.isEmpty()) {
      return "false";
    }
    return "coalesce(list_contains(list_transform(" + side + ", lambda a: "
        + String.join(" OR ", tests) + "), true), false)";
  }

  /**
   * Loads the file as DuckDB infers it, and a view of its meetings. The view holds no rows when
   * the chronicle has no meetings (then the file has no {@code participants} column either).
   */
  private static void load(Connection db, Path file) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE records AS SELECT * FROM read_json('"
          + file.toString().replace("'", "''") + "', format = 'newline_delimited')");
      boolean hasMeetings = exists(db, "SELECT participants FROM records LIMIT 0");
      s.execute(hasMeetings
          ? "CREATE VIEW meetings AS SELECT id, participants FROM records WHERE kind = 'meeting'"
          : "CREATE VIEW meetings AS SELECT ''::VARCHAR AS id,"
              + " []::STRUCT(actor VARCHAR)[] AS participants WHERE false");
    }
  }

  private static void compare(Connection db, Chronicle chronicle) throws SQLException {
    // A struct field no participant of the file has is not in the inferred type: read as NULL.
    String actor = field(db, "actor");
    String represents = field(db, "represents");
    String capacityParty = field(db, "capacity.party");
    Statistics.label("meetings").collect(chronicle.meetings().isEmpty() ? "none" : "some");
    Statistics.label("participant fields in DuckDB's schema").collect(
        !actor.startsWith("NULL"), !represents.startsWith("NULL"),
        !capacityParty.startsWith("NULL"));
    try (Statement s = db.createStatement();
        ResultSet count = s.executeQuery("SELECT count(*) FROM meetings")) {
      count.next();
      assertEquals(chronicle.meetings().size(), count.getInt(1), "meetings DuckDB read");
    }
    try (PreparedStatement attended = db.prepareStatement(String.format(ATTENDED_BY, actor));
        PreparedStatement between = db.prepareStatement(String.format(BETWEEN,
            actor, represents, capacityParty, actor, represents, capacityParty))) {
      for (Official official : chronicle.officials()) {
        OfficialId id = official.id();
        attended.setString(1, "official:" + id.value());
        assertEquals(
            ids(chronicle.query().meetings().involving(id).list()),
            ids(attended),
            () -> "involving(" + id + ") in " + chronicle);
      }
      List<StateId> states =
          chronicle.states().stream().map(State::id).collect(Collectors.toList());
      for (StateId a : states) {
        for (StateId b : states) {
          String refA = "state:" + a.value();
          String refB = "state:" + b.value();
          between.setString(1, refA);
          between.setString(2, refA);
          between.setString(3, refB);
          between.setString(4, refB);
          assertEquals(
              ids(chronicle.query().meetings().between(a, b).list()),
              ids(between),
              () -> "between(" + a + ", " + b + ") in " + chronicle);
        }
      }
    }
  }

  /** The SQL for a field of participant {@code p}, or NULL if DuckDB's schema lacks it. */
  private static String field(Connection db, String path) {
    String expression = "p." + path;
    String probe = "SELECT list_transform(participants, lambda p: " + expression
        + ") FROM meetings LIMIT 0";
    return exists(db, probe) ? expression : "NULL::VARCHAR";
  }

  /** Whether a query binds: whether the columns and fields it names exist. */
  private static boolean exists(Connection db, String query) {
    try (Statement s = db.createStatement()) {
      s.executeQuery(query).close();
      return true;
    } catch (SQLException e) {
      if (!e.getMessage().contains("Binder Error")) {
        throw new AssertionError("DuckDB failed on " + query + ": " + e.getMessage(), e);
      }
      return false;
    }
  }

  private static Set<String> ids(List<Meeting> meetings) {
    return meetings.stream().map(m -> m.id().value())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> ids(PreparedStatement query) throws SQLException {
    Set<String> ids = new TreeSet<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }
}
