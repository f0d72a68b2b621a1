package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.duckdb.ChronicleTables;
import dev.parley.duckdb.Recipes;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed chronicle in DuckDB: the README's SQL example ({@link ReadmeSql}) finds the same
 * meetings, in the same order, as {@code meetings().overlapping(...)}, and its Parquet files
 * read back with every meeting.
 */
class ReadmeSqlTest {
  private static final Chronicle SEED = SeedCorpus.curated();

  @Test
  void readmeShowsTheExampleVerbatim() throws IOException {
    ReadmeSnippets.assertShown("ReadmeSql.java");
  }

  @Test
  void dateRangeInSqlFindsWhatOverlappingFinds(@TempDir Path tmp) throws Exception {
    List<String> sql = ReadmeSql.run(SEED, tmp);
    List<String> api = SEED.query().meetings()
        .overlapping(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).list().stream()
        .map(m -> m.id().value()).collect(Collectors.toList());
    assertEquals(api, sql);
    assertFalse(sql.isEmpty(), "the seed has meetings in 2023");
    assertTrue(sql.size() < SEED.meetings().size() || SEED.meetings().stream()
        .allMatch(m -> m.date().overlaps(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))));

    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement();
        ResultSet rows = s.executeQuery("SELECT count(*) FROM read_parquet('"
            + tmp.resolve("meetings.parquet").toString().replace("'", "''") + "')")) {
      rows.next();
      assertEquals(SEED.meetings().size(), rows.getInt(1));
    }
  }

  @Test
  void seedAttendanceInSqlAsTheQueryApi() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      ChronicleTables.load(SEED, db);
      for (var state : SEED.states()) {
        assertEquals(SEED.query().meetings().attendedBy(state.id()).list().stream()
                .map(Meeting::id).map(id -> id.value()).collect(Collectors.toList()),
            Recipes.attendedBy(db, state.id()), state.id().toString());
      }
    }
  }
}
