package dev.parley.spark;

import org.apache.spark.sql.types.StructType;

/**
 * The tables a chronicle reads into, each with its name (as in SQL and in the {@code
 * parley-duckdb} module) and its schema ({@link TableSchemas}).
 */
public enum Table {
  /** {@link TableSchemas#MEETINGS}. */
  MEETINGS("meetings", TableSchemas.MEETINGS),
  /** {@link TableSchemas#PARTICIPANTS}. */
  PARTICIPANTS("participants", TableSchemas.PARTICIPANTS),
  /** {@link TableSchemas#STATEMENTS}. */
  STATEMENTS("statements", TableSchemas.STATEMENTS),
  /** {@link TableSchemas#STANCES}. */
  STANCES("stances", TableSchemas.STANCES),
  /** {@link TableSchemas#STANCE_EVIDENCE}. */
  STANCE_EVIDENCE("stance_evidence", TableSchemas.STANCE_EVIDENCE),
  /** {@link TableSchemas#TENURES}. */
  TENURES("tenures", TableSchemas.TENURES),
  /** {@link TableSchemas#EVENTS}. */
  EVENTS("events", TableSchemas.EVENTS),
  /** {@link TableSchemas#SOURCES}. */
  SOURCES("sources", TableSchemas.SOURCES);

  private final String tableName;
  private final StructType schema;

  Table(String tableName, StructType schema) {
    this.tableName = tableName;
    this.schema = schema;
  }

  /**
   * The table's name, such as {@code "meetings"}: the name of its temporary view ({@link
   * ChronicleTables#createOrReplaceTempViews()}).
   *
   * @return the name
   */
  public String tableName() {
    return tableName;
  }

  /**
   * The table's schema, as {@link TableSchemas} documents it.
   *
   * @return the schema
   */
  public StructType schema() {
    return schema;
  }
}
