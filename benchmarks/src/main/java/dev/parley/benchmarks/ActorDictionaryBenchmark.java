package dev.parley.benchmarks;

import dev.parley.eventdata.actors.ActorDictionary;
import dev.parley.eventdata.actors.ActorDictionaryReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time to load the whole Phoenix country actor dictionary (about 54,500 lines, 18,000
 * entries) into an {@link ActorDictionary}: parsing, mapping to states, officials and
 * organizations, and building the validated chronicle. {@link #readFile()} includes reading the
 * file from disk; {@link #readText()} starts from its text in memory.
 *
 * <p>The file is {@code ../shared/data/cameo-actors/Phoenix.Countries.actors.txt} relative to the
 * working directory (run from the repository root), or the path in the system property {@code
 * parley.actors}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ActorDictionaryBenchmark {
  private static final ActorDictionaryReader READER =
      ActorDictionaryReader.lenient().withAccessed(LocalDate.of(2026, 12, 5));

  /** The dictionary file. */
  public Path file;

  /** The dictionary's text. */
  public String text;

  /** Creates the benchmark state; JMH calls {@link #setUp()} before the trial. */
  public ActorDictionaryBenchmark() {}

  /**
   * Reads the file's text once.
   *
   * @throws IOException if the file cannot be read
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Path.of(System.getProperty("parley.actors",
        "../shared/data/cameo-actors/Phoenix.Countries.actors.txt"));
    text = Files.readString(file, StandardCharsets.UTF_8);
  }

  /**
   * Loads the dictionary from its text in memory.
   *
   * @return the dictionary
   */
  @Benchmark
  public ActorDictionary readText() {
    return READER.read(text, "Phoenix.Countries.actors.txt");
  }

  /**
   * Loads the dictionary from the file.
   *
   * @return the dictionary
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public ActorDictionary readFile() throws IOException {
    return READER.read(file);
  }
}
