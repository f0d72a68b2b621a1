package dev.parley.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the tables a chronicle reads into ({@link ChronicleTables}): one flat row per
 * record or per part of a record, with ids and actor references as text and every date three
 * times.
 *
 * <p><b>Text forms.</b> Ids are their text ({@code "sergey-lavrov"}, {@code "TUR"}); actor
 * references are {@code kind:id} ({@code "official:sergey-lavrov"}, {@code "state:TUR"}, as
 * {@link dev.parley.core.ActorRef#toRefString()} writes them and the JSON format holds them);
 * enum values are their lower-case names ({@code "held"}, {@code "foreign_minister"}), as in the
 * JSON format. Absent optional values are SQL {@code NULL}.
 *
 * <p><b>Dates.</b> Every EDTF date {@code d} is a column {@code d} with its text, exactly as
 * written, and two {@code DATE} columns with the days it counts for in ordering and filtering,
 * as the query API counts them: {@code d_earliest} is {@link
 * dev.parley.core.time.FuzzyDate#earliestDay()} and {@code d_latest} is {@link
 * dev.parley.core.time.FuzzyDate#latestDay()}, each {@code NULL} where that end is open ({@code
 * ..}, unbounded). An unknown (empty) end counts as the known end, so {@code /2023-01-11?} has
 * {@code 2023-01-11} in both columns. Dates whose "as of" rule needs the days an interval
 * certainly includes (stance validities, tenure terms) also have {@code d_certain_start} and
 * {@code d_certain_end}, {@link dev.parley.core.time.FuzzyDate#certainStart()} and {@link
 * dev.parley.core.time.FuzzyDate#certainEnd()}, {@code NULL} where unbounded; no day is certain
 * when the start is after the end.
 *
 * <p>These are the table and column names of the {@code parley-duckdb} module's tables, so that
 * a query written for one reads the other.
 */
public final class TableSchemas {
  private TableSchemas() {}

  /**
   * {@code meetings}: one row per meeting. Columns: {@code id}, {@code title}, {@code date}
   * (with {@code date_earliest}, {@code date_latest}), {@code city}, {@code place_state}, {@code
   * place_tentative} (NULL without a place), {@code host} (actor reference), {@code framework},
   * {@code status} (the current status, the last of the status history), {@code format} and
   * {@code level} (derived from the participants).
   */
  public static final StructType MEETINGS = schema(
      req("id"), req("title"), req("date"), date("date_earliest"), date("date_latest"),
      opt("city"), opt("place_state"), optBool("place_tentative"), opt("host"),
      opt("framework"), req("status"), opt("format"), opt("level"));

  /**
   * {@code participants}: one row per participant of a meeting, in the meeting's order. Columns:
   * {@code meeting_id}, {@code ordinal} (0-based index among the meeting's participants),
   * {@code actor} (the named actor, or {@code NULL} for a participant known only by capacity),
   * {@code represents}, {@code party} (whom the participant counts for, {@link
   * dev.parley.core.Participant#party()}), {@code role}, {@code capacity_role}, {@code
   * capacity_party}, {@code capacity_title}.
   */
  public static final StructType PARTICIPANTS = schema(
      req("meeting_id"), num("ordinal"),
      opt("actor"), opt("represents"), opt("party"), req("role"), opt("capacity_role"),
      opt("capacity_party"), opt("capacity_title"));

  /**
   * {@code statements}: one row per statement. Columns: {@code id}, {@code speaker_actor},
   * {@code speaker_capacity_role}, {@code speaker_capacity_party}, {@code
   * speaker_capacity_title}, {@code speaker_affiliation},
   * {@code speaker_description}, {@code date} (with {@code date_earliest}, {@code date_latest}),
   * {@code channel}, {@code mode}, {@code text}, {@code meeting_id}.
   */
  public static final StructType STATEMENTS = schema(
      req("id"), opt("speaker_actor"), opt("speaker_capacity_role"),
      opt("speaker_capacity_party"), opt("speaker_capacity_title"), opt("speaker_affiliation"), opt("speaker_description"),
      req("date"), date("date_earliest"), date("date_latest"), req("channel"), req("mode"),
      opt("text"), opt("meeting_id"));

  /**
   * {@code stances}: one row per stance. Columns: {@code id}, {@code holder} (actor reference),
   * {@code issue_id}, {@code position}, {@code validity} (with {@code validity_earliest}, {@code
   * validity_latest}, {@code validity_certain_start}, {@code validity_certain_end}), {@code
   * ended}, {@code government}.
   */
  public static final StructType STANCES = schema(
      req("id"), req("holder"), req("issue_id"), req("position"), req("validity"),
      date("validity_earliest"), date("validity_latest"), date("validity_certain_start"),
      date("validity_certain_end"),
      bool("ended"),
      opt("government"));

  /**
   * {@code stance_evidence}: one row per evidence statement of a stance, in the stance's order.
   * Columns: {@code stance_id}, {@code ordinal} (0-based), {@code statement_id} (which may name a
   * statement the chronicle does not hold).
   */
  public static final StructType STANCE_EVIDENCE = schema(
      req("stance_id"), num("ordinal"),
      req("statement_id"));

  /**
   * {@code tenures}: one row per tenure of an official, in the official's order. Columns: {@code
   * official_id}, {@code ordinal} (0-based), {@code post_role}, {@code post_party}, {@code
   * post_title}, {@code term} (with {@code term_earliest}, {@code term_latest}, {@code
   * term_certain_start}, {@code term_certain_end}), {@code government}.
   */
  public static final StructType TENURES = schema(
      req("official_id"), num("ordinal"),
      req("post_role"), req("post_party"), opt("post_title"), req("term"),
      date("term_earliest"), date("term_latest"), date("term_certain_start"),
      date("term_certain_end"), opt("government"));

  /**
   * {@code events}: one row per event. Columns: {@code id}, {@code category}, {@code mode},
   * {@code date} (with {@code date_earliest}, {@code date_latest}), {@code city}, {@code
   * place_state}, {@code place_tentative}, {@code status}, {@code description}.
   */
  public static final StructType EVENTS = schema(
      req("id"), req("category"), opt("mode"), req("date"), date("date_earliest"),
      date("date_latest"), opt("city"), opt("place_state"), optBool("place_tentative"),
      req("status"), req("description"));

  /**
   * {@code sources}: one row per source of a record itself (not of its parts, such as a
   * meeting's participants), in the record's order. Columns: {@code owner_kind} ({@code
   * meeting}, {@code statement}, {@code stance}, {@code event}), {@code owner_id}, {@code
   * owner_ordinal} (NULL: the record itself), {@code ordinal} (0-based), {@code article_id},
   * {@code start}, {@code end} (code-point offsets in the
   * article's text), {@code excerpt}.
   */
  public static final StructType SOURCES = schema(
      req("owner_kind"), req("owner_id"), optNum("owner_ordinal"), num("ordinal"),
      req("article_id"),
      num("start"),
      num("end"),
      opt("excerpt"));

  /**
   * The same schema with each {@code DATE} column as an {@code INT} of days since 1970-01-01:
   * the form rows take while a partition is parsed, so that no calendar conversion of {@code
   * java.sql.Date} shifts a day before 1582.
   */
  static StructType asEpochDays(StructType schema) {
    List<StructField> fields = new ArrayList<>();
    for (StructField f : schema.fields()) {
      DataType type = f.dataType().equals(DateType) ? IntegerType : f.dataType();
      fields.add(new StructField(f.name(), type, f.nullable(), f.metadata()));
    }
    return DataTypes.createStructType(fields);
  }

  private static StructType schema(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField req(String name) {
    return DataTypes.createStructField(name, StringType, false);
  }

  private static StructField opt(String name) {
    return DataTypes.createStructField(name, StringType, true);
  }

  private static StructField num(String name) {
    return DataTypes.createStructField(name, IntegerType, false);
  }

  private static StructField optNum(String name) {
    return DataTypes.createStructField(name, IntegerType, true);
  }

  private static StructField optBool(String name) {
    return DataTypes.createStructField(name, BooleanType, true);
  }

  private static StructField bool(String name) {
    return DataTypes.createStructField(name, BooleanType, false);
  }

  private static StructField date(String name) {
    return DataTypes.createStructField(name, DateType, true);
  }
}
