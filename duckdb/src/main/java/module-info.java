/**
 * A Parley chronicle as flat tables in an in-process DuckDB database: loading ({@link
 * dev.parley.duckdb.ChronicleTables}), the tables ({@link dev.parley.duckdb.Table}), SQL recipes
 * for the query API's questions ({@link dev.parley.duckdb.Recipes}), Parquet and CSV export.
 *
 * <p>The DuckDB JDBC driver has no module descriptor; its jar names the automatic module {@code
 * duckdb.jdbc} in its manifest, which this module reads. The API speaks only {@code java.sql}.
 */
module dev.parley.duckdb {
  requires transitive dev.parley.core;
  requires transitive dev.parley.io;
  requires transitive java.sql;
  requires duckdb.jdbc;

  exports dev.parley.duckdb;
}
