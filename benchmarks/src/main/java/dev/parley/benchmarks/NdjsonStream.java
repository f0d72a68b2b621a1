package dev.parley.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.parley.core.Article;
import dev.parley.core.Entity;
import dev.parley.core.Issue;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingFormat;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Participant;
import dev.parley.core.RecordKind;
import dev.parley.core.Stance;
import dev.parley.core.State;
import dev.parley.core.Statement;
import dev.parley.io.ndjson.NdjsonReader;
import dev.parley.io.ndjson.NdjsonWriter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Streams a corpus far larger than the heap through Parley's NDJSON reader and writer: an
 * analyst's pipeline (read, query, write), and a check that nothing is lost on the way.
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.NdjsonStream 1200000
 * </pre>
 *
 * <ol>
 *   <li><b>write</b>: writes the records of {@link SyntheticChronicles#records(int, long)}, one
 *       at a time (no chronicle is ever held), with {@link NdjsonWriter} to a temporary file:
 *       1.1 GB at 1.2M meetings. It tallies the answer step 2 must find.
 *   <li><b>pipeline</b>: reads the file with {@link NdjsonReader#read()} record by record; of
 *       each meeting asks whether it was held and attended by the most frequent official
 *       ({@code o-0000000}, about a quarter of the meetings), counting those by year and
 *       format; and writes those meetings to a second file. The counts must be the tallies.
 *   <li><b>check</b>: reads the second file back: the same number of meetings, each held and
 *       attended by that official.
 *   <li><b>round trip</b>: reads the first file again, checks every record against the same
 *       record produced again from the seed, writes every record to a third file, and compares
 *       the two byte for byte (the output is canonical).
 * </ol>
 *
 * <p>Prints records, bytes and seconds for each step, and the heap each used: the peak of the
 * heap in use after a collection (the live data) and the sum of the heap pools' peaks. Exits
 * with status 1 if a check fails. The files are deleted at the end; the directory is the
 * system's temporary directory, or the third argument.
 */
public final class NdjsonStream {
  /** The official whose meetings the pipeline selects: the most frequent, by the Zipf law. */
  static final OfficialId OFFICIAL = OfficialId.of("o-0000000");

  private NdjsonStream() {}

  /**
   * Runs the four steps.
   *
   * @param args the number of meetings (default 1,200,000), the seed (default 42), and the
   *     directory for the files (default: the system's temporary directory)
   * @throws IOException if a temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int meetings = args.length > 0 ? Integer.parseInt(args[0]) : 1_200_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    Path parent = Path.of(args.length > 2 ? args[2] : System.getProperty("java.io.tmpdir"));
    Heap heap = new Heap();
    System.out.printf("NdjsonStream: %,d meetings, seed %d, max heap %,d MB, %s %s%n",
        meetings, seed, Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));

    Path dir = Files.createTempDirectory(parent, "parley-ndjson-");
    Path corpus = dir.resolve("corpus.ndjson");
    Path selected = dir.resolve("selected.ndjson");
    Path again = dir.resolve("again.ndjson");
    boolean ok = true;
    long total = System.nanoTime();
    try {
      // 1. Produce and write.
      heap.reset();
      long start = System.nanoTime();
      Kinds written = new Kinds();
      Tally expected = new Tally();
      try (NdjsonWriter out = NdjsonWriter.to(Files.newOutputStream(corpus))) {
        SyntheticChronicles.Records records = SyntheticChronicles.records(meetings, seed);
        for (Entity<?> r = records.next(); r != null; r = records.next()) {
          out.write(r);
          written.add(r);
          expected.add(r);
        }
      }
      long bytes = Files.size(corpus);
      report("write", written.total, bytes, System.nanoTime() - start, heap);
      System.out.println("  records: " + written);

      // 2. The pipeline: read, query, write.
      heap.reset();
      start = System.nanoTime();
      long reading = 0;
      long querying = 0;
      long writing = 0;
      long read = 0;
      Tally found = new Tally();
      try (NdjsonReader in = NdjsonReader.from(Files.newInputStream(corpus));
          NdjsonWriter out = NdjsonWriter.to(Files.newOutputStream(selected))) {
        while (true) {
          long t0 = System.nanoTime();
          Optional<Entity<?>> r = in.read();
          long t1 = System.nanoTime();
          reading += t1 - t0;
          if (r.isEmpty()) {
            break;
          }
          read++;
          boolean keep = found.add(r.get());
          long t2 = System.nanoTime();
          querying += t2 - t1;
          if (keep) {
            out.write(r.get());
            writing += System.nanoTime() - t2;
          }
        }
      }
      long pipeline = System.nanoTime() - start;
      check(read == written.total, "read " + read + " records, wrote " + written.total);
      check(found.equals(expected), "found " + found + ", expected " + expected);
      long selectedBytes = Files.size(selected);
      report("pipeline", read, bytes, pipeline, heap);
      System.out.printf("  of which reading %.1f s (%.1f MB/s, %,.0f records/s), querying"
          + " %.1f s, writing %,d meetings (%,d bytes) %.1f s%n", reading / 1e9,
          bytes / 1e6 / (reading / 1e9), read / (reading / 1e9), querying / 1e9,
          found.selected, selectedBytes, writing / 1e9);
      System.out.println("  " + found);

      // 3. Check what the pipeline wrote.
      heap.reset();
      start = System.nanoTime();
      Tally back = new Tally();
      long lines = 0;
      try (NdjsonReader in = NdjsonReader.from(Files.newInputStream(selected))) {
        for (Optional<Entity<?>> r = in.read(); r.isPresent(); r = in.read()) {
          lines++;
          check(back.add(r.get()), "line " + in.lineNumber() + " is not a selected meeting");
        }
      }
      check(lines == found.selected && back.sameSelection(found), "read back " + back);
      report("check", lines, selectedBytes, System.nanoTime() - start, heap);

      // 4. Round trip: every record as produced, written again to the same bytes.
      heap.reset();
      start = System.nanoTime();
      Kinds twice = new Kinds();
      SyntheticChronicles.Records records = SyntheticChronicles.records(meetings, seed);
      try (NdjsonReader in = NdjsonReader.from(Files.newInputStream(corpus));
          NdjsonWriter out = NdjsonWriter.to(Files.newOutputStream(again))) {
        for (Optional<Entity<?>> r = in.read(); r.isPresent(); r = in.read()) {
          Entity<?> want = records.next();
          check(r.get().equals(want), "line " + in.lineNumber() + " reads as " + r.get()
              + ", expected " + want);
          twice.add(r.get());
          out.write(r.get());
        }
      }
      check(records.next() == null, "the file ends early");
      check(twice.equals(written), "read " + twice + ", wrote " + written);
      long mismatch = Files.mismatch(corpus, again);
      check(mismatch == -1, "the files differ from byte " + mismatch);
      report("round trip", twice.total, bytes, System.nanoTime() - start, heap);
      System.out.printf("OK in %.1f s: the pipeline found what was written, and the corpus"
          + " written again is byte for byte the first%n", (System.nanoTime() - total) / 1e9);
    } catch (IllegalStateException e) {
      ok = false;
      System.out.println("FAILED: " + e.getMessage());
    } finally {
      Files.deleteIfExists(corpus);
      Files.deleteIfExists(selected);
      Files.deleteIfExists(again);
      Files.deleteIfExists(dir);
    }
    if (!ok) {
      System.exit(1);
    }
  }

  private static void report(String phase, long records, long bytes, long nanos, Heap heap) {
    double seconds = nanos / 1e9;
    System.out.printf("%-10s %,d records, %,d bytes, %.1f s (%.1f MB/s, %,.0f records/s);"
        + " heap: live after GC peak %,.1f MB, pools' peaks %,.1f MB%n",
        phase, records, bytes, seconds, bytes / 1e6 / seconds, records / seconds,
        heap.liveAfterGc() / 1048576.0, heap.poolPeaks() / 1048576.0);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  /**
   * The pipeline's question, asked of one record at a time: is it a meeting, held, that {@link
   * #OFFICIAL} attended (named among its participants)? Counts those by year (of the first day
   * the date allows) and by format.
   */
  static final class Tally {
    long meetings;
    long selected;
    final Map<Integer, Long> byYear = new TreeMap<>();
    final Map<MeetingFormat, Long> byFormat = new EnumMap<>(MeetingFormat.class);
    long withoutFormat;

    /** Counts {@code record}; returns whether it is selected. */
    boolean add(Entity<?> record) {
      if (!(record instanceof Meeting)) {
        return false;
      }
      Meeting m = (Meeting) record;
      meetings++;
      if (m.status() != MeetingStatus.HELD || !attended(m)) {
        return false;
      }
      selected++;
      byYear.merge(m.date().earliest().getYear(), 1L, Long::sum);
      Optional<MeetingFormat> format = m.format();
      if (format.isPresent()) {
        byFormat.merge(format.get(), 1L, Long::sum);
      } else {
        withoutFormat++;
      }
      return true;
    }

    /** Whether both selected the same number of meetings, in the same years and formats. */
    boolean sameSelection(Tally other) {
      return selected == other.selected && byYear.equals(other.byYear)
          && byFormat.equals(other.byFormat) && withoutFormat == other.withoutFormat;
    }

    private static boolean attended(Meeting m) {
      for (Participant p : m.participants()) {
        if (OFFICIAL.equals(p.actor().orElse(null))) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Tally && toString().equals(o.toString());
    }

    @Override
    public int hashCode() {
      return toString().hashCode();
    }

    @Override
    public String toString() {
      return String.format("%,d of %,d meetings held and attended by %s; by year %s; by format"
          + " %s, %,d without", selected, meetings, OFFICIAL, byYear, byFormat, withoutFormat);
    }
  }

  /** Counts of records by kind. */
  private static final class Kinds {
    long total;
    final long[] byKind = new long[RecordKind.values().length];

    void add(Entity<?> r) {
      total++;
      byKind[r.recordKind().ordinal()]++;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Kinds && toString().equals(o.toString());
    }

    @Override
    public int hashCode() {
      return toString().hashCode();
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(String.format("%,d (", total));
      for (RecordKind kind : RecordKind.values()) {
        s.append(kind.ordinal() == 0 ? "" : ", ").append(kind.plural())
            .append(String.format(" %,d", byKind[kind.ordinal()]));
      }
      return s.append(')').toString();
    }
  }

  /**
   * The heap a phase used: the largest heap in use just after a collection (what the phase
   * kept alive), from the collectors' notifications, and the sum of the heap pools' peaks
   * (an upper bound, young generation included).
   */
  private static final class Heap {
    private final List<MemoryPoolMXBean> pools = new ArrayList<>();
    private final AtomicLong liveAfterGc = new AtomicLong();

    Heap() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pools.add(pool);
        }
      }
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
          if (n.getType()
              .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
              used += u.getUsed();
            }
            liveAfterGc.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
    }

    void reset() {
      System.gc();
      for (MemoryPoolMXBean pool : pools) {
        pool.resetPeakUsage();
      }
      liveAfterGc.set(0);
    }

    long poolPeaks() {
      long sum = 0;
      for (MemoryPoolMXBean pool : pools) {
        sum += pool.getPeakUsage().getUsed();
      }
      return sum;
    }

    long liveAfterGc() {
      return liveAfterGc.get();
    }
  }
}
