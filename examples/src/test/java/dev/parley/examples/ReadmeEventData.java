package dev.parley.examples;

import dev.parley.core.Chronicle;
import dev.parley.core.PloverCategory;
import dev.parley.eventdata.ImportReport;
import dev.parley.eventdata.actors.ActorDictionary;
import dev.parley.eventdata.actors.ActorDictionaryReader;
import dev.parley.eventdata.mentions.Gazetteer;
import dev.parley.eventdata.mentions.Mention;
import dev.parley.eventdata.plover.PloverImport;
import dev.parley.eventdata.plover.PloverReader;
import dev.parley.eventdata.plover.PloverWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The README's "Event data" example, run by {@link ReadmeEventDataTest}. */
final class ReadmeEventData {
  private ReadmeEventData() {}

  /** What the example found, for the test to check. */
  record Found(PloverImport plover, long consults, ActorDictionary dictionary,
      List<Mention> mentions) {}

  /** Runs the example on the shared data directory, writing PLOVER to {@code out}. */
  static Found run(Path data, Path out) throws Exception {
    // README-BEGIN
    // PLOVER records (a JSON array or NDJSON) into a chronicle of events, meetings and articles
    PloverImport plover = PloverReader.lenient()
        .read(data.resolve("plover/PLOVER_GSR_CAMEO.sample.json"));
    ImportReport report = plover.report();
    System.out.println(report.summary());     // "216 records: 194 events, 7 meetings, ..."
    report.skipped().forEach(System.out::println);  // each record not mapped, with the reason
    Chronicle events = plover.chronicle();
    long consults = events.query().events().inCategory(PloverCategory.CONSULT).list().size();

    // ... and back out as PLOVER records
    try (Writer w = Files.newBufferedWriter(out)) {
      PloverWriter.array().write(events, w);
    }

    // A CAMEO actor dictionary: officials with dated terms, states with their name variants
    ActorDictionary dictionary = ActorDictionaryReader.lenient()
        .read(data.resolve("cameo-actors/Phoenix.Countries.actors.txt"));
    Chronicle actors = dictionary.chronicle();
    System.out.println(actors.query().officialsNamed("Sergei Lavrov"));

    // Mentions of officials, states and organizations in text, as code-point spans
    Gazetteer gazetteer = Gazetteer.of(actors);
    List<Mention> mentions = gazetteer.find(
        "Cavusoglu met Sergei Lavrov in Moscow; Lavrov said the Turkish side agreed.");
    mentions.forEach(m -> System.out.println(m.start() + "-" + m.end() + " " + m.actor()
        + " " + m.reason()));
    // README-END
    return new Found(plover, consults, dictionary, mentions);
  }
}
