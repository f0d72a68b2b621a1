package dev.parley.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.io.ndjson.NdjsonWriter;
import dev.parley.testkit.ParleyArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Loading, the date columns, export, and the schema's documentation. */
class ChronicleTablesProperties {

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withMeetings(0, 6).withEvents(0, 3);
  }

  /** Streaming a chronicle's NDJSON loads the same rows as loading the chronicle itself. */
  @Property(tries = 20)
  void ndjsonLoadsTheRowsTheChronicleLoads(@ForAll("chronicles") Chronicle c) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (NdjsonWriter w = NdjsonWriter.to(bytes)) {
      w.writeAll(c);
    }
    try (Connection fromChronicle = RecipeProperties.loaded(c);
        Connection fromNdjson = DriverManager.getConnection("jdbc:duckdb:")) {
      long records = ChronicleTables.loadNdjson(
          new ByteArrayInputStream(bytes.toByteArray()), fromNdjson);
      assertEquals(bytes.toString(StandardCharsets.UTF_8).lines().count(), records);
      for (Table t : Table.values()) {
        assertEquals(rows(fromChronicle, t), rows(fromNdjson, t), t.tableName());
      }
    }
  }

  /** Each meeting's DATE columns are its earliest and latest days, NULL where unbounded. */
  @Property(tries = 20)
  void dateColumnsAreTheDaysTheDateCountsFor(@ForAll("chronicles") Chronicle c)
      throws SQLException {
    Map<String, List<LocalDate>> expected = new TreeMap<>();
    for (Meeting m : c.meetings()) {
      List<LocalDate> days = new ArrayList<>();
      days.add(bounded(m.date().earliestDay()));
      days.add(bounded(m.date().latestDay()));
      expected.put(m.id().value(), days);
    }
    Map<String, List<LocalDate>> actual = new TreeMap<>();
    try (Connection db = RecipeProperties.loaded(c);
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT id, date_earliest, date_latest FROM meetings")) {
      while (r.next()) {
        List<LocalDate> days = new ArrayList<>();
        days.add(r.getObject(2, LocalDate.class));
        days.add(r.getObject(3, LocalDate.class));
        actual.put(r.getString(1), days);
      }
    }
    assertEquals(expected, actual);
  }

  private static LocalDate bounded(LocalDate day) {
    return day.equals(LocalDate.MIN) || day.equals(LocalDate.MAX) ? null : day;
  }

  /** Parquet and CSV files hold every row of every table. */
  @Property(tries = 5)
  void exportsHoldEveryRow(@ForAll("chronicles") Chronicle c) throws Exception {
    Path dir = Files.createTempDirectory("parley-duckdb-");
    try (Connection db = RecipeProperties.loaded(c); Statement s = db.createStatement()) {
      ChronicleTables.exportParquet(db, dir.resolve("parquet"));
      ChronicleTables.exportCsv(db, dir.resolve("csv"));
      for (Table t : Table.values()) {
        long n = count(s, "SELECT count(*) FROM " + t.tableName());
        String parquet = dir.resolve("parquet/" + t.tableName() + ".parquet").toString();
        String csv = dir.resolve("csv/" + t.tableName() + ".csv").toString();
        assertEquals(n, count(s, "SELECT count(*) FROM read_parquet('" + parquet + "')"));
        assertEquals(n, count(s, "SELECT count(*) FROM read_csv('" + csv + "', header = true,"
            + " columns = " + columnsOf(s, t) + ")"), csv);
        assertEquals(0, count(s, "SELECT count(*) FROM (SELECT * FROM " + t.tableName()
            + " EXCEPT ALL SELECT * FROM read_parquet('" + parquet + "'))"), parquet);
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The columns and types as DuckDB has them, for read_csv. */
  private static String columnsOf(Statement s, Table t) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet r = s.executeQuery("DESCRIBE " + t.tableName())) {
      while (r.next()) {
        columns.add("'" + r.getString(1) + "': '" + r.getString(2) + "'");
      }
    }
    return "{" + String.join(", ", columns) + "}";
  }

  /** DuckDB's columns are those {@link Table} names, and duckdb/README.md documents each. */
  @Example
  void everyColumnIsCreatedAndDocumented() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    try (Connection db = RecipeProperties.loaded(Chronicle.empty());
        Statement s = db.createStatement()) {
      for (Table t : Table.values()) {
        List<String> names = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery("DESCRIBE " + t.tableName())) {
          while (r.next()) {
            names.add(r.getString(1));
            rows.add("| `" + r.getString(1) + "` | " + r.getString(2) + " |");
          }
        }
        assertEquals(t.columnNames(), names, t.tableName());
        int at = readme.indexOf("\n### " + t.tableName() + "\n");
        assertTrue(at >= 0, "README.md has no section for " + t.tableName());
        int next = readme.indexOf("\n##", at + 1);
        String section = readme.substring(at, next < 0 ? readme.length() : next);
        for (String row : rows) {
          assertTrue(section.contains(row), "README.md's " + t.tableName() + " lacks " + row);
        }
      }
    }
  }

  @Example
  void aSecondLoadIntoTheSameDatabaseFailsAndLeavesTheFirst() throws Exception {
    Chronicle c = ParleyArbitraries.chronicles().withMeetings(1, 3).sample();
    try (Connection db = RecipeProperties.loaded(c)) {
      SQLException e = assertThrows(SQLException.class, () -> ChronicleTables.load(c, db));
      assertTrue(e.getMessage().contains("states"), e.getMessage());
      try (Statement s = db.createStatement()) {
        assertEquals(c.meetings().size(), count(s, "SELECT count(*) FROM meetings"));
      }
    }
  }

  @Example
  void aBadLineLoadsNothing() throws Exception {
    String ndjson = "{\"kind\":\"state\",\"id\":\"TUR\",\"name\":\"Türkiye\"}\n"
        + "{\"kind\":\"nope\"}\n";
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement()) {
      assertThrows(dev.parley.io.ParleyJsonException.class, () -> ChronicleTables.loadNdjson(
          new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), db));
      assertEquals(0, count(s, "SELECT count(*) FROM information_schema.tables"));
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static List<String> rows(Connection db, Table t) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM " + t.tableName() + " ORDER BY ALL")) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(r.getString(i)).append('\u0001');
        }
        rows.add(b.toString());
      }
    }
    return rows;
  }
}
