package dev.parley.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Parley records on Spark as flat tables ({@link Table}, schemas in {@link TableSchemas}): read
 * from Parley NDJSON, each partition parsed by Parley's own reader ({@link
 * dev.parley.io.ndjson.NdjsonReader}), so that a line reads exactly as it does in one JVM and
 * every date's bounds are {@link dev.parley.core.time.FuzzyDate}'s own.
 *
 * <pre>{@code
 * ChronicleTables tables = ChronicleTables.readNdjson(spark, "corpus/*.ndjson");
 * tables.meetings().filter("status = 'held'").count();
 * tables.createOrReplaceTempViews();
 * spark.sql("SELECT actor, count(*) FROM participants GROUP BY actor").show();
 * }</pre>
 *
 * <p>Nothing is read until a table is used, and each use of a table reads the input again unless
 * the tables are {@linkplain #cache() cached}: every table comes from one parse of each line, so
 * caching keeps that parse for all of them.
 *
 * <p><b>What is read.</b> Meetings, statements, stances, events and officials' tenures become
 * rows; states, organizations, issues and articles do not (their lines are parsed and checked,
 * and give no row). Lines are not checked against each other: a reference to a record that is
 * not in the input is kept as it is written. A line that is not a valid Parley record fails the
 * job that reads it, with Parley's error (a {@link dev.parley.io.ParleyJsonException} inside an
 * {@link java.io.UncheckedIOException}) whose line number counts from the first line of the
 * failing partition.
 *
 * <p>Instances are immutable; the datasets are Spark's, bound to the session that read them.
 */
public final class ChronicleTables {
  private final Dataset<Row> parsed;

  private ChronicleTables(Dataset<Row> parsed) {
    this.parsed = parsed;
  }

  /**
   * Reads Parley NDJSON files (one record per line, with its {@code kind}), as written by {@link
   * dev.parley.io.ndjson.NdjsonWriter}.
   *
   * @param spark the session
   * @param paths files, directories or globs, as {@code spark.read().textFile} takes them
   * @return the tables, not read yet
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no path is given
   */
  public static ChronicleTables readNdjson(SparkSession spark, String... paths) {
    requireNonNull(spark, "spark");
    if (paths.length == 0) {
      throw new IllegalArgumentException("readNdjson needs at least one path");
    }
    for (String p : paths) {
      requireNonNull(p, "path");
    }
    return fromLines(spark.read().textFile(paths));
  }

  /**
   * Reads Parley NDJSON lines from any dataset of strings, one record per element (blank
   * elements are skipped).
   *
   * @param lines the lines
   * @return the tables, not read yet
   * @throws NullPointerException if {@code lines} is null
   */
  public static ChronicleTables fromLines(Dataset<String> lines) {
    requireNonNull(lines, "lines");
    List<StructField> fields = new ArrayList<>();
    for (Table t : Table.values()) {
      fields.add(DataTypes.createStructField(t.tableName(),
          DataTypes.createArrayType(TableSchemas.asEpochDays(t.schema()), false), false));
    }
    StructType parsedSchema = DataTypes.createStructType(fields);
    return new ChronicleTables(
        lines.mapPartitions(new RecordRows.ParsePartition(), Encoders.row(parsedSchema)));
  }

  /**
   * One table.
   *
   * @param table which table
   * @return its rows, with the columns of {@link Table#schema()} in that order
   * @throws NullPointerException if {@code table} is null
   */
  public Dataset<Row> table(Table table) {
    requireNonNull(table, "table");
    Dataset<Row> rows = parsed.select(explode(col(table.tableName())).as("r")).select("r.*");
    StructField[] fields = table.schema().fields();
    Column[] columns = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i].name();
      columns[i] = fields[i].dataType().equals(DataTypes.DateType)
          ? expr("date_from_unix_date(`" + name + "`)").as(name)
          : col(name);
    }
    return rows.select(columns);
  }

  /**
   * The {@code meetings} table ({@link TableSchemas#MEETINGS}).
   *
   * @return its rows
   */
  public Dataset<Row> meetings() {
    return table(Table.MEETINGS);
  }

  /**
   * The {@code participants} table ({@link TableSchemas#PARTICIPANTS}).
   *
   * @return its rows
   */
  public Dataset<Row> participants() {
    return table(Table.PARTICIPANTS);
  }

  /**
   * The {@code statements} table ({@link TableSchemas#STATEMENTS}).
   *
   * @return its rows
   */
  public Dataset<Row> statements() {
    return table(Table.STATEMENTS);
  }

  /**
   * The {@code stances} table ({@link TableSchemas#STANCES}).
   *
   * @return its rows
   */
  public Dataset<Row> stances() {
    return table(Table.STANCES);
  }

  /**
   * The {@code stance_evidence} table ({@link TableSchemas#STANCE_EVIDENCE}).
   *
   * @return its rows
   */
  public Dataset<Row> stanceEvidence() {
    return table(Table.STANCE_EVIDENCE);
  }

  /**
   * The {@code tenures} table ({@link TableSchemas#TENURES}).
   *
   * @return its rows
   */
  public Dataset<Row> tenures() {
    return table(Table.TENURES);
  }

  /**
   * The {@code events} table ({@link TableSchemas#EVENTS}).
   *
   * @return its rows
   */
  public Dataset<Row> events() {
    return table(Table.EVENTS);
  }

  /**
   * The {@code sources} table ({@link TableSchemas#SOURCES}).
   *
   * @return its rows
   */
  public Dataset<Row> sources() {
    return table(Table.SOURCES);
  }

  /**
   * Keeps the parsed records in Spark's cache (memory, spilling to disk), so that the tables are
   * parsed once for all their uses rather than once per use.
   *
   * @return this
   */
  public ChronicleTables cache() {
    parsed.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    return this;
  }

  /**
   * Registers every table as a temporary view named as the table ({@code meetings}, {@code
   * participants}, ...), for {@code spark.sql(...)}.
   */
  public void createOrReplaceTempViews() {
    for (Table t : Table.values()) {
      table(t).createOrReplaceTempView(t.tableName());
    }
  }
}
