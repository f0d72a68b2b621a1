package dev.parley.spark;

import dev.parley.core.Chronicle;
import dev.parley.io.ndjson.NdjsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one {@link SparkSession} of this module's tests, {@code local[2]}, started on first use and
 * stopped when the test JVM exits: starting Spark costs seconds, a query on it milliseconds.
 */
final class SharedSpark {
  private SharedSpark() {}

  private static final class Holder {
    static final SparkSession SESSION = start();

    private static SparkSession start() {
      SparkSession spark = SparkSession.builder()
          .master("local[2]")
          .appName("parley-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "1")
          // Tiny inputs: adaptive planning only adds planning work to each job.
          .config("spark.sql.adaptive.enabled", "false")
          // Tiny inputs: compiling generated code costs more than interpreting each plan once.
          .config("spark.sql.codegen.wholeStage", "false")
          .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
          .config("spark.default.parallelism", "2")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
      return spark;
    }
  }

  /** The session. */
  static SparkSession spark() {
    return Holder.SESSION;
  }

  /** Writes {@code chronicle} as NDJSON into a new file under {@code dir}. */
  static Path writeNdjson(Chronicle chronicle, Path dir) {
    try {
      Path file = Files.createTempFile(dir, "chronicle-", ".ndjson");
      try (OutputStream out = Files.newOutputStream(file);
          NdjsonWriter writer = NdjsonWriter.to(out)) {
        writer.writeAll(chronicle);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
