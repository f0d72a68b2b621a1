package dev.parley.eventdata.plover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Event;
import dev.parley.core.Meeting;
import dev.parley.core.SourceRef;
import dev.parley.eventdata.ImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PLOVER gold standard sample reads with every record accounted for. The expected outcome
 * of each record is worked out here from the JSON by a second, simpler reading of the rules
 * (regular expressions, the JDK's ISO list), not by the reader's code.
 */
class PloverSampleTest {
  private static final Set<String> ISO = Set.of(
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(new String[0]));
  private static final Set<String> CURRENT = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
      "COOPERATE", "AID", "RETREAT", "DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
      "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DISAPPROVE", "INVESTIGATE", "FIGHT",
      "REQUEST");

  /** A tag holding no other tag (it may hold parentheses of the text). */
  private static final Pattern INNERMOST = Pattern.compile(
      "\\(([A-Z]+(?:/[A-Z]+)*):([^()]*(?:\\((?![A-Z]+(?:/[A-Z]+)*:)[^()]*\\)[^()]*)*)\\)");

  static List<JsonNode> records;
  static PloverImport read;

  @BeforeAll
  static void read() throws IOException {
    JsonNode all = JsonMapper.builder().build()
        .readTree(Files.readString(SampleData.ploverSample()));
    records = new ArrayList<>();
    all.forEach(records::add);
    read = PloverReader.lenient().read(SampleData.ploverSample());
  }

  /** Why a record cannot be mapped, by the simple rules; null when it can. */
  static String expectedSkip(JsonNode r) {
    String event = r.path("event").asString("");
    if (!CURRENT.contains(event)) {
      return "category " + event;
    }
    JsonNode target = r.get("target");
    if (target != null && target.isString()) {
      return "target is a string";
    }
    String text = r.path("text").asString("");
    String markup = r.path("textInfo").path("markup").asString(null);
    if (markup != null) {
      String plain = untagged(markup);
      if (!plain.replaceAll("\\s", "").equals(text.replaceAll("\\s", ""))) {
        return "markup";
      }
    }
    return null;
  }

  static boolean isParty(JsonNode actor) {
    String code = actor.path("code").asString("");
    return ISO.contains(code) || Set.of("JAP", "ITL", "IGO", "NGO").contains(code);
  }

  static boolean expectedMeeting(JsonNode r) {
    if (!r.path("event").asString("").equals("CONSULT")) {
      return false;
    }
    String mode = r.path("mode").asString("");
    if (!Set.of("", "visit", "host", "third-party", "multilateral").contains(mode)) {
      return false;
    }
    List<JsonNode> actors = new ArrayList<>();
    r.path("source").forEach(actors::add);
    r.path("target").forEach(actors::add);
    return actors.stream().allMatch(PloverSampleTest::isParty);
  }

  @Test
  void everyRecordIsAccountedFor() {
    ImportReport report = read.report();
    int skipped = (int) records.stream().filter(r -> expectedSkip(r) != null).count();
    int meetings = (int) records.stream()
        .filter(r -> expectedSkip(r) == null && expectedMeeting(r)).count();
    int events = records.size() - skipped - meetings;
    System.out.println("PLOVER sample: " + report.summary());
    report.skipped().forEach(s -> System.out.println("  skipped " + s));

    assertEquals(records.size(), report.read());
    assertEquals(events, report.count("events"));
    assertEquals(meetings, report.count("meetings"));
    assertEquals(skipped, report.skipped().size());
    assertEquals(report.read(),
        report.count("events") + report.count("meetings") + report.skipped().size());
    assertEquals(events, read.chronicle().events().size());
    assertEquals(meetings, read.chronicle().meetings().size());
    assertTrue(events > 0 && meetings > 0 && skipped > 0, report.summary());
  }

  @Test
  void theSkippedRecordsAreTheUnmappableOnesEachWithAReason() {
    Set<String> expected = records.stream().filter(r -> expectedSkip(r) != null)
        .map(r -> r.path("id").asString()).collect(Collectors.toCollection(TreeSet::new));
    Set<String> actual = new TreeSet<>();
    for (ImportReport.Skipped s : read.report().skipped()) {
      assertFalse(s.reason().isBlank(), s.toString());
      Matcher m = Pattern.compile("record (\\S+), line \\d+").matcher(s.where());
      assertTrue(m.matches(), s.where());
      actual.add(m.group(1));
    }
    assertEquals(expected, actual);
    assertTrue(read.report().skipped().stream()
        .anyMatch(s -> s.reason().contains("DOCUMENT")));
    assertTrue(read.report().skipped().stream()
        .anyMatch(s -> s.reason().contains("the empty string")));
    assertTrue(read.report().skipped().stream()
        .anyMatch(s -> s.reason().contains("markup does not match the text")));
  }

  /** The tags and tagged words of a markup, innermost tags first, white space collapsed. */
  static List<String> taggedWords(String markup) {
    List<String> words = new ArrayList<>();
    for (String s = markup, before = null; !s.equals(before); ) {
      before = s;
      Matcher m = INNERMOST.matcher(s);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        words.add(m.group(1) + ":" + m.group(2).strip().replaceAll("\\s+", " "));
        m.appendReplacement(out, Matcher.quoteReplacement(m.group(2)));
      }
      m.appendTail(out);
      s = out.toString();
    }
    return words;
  }

  /** The markup without its tags. */
  static String untagged(String markup) {
    String s = markup;
    for (String before = null; !s.equals(before); ) {
      before = s;
      s = INNERMOST.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    }
    return s;
  }

  @Test
  void spansMatchTheTextsAndTheMarkup() {
    assertFalse(read.spans().isEmpty());
    int next = 0;
    for (JsonNode r : records) {
      if (expectedSkip(r) != null || r.path("textInfo").path("markup").isMissingNode()) {
        continue;
      }
      List<String> words = taggedWords(r.path("textInfo").path("markup").asString());
      String text = r.path("text").asString();
      List<String> found = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        MarkupSpan s = read.spans().get(next++);
        assertEquals(r.path("id").asString(), s.record());
        found.add(s.tag() + ":" + s.span().resolve(text).replaceAll("\\s+", " "));
      }
      assertEquals(new TreeSet<>(words), new TreeSet<>(found), r.path("id").asString());
    }
    assertEquals(next, read.spans().size());
    for (MarkupSpan s : read.spans()) {
      String text = read.texts().get(s.span().article());
      assertEquals(s.span().excerpt().orElseThrow(), s.span().resolve(text));
    }
  }

  @Test
  void sourcesOfEventsAndMeetingsResolveInTheirTexts() {
    List<SourceRef> refs = new ArrayList<>();
    for (Event e : read.chronicle().events()) {
      refs.addAll(e.sources());
    }
    for (Meeting m : read.chronicle().meetings()) {
      refs.addAll(m.sources());
    }
    assertFalse(refs.isEmpty());
    for (SourceRef ref : refs) {
      String text = read.texts().get(ref.article());
      assertEquals(ref.excerpt().orElseThrow(), ref.resolve(text), ref.toString());
    }
  }
}
