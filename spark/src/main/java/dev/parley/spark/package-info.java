/**
 * Parley data on Apache Spark: Parley NDJSON read into flat tables ({@link
 * dev.parley.spark.ChronicleTables}, schemas in {@link dev.parley.spark.TableSchemas}), each
 * partition parsed by Parley's own reader, and the query API's questions answered as Spark jobs
 * with the same answers ({@link dev.parley.spark.SparkQueries}).
 *
 * <p>Spark is a {@code provided} dependency: on a cluster it is Spark's own; locally, add {@code
 * org.apache.spark:spark-sql_2.13}. This module has no {@code module-info}: Spark's jars have no
 * usable module names ({@code spark-sql_2.13} derives the invalid name {@code spark.sql.2.13}),
 * so it runs on the class path, as Spark itself does.
 */
package dev.parley.spark;
