package dev.parley.benchmarks;

import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.core.query.Queries;
import dev.parley.io.ndjson.NdjsonReader;
import dev.parley.io.ndjson.NdjsonWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * One corpus, three engines: Parley's in-memory query API, DuckDB (in-process, through JDBC) and
 * Apache Spark ({@code local[2]}), timed on the same NDJSON file of {@link
 * SyntheticChronicles#records(int, long)} in the same JVM, round by round. A harness rather than
 * JMH: one load takes seconds, Spark keeps threads and caches between calls, and the point is
 * the ratio of the engines within one run.
 *
 * <p>Per round, in turn (the engines' order rotates from round to round):
 *
 * <ul>
 *   <li><b>parley</b>: NDJSON → validated {@link Chronicle} ({@link
 *       NdjsonReader#readChronicle(int)}, parsing on as many threads as there are cores);
 *       the first query, which builds the meeting index ({@code attendedBy(PROBE)}); the first
 *       statement query, which builds the statement index ({@code statements().by(PROBE)}); a
 *       warm {@code attendedBy} (median of many calls); {@link Queries#coAttendance()};
 *   <li><b>duckdb</b>: the meeting lines read by DuckDB's own {@code read_json} into a {@code
 *       meetings} table with the participants unnested into a {@code participants} table
 *       (DuckDB's load, the baseline of the measurement); then, for comparison with
 *       Parley's load, which reads every field, every field of every line read into one table
 *       ({@link #EVERY_FIELD}; not the baseline); {@code attendedBy(PROBE)} and
 *       co-attendance counts in SQL ({@link dev.parley.duckdb.Recipes}'s queries);
 *   <li><b>spark</b> (when Spark is on the class path): {@code ChronicleTables.readNdjson}
 *       cached and counted (load), then {@code attendedBy(PROBE)} and {@code coAttendance()}
 *       counted.
 * </ul>
 *
 * <p>It prints every time and, at the end, each step's median over the measured rounds. The
 * first {@code --warmup} rounds (2 unless given) run every step too but are not counted: the
 * JIT compiles Parley's reader while it reads, and at a million meetings a cold JVM's first
 * load takes about 1.4 times as long as the third, the second about 1.15 times.
 *
 * <pre>
 * java -Xmx12g -cp "$(cat benchmarks/target/scale.classpath)" dev.parley.benchmarks.ScaleHarness \
 *     --meetings 1000000 --rounds 3 [--warmup 2] [--corpus FILE] [--engines parley,duckdb,spark]
 *     [--duckdb-memory 2GB] [--stream]
 * </pre>
 *
 * <p>{@code --stream} is the run beyond the heap: no engine holds the corpus in the JVM's heap
 * (Parley is skipped; DuckDB works under its memory limit with a temporary directory on disk;
 * Spark reads the file without caching), and the harness reports each engine's peak heap.
 */
public final class ScaleHarness {
  private ScaleHarness() {}

  /** The co-attendance recipe counted: pairs and the sum of their counts. */
  /**
   * Every field of every kind of line that {@link SyntheticChronicles} writes, typed as DuckDB's
   * own detection types them over the whole file ({@code sample_size = -1}), given up front so
   * that the file is read once.
   */
  static final String EVERY_FIELD = "{kind: 'VARCHAR', id: 'VARCHAR', name: 'VARCHAR',"
      + " label: 'VARCHAR', parent: 'VARCHAR', publisher: 'VARCHAR', headline: 'VARCHAR',"
      + " published: 'DATE', title: 'VARCHAR', date: 'VARCHAR',"
      + " place: 'STRUCT(city VARCHAR, state VARCHAR)', framework: 'VARCHAR',"
      + " participants: 'STRUCT(actor VARCHAR, \"role\" VARCHAR,"
      + " capacity STRUCT(\"role\" VARCHAR, party VARCHAR))[]',"
      + " statusHistory: 'STRUCT(status VARCHAR, reported VARCHAR,"
      + " sources STRUCT(article VARCHAR, \"start\" BIGINT, \"end\" BIGINT)[])[]',"
      + " sources: 'STRUCT(article VARCHAR, \"start\" BIGINT, \"end\" BIGINT)[]',"
      + " topics: 'VARCHAR[]',"
      + " speaker: 'STRUCT(actor VARCHAR, affiliation VARCHAR, description VARCHAR)',"
      + " channel: 'VARCHAR', mode: 'VARCHAR', text: 'VARCHAR', meeting: 'VARCHAR',"
      + " issues: 'VARCHAR[]', holder: 'VARCHAR', issue: 'VARCHAR', position: 'VARCHAR',"
      + " validity: 'VARCHAR', evidence: 'VARCHAR[]', conditions: 'VARCHAR[]'}";

  private static final String DUCK_CO_ATTENDANCE = """
      WITH named AS (
        SELECT DISTINCT p.meeting_id, p.actor
        FROM participants p JOIN meetings m ON m.id = p.meeting_id
        WHERE m.status = 'held' AND p.actor IS NOT NULL)
      SELECT count(*), sum(n) FROM (
        SELECT count(*) AS n
        FROM named a JOIN named b ON a.meeting_id = b.meeting_id AND a.actor < b.actor
        GROUP BY a.actor, b.actor)""";

  private static final String DUCK_ATTENDED_BY = """
      SELECT count(*) FROM meetings m
      WHERE m.status = 'held'
        AND EXISTS (SELECT 1 FROM participants p
                    WHERE p.meeting_id = m.id AND (p.actor = ? OR p.party = ?))""";

  /**
   * Runs the harness.
   *
   * @param args see the class comment
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    int meetings = 1_000_000;
    int rounds = 3;
    int warmup = 2;
    Path corpus = null;
    List<String> engines = List.of("parley", "duckdb", "spark");
    String duckMemory = null;
    boolean stream = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--meetings" -> meetings = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--engines" -> engines = List.of(args[++i].split(","));
        case "--duckdb-memory" -> duckMemory = args[++i];
        case "--stream" -> stream = true;
        default -> {
          System.err.println("unknown option: " + args[i]);
          System.exit(2);
        }
      }
    }
    if (rounds < 1 || warmup < 0) {
      System.err.printf(Locale.ROOT, "--rounds must be at least 1 (was %d) and --warmup at least"
          + " 0 (was %d)%n", rounds, warmup);
      System.exit(2);
    }
    if (corpus == null) {
      corpus = Path.of(System.getProperty("java.io.tmpdir"),
          "parley-scale-" + meetings + ".ndjson");
    }
    if (!Files.exists(corpus)) {
      long start = System.nanoTime();
      write(meetings, corpus);
      System.out.printf(Locale.ROOT, "wrote %s: %,d meetings, %,d bytes (%.1f s)%n", corpus,
          meetings, Files.size(corpus), (System.nanoTime() - start) / 1e9);
    }
    System.out.printf(Locale.ROOT, "corpus %s: %,d bytes; java %s, cpus %d, max heap %,d MB%n",
        corpus, Files.size(corpus), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    if (stream) {
      engines = engines.stream().filter(e -> !e.equals("parley")).toList();
    }
    Object spark = engines.contains("spark") ? SparkSide.start() : null;
    Map<String, List<Double>> times = new LinkedHashMap<>();
    for (int round = 0; round < warmup + rounds; round++) {
      List<String> order = new ArrayList<>(engines);
      java.util.Collections.rotate(order, -round);
      // A warm-up round's times are printed but not counted.
      Map<String, List<Double>> counted = round < warmup ? new LinkedHashMap<>() : times;
      String name = round < warmup ? "warm-up round " + (round + 1)
          : "round " + (round - warmup + 1);
      for (String engine : order) {
        System.gc();
        resetPeaks();
        switch (engine) {
          case "parley" -> parley(corpus, counted);
          case "duckdb" -> duckdb(corpus, duckMemory, stream, counted);
          case "spark" -> SparkSide.run(spark, corpus, stream, counted);
          default -> throw new IllegalArgumentException("unknown engine: " + engine);
        }
        System.out.printf(Locale.ROOT, "  %s %s: peak heap %,d MB%n", name, engine,
            peakHeap() >> 20);
      }
    }
    System.out.println();
    System.out.println("step                                 median s   runs");
    for (Map.Entry<String, List<Double>> e : times.entrySet()) {
      double[] xs = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
      System.out.printf(Locale.ROOT, "%-36s %9.3f   %s%n", e.getKey(), median(xs),
          Arrays.toString(Arrays.stream(xs).map(x -> Math.round(x * 1000) / 1000.0).toArray()));
    }
    if (spark != null) {
      SparkSide.stop(spark);
    }
  }

  static void write(int meetings, Path file) throws IOException {
    SyntheticChronicles.Records records = SyntheticChronicles.records(meetings, 42);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        NdjsonWriter w = NdjsonWriter.to(out)) {
      for (Entity<?> r = records.next(); r != null; r = records.next()) {
        w.write(r);
      }
    }
  }

  private static void parley(Path corpus, Map<String, List<Double>> times) throws Exception {
    Chronicle c = time("parley load (NDJSON -> Chronicle)", times, () -> {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(corpus), 1 << 16);
          NdjsonReader reader = NdjsonReader.from(in)) {
        return reader.readChronicle(Runtime.getRuntime().availableProcessors());
      }
    });
    long held = time("parley index build + first query", times,
        () -> (long) c.query().meetings().attendedBy(SyntheticChronicles.PROBE).count());
    time("parley statement index + its query", times,
        () -> (long) c.query().statements().by(SyntheticChronicles.PROBE).count());
    int calls = 1_000_000;
    long start = System.nanoTime();
    long sum = 0;
    for (int i = 0; i < calls; i++) {
      sum += c.query().meetings().attendedBy(SyntheticChronicles.PROBE).count();
    }
    double perCall = (System.nanoTime() - start) / 1e9 / calls;
    times.computeIfAbsent("parley attendedBy (warm, us per call)", k -> new ArrayList<>())
        .add(perCall * 1e6);
    long pairs = time("parley coAttendance", times,
        () -> (long) c.query().coAttendance().edges().size());
    System.out.printf(Locale.ROOT, "    parley: %,d meetings, attendedBy(probe) %d (%d), %,d pairs"
        + ", %.3f us per warm attendedBy%n", c.meetings().size(), held, sum / calls, pairs,
        perCall * 1e6);
  }

  private static void duckdb(Path corpus, String memory, boolean stream,
      Map<String, List<Double>> times) throws Exception {
    Path temp = Files.createTempDirectory("parley-duckdb-");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + temp.resolve("db.duckdb"));
        Statement s = db.createStatement()) {
      if (memory != null) {
        s.execute("SET memory_limit = '" + memory + "'");
      }
      s.execute("SET temp_directory = '" + temp.resolve("spill") + "'");
      s.execute("SET preserve_insertion_order = false");
      String file = corpus.toString().replace("'", "''");
      time("duckdb load (read_json -> tables)", times, () -> {
        s.execute("CREATE TABLE lines AS SELECT * FROM read_json('" + file + "',"
            + " format = 'newline_delimited', columns = {kind: 'VARCHAR', id: 'VARCHAR',"
            + " date: 'VARCHAR', statusHistory: 'STRUCT(status VARCHAR)[]',"
            + " participants: 'STRUCT(actor VARCHAR, represents VARCHAR,"
            + " capacity STRUCT(party VARCHAR))[]'}) WHERE kind = 'meeting'");
        s.execute("CREATE TABLE meetings AS SELECT id, statusHistory[-1].status AS status, date"
            + " FROM lines");
        s.execute("CREATE TABLE participants AS SELECT id AS meeting_id, p.actor AS actor,"
            + " coalesce(p.represents, p.capacity.party) AS party"
            + " FROM (SELECT id, unnest(participants) AS p FROM lines)");
        s.execute("DROP TABLE lines");
        return count(s, "SELECT count(*) FROM meetings");
      });
      // Not the baseline: every field of every line, as Parley's load reads them.
      time("duckdb load, every field (read_json -> one table)", times, () -> {
        s.execute("CREATE TABLE every_field AS SELECT * FROM read_json('" + file + "',"
            + " format = 'newline_delimited', columns = " + EVERY_FIELD + ")");
        long n = count(s, "SELECT count(*) FROM every_field");
        s.execute("DROP TABLE every_field");
        return n;
      });
      String probe = "official:" + SyntheticChronicles.PROBE.value();
      long held = time("duckdb attendedBy", times, () -> {
        try (var q = db.prepareStatement(DUCK_ATTENDED_BY)) {
          q.setString(1, probe);
          q.setString(2, probe);
          try (ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
          }
        }
      });
      long pairs = time("duckdb coAttendance", times, () -> count(s, DUCK_CO_ATTENDANCE));
      System.out.printf(Locale.ROOT, "    duckdb: %,d meetings, attendedBy(probe) %d,"
          + " %,d pairs%n", count(s, "SELECT count(*) FROM meetings"), held, pairs);
    } finally {
      deleteTree(temp);
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static <T> T time(String step, Map<String, List<Double>> times, Callable<T> work)
      throws Exception {
    long start = System.nanoTime();
    T result = work.call();
    double s = (System.nanoTime() - start) / 1e9;
    times.computeIfAbsent(step, k -> new ArrayList<>()).add(s);
    System.out.printf(Locale.ROOT, "  %-36s %8.3f s%n", step, s);
    return result;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound of the peak heap. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static double median(double[] xs) {
    double[] sorted = xs.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The Spark side, through reflection so that the harness runs without Spark too. */
  private static final class SparkSide {
    static Object start() throws Exception {
      Class<?> c = Class.forName("dev.parley.benchmarks.SparkScale");
      return c.getMethod("start").invoke(null);
    }

    static void run(Object session, Path corpus, boolean stream, Map<String, List<Double>> times)
        throws Exception {
      Method m = Class.forName("dev.parley.benchmarks.SparkScale")
          .getMethod("run", Object.class, Path.class, boolean.class, Map.class);
      m.invoke(null, session, corpus, stream, times);
    }

    static void stop(Object session) throws Exception {
      Class.forName("dev.parley.benchmarks.SparkScale").getMethod("stop", Object.class)
          .invoke(null, session);
    }
  }
}
