package dev.parley.benchmarks;

import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.core.RecordKind;
import dev.parley.io.ndjson.NdjsonReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the time of a large NDJSON load goes: the same file read in one of four ways, so that
 * their differences say what parsing costs, what keeping the records costs, and what assembling
 * and checking a chronicle adds. One way per JVM (each leaves the heap it made), timed for the
 * given rounds, with the GC's collection count and time over each round.
 *
 * <ul>
 *   <li>{@code drop}: every record read ({@link NdjsonReader#read()}) and dropped;
 *   <li>{@code keep}: every record read and kept in a list, nothing else;
 *   <li>{@code chronicle}: {@link NdjsonReader#readChronicle()};
 *   <li>{@code chronicle2}: {@link NdjsonReader#readChronicle(int)} on two threads.
 * </ul>
 *
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.LoadAnatomy \
 *     --file /tmp/m1000000.ndjson --way keep [--rounds 2]
 * </pre>
 */
public final class LoadAnatomy {
  private LoadAnatomy() {}

  /** What {@code --help} prints. */
  static final String USAGE = """
      Usage: java -cp benchmarks.jar dev.parley.benchmarks.LoadAnatomy --file F --way W [--rounds N]
      Reads an NDJSON file one way, and prints each round's time and GC work.
        --file F     the NDJSON file
        --way W      drop (read, drop each record), keep (read, keep them in a list),
                     chronicle (readChronicle()), chronicle2 (readChronicle(2))
        --rounds N   rounds, one after another in this JVM (default 2)
        --help       this text
      Exit codes: 0 done, 2 bad options.
      """;

  /** The ways to read a file. */
  enum Way {
    DROP, KEEP, CHRONICLE, CHRONICLE2;

    static Way of(String name) {
      for (Way w : values()) {
        if (w.name().toLowerCase(Locale.ROOT).equals(name)) {
          return w;
        }
      }
      throw new IllegalArgumentException("--way is drop, keep, chronicle or chronicle2, found '"
          + name + "'");
    }
  }

  /** One round: its time, the records it read, and the GC's collections and time over it. */
  record Round(long nanos, long records, long collections, long collectionMillis) {}

  /** Reads {@code file} the given way once. */
  static Round round(Path file, Way way) throws IOException {
    long[] gcBefore = gc();
    long start = System.nanoTime();
    long records;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        NdjsonReader reader = NdjsonReader.from(in)) {
      records = switch (way) {
        case DROP -> {
          long n = 0;
          Optional<Entity<?>> r;
          while ((r = reader.read()).isPresent()) {
            n++;
          }
          yield n;
        }
        case KEEP -> {
          List<Entity<?>> kept = new ArrayList<>();
          Optional<Entity<?>> r;
          while ((r = reader.read()).isPresent()) {
            kept.add(r.get());
          }
          yield kept.size();
        }
        case CHRONICLE -> count(reader.readChronicle());
        case CHRONICLE2 -> count(reader.readChronicle(2));
      };
    }
    long nanos = System.nanoTime() - start;
    long[] gcAfter = gc();
    return new Round(nanos, records, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
  }

  private static long count(Chronicle c) {
    long n = 0;
    for (RecordKind kind : RecordKind.values()) {
      n += kind.records(c).size();
    }
    return n;
  }

  /** The collections and collection milliseconds of every collector, summed. */
  private static long[] gc() {
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(gc.getCollectionCount(), 0);
      millis += Math.max(gc.getCollectionTime(), 0);
    }
    return new long[] {count, millis};
  }

  /** Runs the rounds, printing one line for each. */
  static void run(Path file, Way way, int rounds, PrintStream out) throws IOException {
    out.printf(Locale.ROOT, "LoadAnatomy: file=%s (%d bytes) way=%s max heap=%d MB java=%s%n",
        file, Files.size(file), way.name().toLowerCase(Locale.ROOT),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
    for (int i = 1; i <= rounds; i++) {
      Round r = round(file, way);
      out.printf(Locale.ROOT, "round %d: %.2f s, %d records, GC %d collections %.2f s%n", i,
          r.nanos() / 1e9, r.records(), r.collections(), r.collectionMillis() / 1e3);
    }
  }

  /**
   * Reads the file.
   *
   * @param args the options ({@link #USAGE})
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Optional<Options> options = Cli.options("LoadAnatomy", USAGE, args, Options::parse);
    if (options.isPresent()) {
      run(options.get().file(), options.get().way(), options.get().rounds(), System.out);
    }
  }

  /** The file, the way to read it, and the rounds. */
  record Options(Path file, Way way, int rounds) {
    static Options parse(String[] args) {
      Path file = null;
      Way way = null;
      int rounds = 2;
      for (int i = 0; i < args.length; i++) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + args[i] + " needs a value");
        }
        String v = args[i + 1];
        switch (args[i++]) {
          case "--file" -> file = Path.of(v);
          case "--way" -> way = Way.of(v);
          case "--rounds" -> rounds = Integer.parseInt(v);
          default -> throw new IllegalArgumentException("unknown option '" + args[i - 1] + "'");
        }
      }
      if (file == null || way == null) {
        throw new IllegalArgumentException("both --file and --way are needed");
      }
      if (rounds < 1) {
        throw new IllegalArgumentException("--rounds must be at least 1, found " + rounds);
      }
      return new Options(file, way, rounds);
    }
  }
}
