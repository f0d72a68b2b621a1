package dev.parley.examples;

import dev.parley.core.Chronicle;
import dev.parley.core.RecordKind;
import dev.parley.eventdata.ImportReport;
import dev.parley.eventdata.actors.ActorDictionary;
import dev.parley.eventdata.actors.ActorDictionaryReader;
import dev.parley.eventdata.mentions.Gazetteer;
import dev.parley.eventdata.mentions.Mention;
import dev.parley.eventdata.plover.PloverImport;
import dev.parley.eventdata.plover.PloverReader;
import dev.parley.eventdata.plover.PloverWriter;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.ReadOptions;
import dev.parley.io.json.ChronicleJson;
import dev.parley.io.ndjson.NdjsonReader;
import dev.parley.io.ndjson.NdjsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line's data commands: {@code convert} between formats, {@code validate} a file
 * and find {@code mentions} in a text.
 * Each returns the exit status: 0 when all went well, 1 for bad input (the problems on {@code
 * err}), 2 for a usage error.
 */
final class Commands {
  /** The formats {@code convert} reads and writes. */
  enum Format {
    /** A Parley chronicle document. */
    JSON("json", true, true),
    /** Parley records, one per line. */
    NDJSON("ndjson", true, true),
    /** PLOVER event records (a JSON array; NDJSON read too). */
    PLOVER("plover", true, true),
    /** A CAMEO actor dictionary (PETRARCH/TABARI {@code .actors}); read only. */
    CAMEO_ACTORS("cameo-actors", true, false);

    private final String label;
    private final boolean readable;
    private final boolean writable;

    Format(String label, boolean readable, boolean writable) {
      this.label = label;
      this.readable = readable;
      this.writable = writable;
    }

    static Optional<Format> of(String label) {
      for (Format f : values()) {
        if (f.label.equals(label)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }

    static String labels(boolean forWriting) {
      List<String> names = new ArrayList<>();
      for (Format f : values()) {
        if (forWriting ? f.writable : f.readable) {
          names.add(f.label);
        }
      }
      return String.join(", ", names);
    }

    /** The format a file's name suggests: NDJSON for {@code .ndjson} and {@code .jsonl}. */
    static Format ofFile(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".ndjson") || name.endsWith(".jsonl") ? NDJSON : JSON;
    }
  }

  static final String CONVERT_USAGE = "convert --from FORMAT --to FORMAT IN OUT"
      + " (read: " + Format.labels(false) + "; write: " + Format.labels(true) + ")";
  static final String VALIDATE_USAGE = "validate [--format json|ndjson] FILE";
  static final String MENTIONS_USAGE = "mentions [--dictionary FILE] FILE";

  private Commands() {}

  /** A usage error, worded for stderr. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * {@code convert --from FORMAT --to FORMAT IN OUT}: reads {@code IN} and writes {@code OUT}.
   * What could not be mapped goes to {@code err}, one line per record with where it was and
   * why, then a summary line of counts.
   */
  static int convert(List<String> args, PrintWriter out, PrintWriter err)
      throws UsageException, IOException {
    Format from = null;
    Format to = null;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--from") || a.equals("--to")) {
        if (i + 1 == args.size()) {
          throw new UsageException(a + " needs a format");
        }
        String label = args.get(++i);
        Format f = Format.of(label).orElseThrow(() -> new UsageException("unknown format '"
            + label + "'; formats: " + Format.labels(a.equals("--to"))));
        if (a.equals("--from")) {
          from = f;
        } else if (!f.writable) {
          throw new UsageException("cannot write " + label + "; formats: "
              + Format.labels(true));
        } else {
          to = f;
        }
      } else if (a.startsWith("-")) {
        throw new UsageException("unknown option " + a + " for convert");
      } else {
        files.add(a);
      }
    }
    if (from == null || to == null) {
      throw new UsageException("convert needs --from and --to");
    }
    if (files.size() != 2) {
      throw new UsageException("convert needs an input and an output file, got " + files.size()
          + " file" + (files.size() == 1 ? "" : "s"));
    }
    Path in = Path.of(files.get(0));
    Path target = Path.of(files.get(1));
    Chronicle chronicle;
    Optional<ImportReport> report = Optional.empty();
    try {
      switch (from) {
        case PLOVER -> {
          PloverImport imported = PloverReader.lenient().read(in);
          chronicle = imported.chronicle();
          report = Optional.of(imported.report());
        }
        case CAMEO_ACTORS -> {
          ActorDictionary dictionary = ActorDictionaryReader.lenient().read(in);
          chronicle = dictionary.chronicle();
          report = Optional.of(dictionary.report());
        }
        case JSON, NDJSON -> chronicle = read(from, in);
        default -> throw new AssertionError(from);
      }
    } catch (ParleyJsonException e) {
      printProblems(err, in, e.problems());
      return 1;
    } catch (NoSuchFileException e) {
      err.println("error: " + in + ": no such file");
      return 1;
    }
    write(to, chronicle, target);
    report.ifPresent(r -> {
      r.skipped().forEach(skipped -> err.println(in + ": " + skipped));
      err.println(in + ": " + r.summary());
    });
    err.println(in + " -> " + target + ": " + counts(chronicle));
    return 0;
  }

  /**
   * {@code validate FILE}: every problem of a document or NDJSON stream on {@code err}, one per
   * line as {@code FILE:LINE:COLUMN: at PATH: REASON}; a summary line on {@code out}.
   */
  static int validate(List<String> args, PrintWriter out, PrintWriter err)
      throws UsageException, IOException {
    Format format = null;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--format")) {
        if (i + 1 == args.size()) {
          throw new UsageException("--format needs json or ndjson");
        }
        String label = args.get(++i);
        format = Format.of(label).filter(f -> f == Format.JSON || f == Format.NDJSON)
            .orElseThrow(() -> new UsageException("unknown format '" + label
                + "'; validate reads json or ndjson"));
      } else if (a.startsWith("-")) {
        throw new UsageException("unknown option " + a + " for validate");
      } else {
        files.add(a);
      }
    }
    if (files.size() != 1) {
      throw new UsageException("validate needs exactly one file, got " + files.size());
    }
    Path file = Path.of(files.get(0));
    Format f = format != null ? format : Format.ofFile(file);
    List<ParleyJsonException> problems;
    try {
      if (f == Format.NDJSON) {
        try (NdjsonReader in = NdjsonReader.from(Files.newInputStream(file))) {
          problems = in.validate();
        }
      } else {
        problems = ChronicleJson.validate(readAll(file), ReadOptions.defaults());
      }
    } catch (NoSuchFileException e) {
      err.println("error: " + file + ": no such file");
      return 1;
    }
    printProblems(err, file, problems);
    if (problems.isEmpty()) {
      out.println(file + ": valid (" + f.label + ")");
      return 0;
    }
    out.println(file + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
    return 1;
  }

  /** {@return the number of records of each kind, such as {@code "4 states, 2 meetings"}} */
  static String counts(Chronicle chronicle) {
    List<String> parts = new ArrayList<>();
    int total = 0;
    for (RecordKind kind : RecordKind.values()) {
      int n = kind.records(chronicle).size();
      total += n;
      if (n > 0) {
        parts.add(n + " " + (n == 1 ? kind.label() : kind.plural()));
      }
    }
    return total + " records" + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
  }

  /**
   * {@code mentions [--dictionary FILE] FILE}: the mentions that a gazetteer of the seed
   * chronicle and a CAMEO country dictionary finds in a text file, one per line on {@code out}
   * as tab-separated start, end (code points), kind, id and matched text.
   */
  static int mentions(List<String> args, Path defaultDictionary, PrintWriter out,
      PrintWriter err) throws UsageException, IOException {
    Path dictionaryFile = defaultDictionary;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--dictionary")) {
        if (i + 1 == args.size()) {
          throw new UsageException("--dictionary needs a path");
        }
        dictionaryFile = Path.of(args.get(++i));
      } else if (a.startsWith("-")) {
        throw new UsageException("unknown option " + a + " for mentions");
      } else {
        files.add(a);
      }
    }
    if (files.size() != 1) {
      throw new UsageException("mentions needs exactly one text file, got " + files.size());
    }
    Path file = Path.of(files.get(0));
    if (!Files.isRegularFile(file)) {
      err.println("error: " + file + ": no such file");
      return 1;
    }
    if (!Files.isRegularFile(dictionaryFile)) {
      err.println("error: " + dictionaryFile + ": no such dictionary (--dictionary FILE)");
      return 1;
    }
    ActorDictionary dictionary = ActorDictionaryReader.lenient().read(dictionaryFile);
    Gazetteer gazetteer = Gazetteer.of(SeedCorpus.curated(), dictionary.chronicle());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    for (Mention m : gazetteer.find(text)) {
      out.println(m.start() + "\t" + m.end() + "\t" + m.actor().kind().label() + "\t"
          + m.actor().value() + "\t" + m.text());
    }
    return 0;
  }

  /** Prints each problem as {@code FILE:LINE:COLUMN: at PATH: REASON}. */
  static void printProblems(PrintWriter err, Path file, List<ParleyJsonException> problems) {
    for (ParleyJsonException p : problems) {
      err.println(file + ":" + p.line() + ":" + p.column() + ": at " + p.path() + ": "
          + p.reason());
    }
  }

  static Chronicle read(Format format, Path file) throws IOException {
    return switch (format) {
      case JSON -> {
        try (InputStream in = Files.newInputStream(file)) {
          yield ChronicleJson.read(in, ReadOptions.defaults());
        }
      }
      case NDJSON -> {
        try (NdjsonReader in = NdjsonReader.from(Files.newInputStream(file))) {
          yield in.readChronicle();
        }
      }
      case PLOVER -> PloverReader.lenient().read(file).chronicle();
      case CAMEO_ACTORS -> ActorDictionaryReader.lenient().read(file).chronicle();
    };
  }

  /** Writing a file. */
  private interface FileWrite {
    void to(Path file) throws IOException;
  }

  static void write(Format format, Chronicle chronicle, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    FileWrite write = switch (format) {
      case JSON -> f -> Files.write(f, ChronicleJson.write(chronicle));
      case NDJSON -> f -> {
        try (OutputStream stream = Files.newOutputStream(f);
            NdjsonWriter ndjson = NdjsonWriter.to(stream)) {
          ndjson.writeAll(chronicle);
        }
      };
      case PLOVER -> f -> {
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
          PloverWriter.array().write(chronicle, w);
        }
      };
      case CAMEO_ACTORS -> throw new IllegalArgumentException("cannot write " + format.label);
    };
    write.to(file);
  }

  private static byte[] readAll(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readAllBytes();
    }
  }
}
