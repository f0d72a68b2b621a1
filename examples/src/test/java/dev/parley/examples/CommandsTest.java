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
}
