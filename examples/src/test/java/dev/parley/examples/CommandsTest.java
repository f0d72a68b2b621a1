package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.io.json.ChronicleJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's {@code convert} and {@code validate}, run as a user runs them. */
class CommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void convertsADocumentToNdjsonAndBackToTheSameChronicle(@TempDir Path tmp) throws IOException {
    Chronicle curated = SeedCorpus.curated();
    Path json = tmp.resolve("seed.json");
    Files.write(json, ChronicleJson.write(curated));
    Path ndjson = tmp.resolve("out/seed.ndjson");
    Path back = tmp.resolve("back.json");
    assertEquals(0, run("convert", "--from", "json", "--to", "ndjson", json.toString(),
        ndjson.toString()), err::toString);
    assertEquals(0, run("convert", "--to", "json", "--from", "ndjson", ndjson.toString(),
        back.toString()), err::toString);
    assertEquals(curated, ChronicleJson.read(Files.readAllBytes(back)));
    assertEquals(Files.readString(json), Files.readString(back));
    int records = curated.states().size() + curated.officials().size()
        + curated.organizations().size() + curated.issues().size() + curated.articles().size()
        + curated.meetings().size() + curated.statements().size() + curated.stances().size()
        + curated.events().size();
    assertTrue(err.toString().contains(ndjson + ": " + records + " records ("), err::toString);
    assertTrue(err.toString().contains(curated.meetings().size() + " meetings"), err::toString);
  }

  @Test
  void validatePrintsEveryProblemWithLineColumnAndPath(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("bad.ndjson");
    Files.writeString(file, String.join("\n", List.of(
        "{\"kind\":\"state\",\"id\":\"RUS\",\"name\":\"Russia\"}",
        "{\"kind\":\"state\",\"id\":\"TUR\",\"name\":}",
        "{\"kind\":\"official\",\"id\":\"lavrov\",\"name\":\"Sergey Lavrov\",\"tenures\":[{"
            + "\"post\":{\"role\":\"foreign_minister\",\"party\":\"state:TUR\"},"
            + "\"term\":\"2004-03-09/..\",\"references\":[{\"work\":\"A reference\","
            + "\"file\":\"ref.txt\",\"says\":\"Foreign minister\",\"accessed\":\"2026-12-05\"}]}]}",
        "{\"kind\":\"state\",\"id\":\"IRN\"}",
        "")));
    assertEquals(1, run("validate", file.toString()));
    List<String> lines = err.toString().lines().toList();
    assertEquals(3, lines.size(), err::toString);
    assertTrue(lines.get(0).startsWith(file + ":2:"), lines.get(0));
    assertTrue(lines.get(1).startsWith(file + ":4:1: at $: "), lines.get(1));
    assertTrue(lines.get(1).contains("name"), lines.get(1));
    assertTrue(lines.get(2).startsWith(file + ":3:1: at $.tenures[0].post.party: "),
        lines.get(2));
    assertTrue(lines.get(2).contains("TUR"), lines.get(2));
    assertEquals(file + ": 3 problems", out.toString().strip());
  }

  @Test
  void validateAcceptsAValidDocumentAndSaysSo(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("seed.json");
    Files.write(file, ChronicleJson.write(SeedCorpus.curated()));
    assertEquals(0, run("validate", file.toString()), err::toString);
    assertEquals(file + ": valid (json)", out.toString().strip());
    assertEquals("", err.toString());
  }

  @Test
  void validateReadsTheFormatItIsToldWhateverTheName(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("records.txt");
    Files.writeString(file, "{\"kind\":\"state\",\"id\":\"RUS\",\"name\":\"Russia\"}\n");
    assertEquals(0, run("validate", "--format", "ndjson", file.toString()), err::toString);
    assertEquals(1, run("validate", file.toString()));
    assertTrue(err.toString().startsWith(file + ":1:"), err::toString);
  }

  @Test
  void badInputExitsWithOneAndUsageErrorsWithTwo(@TempDir Path tmp) throws IOException {
    Path missing = tmp.resolve("none.json");
    assertEquals(1, run("validate", missing.toString()));
    assertTrue(err.toString().contains(missing + ": no such file"), err::toString);
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"parley-chronicle\", \"version\": 1, \"states\": 3}");
    assertEquals(1, run("convert", "--from", "json", "--to", "ndjson", bad.toString(),
        tmp.resolve("o.ndjson").toString()));
    assertTrue(err.toString().contains(bad + ":1:"), err::toString);
    assertTrue(Files.notExists(tmp.resolve("o.ndjson")));

    for (String[] args : new String[][] {
        {"convert", "--from", "json", "a", "b"},
        {"convert", "--from", "xml", "--to", "json", "a", "b"},
        {"convert", "--from", "json", "--to", "json", "a"},
        {"convert", "--from"},
        {"convert", "--from", "json", "--to", "json", "--fast", "a", "b"},
        {"validate"},
        {"validate", "a", "b"},
        {"validate", "--format", "plover", "a"}}) {
      err.getBuffer().setLength(0);
      assertEquals(2, run(args), String.join(" ", args));
      assertTrue(err.toString().startsWith("error: "), err::toString);
      assertTrue(err.toString().contains("usage: "), err::toString);
    }
    out.getBuffer().setLength(0);
    assertEquals(0, run("convert", "--help"));
    assertTrue(out.toString().contains("convert --from FORMAT --to FORMAT IN OUT"), out::toString);
  }

  private static Path data(String file) {
    return ArticleReaderTest.seeds().toAbsolutePath().getParent().resolve("data").resolve(file);
  }

  @Test
  void convertsPloverReportingEveryRecordItDidNotMap(@TempDir Path tmp) throws IOException {
    Path plover = data("plover/PLOVER_GSR_CAMEO.sample.json");
    Path json = tmp.resolve("gsr.json");
    assertEquals(0, run("convert", "--from", "plover", "--to", "json", plover.toString(),
        json.toString()), err::toString);
    Chronicle chronicle = ChronicleJson.read(Files.readAllBytes(json));
    var report = dev.parley.eventdata.plover.PloverReader.lenient().read(plover).report();
    List<String> lines = err.toString().lines().toList();
    assertEquals(report.skipped().size() + 2, lines.size(), err::toString);
    assertTrue(lines.get(0).contains("PLOVER-GSR01-DOCUMENT-0001"), lines.get(0));
    assertEquals(plover + ": " + report.summary(), lines.get(lines.size() - 2));
    assertTrue(report.count("events") > 100, report::summary);
    assertEquals(report.count("events"), chronicle.events().size());

    Path back = tmp.resolve("gsr.plover.json");
    err.getBuffer().setLength(0);
    assertEquals(0, run("convert", "--from", "json", "--to", "plover", json.toString(),
        back.toString()), err::toString);
    String written = Files.readString(back);
    assertTrue(written.startsWith("["), written.substring(0, 20));
    assertTrue(written.contains("PLOVER-GSR01-AGREE-0001"), "ids written back");
  }

  @Test
  void convertsACameoActorDictionaryButNeverWritesOne(@TempDir Path tmp) throws IOException {
    Path dictionary = tmp.resolve("small.actors.txt");
    Files.writeString(dictionary, String.join("\n",
        "RUSSIA_ [RUS]",
        "+RUSSIAN_FEDERATION_",
        "SERGEY_LAVROV_ [RUSGOV >20040309]  # Foreign Minister",
        "+SERGEI_LAVROV_",
        "BAD_ENTRY_ [RUSGOV 2004030]",
        ""));
    Path ndjson = tmp.resolve("small.ndjson");
    assertEquals(0, run("convert", "--from", "cameo-actors", "--to", "ndjson",
        dictionary.toString(), ndjson.toString()), err::toString);
    Chronicle chronicle = Commands.read(Commands.Format.NDJSON, ndjson);
    assertEquals(1, chronicle.query().officialsNamed("Sergei Lavrov").size(), chronicle::toString);
    assertTrue(err.toString().contains(dictionary + ": line 5: "), err::toString);
    err.getBuffer().setLength(0);
    assertEquals(2, run("convert", "--from", "json", "--to", "cameo-actors", "a", "b"));
    assertTrue(err.toString().contains("cannot write cameo-actors"), err::toString);
  }

  @Test
  void mentionsPrintsTabSeparatedSpansThatSpellTheText(@TempDir Path tmp) throws IOException {
    Path text = tmp.resolve("text.txt");
    String body = "Turkish Foreign Minister Mevlüt Çavuşoğlu met Sergey Lavrov in Moscow. "
        + "Lavrov said \uD83D\uDE00 Cavusoglu agreed.";
    Files.writeString(text, body);
    assertEquals(0, run("mentions", "--dictionary",
        data("cameo-actors/Phoenix.Countries.actors.txt").toString(), text.toString()),
        err::toString);
    List<String> lines = out.toString().lines().toList();
    assertTrue(lines.size() >= 5, out::toString);
    int[] points = body.codePoints().toArray();
    for (String line : lines) {
      String[] f = line.split("\t");
      assertEquals(5, f.length, line);
      int start = Integer.parseInt(f[0]);
      int end = Integer.parseInt(f[1]);
      assertEquals(new String(points, start, end - start), f[4], line);
      assertTrue(List.of("state", "official", "organization").contains(f[2]), line);
    }
    assertTrue(lines.stream().anyMatch(l -> l.endsWith("\tofficial\tsergey-lavrov\tLavrov")),
        out::toString);
    assertTrue(lines.stream().anyMatch(l -> l.endsWith("\tCavusoglu")), out::toString);
    assertEquals(1, run("mentions", "--dictionary", tmp.resolve("none").toString(),
        text.toString()));
    assertEquals(2, run("mentions"));
  }
}
