package dev.parley.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ScaleHarness#EVERY_FIELD}, the columns of DuckDB's every-field load, are the fields the
 * synthetic corpus has, typed as DuckDB's own detection over the whole file types them: a field
 * the corpus gains is a column that load must read too.
 */
class EveryFieldTest {
  @Test
  void theColumnsAreWhatDuckDbDetects(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("corpus.ndjson");
    ScaleHarness.write(2000, file);
    String path = file.toString().replace("'", "''");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement()) {
      Map<String, String> detected = columns(s, "SELECT * FROM read_json('" + path
          + "', format = 'newline_delimited', sample_size = -1)");
      Map<String, String> given = columns(s, "SELECT * FROM read_json('" + path
          + "', format = 'newline_delimited', columns = " + ScaleHarness.EVERY_FIELD + ")");
      // Detection orders columns and struct members as it first meets them: compare sorted.
      assertEquals(normal(detected), normal(given));
    }
  }

  private static Map<String, String> normal(Map<String, String> columns) {
    Map<String, String> sorted = new java.util.TreeMap<>();
    columns.forEach((name, type) -> sorted.put(name, normal(type)));
    return sorted;
  }

  /** A type with the members of each {@code STRUCT(...)} in sorted order, recursively. */
  static String normal(String type) {
    int open = type.indexOf("STRUCT(");
    if (open < 0) {
      return type;
    }
    int from = open + "STRUCT(".length();
    java.util.List<String> members = new java.util.ArrayList<>();
    int depth = 0;
    int start = from;
    int i = from;
    for (; depth >= 0; i++) {
      char c = type.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      if (depth < 0 || (depth == 0 && c == ',')) {
        members.add(normal(type.substring(start, i).strip()));
        start = i + 1;
      }
    }
    java.util.Collections.sort(members);
    return type.substring(0, from) + String.join(", ", members) + ")"
        + normal(type.substring(i));
  }

  @Test
  void structMembersAreSorted() {
    assertEquals("STRUCT(a INT, b STRUCT(c INT, d INT)[])[]",
        normal("STRUCT(b STRUCT(d INT, c INT)[], a INT)[]"));
  }

  /** Each column's name and type, in order, of a query's result. */
  private static Map<String, String> columns(Statement s, String query) throws Exception {
    Map<String, String> columns = new LinkedHashMap<>();
    try (ResultSet r = s.executeQuery("DESCRIBE " + query)) {
      while (r.next()) {
        columns.put(r.getString("column_name"), r.getString("column_type"));
      }
    }
    return columns;
  }
}
