package dev.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingStatus;
import dev.parley.core.StateId;
import dev.parley.core.query.Queries;
import dev.parley.io.ndjson.NdjsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "At scale" example, compiled and run; its answers are the query API's. */
class ReadmeAtScaleTest {
  @TempDir Path dir;

  private static final String SOURCES =
      "\"sources\":[{\"article\":\"a1\",\"start\":0,\"end\":5}]";

  private static String meeting(String id, String date, String status) {
    return "{\"kind\":\"meeting\",\"id\":\"" + id + "\",\"title\":\"Talks\",\"date\":\"" + date
        + "\",\"participants\":[{\"actor\":\"official:lavrov\",\"represents\":\"state:RUS\","
        + "\"role\":\"host\"},{\"actor\":\"state:TUR\",\"role\":\"member\"}],"
        + "\"statusHistory\":[{\"status\":\"" + status + "\",\"reported\":\"2023\"," + SOURCES
        + "}]," + SOURCES + "}";
  }

  @Test
  void theExampleRunsAndAnswersAsTheQueryApi() throws IOException {
    Path corpus = dir.resolve("corpus.ndjson");
    Files.write(corpus, List.of(
        "{\"kind\":\"state\",\"id\":\"RUS\",\"name\":\"Russia\"}",
        "{\"kind\":\"state\",\"id\":\"TUR\",\"name\":\"Türkiye\"}",
        "{\"kind\":\"official\",\"id\":\"lavrov\",\"name\":\"Sergey Lavrov\"}",
        "{\"kind\":\"article\",\"id\":\"a1\",\"publisher\":\"Pub\"}",
        meeting("m1", "2023-04-25", "held"), meeting("m2", "/2023-01-11?", "held"),
        meeting("m3", "2022", "held"), meeting("m4", "2023-06", "postponed")),
        StandardCharsets.UTF_8);
    SharedSpark.spark(); // the example's getOrCreate() finds the tests' one session

    // README-BEGIN
    SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
    ChronicleTables tables = ChronicleTables.readNdjson(spark, corpus.toString()).cache();
    SparkQueries q = SparkQueries.of(tables);

    // Held meetings Türkiye attended, in date order (as chronicle.query() answers)
    List<Row> attended = q.attendedBy(StateId.of("TUR")).collectAsList();
    // Who met whom, how often: rows (actor_a, actor_b, meetings)
    List<Row> pairs = q.coAttendance().collectAsList();

    // Or SQL over the tables; date_earliest/date_latest are the days a date counts for
    tables.createOrReplaceTempViews();
    List<Row> since2023 = spark.sql("SELECT id FROM meetings"
        + " WHERE date_earliest >= DATE '2023-01-01' ORDER BY id").collectAsList();
    // README-END

    Chronicle chronicle;
    try (NdjsonReader in = NdjsonReader.from(Files.newInputStream(corpus))) {
      chronicle = in.readChronicle();
    }
    Queries api = chronicle.query();
    assertEquals(List.of("m3", "m2", "m1"), ids(attended));
    assertEquals(api.meetings().attendedBy(StateId.of("TUR")).list().stream()
        .map(m -> m.id().value()).collect(Collectors.toList()), ids(attended));
    assertEquals(1, pairs.size());
    assertEquals("official:lavrov", pairs.get(0).getString(0));
    assertEquals("state:TUR", pairs.get(0).getString(1));
    assertEquals(3L, pairs.get(0).getLong(2));
    assertEquals(api.meetings().since(LocalDate.of(2023, 1, 1)).list().stream()
        .map(Meeting::id).map(id -> id.value()).sorted().collect(Collectors.toList()),
        ids(since2023));
    assertTrue(chronicle.meetings().stream().anyMatch(m -> m.status() != MeetingStatus.HELD));
    assertReadmeShowsIt();
  }

  private static List<String> ids(List<Row> rows) {
    return rows.stream().map(r -> r.getString(r.fieldIndex("id"))).collect(Collectors.toList());
  }

  /** README.md holds the lines between the markers above, unindented by four spaces. */
  private static void assertReadmeShowsIt() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String text = Files.readString(
        Path.of("src/test/java/dev/parley/spark/ReadmeAtScaleTest.java"), StandardCharsets.UTF_8);
    String example = text.substring(
        text.indexOf('\n', text.indexOf("// README-BEGIN")) + 1,
        text.lastIndexOf('\n', text.indexOf("// README-END")) + 1);
    String unindented = example.lines()
        .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .collect(Collectors.joining("\n", "", "\n"));
    assertTrue(readme.contains("```java\n" + unindented + "```"),
        "README.md's example differs from ReadmeAtScaleTest; copy it across:\n" + unindented);
  }
}
