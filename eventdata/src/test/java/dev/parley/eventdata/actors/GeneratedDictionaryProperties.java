package dev.parley.eventdata.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.core.Official;
import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.StateId;
import dev.parley.core.Tenure;
import dev.parley.core.time.FuzzyDate;
import dev.parley.eventdata.ImportReport;
import dev.parley.eventdata.actors.GeneratedDictionary.Code;
import dev.parley.eventdata.actors.GeneratedDictionary.Entry;
import dev.parley.eventdata.actors.GeneratedDictionary.Written;
import dev.parley.eventdata.actors.RoleCode.Restriction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated dictionaries read back to what they were generated from. */
class GeneratedDictionaryProperties {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 5);
  private static final ActorDictionaryReader READER =
      ActorDictionaryReader.lenient().withAccessed(DAY).withWork("Generated");

  @Property(tries = 300)
  void entriesReadBackToTheModel(@ForAll("dictionaries") List<Entry> model) {
    Written w = GeneratedDictionary.write(model);
    ActorDictionary d = READER.read(w.text(), "generated.actors.txt");
    assertEquals(w.entries(), d.entries());
    // Generated countries are not states here (no state entries), so only tenures are skipped.
    assertEquals(List.of(), d.report().skipped().stream()
        .filter(s -> !s.reason().contains("is not a state in the dictionary"))
        .collect(Collectors.toList()));
    assertEquals(0, d.report().count("unreadable lines"));
    assertEquals(w.text().split("\n", -1).length - 1, d.report().read());
    // Strict reading of a well-formed text gives the same entries.
    assertEquals(w.entries(), READER.strict().read(w.text(), "generated.actors.txt").entries());
  }

  /**
   * States and people: each state entry becomes the state, each person's dated codes (distinct
   * codes, so no two tenures share an office) become one tenure each with the code's term and a
   * reference to the line; undated codes go to the extension.
   */
  @Property(tries = 200)
  void officialsGetATenurePerDatedCode(@ForAll("worlds") World world) {
    Written w = GeneratedDictionary.write(world.entries());
    Chronicle c = READER.read(w.text(), "world.actors.txt").chronicle();
    assertEquals(world.countries().size(), c.states().size());
    for (String country : world.countries()) {
      assertTrue(c.state(StateId.of(country)).isPresent(), country);
    }
    List<DictionaryEntry> people = w.entries().subList(world.countries().size(),
        w.entries().size());
    assertEquals(people.size(), c.officials().size());
    for (DictionaryEntry e : people) {
      // The chronicle keeps its own order; people have distinct names (see worlds()).
      Official o = c.officials().stream().filter(x -> x.name().equals(Names.display(e.name())))
          .findFirst().orElseThrow(() -> new AssertionError("no official " + e.name()));
      for (String p : e.phrases()) {
        assertTrue(o.isKnownAs(Names.display(p)), p);
      }
      List<RoleCode> dated = e.codes().stream().filter(RoleCode::isDated)
          .collect(Collectors.toList());
      assertEquals(dated.size(), o.tenures().size());
      for (int j = 0; j < dated.size(); j++) {
        RoleCode rc = dated.get(j);
        Tenure t = o.tenures().get(j);
        assertEquals(Post.builder().role(PostRole.OTHER).party(StateId.of(rc.country()))
            .title(Sectors.title(rc.code())).build(), t.post());
        assertEquals(expectedTerm(rc), t.term());
        assertEquals(rc.raw(), t.references().get(0).says());
        assertEquals(DAY, t.references().get(0).accessed());
        assertEquals("Generated", t.references().get(0).work());
      }
      long undated = e.codes().size() - dated.size();
      assertEquals(undated > 0, o.extensions().containsKey("cameoCodes"));
    }
  }

  /** A bad code line is reported at its line; every entry is still read; strict throws there. */
  @Property(tries = 200)
  void aBadLineIsReportedAndTheRestRead(@ForAll("dictionaries") List<Entry> model,
      @ForAll("badLines") String bad, @ForAll("indexes") int where) {
    Written w = GeneratedDictionary.write(model);
    if (w.codeLines().isEmpty()) {
      return;
    }
    int after = w.codeLines().get(where % w.codeLines().size());
    List<String> lines = new ArrayList<>(Arrays.asList(w.text().split("\n", -1)));
    lines.add(after, bad); // after line `after` (1-based), so the bad line is line after + 1
    String text = String.join("\n", lines);

    ActorDictionary d = READER.read(text, "bad.actors.txt");
    List<ImportReport.Skipped> unreadable = d.report().skipped().stream()
        .filter(s -> !s.reason().contains("not a state")).collect(Collectors.toList());
    assertEquals(1, unreadable.size(), unreadable.toString());
    assertEquals("line " + (after + 1), unreadable.get(0).where());
    assertTrue(unreadable.get(0).reason().contains(bad.strip()), unreadable.get(0).reason());
    assertEquals(1, d.report().count("unreadable lines"));
    assertEquals(w.entries().size(), d.entries().size());
    for (int i = 0; i < w.entries().size(); i++) {
      assertEquals(w.entries().get(i).phrases(), d.entries().get(i).phrases());
      assertEquals(w.entries().get(i).codes().stream().map(RoleCode::raw)
          .collect(Collectors.toList()),
          d.entries().get(i).codes().stream().map(RoleCode::raw).collect(Collectors.toList()));
    }

    ActorDictionaryException e = assertThrows(ActorDictionaryException.class,
        () -> READER.strict().read(text, "bad.actors.txt"));
    assertEquals(after + 1, e.line());
  }

  private static FuzzyDate expectedTerm(RoleCode rc) {
    switch (rc.restriction()) {
      case FROM:
        return FuzzyDate.parse(rc.from().orElseThrow() + "/..");
      case UNTIL:
        return FuzzyDate.parse("/" + rc.until().orElseThrow());
      default:
        return FuzzyDate.parse(rc.from().orElseThrow() + "/" + rc.until().orElseThrow());
    }
  }

  @Provide
  Arbitrary<List<Entry>> dictionaries() {
    return GeneratedDictionary.dictionaries();
  }

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Provide
  Arbitrary<String> badLines() {
    Arbitrary<String> code = GeneratedDictionary.codes();
    return Arbitraries.oneOf(
        code.map(c -> "\t[" + c + " 9008223-911221]"),
        code.map(c -> "\t[" + c + " 20121204]"),
        code.map(c -> "\t[" + c + " >201005011]"),
        code.map(c -> "\t[" + c + " 20101332-20111231]"),
        code.map(c -> "\t[" + c + " 20100101-20090101]"),
        code.map(c -> "\t[" + c.toLowerCase() + "]"),
        code.map(c -> "\t[" + c + "A]"),
        code.map(c -> "\t" + c),
        code.map(c -> "\t[" + c + " <]"));
  }

  /** A few states and people whose codes name those states. */
  record World(List<String> countries, List<Entry> entries) {}

  @Provide
  Arbitrary<World> worlds() {
    Arbitrary<List<String>> countries = GeneratedDictionary.countries().set().ofMinSize(1)
        .ofMaxSize(4).map(s -> new ArrayList<>(new LinkedHashSet<>(s)));
    return countries.flatMap(cs -> {
      Arbitrary<String> codes = Combinators.combine(Arbitraries.of(cs),
              Arbitraries.of(GeneratedDictionary.SECTORS))
          .as((c, s) -> c + s);
      Arbitrary<Entry> person = GeneratedDictionary.entries(codes).map(e -> {
        // Distinct codes, no comments on codes (they could name one office twice), people.
        Set<String> seen = new LinkedHashSet<>();
        List<Code> distinct = e.codes().stream().filter(c -> seen.add(c.code()))
            .map(c -> new Code(c.code(), c.restriction(), c.from(), c.until(), c.sixDigits(),
                null))
            .collect(Collectors.toList());
        return new Entry(e.phrases(), e.headPhrases(), e.codeOnHead(), distinct,
            "CountryInfo.txt", e.variantComments(), e.blankBefore());
      });
      return person.list().ofMaxSize(6).uniqueElements(p -> Names.display(p.phrases().get(0)))
          .map(people -> {
        List<Entry> all = new ArrayList<>();
        for (String c : cs) {
          all.add(new Entry(List.of("LAND_OF_" + c + "_", "+" + c + "_PEOPLE"), 1, true,
              List.of(new Code(c, Restriction.NONE, null, null, false, null)), null,
              Arrays.asList(null, null, null, null), true));
        }
        all.addAll(people);
        return new World(cs, all);
      });
    });
  }
}
