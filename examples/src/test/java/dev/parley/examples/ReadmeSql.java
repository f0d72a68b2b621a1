package dev.parley.examples;

import dev.parley.core.Chronicle;
import dev.parley.duckdb.ChronicleTables;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The README's "Analyse in SQL" example, run by {@link ReadmeSqlTest}. */
final class ReadmeSql {
  private ReadmeSql() {}

  /** Runs the example on {@code seed}, writing Parquet files to {@code out}. */
  static List<String> run(Chronicle seed, Path out) throws Exception {
    List<String> found = new ArrayList<>();
    // README-BEGIN
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {  // in-process, in memory
      ChronicleTables.load(seed, db);

      // Meetings whose date counts for some day of 2023: the DATE bounds of each EDTF date,
      // NULL where an end is open, as q.meetings().overlapping(from, to) reads them
      try (PreparedStatement q = db.prepareStatement("""
          SELECT id, date, title FROM meetings
          WHERE (date_earliest IS NULL OR date_earliest <= ?)
            AND (date_latest IS NULL OR date_latest >= ?)
          ORDER BY date_earliest NULLS FIRST, date_latest NULLS LAST, date, id""")) {
        q.setObject(1, LocalDate.of(2023, 12, 31));
        q.setObject(2, LocalDate.of(2023, 1, 1));
        try (ResultSet rows = q.executeQuery()) {
          while (rows.next()) {
            System.out.println(rows.getString("date") + " " + rows.getString("title"));
            found.add(rows.getString("id"));
          }
        }
      }

      ChronicleTables.exportParquet(db, out);  // out/meetings.parquet, out/participants.parquet...
    }
    // README-END
    return found;
  }
}
