package dev.parley.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Two builds of Parley timed against each other in one JVM, round by round: the question "does
 * this change make reading faster?" answered despite a shared machine. Each build (a
 * benchmarks jar, or any class path holding {@link JsonWorkloads} and its dependencies) is
 * loaded by a class loader of its own, so the two copies of every Parley and Jackson class are
 * compiled and profiled apart; each round runs an operation's Parley side on both, alternating
 * which goes first, and the ratio B / A of the two times is taken per round. Load from other
 * processes, which moves {@link JsonRatios}'s fork medians by up to 0.1 on this project's
 * machine, then moves both sides of a round alike.
 *
 * <pre>
 * git stash &amp;&amp; mvn -B -ntp -q install -DskipTests
 * cp benchmarks/target/benchmarks.jar /tmp/a.jar
 * git stash pop &amp;&amp; mvn -B -ntp -q install -DskipTests
 * java -Xms2g -Xmx2g -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.BuildComparison \
 *     --a /tmp/a.jar --b benchmarks/target/benchmarks.jar [--meetings 10000] \
 *     [--ops document-read,ndjson-chronicle] [--warmup 20] [--rounds 40] [--clock cpu|wall] \
 *     [--forks 6]
 * </pre>
 *
 * <p>One JVM gives one JIT outcome per build, and a change of a few percent can read as 7%
 * faster in one JVM and 5% slower in the next. With {@code --forks N} the comparison runs in N
 * JVMs one after another, the builds' places swapped in every second one (B loaded and timed
 * first), and ends with each operation's fork medians and a verdict: B faster, or slower, in
 * every fork, or no consistent difference.
 */
public final class BuildComparison {
  private BuildComparison() {}

  /** What {@code --help} prints. */
  static final String USAGE = """
      Usage: java -cp benchmarks.jar dev.parley.benchmarks.BuildComparison
                 --a PATH --b PATH [options]
      Times the Parley side of JsonRatios's operations in two builds, in one JVM, round by round.
        --a PATH, --b PATH  class paths of the two builds (benchmarks jars), separated by '%s'
        --meetings N        meetings in the synthetic corpus, at least 400 (default 10000)
        --ops A,B,...       operations, as JsonRatios names them
                            (default document-read,ndjson-chronicle)
        --warmup SECONDS    warm-up time, both builds alternating (default 20)
        --rounds N          measured rounds per operation (default 40)
        --clock cpu|wall    the measuring thread's CPU time, or elapsed time (default cpu)
        --forks N           JVMs to run one after another, the builds' places swapped in
                            every second one (default 1: this JVM)
        --worker            (given to forks) end when the process that started this one ends
        --help              this text
      Prints per operation the median ratio B / A, its quartiles and range, and the median times;
      with forks, each fork's rows, then per operation the fork medians and a verdict.
      Exit codes: 0 done, 1 a fork failed, 2 bad options.
      """.formatted(File.pathSeparator);

  /**
   * The comparison's settings.
   *
   * @param a the class path of build A
   * @param b the class path of build B
   * @param meetings meetings of the synthetic chronicle (seed 42)
   * @param operations the operations timed
   * @param warmupSeconds seconds of warm-up, both builds alternating
   * @param rounds measured rounds per operation
   * @param cpuClock true to time the thread's CPU time rather than elapsed time
   * @param forks JVMs to run the comparison in, one after another; 1 for this JVM
   * @param worker true in a fork, which ends when the process that started it ends
   */
  record Options(List<Path> a, List<Path> b, int meetings, List<JsonRatios.Operation> operations,
      double warmupSeconds, int rounds, boolean cpuClock, int forks, boolean worker) {

    static Options parse(String[] args) {
      List<Path> a = null;
      List<Path> b = null;
      int meetings = 10_000;
      List<JsonRatios.Operation> ops = List.of(JsonRatios.Operation.DOCUMENT_READ,
          JsonRatios.Operation.NDJSON_CHRONICLE);
      double warmup = 20;
      int rounds = 40;
      boolean cpu = true;
      int forks = 1;
      boolean worker = false;
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
        if (option.equals("--worker")) {
          worker = true;
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + option + " needs a value");
        }
        String v = args[++i];
        switch (option) {
          case "--a" -> a = classPath(option, v);
          case "--b" -> b = classPath(option, v);
          case "--meetings" -> meetings = positive(option, v);
          case "--ops" -> ops = Arrays.stream(v.split(",")).map(JsonRatios.Operation::of).toList();
          case "--warmup" -> warmup = Double.parseDouble(v);
          case "--rounds" -> rounds = positive(option, v);
          case "--forks" -> forks = positive(option, v);
          case "--clock" -> cpu = switch (v) {
            case "cpu" -> true;
            case "wall" -> false;
            default -> throw new IllegalArgumentException(
                "--clock is 'cpu' or 'wall', found '" + v + "'");
          };
          default -> throw new IllegalArgumentException("unknown option '" + option + "'");
        }
      }
      if (a == null || b == null) {
        throw new IllegalArgumentException("both --a and --b are needed");
      }
      return new Options(a, b, meetings, ops, warmup, rounds, cpu, forks, worker);
    }

    /**
     * The arguments of one fork: these options, in this JVM, with the builds' places swapped
     * if {@code swapped}.
     */
    List<String> forkArgs(boolean swapped) {
      return List.of("--a", join(swapped ? b : a), "--b", join(swapped ? a : b),
          "--meetings", Integer.toString(meetings),
          "--ops", String.join(",", operations.stream().map(o -> o.label).toList()),
          "--warmup", Double.toString(warmupSeconds), "--rounds", Integer.toString(rounds),
          "--clock", cpuClock ? "cpu" : "wall", "--forks", "1", "--worker");
    }

    private static String join(List<Path> paths) {
      return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private static List<Path> classPath(String option, String value) {
      List<Path> paths = new ArrayList<>();
      for (String p : value.split(File.pathSeparator)) {
        Path path = Path.of(p);
        if (!Files.exists(path)) {
          throw new IllegalArgumentException(option + ": no such file or directory '" + p + "'");
        }
        paths.add(path);
      }
      return List.copyOf(paths);
    }

    private static int positive(String option, String value) {
      int n = Integer.parseInt(value);
      if (n < 1) {
        throw new IllegalArgumentException(option + " must be at least 1, found " + n);
      }
      return n;
    }
  }

  /** One build's workloads, loaded by a class loader of their own. */
  static final class Build {
    private final URLClassLoader loader;
    private final Object workloads;

    Build(List<Path> classPath, int meetings) {
      URL[] urls = classPath.stream().map(Build::url).toArray(URL[]::new);
      // The platform loader as parent: nothing of this JVM's own class path is shared.
      this.loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
      try {
        Class<?> type = loader.loadClass(JsonWorkloads.class.getName());
        this.workloads = type.getConstructor(int.class, long.class).newInstance(meetings, 42L);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("cannot make the workloads of " + classPath.get(0)
            + (classPath.size() > 1 ? " (and " + (classPath.size() - 1) + " more)" : "") + ": "
            + e.getCause(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("no workloads in " + classPath.get(0)
            + (classPath.size() > 1 ? " (and " + (classPath.size() - 1) + " more)" : "") + ": "
            + e, e);
      }
    }

    private static URL url(Path p) {
      try {
        return p.toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(p.toString(), e);
      }
    }

    /** The class loader of this build's classes. */
    ClassLoader loader() {
      return workloads.getClass().getClassLoader();
    }

    /** The Parley side of {@code op}, as this build runs it. */
    Runnable parleySide(JsonRatios.Operation op) {
      String name = switch (op) {
        case DOCUMENT_READ -> "parleyDocumentRead";
        case NDJSON_READ -> "parleyNdjsonRead";
        case NDJSON_CHRONICLE -> "parleyNdjsonReadChronicle";
        case DOCUMENT_WRITE -> "parleyDocumentWrite";
        case NDJSON_WRITE -> "parleyNdjsonWrite";
      };
      // Only the NDJSON record read hands each record to a sink.
      boolean withSink = op == JsonRatios.Operation.NDJSON_READ;
      Method m;
      try {
        m = withSink ? workloads.getClass().getMethod(name, Consumer.class)
            : workloads.getClass().getMethod(name);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("this build has no " + op.label + " workload", e);
      }
      Consumer<Object> sink = BuildComparison::sink;
      Object[] args = withSink ? new Object[] {sink} : new Object[0];
      return () -> {
        try {
          sink(m.invoke(workloads, args));
        } catch (InvocationTargetException e) {
          throw new IllegalStateException(op.label + " failed", e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      };
    }

    void close() {
      try {
        loader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Where results go, so that the JIT cannot drop the work. */
  private static volatile Object sink;

  private static void sink(Object o) {
    sink = o;
  }

  /**
   * The times of {@code rounds} rounds, each running {@code a} and {@code b} once, {@code a}
   * first in even rounds and {@code b} first in odd ones: {@code [0]} A's, {@code [1]} B's.
   */
  static long[][] interleave(Runnable a, Runnable b, int rounds, boolean cpuClock) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] times = new long[2][rounds];
    Runnable[] sides = {a, b};
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        int side = (r + k) % 2;
        long start = cpuClock ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        sides[side].run();
        long end = cpuClock ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        times[side][r] = end - start;
      }
    }
    return times;
  }

  /** Runs the comparison and prints its table to {@code out}. */
  static void run(Options options, PrintStream out) {
    out.printf(Locale.ROOT, "BuildComparison: A=%s B=%s meetings=%d warmup=%.0fs rounds=%d"
            + " clock=%s java=%s%n", options.a(), options.b(), options.meetings(),
        options.warmupSeconds(), options.rounds(), options.cpuClock() ? "cpu" : "wall",
        System.getProperty("java.version"));
    Build a = new Build(options.a(), options.meetings());
    Build b = new Build(options.b(), options.meetings());
    try {
      List<Runnable[]> sides = new ArrayList<>();
      for (JsonRatios.Operation op : options.operations()) {
        sides.add(new Runnable[] {a.parleySide(op), b.parleySide(op)});
      }
      long end = System.nanoTime() + (long) (options.warmupSeconds() * 1e9);
      do {
        for (Runnable[] s : sides) {
          interleave(s[0], s[1], 1, options.cpuClock());
        }
      } while (System.nanoTime() < end);
      out.println("operation         B / A   IQR           min-max         A ms     B ms");
      for (int i = 0; i < sides.size(); i++) {
        long[][] t = interleave(sides.get(i)[0], sides.get(i)[1], options.rounds(),
            options.cpuClock());
        double[] ratios = RatioStats.ratios(t[1], t[0]);
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%-16s  %5.3f   %5.3f-%5.3f   %5.3f-%5.3f   %7.2f  %7.2f%n",
            options.operations().get(i).label, RatioStats.median(ratios),
            RatioStats.quantile(ratios, 0.25), RatioStats.quantile(ratios, 0.75), sorted[0],
            sorted[sorted.length - 1], RatioStats.median(t[0]) / 1e6,
            RatioStats.median(t[1]) / 1e6);
      }
    } finally {
      a.close();
      b.close();
    }
  }

  /**
   * Runs the comparison in {@code options.forks()} JVMs, one after another, the builds' places
   * swapped in every second one; prints each fork's rows as it gives them, then per operation
   * the fork medians of B / A and a verdict.
   *
   * @throws IllegalStateException if a fork fails or does not give a row per operation
   */
  static void runForks(Options options, PrintStream out) throws IOException, InterruptedException {
    out.printf(Locale.ROOT, "BuildComparison: A=%s B=%s forks=%d meetings=%d warmup=%.0fs"
            + " rounds=%d clock=%s jvm=%s java=%s%n", options.a(), options.b(), options.forks(),
        options.meetings(), options.warmupSeconds(), options.rounds(),
        options.cpuClock() ? "cpu" : "wall", jvmArgs(), System.getProperty("java.version"));
    List<double[]> medians = new ArrayList<>();
    for (int fork = 1; fork <= options.forks(); fork++) {
      boolean swapped = fork % 2 == 0;
      out.printf("%nfork %d (%s loaded and timed first), load before: %s%n", fork,
          swapped ? "B" : "A", JsonRatios.load());
      List<String> lines = new ArrayList<>();
      int exit = Forks.run(Forks.command(jvmArgs(), BuildComparison.class,
          options.forkArgs(swapped)), "BuildComparison fork " + fork, line -> {
            lines.add(line);
            out.println("  " + line);
          });
      if (exit != 0) {
        throw new IllegalStateException("fork " + fork + " exited with " + exit);
      }
      medians.add(forkMedians(options.operations(), lines, swapped, fork));
    }
    out.printf("%noperation         fork medians of B / A%s  median   verdict%n",
        " ".repeat(Math.max(0, 6 * options.forks() - 20)));
    for (int i = 0; i < options.operations().size(); i++) {
      double[] ratios = new double[medians.size()];
      StringBuilder row = new StringBuilder();
      for (int f = 0; f < ratios.length; f++) {
        ratios[f] = medians.get(f)[i];
        row.append(String.format(Locale.ROOT, "%5.3f ", ratios[f]));
      }
      out.printf(Locale.ROOT, "%-16s  %-" + Math.max(21, 6 * ratios.length) + "s %5.3f   %s%n",
          options.operations().get(i).label, row, RatioStats.median(ratios), verdict(ratios));
    }
  }

  /**
   * A fork's median ratio per operation, in the order of {@code ops}, from its rows; B / A of
   * the original builds, so a swapped fork's ratio is inverted.
   */
  static double[] forkMedians(List<JsonRatios.Operation> ops, List<String> lines,
      boolean swapped, int fork) {
    double[] ratios = new double[ops.size()];
    Arrays.fill(ratios, Double.NaN);
    for (String line : lines) {
      String[] f = line.trim().split("\\s+");
      for (int i = 0; i < ops.size(); i++) {
        if (f.length > 1 && f[0].equals(ops.get(i).label)) {
          double r = Double.parseDouble(f[1]);
          ratios[i] = swapped ? 1 / r : r;
        }
      }
    }
    for (int i = 0; i < ops.size(); i++) {
      if (Double.isNaN(ratios[i])) {
        throw new IllegalStateException("fork " + fork + " gave no row for "
            + ops.get(i).label);
      }
    }
    return ratios;
  }

  /** Whether B was faster, or slower, than A in every fork. */
  static String verdict(double[] forkRatios) {
    if (Arrays.stream(forkRatios).allMatch(r -> r < 1)) {
      return "B faster in every fork";
    }
    if (Arrays.stream(forkRatios).allMatch(r -> r > 1)) {
      return "B slower in every fork";
    }
    return "no consistent difference";
  }

  /** This JVM's options, which every fork gets too (a debugger's agent excepted). */
  private static List<String> jvmArgs() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(arg -> !arg.startsWith("-agentlib:jdwp")).toList();
  }

  /**
   * Runs the comparison.
   *
   * @param args the options ({@link #USAGE})
   * @throws Exception if a fork fails
   */
  public static void main(String[] args) throws Exception {
    Optional<Options> options = Cli.options("BuildComparison", USAGE, args, Options::parse);
    if (options.isEmpty()) {
      return;
    }
    if (options.get().worker()) {
      Forks.exitWithParent("BuildComparison");
    }
    if (options.get().forks() == 1) {
      run(options.get(), System.out);
      return;
    }
    try {
      runForks(options.get(), System.out);
    } catch (IllegalStateException e) {
      System.err.println("BuildComparison: " + e.getMessage());
      System.exit(1);
    }
  }
}
