package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.duckdb.Table;
import dev.parley.io.json.ChronicleJson;
import dev.parley.io.ndjson.NdjsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void reportChecksEverySourceAndAnswersTheQuestions(@TempDir Path tmp) throws IOException {
    Path graph = tmp.resolve("graph.mmd");
    assertEquals(0, run("report", "--articles", ArticleReaderTest.seeds().toString(),
        "--graph", graph.toString()), err::toString);
    String report = out.toString();
    int spans = SeedCorpus.load(ArticleReaderTest.seeds()).claims().size();
    assertTrue(report.contains("Source spans checked against the texts: " + spans
        + " match, 0 do not, 0 could not be checked."), report);
    for (String section : new String[] {"What each article contributed", "Timeline of meetings",
        "Which meetings did each named minister attend?",
        "First meeting of Turkish and Syrian ministers since March 2011",
        "What does Syria demand of Türkiye, and since when?",
        "Where do Russia, Türkiye, Iran and Syria agree and differ (25 April 2023)?",
        "Who held Türkiye's foreign ministry on 10 May 2023?", "Who spoke about refugees?",
        "Timeline of meetings and other events", "Other events",
        "Who held Türkiye's foreign ministry when the May 2023 meeting was postponed?",
        "What happened to the Syrian government after the 2023 talks?",
        "Co-attendance network"}) {
      assertTrue(report.contains(section), section);
    }
    assertTrue(report.contains("\"on Tuesday\"") || report.contains("\"Tuesday\" -> 2023-04-25"),
        report);
    String mermaid = Files.readString(graph);
    assertEquals(new SeedAnswers(SeedCorpus.curated()).coAttendanceMermaid(), mermaid);
    assertTrue(report.contains("written as a Mermaid chart to " + graph));
  }

  @Test
  void reportRunsWithoutTheArticlesAndSaysWhatItCouldNotCheck(@TempDir Path tmp) {
    Path missing = tmp.resolve("no-such-dir");
    assertEquals(0, run("--articles", missing.toString(), "--graph",
        tmp.resolve("g.mmd").toString()), err::toString);
    String report = out.toString();
    assertTrue(report.contains("NOTE: articles directory " + missing + " not found"), report);
    assertTrue(report.contains("Not checked: the "), report);
    assertTrue(report.contains("Who held Türkiye's foreign ministry on 10 May 2023?"), report);
    assertTrue(report.contains("(text not read)"), report);
  }

  @Test
  void exportWritesADocumentAndAStreamThatReadBackAsTheJoinedChronicle(@TempDir Path tmp)
      throws IOException {
    Path dir = tmp.resolve("out/nested");
    assertEquals(0, run("export", dir.toString(), "--articles",
        ArticleReaderTest.seeds().toString()), err::toString);
    Chronicle joined = SeedCorpus.load(ArticleReaderTest.seeds()).chronicle();
    assertEquals(joined, ChronicleJson.read(Files.readAllBytes(dir.resolve("chronicle.json"))));
    try (InputStream in = Files.newInputStream(dir.resolve("chronicle.ndjson"));
        NdjsonReader reader = NdjsonReader.from(in)) {
      assertEquals(joined, reader.readChronicle());
    }
  }

  @Test
  void exportWithParquetWritesOneFilePerTableBesideTheJson(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("out");
    assertEquals(0, run("export", dir.toString(), "--parquet", "--articles",
        ArticleReaderTest.seeds().toString()), err::toString);
    assertTrue(Files.exists(dir.resolve("chronicle.json")));
    Chronicle joined = SeedCorpus.load(ArticleReaderTest.seeds()).chronicle();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement()) {
      for (Table t : Table.values()) {
        Path file = dir.resolve(t.tableName() + ".parquet");
        assertTrue(Files.exists(file), file.toString());
      }
      try (ResultSet rows = s.executeQuery("SELECT count(*), count(date_earliest) FROM '"
          + dir.resolve("meetings.parquet").toString().replace("'", "''") + "'")) {
        rows.next();
        assertEquals(joined.meetings().size(), rows.getInt(1));
        assertEquals(joined.meetings().stream()
            .filter(m -> !m.date().earliestDay().equals(LocalDate.MIN)).count(),
            rows.getInt(2));
      }
    }
    assertTrue(out.toString().contains("Wrote one Parquet file per table to " + dir));
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhy() {
    assertEquals(2, run("export"));
    assertTrue(err.toString().contains("error: export needs exactly one directory"));
    assertEquals(2, run("frobnicate"));
    assertTrue(err.toString().contains("error: unknown command frobnicate"));
    assertEquals(2, run("--articles"));
    assertTrue(err.toString().contains("error: --articles needs a path"));
    assertEquals(2, run("--verbose"));
    assertTrue(err.toString().contains("error: unknown option --verbose"));
    assertEquals(2, run("report", "extra"));
    assertTrue(err.toString().contains("error: report takes no argument, got extra"));
    assertEquals(0, run("--help"));
    assertTrue(out.toString().startsWith("usage: java -jar parley-examples.jar"));
  }

  @Test
  void exportReportsAnUnwritableDirectory(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    assertEquals(1, run("export", file.resolve("sub").toString(), "--articles",
        tmp.resolve("none").toString()));
    assertTrue(err.toString().startsWith("error: "), err::toString);
  }
}
