/**
 * NDJSON record streams: one Parley record per line, each with a {@code kind} field, read and
 * written record by record with bounded memory ({@link dev.parley.io.ndjson.NdjsonReader},
 * {@link dev.parley.io.ndjson.NdjsonWriter}). Files are readable by DuckDB ({@code read_json})
 * and Spark ({@code spark.read.json}) as they are.
 */
package dev.parley.io.ndjson;
