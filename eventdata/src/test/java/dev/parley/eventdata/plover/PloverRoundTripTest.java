package dev.parley.eventdata.plover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** PLOVER to Parley to PLOVER keeps category, mode, context and actor codes, on the sample. */
class PloverRoundTripTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "" : n.asString().strip();
  }

  private static List<String> contexts(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      n.forEach(c -> out.add(c.asString().strip()));
    } else {
      for (String c : n.asString().split(",")) {
        if (!c.isBlank()) {
          out.add(c.strip());
        }
      }
    }
    return out;
  }

  private static List<String> codes(JsonNode record) {
    List<String> out = new ArrayList<>();
    for (String side : List.of("source", "target", "recipient")) {
      JsonNode list = record.get(side);
      if (list != null && list.isArray()) {
        String prefix = side.equals("source") ? "S:" : "T:";
        list.forEach(a -> out.add(prefix + a.path("code").asString() + "/"
            + a.path("sector").asString("")));
      }
    }
    return out;
  }

  @Test
  void ploverToParleyToPloverKeepsCategoryModeContextAndActorCodes() throws IOException {
    PloverImport first = PloverReader.lenient().read(SampleData.ploverSample());
    StringWriter out = new StringWriter();
    PloverWriter.array().write(first.chronicle(), out);
    JsonNode written = JSON.readTree(out.toString());
    JsonNode original = JSON.readTree(Files.readString(SampleData.ploverSample()));

    Map<String, List<JsonNode>> byId = new HashMap<>();
    original.forEach(r -> byId.computeIfAbsent(r.path("id").asString(), k -> new ArrayList<>())
        .add(r));
    assertEquals(first.chronicle().events().size() + first.chronicle().meetings().size(),
        written.size());
    int compared = 0;
    for (JsonNode w : written) {
      List<JsonNode> candidates = byId.get(w.path("id").asString());
      assertTrue(candidates != null, "written id " + w.path("id"));
      boolean matched = false;
      for (JsonNode o : candidates) {
        matched |= text(o.get("event")).equals(text(w.get("event")))
            && text(o.get("mode")).equals(text(w.get("mode")))
            && contexts(o.get("context")).equals(contexts(w.get("context")))
            && codes(o).equals(codes(w));
      }
      assertTrue(matched, "record " + w.path("id") + " written as " + w);
      compared++;
    }
    assertEquals(first.report().read() - first.report().skipped().size(), compared);

    // And reading what was written (its sources point into the first read's articles) gives
    // the same events and meetings.
    PloverImport second = PloverReader.lenient().withBase(first.chronicle())
        .read(out.toString());
    assertTrue(second.report().skipped().isEmpty(), second.report().skipped().toString());
    assertEquals(first.chronicle().events().size(), second.chronicle().events().size());
    for (int i = 0; i < first.chronicle().events().size(); i++) {
      assertEquals(first.chronicle().events().get(i), second.chronicle().events().get(i));
    }
    assertEquals(first.chronicle().meetings(), second.chronicle().meetings());
  }
}
