package dev.parley.benchmarks;

import dev.parley.spark.ChronicleTables;
import dev.parley.spark.SparkQueries;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * {@link ScaleHarness}'s Spark side, apart so that the harness runs without Spark on the class
 * path: a {@code local[2]} session, the corpus read with {@link ChronicleTables#readNdjson}, and
 * the distributed queries of {@link SparkQueries} counted.
 */
public final class SparkScale {
  private SparkScale() {}

  /**
   * Starts the session.
   *
   * @return the session
   */
  public static Object start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("parley-scale")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate();
  }

  /**
   * One round: load (cached, unless streaming), attended-by and co-attendance counts.
   *
   * @param session the session {@link #start()} returned
   * @param corpus the NDJSON file
   * @param stream whether to leave the tables uncached (each query reads the file again)
   * @param times where each step's seconds go
   * @throws Exception if a step fails
   */
  public static void run(Object session, Path corpus, boolean stream,
      Map<String, List<Double>> times) throws Exception {
    SparkSession spark = (SparkSession) session;
    ChronicleTables tables = ChronicleTables.readNdjson(spark, corpus.toString());
    if (!stream) {
      tables.cache();
    }
    long meetings = ScaleHarness.time(stream ? "spark count meetings (reads the file)"
        : "spark load (NDJSON -> cached tables)", times, () -> tables.meetings().count());
    SparkQueries q = SparkQueries.of(tables);
    long held = ScaleHarness.time("spark attendedBy", times,
        () -> q.attendedBy(SyntheticChronicles.PROBE).count());
    long pairs = ScaleHarness.time("spark coAttendance", times, () -> q.coAttendance().count());
    System.out.printf(Locale.ROOT, "    spark: %,d meetings, attendedBy(probe) %d, %,d pairs%n",
        meetings, held, pairs);
    if (!stream) {
      spark.sqlContext().clearCache();
    }
  }

  /**
   * Stops the session.
   *
   * @param session the session {@link #start()} returned
   */
  public static void stop(Object session) {
    ((SparkSession) session).stop();
  }
}
