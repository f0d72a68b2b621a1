/**
 * A chronicle in DuckDB: {@link dev.parley.duckdb.ChronicleTables} loads a chronicle, or an NDJSON
 * stream record by record, into the flat tables of {@link dev.parley.duckdb.Table} through
 * DuckDB's appender and exports them as Parquet or CSV; {@link dev.parley.duckdb.Recipes} holds
 * the SQL that answers the query API's questions over those tables.
 */
package dev.parley.duckdb;
