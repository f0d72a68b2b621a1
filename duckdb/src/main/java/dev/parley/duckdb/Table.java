package dev.parley.duckdb;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables {@link ChronicleTables} creates, one constant per table, with their columns in
 * order. Every table is flat (scalar columns only), so that it exports unchanged to CSV and
 * Parquet and reads the same in Spark, pandas or R. {@code duckdb/README.md} describes every
 * column; these names and types are stable: a column is only ever added at the end.
 *
 * <p>Conventions shared by every table:
 *
 * <ul>
 *   <li>Ids are the bare id text ({@code sergey-lavrov}, {@code TUR}); a column that may hold
 *       any kind of actor holds its reference text, {@code kind:id} ({@code state:TUR}, {@code
 *       official:sergey-lavrov}, {@code organization:un}), as in the NDJSON format.
 *   <li>Enums are the format's lower-case names ({@code held}, {@code foreign_minister}).
 *   <li>Every EDTF date {@code <col>} is kept as its text, and also as two DATE columns: {@code
 *       <col>_earliest}, the first day it counts for ({@code FuzzyDate.earliestDay()}), and
 *       {@code <col>_latest}, the last ({@code FuzzyDate.latestDay()}). An open end ({@code ..})
 *       is unbounded and reads as NULL; an unknown (empty) end counts as the known end, as in the
 *       query API. Terms of office and stance validities also carry {@code <col>_certain_start}
 *       and {@code <col>_certain_end} ({@code FuzzyDate.certainStart()}/{@code certainEnd()}),
 *       NULL where unbounded.
 *   <li>Lists become child tables keyed by the owner's id and a 0-based {@code ordinal}, the
 *       position in the list.
 *   <li>Not in the tables (kept by the JSON and NDJSON files): other names, external
 *       identifiers, extensions.
 * </ul>
 */
public enum Table {
  /** One row per state. */
  STATES("states",
      "id VARCHAR NOT NULL", "name VARCHAR NOT NULL", "capital VARCHAR"),
  /** One row per official (their posts are in {@link #TENURES}). */
  OFFICIALS("officials",
      "id VARCHAR NOT NULL", "name VARCHAR NOT NULL"),
  /** One row per organization. */
  ORGANIZATIONS("organizations",
      "id VARCHAR NOT NULL", "name VARCHAR NOT NULL", "kind VARCHAR NOT NULL", "state VARCHAR",
      "term VARCHAR", "term_earliest DATE", "term_latest DATE"),
  /** One row per issue of the controlled vocabulary. */
  ISSUES("issues",
      "id VARCHAR NOT NULL", "label VARCHAR NOT NULL", "description VARCHAR",
      "parent VARCHAR"),
  /** One row per article. */
  ARTICLES("articles",
      "id VARCHAR NOT NULL", "publisher VARCHAR", "headline VARCHAR", "byline VARCHAR",
      "published VARCHAR", "published_earliest DATE", "published_latest DATE", "url VARCHAR"),
  /** One row per meeting; {@code status} is the last reported one. */
  MEETINGS("meetings",
      "id VARCHAR NOT NULL", "title VARCHAR NOT NULL", "date VARCHAR NOT NULL",
      "date_earliest DATE", "date_latest DATE", "city VARCHAR", "place_state VARCHAR",
      "place_tentative BOOLEAN", "host VARCHAR", "framework VARCHAR", "status VARCHAR NOT NULL",
      "format VARCHAR", "level VARCHAR"),
  /** One row per participant of a meeting. */
  PARTICIPANTS("participants",
      "meeting_id VARCHAR NOT NULL", "ordinal INTEGER NOT NULL", "actor VARCHAR",
      "represents VARCHAR", "party VARCHAR", "role VARCHAR NOT NULL", "capacity_role VARCHAR",
      "capacity_party VARCHAR", "capacity_title VARCHAR"),
  /** One row per topic of a meeting. */
  MEETING_TOPICS("meeting_topics",
      "meeting_id VARCHAR NOT NULL", "ordinal INTEGER NOT NULL", "issue_id VARCHAR NOT NULL"),
  /** One row per entry of a meeting's status history. */
  STATUS_CHANGES("status_changes",
      "meeting_id VARCHAR NOT NULL", "ordinal INTEGER NOT NULL", "status VARCHAR NOT NULL",
      "reported VARCHAR NOT NULL", "reported_earliest DATE", "reported_latest DATE",
      "scheduled_for VARCHAR", "scheduled_for_earliest DATE", "scheduled_for_latest DATE"),
  /** One row per statement. */
  STATEMENTS("statements",
      "id VARCHAR NOT NULL", "speaker_actor VARCHAR", "speaker_capacity_role VARCHAR",
      "speaker_capacity_party VARCHAR", "speaker_capacity_title VARCHAR",
      "speaker_affiliation VARCHAR", "speaker_description VARCHAR", "date VARCHAR NOT NULL",
      "date_earliest DATE", "date_latest DATE", "channel VARCHAR NOT NULL",
      "mode VARCHAR NOT NULL", "text VARCHAR", "meeting_id VARCHAR"),
  /** One row per issue a statement touches. */
  STATEMENT_ISSUES("statement_issues",
      "statement_id VARCHAR NOT NULL", "ordinal INTEGER NOT NULL", "issue_id VARCHAR NOT NULL"),
  /** One row per stance. */
  STANCES("stances",
      "id VARCHAR NOT NULL", "holder VARCHAR NOT NULL", "issue_id VARCHAR NOT NULL",
      "position VARCHAR NOT NULL", "validity VARCHAR NOT NULL", "validity_earliest DATE",
      "validity_latest DATE", "validity_certain_start DATE", "validity_certain_end DATE",
      "ended BOOLEAN NOT NULL", "government VARCHAR"),
  /** One row per condition (an issue) of a stance. */
  STANCE_CONDITIONS("stance_conditions",
      "stance_id VARCHAR NOT NULL", "ordinal INTEGER NOT NULL", "issue_id VARCHAR NOT NULL"),
  /** One row per evidence statement of a stance. */
  STANCE_EVIDENCE("stance_evidence",
      "stance_id VARCHAR NOT NULL", "ordinal INTEGER NOT NULL",
      "statement_id VARCHAR NOT NULL"),
  /** One row per tenure: a post an official held, over a term. */
  TENURES("tenures",
      "official_id VARCHAR NOT NULL", "ordinal INTEGER NOT NULL", "post_role VARCHAR NOT NULL",
      "post_party VARCHAR NOT NULL", "post_title VARCHAR", "office_title VARCHAR",
      "term VARCHAR NOT NULL", "term_earliest DATE", "term_latest DATE",
      "term_certain_start DATE", "term_certain_end DATE", "government VARCHAR"),
  /** One row per reference work a tenure rests on. */
  TENURE_REFERENCES("tenure_references",
      "official_id VARCHAR NOT NULL", "tenure_ordinal INTEGER NOT NULL",
      "ordinal INTEGER NOT NULL", "work VARCHAR NOT NULL", "url VARCHAR", "file VARCHAR",
      "says VARCHAR NOT NULL", "accessed DATE NOT NULL"),
  /** One row per event (model 2). */
  EVENTS("events",
      "id VARCHAR NOT NULL", "category VARCHAR NOT NULL", "mode VARCHAR", "date VARCHAR NOT NULL",
      "date_earliest DATE", "date_latest DATE", "city VARCHAR", "place_state VARCHAR",
      "place_tentative BOOLEAN", "status VARCHAR NOT NULL", "dead INTEGER", "injured INTEGER",
      "size INTEGER", "description VARCHAR NOT NULL"),
  /** One row per source or target actor of an event. */
  EVENT_ACTORS("event_actors",
      "event_id VARCHAR NOT NULL", "side VARCHAR NOT NULL", "ordinal INTEGER NOT NULL",
      "actor VARCHAR", "capacity_role VARCHAR", "capacity_party VARCHAR",
      "capacity_title VARCHAR", "affiliation VARCHAR", "description VARCHAR"),
  /** One row per PLOVER context label of an event. */
  EVENT_CONTEXTS("event_contexts",
      "event_id VARCHAR NOT NULL", "ordinal INTEGER NOT NULL", "context VARCHAR NOT NULL"),
  /** One row per source (an article span) of any sourced claim. */
  SOURCES("sources",
      "owner_kind VARCHAR NOT NULL", "owner_id VARCHAR NOT NULL", "owner_ordinal INTEGER",
      "ordinal INTEGER NOT NULL", "article_id VARCHAR NOT NULL", "start INTEGER NOT NULL",
      "\"end\" INTEGER NOT NULL", "excerpt VARCHAR");

  private final String tableName;
  private final List<String> columns;

  Table(String tableName, String... columns) {
    this.tableName = tableName;
    this.columns = List.of(columns);
  }

  /**
   * The table's name in SQL, lower case ({@code meetings}).
   *
   * @return the name
   */
  public String tableName() {
    return tableName;
  }

  /**
   * The column names, in order (the SQL keyword {@code end} unquoted).
   *
   * @return the names, immutable
   */
  public List<String> columnNames() {
    return columns.stream().map(c -> c.substring(0, c.indexOf(' ')).replace("\"", ""))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The {@code CREATE TABLE} statement. */
  String createSql() {
    return "CREATE TABLE " + tableName + " (" + String.join(", ", columns) + ")";
  }
}
