package dev.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.time.FuzzyDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChronicleTest {
  private static final StateId TUR = StateId.of("TUR");
  private static final Post FM = Post.of(PostRole.FOREIGN_MINISTER, TUR);
  private static final Reference REF = Reference.builder().work("Wikipedia")
      .url(java.net.URI.create("https://en.wikipedia.org/wiki/Example"))
      .says("In office 2014 to 2023").accessed(java.time.LocalDate.of(2025, 6, 1)).build();

  private static Chronicle withTenures(String... terms) {
    Official.Builder official = Official.builder().id(OfficialId.of("o")).name("O");
    for (String term : terms) {
      official.addTenure(
          Tenure.builder().post(FM).term(FuzzyDate.parse(term)).addReference(REF).build());
    }
    return Chronicle.builder()
        .addState(State.builder().id(TUR).name("Türkiye").build())
        .addOfficial(official.build())
        .build();
  }

  @ParameterizedTest(name = "{0} and {1} overlap: {2}")
  @CsvSource({
      // Certainly shared days conflict.
      "2001/2010,        2005/2012,        true",
      "2001-01-01/..,    2020-01-01/..,    true",
      "../2010,          2009/2011,        true",
      // A handover on one day is not a conflict; nor are terms that follow each other.
      "2001-01-01/2005-06-03, 2005-06-03/2010, false",
      "2001/2005,        2006/2010,        false",
      // Fuzzy ends that may or may not meet are not a certain overlap.
      "2001/2005,        2005/2010,        false",
      "2001/2005~,       2005?/2010,       false",
      // Unknown ends certainly cover only the known end.
      "2001-01-01/,      2001-06-01/2002,  false",
      "/2010-12-31,      2010-01-01/2012,  false",
      // Single dates attest one day (a day) or nothing certain (a year).
      "2023-04-25,       2023-04-25,       false",
      "2023,             2023,             false",
      "2023-04-25,       2023-01-01/2023-12-31, false",
  })
  void tenuresOfOnePostOverlapOnlyWhenCertain(String a, String b, boolean overlap) {
    if (!overlap) {
      assertEquals(1, withTenures(a, b).officials().size());
      return;
    }
    InvalidChronicleException e =
        assertThrows(InvalidChronicleException.class, () -> withTenures(a, b));
    assertEquals(1, e.violations().size());
    Violation v = e.violations().get(0);
    assertEquals("official", v.kind());
    assertEquals("o", v.id());
    assertEquals("tenures[1].term", v.field());
    assertTrue(v.message().contains(a) && v.message().contains(b), v.message());
  }

  @Test
  void postsDifferingOnlyInATitleAreOneOfficeAndTheirTenuresMustNotOverlap() {
    Post titled = Post.builder().from(FM).title("Minister of Foreign Affairs").build();
    Official official = Official.builder().id(OfficialId.of("o")).name("O")
        .addTenure(Tenure.builder().post(FM).term(FuzzyDate.parse("2001/2010"))
            .addReference(REF).build())
        .addTenure(Tenure.builder().post(titled).term(FuzzyDate.parse("2005/2012"))
            .addReference(REF).build())
        .build();
    InvalidChronicleException e = assertThrows(InvalidChronicleException.class,
        () -> Chronicle.builder().addState(State.builder().id(TUR).name("Türkiye").build())
            .addOfficial(official).build());
    assertEquals("tenures[1].term", e.violations().get(0).field());
    assertTrue(e.violations().get(0).message().contains("in the same office"));
  }

  @Test
  void tenuresOfDifferentPostsMayOverlap() {
    Official official = Official.builder().id(OfficialId.of("o")).name("O")
        .addTenure(Tenure.builder().post(FM).term(FuzzyDate.parse("2001/2010"))
            .addReference(REF).build())
        .addTenure(Tenure.builder().post(Post.of(PostRole.HEAD_OF_GOVERNMENT, TUR))
            .term(FuzzyDate.parse("2001/2010")).addReference(REF).build())
        .build();
    Chronicle c = Chronicle.builder()
        .addState(State.builder().id(TUR).name("Türkiye").build())
        .addOfficial(official)
        .build();
    assertEquals(2, c.officials().get(0).tenures().size());
  }

  @Test
  void everyDuplicateIsReportedOnceAndRecordsAreSortedStably() {
    State first = State.builder().id(TUR).name("Türkiye").build();
    State second = State.builder().id(TUR).name("Turkey").build();
    State third = State.builder().id(TUR).name("Türkiye Cumhuriyeti").build();
    InvalidChronicleException e = assertThrows(InvalidChronicleException.class,
        () -> Chronicle.builder().addStates(first, second, third).build());
    assertEquals(List.of("state 'TUR' id: the id is used by more than one state",
            "state 'TUR' id: the id is used by more than one state"),
        e.violations().stream().map(Violation::toString).collect(Collectors.toList()));
  }

  @Test
  void theMessageListsTheViolations() {
    Issue a = Issue.builder().id(IssueId.of("a")).label("A").parent(IssueId.of("b")).build();
    Issue b = Issue.builder().id(IssueId.of("b")).label("B").parent(IssueId.of("a")).build();
    Issue c = Issue.builder().id(IssueId.of("c")).label("C").parent(IssueId.of("missing"))
        .build();
    InvalidChronicleException e = assertThrows(InvalidChronicleException.class,
        () -> Chronicle.builder().addIssues(c, b, a).build());
    assertEquals("Invalid chronicle: 3 violations\n"
        + "  issue 'a' parent: the issue is its own ancestor (the parents form a cycle)\n"
        + "  issue 'b' parent: the issue is its own ancestor (the parents form a cycle)\n"
        + "  issue 'c' parent: unknown issue 'missing'", e.getMessage());
  }

  @Test
  void anIssueBelowACycleIsNotBlamedForIt() {
    Issue a = Issue.builder().id(IssueId.of("a")).label("A").parent(IssueId.of("b")).build();
    Issue b = Issue.builder().id(IssueId.of("b")).label("B").parent(IssueId.of("a")).build();
    Issue leaf = Issue.builder().id(IssueId.of("leaf")).label("L").parent(IssueId.of("a"))
        .build();
    InvalidChronicleException e = assertThrows(InvalidChronicleException.class,
        () -> Chronicle.builder().addIssues(a, b, leaf).build());
    assertEquals(List.of("a", "b"),
        e.violations().stream().map(Violation::id).collect(Collectors.toList()));
  }

  @Test
  void emptyChronicleIsValidAndEqualToAnotherEmptyOne() {
    assertEquals(Chronicle.empty(), Chronicle.builder().build());
    assertTrue(Chronicle.empty().state(TUR).isEmpty());
  }
}
