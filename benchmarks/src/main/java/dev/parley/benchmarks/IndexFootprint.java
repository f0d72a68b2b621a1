package dev.parley.benchmarks;

import static dev.parley.benchmarks.SyntheticChronicles.PROBE;
import static dev.parley.benchmarks.SyntheticChronicles.PROBE_ISSUE;
import static dev.parley.benchmarks.SyntheticChronicles.STANCE_DAY;

import dev.parley.core.Chronicle;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the heap a synthetic chronicle takes, and what its query indexes add, in bytes per
 * meeting. The heap in use is read after full collections until it stops shrinking.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.IndexFootprint [sizes...]
 * </pre>
 */
public final class IndexFootprint {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /** Keeps what is measured reachable while the heap is read. */
  private static final List<Object> KEPT = new ArrayList<>();

  private IndexFootprint() {}

  /**
   * Prints the footprint of each size.
   *
   * @param args the numbers of meetings; 10000, 100000 and 1000000 by default
   * @throws InterruptedException if interrupted between collections
   */
  public static void main(String[] args) throws InterruptedException {
    String[] sizes = args.length > 0 ? args : new String[] {"10000", "100000", "1000000"};
    System.out.printf("JVM %s, max heap %d MiB%n", System.getProperty("java.vm.version"),
        MEMORY.getHeapMemoryUsage().getMax() >> 20);
    System.out.printf("%10s %12s %14s %12s %12s %12s %12s %14s%n", "meetings", "chronicle MiB",
        "chronicle B/m", "meetIdx B/m", "stmtIdx B/m", "stanceIdx B/m", "indexes MiB",
        "indexes B/m");
    for (String size : sizes) {
      int meetings = Integer.parseInt(size.replace("_", ""));
      long base = usedAfterGc();
      Chronicle chronicle = SyntheticChronicles.generate(meetings, 42);
      KEPT.add(chronicle);
      long built = usedAfterGc();
      KEPT.add(chronicle.query().meetings().involving(PROBE).list());
      long meetingIndex = usedAfterGc();
      KEPT.add(chronicle.query().statements().by(PROBE).list());
      long statementIndex = usedAfterGc();
      KEPT.add(chronicle.query().stancesAsOf(PROBE, PROBE_ISSUE, STANCE_DAY));
      long stanceIndex = usedAfterGc();
      double n = meetings;
      System.out.printf("%10d %12.1f %14.0f %12.0f %12.0f %12.0f %12.1f %14.0f%n",
          meetings,
          (built - base) / 1048576.0,
          (built - base) / n,
          (meetingIndex - built) / n,
          (statementIndex - meetingIndex) / n,
          (stanceIndex - statementIndex) / n,
          (stanceIndex - built) / 1048576.0,
          (stanceIndex - built) / n);
      KEPT.clear();
    }
  }

  /** The heap in use after full collections, once two readings in a row agree within 1%. */
  private static long usedAfterGc() throws InterruptedException {
    long previous = Long.MAX_VALUE;
    for (int round = 0; round < 10; round++) {
      System.gc();
      Thread.sleep(100);
      long used = MEMORY.getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - used) < used / 100) {
        return Math.min(previous, used);
      }
      previous = used;
    }
    return previous;
  }
}
