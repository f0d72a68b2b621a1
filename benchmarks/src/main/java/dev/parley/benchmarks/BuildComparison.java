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
 *     [--ops document-read,ndjson-chronicle] [--warmup 20] [--rounds 40] [--clock cpu|wall]
 * </pre>
 *
 * <p>One JVM gives one JIT outcome per build; run it two or three times, swapping {@code --a}
 * and {@code --b}, before believing a difference of a few percent.
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
        --help              this text
      Prints per operation the median ratio B / A, its quartiles and range, and the median times.
      Exit codes: 0 done, 2 bad options.
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
   */
  record Options(List<Path> a, List<Path> b, int meetings, List<JsonRatios.Operation> operations,
      double warmupSeconds, int rounds, boolean cpuClock) {

    static Options parse(String[] args) {
      List<Path> a = null;
      List<Path> b = null;
      int meetings = 10_000;
      List<JsonRatios.Operation> ops = List.of(JsonRatios.Operation.DOCUMENT_READ,
          JsonRatios.Operation.NDJSON_CHRONICLE);
      double warmup = 20;
      int rounds = 40;
      boolean cpu = true;
      for (int i = 0; i < args.length; i++) {
        String option = args[i];
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
      return new Options(a, b, meetings, ops, warmup, rounds, cpu);
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
   * Runs the comparison.
   *
   * @param args the options ({@link #USAGE})
   */
  public static void main(String[] args) {
    Cli.options("BuildComparison", USAGE, args, Options::parse)
        .ifPresent(options -> run(options, System.out));
  }
}
