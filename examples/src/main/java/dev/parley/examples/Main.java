package dev.parley.examples;

import dev.parley.core.Chronicle;
import dev.parley.duckdb.ChronicleTables;
import dev.parley.io.json.ChronicleJson;
import dev.parley.io.ndjson.NdjsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The examples' command line:
 *
 * <pre>
 * java -jar examples/target/parley-examples.jar [report | export DIR [--parquet]]
 *     [--articles DIR] [--graph FILE]
 * java -jar examples/target/parley-examples.jar convert --from FORMAT --to FORMAT IN OUT
 * java -jar examples/target/parley-examples.jar validate [--format json|ndjson] FILE
 * java -jar examples/target/parley-examples.jar mentions [--dictionary FILE] FILE
 * </pre>
 *
 * <ul>
 *   <li>{@code report} (the default) prints the {@link SeedReport} and writes the co-attendance
 *       network as a Mermaid file ({@code --graph}, default {@code
 *       examples/target/co-attendance.mmd} in the repository).
 *   <li>{@code export DIR} writes the joined chronicle as {@code DIR/chronicle.json} (a Parley
 *       document) and {@code DIR/chronicle.ndjson} (one record per line); with {@code
 *       --parquet}, also one Parquet file per table of {@code parley-duckdb} ({@code
 *       DIR/meetings.parquet}, ..., with the dates' earliest and latest DATE columns).
 *   <li>{@code --articles DIR} reads the articles from {@code DIR}; the default is {@code
 *       ../shared/seeds} relative to the repository root.
 *   <li>{@code convert} reads {@code IN} in one format and writes {@code OUT} in another;
 *       what could not be mapped goes to stderr, one line per record with its id and the
 *       reason, then a summary line of counts.
 *   <li>{@code validate FILE} prints every problem of a Parley document or NDJSON stream to
 *       stderr, one per line as {@code FILE:LINE:COLUMN: at PATH: REASON}, and a summary line
 *       to stdout. The format follows the file's name ({@code .ndjson} and {@code .jsonl} are
 *       NDJSON) unless {@code --format} says.
 *   <li>{@code convert} formats: {@code json}, {@code ndjson}, {@code plover}, and {@code
 *       cameo-actors} (input only).
 *   <li>{@code mentions FILE} prints the mentions that a gazetteer of the seed chronicle and the
 *       CAMEO country dictionary ({@code ../shared/data/cameo-actors/Phoenix.Countries.actors.txt}
 *       beside the repository, or {@code --dictionary FILE}) finds in a text file, one per line
 *       as tab-separated start, end (code points), kind, id and matched text.
 * </ul>
 *
 * <p>Exit status: 0 on success, 1 for bad input or a file that cannot be read or written, 2 on
 * a usage error. Errors go to stderr.
 */
public final class Main {
  private static final String USAGE = "usage: java -jar parley-examples.jar"
      + " [report | export DIR [--parquet]] [--articles DIR] [--graph FILE]\n"
      + "       java -jar parley-examples.jar " + Commands.CONVERT_USAGE + "\n"
      + "       java -jar parley-examples.jar " + Commands.VALIDATE_USAGE + "\n"
      + "       java -jar parley-examples.jar " + Commands.MENTIONS_USAGE;

  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param out where the report and messages go
   * @param err where errors go
   * @return the exit status
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length > 0 && List.of("convert", "validate", "mentions").contains(args[0])) {
      List<String> rest = List.of(args).subList(1, args.length);
      if (rest.contains("-h") || rest.contains("--help")) {
        out.println(USAGE);
        return 0;
      }
      try {
        return switch (args[0]) {
          case "convert" -> Commands.convert(rest, out, err);
          case "validate" -> Commands.validate(rest, out, err);
          default -> Commands.mentions(rest, repositoryRoot().orElse(Path.of("."))
              .resolve("../shared/data/cameo-actors/Phoenix.Countries.actors.txt").normalize(),
              out, err);
        };
      } catch (Commands.UsageException e) {
        return usage(err, e.getMessage());
      } catch (IOException e) {
        err.println("error: " + e.getMessage());
        return 1;
      }
    }
    List<String> positional = new ArrayList<>();
    Optional<Path> articles = Optional.empty();
    Optional<Path> graph = Optional.empty();
    boolean parquet = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          out.println(USAGE);
          return 0;
        }
        case "--parquet" -> parquet = true;
        case "--articles", "--graph" -> {
          if (i + 1 == args.length) {
            return usage(err, a + " needs a path");
          }
          Path p = Path.of(args[++i]);
          if (a.equals("--articles")) {
            articles = Optional.of(p);
          } else {
            graph = Optional.of(p);
          }
        }
        default -> {
          if (a.startsWith("-")) {
            return usage(err, "unknown option " + a);
          }
          positional.add(a);
        }
      }
    }
    String command = positional.isEmpty() ? "report" : positional.get(0);
    Optional<Path> root = repositoryRoot();
    Path articlesDir = articles.orElseGet(() -> root.orElse(Path.of("."))
        .resolve("../shared/seeds").normalize());
    try {
      switch (command) {
        case "report" -> {
          if (positional.size() > 1) {
            return usage(err, "report takes no argument, got " + positional.get(1));
          }
          SeedCorpus corpus = SeedCorpus.load(articlesDir);
          new SeedReport(corpus).write(out);
          Path file = graph.orElseGet(() -> root.map(r -> r.resolve("examples/target"))
              .orElse(Path.of(".")).resolve("co-attendance.mmd"));
          writeGraph(file, new SeedAnswers(corpus.chronicle()).coAttendanceMermaid());
          out.println();
          out.println("Co-attendance network written as a Mermaid chart to " + file
              + " (paste it into https://mermaid.live to view it).");
          return 0;
        }
        case "export" -> {
          if (positional.size() != 2) {
            return usage(err, "export needs exactly one directory");
          }
          Path dir = Path.of(positional.get(1));
          SeedCorpus corpus = SeedCorpus.load(articlesDir);
          export(corpus.chronicle(), dir);
          if (parquet) {
            exportParquet(corpus.chronicle(), dir);
            out.println("Wrote one Parquet file per table to " + dir);
          }
          corpus.articlesProblem().ifPresent(p -> out.println("NOTE: " + p
              + "; exported the curated chronicle alone."));
          out.println("Wrote " + dir.resolve("chronicle.json") + " and "
              + dir.resolve("chronicle.ndjson"));
          return 0;
        }
        default -> {
          return usage(err, "unknown command " + command);
        }
      }
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Writes {@code chronicle} as {@code dir/chronicle.json} and {@code dir/chronicle.ndjson},
   * creating {@code dir} if needed.
   *
   * @param chronicle the chronicle
   * @param dir the directory
   * @throws IOException if a file cannot be written
   */
  static void export(Chronicle chronicle, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("chronicle.json"), ChronicleJson.write(chronicle));
    try (OutputStream file = Files.newOutputStream(dir.resolve("chronicle.ndjson"));
        NdjsonWriter ndjson = NdjsonWriter.to(file)) { // it buffers whole lines itself
      ndjson.writeAll(chronicle);
    }
  }

  /**
   * Writes {@code chronicle} as one Parquet file per table of {@link ChronicleTables} ({@code
   * dir/meetings.parquet}, ...), through an in-memory DuckDB database.
   *
   * @param chronicle the chronicle
   * @param dir the directory, created if needed
   * @throws IOException if a file cannot be written
   */
  static void exportParquet(Chronicle chronicle, Path dir) throws IOException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      ChronicleTables.load(chronicle, db);
      ChronicleTables.exportParquet(db, dir);
    } catch (SQLException e) {
      throw new IOException("cannot write Parquet files to " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void writeGraph(Path file, String mermaid) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, mermaid, StandardCharsets.UTF_8);
  }

  private static int usage(PrintWriter err, String problem) {
    err.println("error: " + problem);
    err.println(USAGE);
    return 2;
  }

  /**
   * The repository root: the nearest directory at or above the working directory, or else above
   * this jar, that holds {@code examples/pom.xml}.
   */
  private static Optional<Path> repositoryRoot() {
    Optional<Path> fromCwd = rootAbove(Path.of("").toAbsolutePath());
    if (fromCwd.isPresent()) {
      return fromCwd;
    }
    try {
      Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return rootAbove(code.toAbsolutePath());
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> rootAbove(Path start) {
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("examples/pom.xml"))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
