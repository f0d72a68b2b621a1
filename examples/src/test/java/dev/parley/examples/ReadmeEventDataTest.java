package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.OfficialId;
import dev.parley.core.PloverCategory;
import dev.parley.eventdata.mentions.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's event-data example runs on the shared data and finds what it says. */
class ReadmeEventDataTest {

  @Test
  void readmeShowsTheExampleVerbatim() throws IOException {
    ReadmeSnippets.assertShown("ReadmeEventData.java");
  }

  @Test
  void theExampleReadsWritesAndFinds(@TempDir Path tmp) throws Exception {
    Path data = ArticleReaderTest.seeds().toAbsolutePath().getParent().resolve("data");
    Path out = tmp.resolve("out.plover.json");
    ReadmeEventData.Found found = ReadmeEventData.run(data, out);

    var report = found.plover().report();
    assertEquals(report.read(), report.count("events") + report.count("meetings")
        + report.skipped().size(), report::summary);
    assertEquals(found.plover().chronicle().events().stream()
        .filter(e -> e.category() == PloverCategory.CONSULT).count(), found.consults());
    assertTrue(Files.readString(out).contains("\"CONSULT\""), "CONSULT records written");

    var lavrov = found.dictionary().chronicle().query().officialsNamed("Sergei Lavrov");
    assertEquals(1, lavrov.size());
    List<Mention> mentions = found.mentions();
    OfficialId id = lavrov.get(0).id();
    assertEquals(2, mentions.stream().filter(m -> m.actor().equals(id)).count(),
        mentions::toString);
    assertTrue(mentions.stream().anyMatch(m -> m.text().equals("Turkish")), mentions::toString);
  }
}
