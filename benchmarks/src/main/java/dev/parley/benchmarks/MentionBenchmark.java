package dev.parley.benchmarks;

import dev.parley.core.Chronicle;
import dev.parley.eventdata.mentions.Gazetteer;
import dev.parley.eventdata.mentions.Mention;
import dev.parley.io.json.ChronicleJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the mention finder: {@link Gazetteer#find(String)} over the seed articles
 * repeated to about 4 MB, with a gazetteer of the curated seed chronicle. The setup prints the
 * text's size in UTF-8 bytes; MB/s is that size over the time per operation.
 *
 * <p>Run from the repository root, where {@code ../shared/seeds} and the examples' curated
 * chronicle are found; {@code -Dparley.seeds=DIR} and {@code -Dparley.chronicle=FILE} point
 * elsewhere.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class MentionBenchmark {
  /** The text's length to reach, in UTF-16 units, by repeating the seed articles. */
  @Param({"4000000"})
  public int length;

  /** The gazetteer. */
  public Gazetteer gazetteer;

  /** The text searched. */
  public String text;

  /** Creates the benchmark state; JMH calls {@link #setUp()} before the trial. */
  public MentionBenchmark() {}

  /**
   * Loads the chronicle and the seed articles and repeats them to {@link #length}.
   *
   * @throws IOException if the seeds or the chronicle cannot be read
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path chronicleFile = Path.of(System.getProperty("parley.chronicle",
        "examples/src/main/resources/dev/parley/examples/seed-chronicle.json"));
    Chronicle chronicle;
    try (InputStream in = Files.newInputStream(chronicleFile)) {
      chronicle = ChronicleJson.read(in);
    }
    gazetteer = Gazetteer.of(chronicle);
    Path seeds = Path.of(System.getProperty("parley.seeds", "../shared/seeds"));
    String articles;
    try (Stream<Path> files = Files.list(seeds)) {
      articles = files.filter(p -> p.toString().endsWith(".txt")).sorted()
          .map(MentionBenchmark::read).collect(Collectors.joining("\n\n"));
    }
    StringBuilder b = new StringBuilder(length + articles.length());
    while (b.length() < length) {
      b.append(articles).append("\n\n");
    }
    text = b.toString();
    System.out.printf("%nMentionBenchmark: %s; text %d UTF-16 units, %d UTF-8 bytes; "
        + "%d mentions%n", gazetteer, text.length(),
        text.getBytes(StandardCharsets.UTF_8).length, gazetteer.find(text).size());
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Finds every mention in the text.
   *
   * @return the mentions
   */
  @Benchmark
  public List<Mention> find() {
    return gazetteer.find(text);
  }
}
