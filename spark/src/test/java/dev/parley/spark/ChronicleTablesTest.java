package dev.parley.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.time.FuzzyDate;
import dev.parley.io.ParleyJsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading NDJSON lines into the tables: schemas, date bounds at the rule's edges, bad lines. */
class ChronicleTablesTest {
  @TempDir Path dir;

  private static final String SOURCES =
      "\"sources\":[{\"article\":\"a1\",\"start\":0,\"end\":5}]";

  private static String meeting(String id, String date, String status) {
    return "{\"kind\":\"meeting\",\"id\":\"" + id + "\",\"title\":\"Talks\",\"date\":\"" + date
        + "\",\"participants\":[{\"actor\":\"official:lavrov\",\"represents\":\"state:RUS\","
        + "\"role\":\"host\"},{\"role\":\"member\",\"capacity\":{\"role\":\"foreign_minister\","
        + "\"party\":\"state:TUR\"}}],\"statusHistory\":[{\"status\":\"" + status
        + "\",\"reported\":\"2023\"," + SOURCES + "}]," + SOURCES + "}";
  }

  private ChronicleTables read(String... lines) throws IOException {
    Path file = dir.resolve("lines.ndjson");
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return ChronicleTables.readNdjson(SharedSpark.spark(), file.toString());
  }

  @Test
  void everyTableHasItsDocumentedSchema() throws IOException {
    ChronicleTables tables = read(meeting("m1", "2023-04-25", "held"));
    for (Table t : Table.values()) {
      StructField[] got = tables.table(t).schema().fields();
      StructField[] want = t.schema().fields();
      assertEquals(want.length, got.length, t.tableName());
      for (int i = 0; i < want.length; i++) {
        assertEquals(want[i].name(), got[i].name(), t.tableName());
        assertEquals(want[i].dataType(), got[i].dataType(), t.tableName() + "." + want[i].name());
      }
    }
  }

  @Test
  void dateBoundsAreTheDaysTheDateCountsForWithOpenEndsNull() throws IOException {
    String[] dates = {"2023-04-25", "/2023-01-11?", "2022-12/..", "../2023-01", "2023-05-10/",
        "2023-21", "0000-02-29", "201X", "9999"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < dates.length; i++) {
      lines.add(meeting("m" + i, dates[i], "held"));
    }
    List<Row> rows = read(lines.toArray(new String[0])).meetings()
        .selectExpr("id", "date", "unix_date(date_earliest)", "unix_date(date_latest)")
        .collectAsList();
    Map<String, Row> byDate = new HashMap<>();
    rows.forEach(r -> byDate.put(r.getString(1), r));
    assertEquals(dates.length, byDate.size());
    for (String text : dates) {
      FuzzyDate d = FuzzyDate.parse(text);
      Row r = byDate.get(text);
      assertEquals(days(d.earliestDay()), r.isNullAt(2) ? null : (Object) r.getInt(2), text);
      assertEquals(days(d.latestDay()), r.isNullAt(3) ? null : (Object) r.getInt(3), text);
    }
    // The edges the rule names: an unknown start counts as its known end, an open end is NULL.
    assertEquals(LocalDate.of(2023, 1, 11).toEpochDay(), byDate.get("/2023-01-11?").getInt(2));
    assertTrue(byDate.get("2022-12/..").isNullAt(3));
    assertTrue(byDate.get("../2023-01").isNullAt(2));
  }

  private static Integer days(LocalDate day) {
    return day.equals(LocalDate.MIN) || day.equals(LocalDate.MAX)
        ? null : (int) day.toEpochDay();
  }

  @Test
  void participantsKeepTheMeetingsOrderAndWhomEachCountsFor() throws IOException {
    List<Row> rows = read(meeting("m1", "2023-04-25", "postponed")).participants()
        .orderBy("ordinal").collectAsList();
    assertEquals(2, rows.size());
    assertArrayEquals(new Object[] {"m1", 0, "official:lavrov", "state:RUS", "state:RUS", "host",
        null, null, null}, values(rows.get(0)));
    assertArrayEquals(new Object[] {"m1", 1, null, null, "state:TUR", "member",
        "foreign_minister", "state:TUR", null}, values(rows.get(1)));
  }

  private static Object[] values(Row r) {
    Object[] v = new Object[r.length()];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.get(i);
    }
    return v;
  }

  @Test
  void aBadLineFailsTheJobWithParleysError() throws IOException {
    ChronicleTables tables = read(meeting("m1", "2023-04-25", "held"),
        "{\"kind\":\"meeting\",\"id\":\"m2\",\"title\":\"T\",\"date\":\"2023-13-45\"}");
    Exception e = assertThrows(Exception.class, () -> tables.meetings().count());
    Throwable cause = e;
    while (cause != null && !(cause instanceof ParleyJsonException)) {
      cause = cause.getCause();
    }
    assertTrue(cause instanceof ParleyJsonException, () -> "no ParleyJsonException in " + e);
    assertTrue(cause.getMessage().contains("2023-13-45"), cause::getMessage);
  }
}
