package dev.parley.duckdb;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.core.RecordKind;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.ReadOptions;
import dev.parley.io.ndjson.NdjsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.duckdb.DuckDBConnection;

/**
 * A chronicle as flat tables in an in-process DuckDB database: load a {@link Chronicle}, or an
 * NDJSON stream one record at a time, then query the tables in SQL (see {@link Recipes}) or
 * export them as Parquet or CSV files. The tables and their columns are those of {@link Table},
 * described in {@code duckdb/README.md}; every EDTF date is there as its text and as {@code
 * _earliest} / {@code _latest} DATE columns, NULL where an end is open.
 *
 * <pre>{@code
 * try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
 *   ChronicleTables.load(chronicle, db);
 *   try (PreparedStatement q = db.prepareStatement(Recipes.MEETINGS_BETWEEN_IN_RANGE)) { ... }
 *   ChronicleTables.exportParquet(db, Path.of("out"));  // out/meetings.parquet, ...
 * }
 * }</pre>
 *
 * <p>Rows go in through DuckDB's appender ({@code DuckDBConnection.createAppender}), which
 * fills column chunks directly instead of running one {@code INSERT} per row; a load is one
 * transaction. Each load creates the tables, so a database holds one chronicle; loading into a
 * database that already has one of the tables fails with DuckDB's error naming it.
 *
 * <p>Thread-safety: the methods are stateless; a connection must not be used by two threads at
 * once while loading.
 */
public final class ChronicleTables {
  private ChronicleTables() {}

  /**
   * Creates the tables in {@code db} and appends every record of {@code chronicle}.
   *
   * @param chronicle the chronicle, already validated by its builder
   * @param db a DuckDB connection ({@code jdbc:duckdb:...})
   * @throws SQLException if DuckDB fails, for example because a table already exists; nothing is
   *     loaded then
   * @throws IllegalArgumentException if {@code db} is not a DuckDB connection
   * @throws NullPointerException if an argument is null
   */
  public static void load(Chronicle chronicle, Connection db) throws SQLException {
    requireNonNull(chronicle, "chronicle");
    DuckDBConnection duck = duckdb(db);
    ChronicleTables.<Void, RuntimeException>inTransaction(duck, () -> {
      create(duck);
      try (TableWriter writer = new TableWriter(duck)) {
        for (RecordKind kind : RecordKind.values()) {
          for (Entity<?> record : kind.records(chronicle)) {
            writer.write(record);
          }
        }
      }
      return null;
    });
  }

  /** A unit of work on the database. */
  private interface Work<T, X extends Exception> {
    T run() throws SQLException, X;
  }

  /**
   * Runs {@code work} in one transaction, so that the tables and every appender's rows commit
   * once: in the caller's transaction if auto-commit is off, else in one of its own, rolled back
   * if the work fails.
   */
  private static <T, X extends Exception> T inTransaction(DuckDBConnection db, Work<T, X> work)
      throws SQLException, X {
    if (!db.getAutoCommit()) {
      return work.run();
    }
    db.setAutoCommit(false);
    try {
      T result = work.run();
      db.commit();
      return result;
    } catch (Throwable e) {
      try {
        db.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  /**
   * Creates the tables in {@code db} and appends the records of an NDJSON stream as they are
   * read, holding one record at a time: memory use is bounded by the longest line, whatever the
   * stream's length. The records are not checked against each other (a chronicle's referential
   * integrity is not validated; read with {@link NdjsonReader#readChronicle()} and use {@link
   * #load(Chronicle, Connection)} for that). The stream is read to its end and not closed.
   *
   * <p>The load is one transaction: if a line is bad, nothing is loaded (not even the tables),
   * unless the caller runs it in a transaction of its own (auto-commit off), which it then may
   * commit or roll back.
   *
   * @param in the NDJSON stream
   * @param options how to read it (limits, strictness)
   * @param db a DuckDB connection
   * @return the number of records loaded
   * @throws ParleyJsonException if a line is not a valid record; it names the line
   * @throws IOException if the stream cannot be read
   * @throws SQLException if DuckDB fails, for example because a table already exists
   * @throws IllegalArgumentException if {@code db} is not a DuckDB connection
   * @throws NullPointerException if an argument is null
   */
  public static long loadNdjson(InputStream in, ReadOptions options, Connection db)
      throws IOException, SQLException {
    requireNonNull(in, "in");
    requireNonNull(options, "options");
    DuckDBConnection duck = duckdb(db);
    return ChronicleTables.<Long, IOException>inTransaction(duck, () -> {
      create(duck);
      long count = 0;
      NdjsonReader reader = NdjsonReader.from(in, options);
      try (TableWriter writer = new TableWriter(duck)) {
        for (Optional<Entity<?>> r = reader.read(); r.isPresent(); r = reader.read()) {
          writer.write(r.get());
          count++;
        }
      }
      return count;
    });
  }

  /**
   * {@link #loadNdjson(InputStream, ReadOptions, Connection)} with the default {@link
   * ReadOptions}.
   *
   * @param in the NDJSON stream
   * @param db a DuckDB connection
   * @return the number of records loaded
   * @throws ParleyJsonException if a line is not a valid record; it names the line
   * @throws IOException if the stream cannot be read
   * @throws SQLException if DuckDB fails
   * @throws IllegalArgumentException if {@code db} is not a DuckDB connection
   * @throws NullPointerException if an argument is null
   */
  public static long loadNdjson(InputStream in, Connection db) throws IOException, SQLException {
    return loadNdjson(in, ReadOptions.defaults(), db);
  }

  /**
   * Writes every table to {@code dir} as a Parquet file named after it ({@code meetings.parquet},
   * ...) through DuckDB's {@code COPY ... (FORMAT parquet)}, creating the directory if needed and
   * replacing files of those names. The files keep the column names and types (DATE columns stay
   * dates).
   *
   * @param db a connection holding the tables
   * @param dir the directory
   * @throws SQLException if DuckDB fails, for example because a table is missing
   * @throws IOException if the directory cannot be created
   * @throws NullPointerException if an argument is null
   */
  public static void exportParquet(Connection db, Path dir) throws SQLException, IOException {
    export(db, dir, "parquet", "(FORMAT parquet)");
  }

  /**
   * Writes every table to {@code dir} as a CSV file with a header line, named after it ({@code
   * meetings.csv}, ...), through DuckDB's {@code COPY ... (FORMAT csv, HEADER)}: comma-separated,
   * double quotes around fields that need them, empty fields for NULL, dates as {@code
   * yyyy-MM-dd}. Creates the directory if needed and replaces files of those names.
   *
   * @param db a connection holding the tables
   * @param dir the directory
   * @throws SQLException if DuckDB fails, for example because a table is missing
   * @throws IOException if the directory cannot be created
   * @throws NullPointerException if an argument is null
   */
  public static void exportCsv(Connection db, Path dir) throws SQLException, IOException {
    export(db, dir, "csv", "(FORMAT csv, HEADER)");
  }

  private static void export(Connection db, Path dir, String extension, String options)
      throws SQLException, IOException {
    requireNonNull(db, "db");
    Files.createDirectories(requireNonNull(dir, "dir"));
    try (Statement s = db.createStatement()) {
      for (Table t : Table.values()) {
        Path file = dir.resolve(t.tableName() + "." + extension);
        s.execute("COPY " + t.tableName() + " TO " + quote(file.toAbsolutePath().toString())
            + " " + options);
      }
    }
  }

  /** A SQL string literal. */
  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static void create(DuckDBConnection db) throws SQLException {
    StringBuilder ddl = new StringBuilder();
    for (Table t : Table.values()) {
      ddl.append(t.createSql()).append(";\n");
    }
    try (Statement s = db.createStatement()) {
      s.execute(ddl.toString());
    }
  }

  private static DuckDBConnection duckdb(Connection db) throws SQLException {
    requireNonNull(db, "db");
    if (!db.isWrapperFor(DuckDBConnection.class)) {
      throw new IllegalArgumentException(
          "not a DuckDB connection (jdbc:duckdb:...): " + db.getClass().getName());
    }
    return db.unwrap(DuckDBConnection.class);
  }
}
