package dev.parley.benchmarks;

import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.duckdb.ChronicleTables;
import dev.parley.io.ndjson.NdjsonReader;
import dev.parley.io.ndjson.NdjsonWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Loading a synthetic corpus's NDJSON into DuckDB tables ({@link ChronicleTables#loadNdjson})
 * against reading it into a validated {@link Chronicle} ({@link NdjsonReader#readChronicle()}):
 * a harness, not JMH, because one run takes seconds. Writes the corpus once to a temporary file,
 * then alternates the two loads and prints each one's median.
 *
 * <pre>
 * java -cp benchmarks/target/parley-benchmarks.jar dev.parley.benchmarks.DuckDbLoadHarness 100000 5
 * </pre>
 */
public final class DuckDbLoadHarness {
  private DuckDbLoadHarness() {}

  /**
   * Runs the comparison.
   *
   * @param args the number of meetings (default 100,000) and of runs of each load (default 5)
   * @throws Exception if a load fails
   */
  public static void main(String[] args) throws Exception {
    int meetings = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path file = Files.createTempFile("parley-duckdb-load-", ".ndjson");
    try {
      SyntheticChronicles.Records records = SyntheticChronicles.records(meetings, 42);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
          NdjsonWriter w = NdjsonWriter.to(out)) {
        for (Entity<?> r = records.next(); r != null; r = records.next()) {
          w.write(r);
        }
      }
      System.out.printf("corpus: %,d meetings, %,d bytes of NDJSON%n", meetings, Files.size(file));
      double[] duck = new double[runs];
      double[] parley = new double[runs];
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        long rows;
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
          ChronicleTables.loadNdjson(in, db);
          try (Statement s = db.createStatement();
              ResultSet r = s.executeQuery("SELECT count(*) FROM meetings")) {
            r.next();
            rows = r.getLong(1);
          }
        }
        duck[i] = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        Chronicle c;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            NdjsonReader reader = NdjsonReader.from(in)) {
          c = reader.readChronicle();
        }
        parley[i] = (System.nanoTime() - start) / 1e9;
        if (rows != c.meetings().size()) {
          throw new IllegalStateException("DuckDB has " + rows + " meetings, Parley "
              + c.meetings().size());
        }
        System.out.printf("run %d: NDJSON -> DuckDB tables %.2f s; NDJSON -> Chronicle %.2f s%n",
            i + 1, duck[i], parley[i]);
      }
      System.out.printf("median: NDJSON -> DuckDB tables %.2f s; NDJSON -> Chronicle %.2f s%n",
          median(duck), median(parley));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static double median(double[] xs) {
    double[] sorted = xs.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
