package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingStatus;
import dev.parley.core.OfficialId;
import dev.parley.core.PostRole;
import dev.parley.core.StateId;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's lookup example is {@link ReadmeQueries}, checked here against scans of the seed. */
class ReadmeQueriesTest {
  private static final Chronicle SEED = SeedCorpus.curated();

  @Test
  void readmeShowsTheExampleVerbatim() throws IOException {
    ReadmeSnippets.assertShown("ReadmeQueries.java");
  }

  private static boolean takesPart(Meeting m, StateId state) {
    return m.participants().stream().anyMatch(p -> p.actor().equals(Optional.of(state))
        || p.party().equals(Optional.of(state)));
  }

  @Test
  void exampleFindsWhatAScanFinds() {
    ReadmeQueries.Found found = ReadmeQueries.run(SEED);
    StateId tur = StateId.of("TUR");
    assertEquals(tur, found.turkiye().id());
    assertEquals(OfficialId.of("ibrahim-kalin"), found.kalin().id());
    assertEquals(IssueId.of("turkish-withdrawal-from-syria"), found.withdrawal().id());

    Set<Meeting> involved = SEED.meetings().stream().filter(m -> takesPart(m, tur))
        .collect(Collectors.toSet());
    assertEquals(involved, new HashSet<>(found.involved()));
    assertEquals(involved.stream().filter(m -> m.status() == MeetingStatus.HELD)
        .collect(Collectors.toSet()), new HashSet<>(found.attended()));
    assertTrue(found.involved().size() > found.attended().size(),
        "the seed has meetings with Türkiye that were not held");

    Set<IssueId> conflict = SEED.issues().stream().filter(i -> under(i, "syrian-conflict"))
        .map(Issue::id).collect(Collectors.toSet());
    assertEquals(SEED.statements().stream()
            .filter(s -> s.issues().stream().anyMatch(conflict::contains))
            .collect(Collectors.toSet()),
        new HashSet<>(found.onConflict()));
    assertTrue(found.onConflict().size() > SEED.query().statements()
        .onIssue(IssueId.of("syrian-conflict")).count());

    assertFalse(found.byMinister().isEmpty());
    found.byMinister().forEach(s -> assertTrue(s.speaker().actor()
        .flatMap(a -> a instanceof OfficialId o ? SEED.official(o) : Optional.empty())
        .map(o -> o.tenures().stream().anyMatch(t -> t.post().role() == PostRole.FOREIGN_MINISTER
            && t.post().party().equals(tur)))
        .orElse(false), s.id().toString()));
  }

  private static boolean under(Issue issue, String ancestor) {
    Optional<Issue> at = Optional.of(issue);
    while (at.isPresent()) {
      if (at.get().id().value().equals(ancestor)) {
        return true;
      }
      at = at.get().parent().flatMap(SEED::issue);
    }
    return false;
  }
}
