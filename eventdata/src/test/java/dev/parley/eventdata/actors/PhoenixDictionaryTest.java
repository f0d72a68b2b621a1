package dev.parley.eventdata.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.core.Official;
import dev.parley.core.Organization;
import dev.parley.core.PostRole;
import dev.parley.core.Reference;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.Tenure;
import dev.parley.core.time.FuzzyDate;
import dev.parley.eventdata.ImportReport;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole Phoenix country dictionary ({@code ../shared/data/cameo-actors}) read, its numbers
 * checked against simple scans of the file's lines made here, independently of the reader.
 */
class PhoenixDictionaryTest {
  private static final Pattern BARE_CODE = Pattern.compile("\\[\\s*([A-Z]{3})[\\s\\]]");
  private static final Pattern TERRITORY_HEADER =
      Pattern.compile("^[^\\s+#][^\\[#]*\\[([A-Z]{6})\\]");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final ActorDictionary dictionary = PhoenixDictionary.get();
  private final List<String> lines = PhoenixDictionary.lines();
  private final ImportReport report = dictionary.report();
  private final Chronicle chronicle = dictionary.chronicle();

  private static boolean isComment(String line) {
    return line.strip().startsWith("#");
  }

  private static boolean isCodeLine(String line) {
    return !line.isEmpty() && Character.isWhitespace(line.charAt(0))
        && line.strip().startsWith("[");
  }

  private static boolean isPhraseLine(String line) {
    return !line.isBlank() && !Character.isWhitespace(line.charAt(0))
        && line.charAt(0) != '+' && line.charAt(0) != '#';
  }

  private static int lineOf(ImportReport.Skipped s) {
    return Integer.parseInt(s.where().substring("line ".length()));
  }

  @Test
  void everyLineIsCountedUnderOneKind() {
    long blank = lines.stream().filter(String::isBlank).count();
    long comments = lines.stream().filter(l -> !l.isBlank() && isComment(l)).count();
    long variants = lines.stream().filter(l -> l.startsWith("+")).count();
    long phrases = lines.stream().filter(PhoenixDictionaryTest::isPhraseLine).count();
    long codes = lines.stream().filter(PhoenixDictionaryTest::isCodeLine).count();

    assertEquals(lines.size(), report.read());
    assertEquals(blank, report.count("blank lines"));
    assertEquals(comments, report.count("comment lines"));
    assertEquals(variants, report.count("variant lines"));
    assertEquals(phrases, report.count("phrase lines"));
    assertEquals(codes, report.count("code lines") + report.count("unreadable lines"));
    assertEquals(lines.size(), blank + comments + variants + phrases + codes);
  }

  @Test
  void entriesAreGroupedAsPetrarchGroupsThem() {
    // A phrase line starts a new entry once the entry before it has a code block.
    int entries = 0;
    boolean open = false;
    boolean hasCode = false;
    for (String line : lines) {
      if (line.isBlank() || isComment(line) || line.startsWith("+")) {
        continue;
      }
      if (isCodeLine(line)) {
        hasCode = true;
        continue;
      }
      if (!open || hasCode) {
        entries++;
        open = true;
        hasCode = false;
      }
      String body = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
      hasCode |= body.contains("[");
    }
    assertTrue(entries > 18_000, "the scan finds the dictionary's ~18,000 entries: " + entries);
    assertEquals(entries,
        dictionary.entries().size() + report.count("entries without a readable code"));
    assertEquals(dictionary.entries().size(), report.count("entries"));
    int phraseCount = dictionary.entries().stream().mapToInt(e -> e.phrases().size()).sum();
    // The phrases of entries dropped for want of a readable code: from the entry's line to its
    // first code line.
    int dropped = 0;
    for (ImportReport.Skipped s : report.skipped()) {
      if (s.reason().contains("has no readable code block")) {
        for (int i = lineOf(s) - 1; !isCodeLine(lines.get(i)); i++) {
          dropped += isPhraseLine(lines.get(i)) || lines.get(i).startsWith("+") ? 1 : 0;
        }
      }
    }
    assertEquals(report.count("phrase lines") + report.count("variant lines"),
        phraseCount + dropped);
  }

  @Test
  void everyEntryBecomesOneThingOrIsReported() {
    long notCoded = report.skipped().stream()
        .filter(s -> s.reason().contains("has only the code ---")).count();
    assertEquals(dictionary.entries().size(),
        chronicle.states().size() + report.count("entries merged into a state")
            + chronicle.officials().size() + chronicle.organizations().size() + notCoded);
    assertEquals(chronicle.officials().size(), report.count("officials"));
    assertEquals(chronicle.organizations().size(), report.count("organizations"));
    assertEquals(chronicle.states().size(),
        report.count("states") + report.count("territories"));
  }

  @Test
  void everyBareCountryCodeAndTerritoryIsAState() {
    Set<String> bare = new TreeSet<>();
    Set<String> territories = new TreeSet<>();
    for (String line : lines) {
      if (isComment(line)) {
        continue;
      }
      Matcher m = BARE_CODE.matcher(line);
      while (m.find()) {
        bare.add(m.group(1));
      }
      Matcher t = TERRITORY_HEADER.matcher(line);
      // [KRJUNR 911219-951112] has dates, so the pattern (code alone in brackets) skips it.
      if (t.find()) {
        territories.add(t.group(1).substring(3));
      }
    }
    Set<String> ids = chronicle.states().stream().map(s -> s.id().value())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>(bare);
    expected.addAll(territories);
    assertEquals(expected, ids);
    assertEquals(territories.size(), report.count("territories"));
  }

  @Test
  void everyCountryInfoPersonIsAnOfficialOrReported() {
    Set<String> officialNames = new HashSet<>();
    for (Official o : chronicle.officials()) {
      officialNames.add(o.name().toLowerCase(Locale.ROOT));
      o.otherNames().forEach(n -> officialNames.add(n.toLowerCase(Locale.ROOT)));
    }
    Set<String> skipped = report.skipped().stream().map(ImportReport.Skipped::where)
        .collect(Collectors.toSet());
    int people = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isPhraseLine(line)
          && line.toLowerCase(Locale.ROOT).matches(".*#\\s*countryinfo\\.txt.*")) {
        people++;
        String phrase = line.substring(0, line.indexOf('#')).strip();
        String name = phrase.replaceAll("[_\\s]+", " ").strip().toLowerCase(Locale.ROOT);
        assertTrue(officialNames.contains(name) || skipped.contains("line " + (i + 1)),
            "line " + (i + 1) + ": " + phrase);
      }
    }
    assertTrue(people > 17_000, "CountryInfo people: " + people);
    assertTrue(chronicle.officials().size() >= people - skipped.size());
  }

  @Test
  void findsSergeyLavrovAsForeignMinisterFrom9March2004OpenEnded() {
    List<Official> found = chronicle.officials().stream()
        .filter(o -> o.isKnownAs("Sergei Lavrov")).collect(Collectors.toList());
    assertEquals(1, found.size());
    Official lavrov = found.get(0);
    assertEquals("Sergey Lavrov", lavrov.name());
    assertTrue(lavrov.otherNames().containsAll(List.of("Sergey Viktorovich Lavrov", "Lavrov",
        "Sergey V. Lavrov", "Sergei Lavrov", "Russian Foreign Minister Sergey Lavrov")),
        lavrov.otherNames().toString());
    assertTrue(lavrov.otherNames().stream().noneMatch(n -> n.contains("_")));

    List<Tenure> fm = lavrov.tenures().stream()
        .filter(t -> t.post().role() == PostRole.FOREIGN_MINISTER).collect(Collectors.toList());
    assertEquals(1, fm.size());
    Tenure tenure = fm.get(0);
    assertEquals(StateId.of("RUS"), tenure.post().party());
    assertEquals(FuzzyDate.parse("2004-03-09/.."), tenure.term());
    assertTrue(tenure.term().isOpenEnd());
    assertTrue(tenure.certainlyHeldOn(LocalDate.of(2004, 3, 9)));
    assertFalse(tenure.mayHaveHeldOn(LocalDate.of(2004, 3, 8)));
    assertEquals(1, tenure.references().size());
    Reference ref = tenure.references().get(0);
    assertEquals(PhoenixDictionary.WORK, ref.work());
    assertEquals(Optional.of("Phoenix.Countries.actors.txt"), ref.file());
    assertEquals("[RUSGOV >20040309]  # Foreign Minister", ref.says());
    assertEquals(PhoenixDictionary.ACCESSED, ref.accessed());
    assertTrue(lines.stream().anyMatch(l -> l.strip().equals(ref.says())));
  }

  @Test
  void everyTenureIsSourcedToALineOfTheDictionary() {
    Set<String> stripped = lines.stream().map(String::strip).collect(Collectors.toSet());
    List<Reference> refs = chronicle.officials().stream().flatMap(o -> o.tenures().stream())
        .flatMap(t -> t.references().stream()).collect(Collectors.toList());
    assertFalse(refs.isEmpty());
    for (Reference r : refs) {
      assertTrue(stripped.contains(r.says()), r.says());
      assertEquals(Optional.of("Phoenix.Countries.actors.txt"), r.file());
    }
    // One reference per dated code line of an official that made or joined a tenure.
    assertEquals(report.count("tenures") + report.count("tenures merged"), refs.size());
  }

  @Test
  void statesKeepTheirNameVariants() {
    State russia = chronicle.state(StateId.of("RUS")).orElseThrow();
    assertEquals("Russian Federation", russia.name());
    assertTrue(russia.otherNames().containsAll(List.of("Russia", "Rossija", "Moscow", "RSFSR")),
        russia.otherNames().toString());
    State usa = chronicle.state(StateId.of("USA")).orElseThrow();
    assertEquals("United States of America", usa.name());
    assertTrue(usa.isKnownAs("U.S."));
    assertEquals("Kosovo", chronicle.state(StateId.of("KSV")).orElseThrow().name());
    assertEquals("Guam", chronicle.state(StateId.of("GUM")).orElseThrow().name());
  }

  @Test
  void nationalInstitutionsAreOrganizationsOfTheirState() {
    Organization pla = chronicle.organizations().stream()
        .filter(o -> o.name().equals("Peoples Liberation Army")).findFirst().orElseThrow();
    assertEquals(Optional.of(StateId.of("CHN")), pla.state());
    assertTrue(pla.isKnownAs("PLA"));
    Set<String> institutions = Set.of("Peoples Liberation Army", "Knesset",
        "Federal Security Service", "Mossad");
    assertTrue(chronicle.officials().stream().noneMatch(o -> institutions.contains(o.name())));
  }

  @Test
  void linesWithMalformedDatesAreReportedWithTheirLineNumbers() {
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!isCodeLine(line)) {
        continue;
      }
      String body = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
      Matcher m = DIGITS.matcher(body);
      while (m.find()) {
        if (m.group().length() != 6 && m.group().length() != 8) {
          expected.add("line " + (i + 1));
        }
      }
    }
    assertFalse(expected.isEmpty());
    Set<String> reported = report.skipped().stream().map(ImportReport.Skipped::where)
        .collect(Collectors.toSet());
    assertTrue(reported.containsAll(expected), expected + " in " + reported);
    assertTrue(report.count("unreadable lines") >= expected.size());
  }

  @Test
  void strictReadingStopsAtTheFirstUnreadableLine() throws Exception {
    String text = Files.readString(PhoenixDictionary.FILE);
    int first = report.skipped().stream()
        .filter(s -> !s.reason().contains("not a state") && !s.reason().contains("---"))
        .mapToInt(PhoenixDictionaryTest::lineOf).min().orElseThrow();
    ActorDictionaryException e = assertThrows(ActorDictionaryException.class,
        () -> ActorDictionaryReader.lenient().strict().withAccessed(PhoenixDictionary.ACCESSED)
            .read(text, "Phoenix.Countries.actors.txt"));
    assertEquals(first, e.line());
    assertTrue(e.getMessage().startsWith("line " + first + ": "), e.getMessage());
  }
}
