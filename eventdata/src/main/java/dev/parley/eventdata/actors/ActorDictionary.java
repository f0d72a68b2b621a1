package dev.parley.eventdata.actors;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Chronicle;
import dev.parley.eventdata.ImportReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A CAMEO actor dictionary (the PETRARCH/TABARI {@code .actors} format) read into Parley: the
 * entries as written, a valid {@link Chronicle} of the states, officials and national
 * institutions they describe, and the {@link ImportReport} of what became what and which lines
 * were not read.
 *
 * <pre>{@code
 * ActorDictionary phoenix = ActorDictionary.read(
 *     Path.of("../shared/data/cameo-actors/Phoenix.Countries.actors.txt"));
 * Chronicle chronicle = phoenix.chronicle();
 * chronicle.officials().stream().filter(o -> o.isKnownAs("Sergei Lavrov")).findFirst();
 * System.out.println(phoenix.report().summary());
 * }</pre>
 *
 * <p>See {@link ActorDictionaryReader} for how entries are mapped and for the options.
 */
public final class ActorDictionary {
  private final String file;
  private final List<DictionaryEntry> entries;
  private final Chronicle chronicle;
  private final ImportReport report;

  ActorDictionary(String file, List<DictionaryEntry> entries, Chronicle chronicle,
      ImportReport report) {
    this.file = requireNonNull(file, "file");
    this.entries = List.copyOf(entries);
    this.chronicle = requireNonNull(chronicle, "chronicle");
    this.report = requireNonNull(report, "report");
  }

  /**
   * Reads a dictionary file with the default, lenient {@link ActorDictionaryReader}.
   *
   * @param file the {@code .actors} file, UTF-8
   * @return the dictionary
   * @throws IOException if the file cannot be read
   */
  public static ActorDictionary read(Path file) throws IOException {
    return ActorDictionaryReader.lenient().read(file);
  }

  /**
   * The file name the dictionary was read from, as its references name it.
   *
   * @return the file name
   */
  public String file() {
    return file;
  }

  /**
   * The entries as written, in file order; entries without a usable code are not here but in
   * the report.
   *
   * @return the entries, immutable
   */
  public List<DictionaryEntry> entries() {
    return entries;
  }

  /**
   * The states, officials and organizations read, as a valid chronicle.
   *
   * @return the chronicle
   */
  public Chronicle chronicle() {
    return chronicle;
  }

  /**
   * What became what, and every line or code not mapped, with its line number and why.
   *
   * @return the report, in unit "lines"
   */
  public ImportReport report() {
    return report;
  }

  @Override
  public String toString() {
    return "ActorDictionary[" + file + ": " + report.summary() + "]";
  }
}
