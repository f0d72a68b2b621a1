package dev.parley.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parley's JSON reading and writing timed against the plain-Jackson baseline of {@link
 * JsonRecords}, <em>interleaved</em>: in one JVM, each round runs every operation's Parley side
 * and baseline side back to back (alternating which goes first), so both see the same machine
 * load, heap state and JIT state, and the ratio of the two times is meaningful on a shared
 * machine where absolute times are not. The workloads are {@link JsonWorkloads}'s, the same as
 * {@link JsonBenchmark}'s.
 *
 * <p>Run from the benchmarks jar:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.JsonRatios \
 *     [--forks 3] [--rounds 40] [--warmup 30] [--warmup-rounds 20] [--meetings 10000] \
 *     [--clock wall|cpu] [--mode together|separate] [--ops document-read,ndjson-read,...] \
 *     [--jvm-arg -XX:...]
 * </pre>
 *
 * <p>The harness launches each fork as a separate JVM with the same classpath. In the default
 * {@code together} mode every fork runs all operations, as a user's program reading and writing
 * in one JVM would, so call sites shared by reading and writing (Jackson's, Parley's) get the
 * profiles a real program gives them; in {@code separate} mode every operation gets forks of its
 * own. It warms up for the given seconds (printing the ratio per five-second slice, to show
 * whether the JIT has settled), then measures the given rounds and prints per fork and operation
 * the median ratio Parley / baseline, its quartiles and range, the median times and the drift
 * (median of the second half of the rounds over the first half). It ends with the spread of the
 * fork medians and a verdict per operation: "no slower" if every fork's median is at most 1.0.
 *
 * <p>A fork still running when the harness's JVM shuts down (Ctrl-C, SIGTERM, an error while
 * reading the fork's output) is destroyed by a shutdown hook, so that no orphaned fork keeps
 * loading the machine. A SIGKILL of the harness runs no hook: for that case each fork watches
 * its parent process and exits when it ends.
 */
public final class JsonRatios {
  private JsonRatios() {}

  /** What {@code --help} prints. */
  static final String USAGE = """
      Usage: java -cp benchmarks.jar dev.parley.benchmarks.JsonRatios [options]
      Times Parley's JSON reading and writing against plain Jackson, interleaved round by round.
        --forks N          JVMs to run, one after another (default 3)
        --rounds N         measured rounds per fork (default 40)
        --warmup SECONDS   warm-up time per fork (default 30)
        --warmup-rounds N  at least this many warm-up rounds (default 20)
        --meetings N       meetings in the synthetic corpus (default 10000)
        --clock wall|cpu   elapsed time, or the measuring thread's CPU time (default wall)
        --mode together|separate
                           all operations in each fork, or forks per operation (default together)
        --ops A,B,...      operations: document-read, ndjson-read, ndjson-chronicle,
                           document-write, ndjson-write (default all)
        --jvm-arg ARG      an argument for each fork's JVM, repeatable (default -Xms2g -Xmx2g)
        --help             this text
      Exit codes: 0 done, 1 a fork failed, 2 bad options.
      """;

  /** The measured operations, each a Parley side and a baseline side. */
  enum Operation {
    DOCUMENT_READ("document-read", JsonWorkloads::parleyDocumentRead,
        JsonWorkloads::baselineDocumentRead),
    NDJSON_READ("ndjson-read", w -> w.parleyNdjsonRead(JsonRatios::sink),
        w -> w.baselineNdjsonRead(JsonRatios::sink)),
    NDJSON_CHRONICLE("ndjson-chronicle", JsonWorkloads::parleyNdjsonReadChronicle,
        JsonWorkloads::baselineNdjsonReadDocument),
    DOCUMENT_WRITE("document-write", JsonWorkloads::parleyDocumentWrite,
        JsonWorkloads::baselineDocumentWrite),
    NDJSON_WRITE("ndjson-write", JsonWorkloads::parleyNdjsonWrite,
        JsonWorkloads::baselineNdjsonWrite);

    final String label;
    final Function<JsonWorkloads, Object> parley;
    final Function<JsonWorkloads, Object> baseline;

    Operation(String label, Function<JsonWorkloads, Object> parley,
        Function<JsonWorkloads, Object> baseline) {
      this.label = label;
      this.parley = parley;
      this.baseline = baseline;
    }

    static Operation of(String label) {
      for (Operation o : values()) {
        if (o.label.equals(label)) {
          return o;
        }
      }
      throw new IllegalArgumentException("unknown operation '" + label + "', expected one of "
          + Arrays.stream(values()).map(o -> o.label).toList());
    }
  }

  /** Where results go, so that the JIT cannot drop the work. */
  private static volatile Object sink;

  private static void sink(Object o) {
    sink = o;
  }

  /**
   * The harness's settings.
   *
   * @param forks the number of forks (per operation in separate mode)
   * @param rounds measured rounds per fork
   * @param warmupSeconds seconds of warm-up rounds per fork, not measured
   * @param warmupRounds the fewest warm-up rounds per fork, however long they take (on a loaded
   *     machine a few seconds hold too few rounds for the JIT to settle)
   * @param meetings meetings of the synthetic chronicle (seed 42)
   * @param separate true if each operation runs in forks of its own
   * @param cpuClock true to time the measuring thread's CPU time rather than elapsed time: on
   *     a machine with more runnable threads than cores, elapsed time counts the time the thread
   *     waited for a core, which blurs each round's ratio; CPU time leaves out that wait, and
   *     also the work of GC and JIT threads (not the pauses' effect on caches)
   * @param operations the operations measured
   * @param jvmArgs the forks' JVM options
   */
  record Options(int forks, int rounds, double warmupSeconds, int warmupRounds, int meetings,
      boolean separate, boolean cpuClock, List<Operation> operations, List<String> jvmArgs) {

    static Options parse(String[] args) {
      int forks = 3;
      int rounds = 40;
      double warmup = 30;
      int warmupRounds = 20;
      int meetings = 10_000;
      boolean separate = false;
      boolean cpuClock = false;
      List<Operation> ops = List.of(Operation.values());
      List<String> jvm = new ArrayList<>(List.of("-Xms2g", "-Xmx2g"));
      boolean jvmDefaults = true;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--worker")) {
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + a + " needs a value");
        }
        String v = args[++i];
        switch (a) {
          case "--forks" -> forks = positive(a, Integer.parseInt(v));
          case "--rounds" -> rounds = positive(a, Integer.parseInt(v));
          case "--warmup" -> warmup = Double.parseDouble(v);
          case "--warmup-rounds" -> warmupRounds = Integer.parseInt(v);
          case "--meetings" -> meetings = positive(a, Integer.parseInt(v));
          case "--mode" -> separate = switch (v) {
            case "together" -> false;
            case "separate" -> true;
            default -> throw new IllegalArgumentException(
                "--mode is 'together' or 'separate', found '" + v + "'");
          };
          case "--clock" -> cpuClock = switch (v) {
            case "wall" -> false;
            case "cpu" -> true;
            default -> throw new IllegalArgumentException(
                "--clock is 'wall' or 'cpu', found '" + v + "'");
          };
          case "--ops" -> ops = Arrays.stream(v.split(",")).map(Operation::of).toList();
          case "--jvm-arg" -> {
            if (jvmDefaults) {
              jvm.clear();
              jvmDefaults = false;
            }
            jvm.add(v);
          }
          default -> throw new IllegalArgumentException("unknown option '" + a + "'");
        }
      }
      return new Options(forks, rounds, warmup, warmupRounds, meetings, separate, cpuClock, ops,
          List.copyOf(jvm));
    }

    private static int positive(String option, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(option + " must be at least 1, found " + value);
      }
      return value;
    }

    List<String> workerArgs(List<Operation> ops) {
      return List.of("--worker", "--rounds", Integer.toString(rounds), "--warmup",
          Double.toString(warmupSeconds), "--warmup-rounds", Integer.toString(warmupRounds),
          "--clock", cpuClock ? "cpu" : "wall", "--meetings", Integer.toString(meetings), "--ops",
          String.join(",", ops.stream().map(o -> o.label).toList()));
    }
  }

  /**
   * One fork's measurement of one operation.
   *
   * @param operation the operation
   * @param fork the fork's number, from 1
   * @param parleyNanos Parley's time per round
   * @param baselineNanos the baseline's time per round
   */
  record ForkResult(Operation operation, int fork, long[] parleyNanos, long[] baselineNanos) {
    double[] ratios() {
      return RatioStats.ratios(parleyNanos, baselineNanos);
    }

    double median() {
      return RatioStats.median(ratios());
    }
  }

  /**
   * Runs the harness (or, with {@code --worker}, one fork of it).
   *
   * @param args the options described in the class comment
   * @throws Exception if a fork fails
   */
  public static void main(String[] args) throws Exception {
    Optional<Options> parsed = Cli.options("JsonRatios", USAGE, args, Options::parse);
    if (parsed.isEmpty()) {
      return;
    }
    Options options = parsed.get();
    if (Arrays.asList(args).contains("--worker")) {
      work(options, System.out);
    } else {
      run(options, System.out);
    }
  }

  // -----------------------------------------------------------------------------------------
  // The parent: launches forks, gathers rounds, reports

  /**
   * Runs all forks and prints the report.
   *
   * @return every fork's result per operation
   */
  static Map<Operation, List<ForkResult>> run(Options options, PrintStream out)
      throws IOException, InterruptedException {
    out.printf("JsonRatios: forks=%d rounds=%d warmup=%.0fs,>=%d rounds meetings=%d clock=%s"
        + " mode=%s jvm=%s java=%s cpus=%d load=%s%n", options.forks(), options.rounds(),
        options.warmupSeconds(), options.warmupRounds(), options.meetings(),
        options.cpuClock() ? "cpu" : "wall", options.separate() ? "separate" : "together",
        options.jvmArgs(), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), load());
    Map<Operation, List<ForkResult>> results = new EnumMap<>(Operation.class);
    List<List<Operation>> groups = options.separate()
        ? options.operations().stream().map(List::of).toList()
        : List.of(options.operations());
    for (List<Operation> group : groups) {
      for (int fork = 1; fork <= options.forks(); fork++) {
        for (ForkResult r : fork(options, group, fork, out)) {
          results.computeIfAbsent(r.operation(), o -> new ArrayList<>()).add(r);
        }
      }
    }
    report(results, out);
    return results;
  }

  private static List<ForkResult> fork(Options options, List<Operation> ops, int fork,
      PrintStream out) throws IOException, InterruptedException {
    List<String> command = Forks.command(options.jvmArgs(), JsonRatios.class,
        options.workerArgs(ops));
    out.printf("%nfork %d (%s), load before: %s%n", fork,
        String.join(",", ops.stream().map(o -> o.label).toList()), load());
    Map<Operation, List<long[]>> rounds = new EnumMap<>(Operation.class);
    int exit = Forks.run(command, "JsonRatios fork " + fork, line -> {
      if (line.startsWith("R ")) {
        String[] f = line.split(" ");
        rounds.computeIfAbsent(Operation.of(f[1]), o -> new ArrayList<>())
            .add(new long[] {Long.parseLong(f[3]), Long.parseLong(f[4])});
      } else if (line.startsWith("# ")) {
        out.println("  " + line.substring(2));
      }
    });
    if (exit != 0) {
      throw new IllegalStateException("fork " + fork + " exited with " + exit);
    }
    out.printf("  load after: %s%n", load());
    List<ForkResult> results = new ArrayList<>();
    for (Operation o : ops) {
      List<long[]> r = rounds.getOrDefault(o, List.of());
      if (r.size() != options.rounds()) {
        throw new IllegalStateException("fork " + fork + " reported " + r.size() + " rounds of "
            + o.label + ", expected " + options.rounds());
      }
      results.add(new ForkResult(o, fork, r.stream().mapToLong(t -> t[0]).toArray(),
          r.stream().mapToLong(t -> t[1]).toArray()));
    }
    return results;
  }

  private static void report(Map<Operation, List<ForkResult>> results, PrintStream out) {
    out.printf("%n%-17s %4s %10s %10s %7s %13s %13s %6s%n", "operation", "fork", "parley ms",
        "jackson ms", "ratio", "IQR", "min-max", "drift");
    for (List<ForkResult> forks : results.values()) {
      for (ForkResult r : forks) {
        double[] ratios = r.ratios();
        out.printf(Locale.ROOT, "%-17s %4d %10.2f %10.2f %7.3f %6.3f-%-6.3f %6.3f-%-6.3f %6.3f%n",
            r.operation().label, r.fork(), RatioStats.median(r.parleyNanos()) / 1e6,
            RatioStats.median(r.baselineNanos()) / 1e6, RatioStats.median(ratios),
            RatioStats.quantile(ratios, 0.25), RatioStats.quantile(ratios, 0.75),
            RatioStats.quantile(ratios, 0), RatioStats.quantile(ratios, 1),
            RatioStats.drift(ratios));
      }
    }
    out.printf("%n%-17s %-30s %13s  %s%n", "operation", "fork medians", "across forks",
        "verdict (every fork <= 1.0)");
    for (Map.Entry<Operation, List<ForkResult>> e : results.entrySet()) {
      List<Double> medians = e.getValue().stream().map(ForkResult::median).toList();
      double[] m = medians.stream().mapToDouble(Double::doubleValue).toArray();
      out.printf(Locale.ROOT, "%-17s %-30s %6.3f-%-6.3f  %s%n", e.getKey().label,
          String.join(" ", medians.stream().map(d -> String.format(Locale.ROOT, "%.3f", d))
              .toList()),
          RatioStats.quantile(m, 0), RatioStats.quantile(m, 1),
          RatioStats.noSlower(medians) ? "no slower" : "SLOWER");
    }
  }

  static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  // -----------------------------------------------------------------------------------------
  // A fork: warms up, then measures

  private static void work(Options options, PrintStream out) {
    Forks.exitWithParent("JsonRatios");
    long setup = System.nanoTime();
    JsonWorkloads w = new JsonWorkloads(options.meetings(), 42);
    cpuClock = options.cpuClock();
    out.printf("# corpus %s (%.1f s)%n", w.describe(), (System.nanoTime() - setup) / 1e9);
    List<Operation> ops = options.operations();
    int count = ops.size();
    long slice = 5_000_000_000L;
    long start = System.nanoTime();
    long end = start + (long) (options.warmupSeconds() * 1e9);
    long sliceEnd = start + slice;
    List<List<Double>> sliceRatios = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sliceRatios.add(new ArrayList<>());
    }
    int round = 0;
    while (System.nanoTime() < end || round < options.warmupRounds()) {
      long[][] t = round(w, ops, round++);
      for (int i = 0; i < count; i++) {
        sliceRatios.get(i).add((double) t[i][0] / t[i][1]);
      }
      if (System.nanoTime() >= sliceEnd
          || (System.nanoTime() >= end && round >= options.warmupRounds())) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
            "# warm-up %5.1f s, %3d rounds, median ratio:", (System.nanoTime() - start) / 1e9,
            round));
        for (int i = 0; i < count; i++) {
          double[] r = sliceRatios.get(i).stream().mapToDouble(Double::doubleValue).toArray();
          b.append(String.format(Locale.ROOT, " %s %.3f", ops.get(i).label,
              RatioStats.median(r)));
          sliceRatios.get(i).clear();
        }
        out.println(b);
        sliceEnd = System.nanoTime() + slice;
      }
    }
    for (int r = 0; r < options.rounds(); r++) {
      long[][] t = round(w, ops, r);
      for (int i = 0; i < count; i++) {
        out.printf("R %s %d %d %d%n", ops.get(i).label, r, t[i][0], t[i][1]);
      }
    }
    out.flush();
  }

  /** One round: each operation's two sides back to back, Parley first in even rounds. */
  private static long[][] round(JsonWorkloads w, List<Operation> ops, int round) {
    long[][] t = new long[ops.size()][];
    for (int i = 0; i < ops.size(); i++) {
      Operation o = ops.get(i);
      if (round % 2 == 0) {
        long p = time(o.parley, w);
        t[i] = new long[] {p, time(o.baseline, w)};
      } else {
        long b = time(o.baseline, w);
        t[i] = new long[] {time(o.parley, w), b};
      }
    }
    return t;
  }

  private static boolean cpuClock;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static long time(Function<JsonWorkloads, Object> side, JsonWorkloads w) {
    if (cpuClock) {
      long start = THREADS.getCurrentThreadCpuTime();
      sink = side.apply(w);
      return THREADS.getCurrentThreadCpuTime() - start;
    }
    long start = System.nanoTime();
    sink = side.apply(w);
    return System.nanoTime() - start;
  }
}
