package dev.parley.testkit.properties;

import static dev.parley.testkit.properties.QueryProperties.DATE_ORDER;
import static dev.parley.testkit.properties.QueryProperties.high;
import static dev.parley.testkit.properties.QueryProperties.low;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.Named;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.Post;
import dev.parley.core.Stance;
import dev.parley.core.State;
import dev.parley.core.Statement;
import dev.parley.core.Tenure;
import dev.parley.core.query.Queries;
import dev.parley.core.time.FuzzyDate;
import dev.parley.testkit.ParleyArbitraries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The lookups of {@link Queries} (by name, by label, the issue hierarchy, by post, evidence)
 * against naive references that scan every record, written from the Javadoc only:
 *
 * <ul>
 *   <li>known by a name: {@link Named#isKnownAs} (the documented rule), by id; {@code
 *       actorsNamed} lists states, then officials, then organizations;
 *   <li>an issue "or narrower": the issue itself, or an issue whose chain of parents reaches it;
 *   <li>{@code withCapacity(post)}: some participant's capacity is the post's office;
 *   <li>{@code byHolderOf(post)}: the named speaker is an official with a tenure of the post's
 *       office whose certain days cover the days the statement's date counts for;
 *   <li>{@code evidence(stance)}: the stance's statements, each once, chronological then by id.
 * </ul>
 */
class LookupProperties {
  private static final Locale TURKISH = Locale.forLanguageTag("tr");

  private static final Comparator<Meeting> MEETING_ORDER =
      Comparator.comparing(Meeting::date, DATE_ORDER).thenComparing(Meeting::id);

  private static final Comparator<Statement> STATEMENT_ORDER =
      Comparator.comparing(Statement::date, DATE_ORDER).thenComparing(Statement::id);

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(1, 6).withMeetings(0, 10)
        .withStatements(0, 8).withStances(0, 4).withParticipants(1, 4);
  }

  /** Every name and other name, in several cases (the Turkish ones too), and one absent. */
  private static List<String> probes(Chronicle c) {
    Set<String> names = new LinkedHashSet<>();
    Stream.of(c.states(), c.officials(), c.organizations()).flatMap(List::stream)
        .map(Named.class::cast)
        .forEach(a -> {
          names.add(a.name());
          names.addAll(a.otherNames());
        });
    c.issues().forEach(i -> names.add(i.label()));
    List<String> probes = new ArrayList<>();
    for (String n : names) {
      probes.add(n);
      probes.add(n.toUpperCase(Locale.ROOT));
      probes.add(n.toLowerCase(Locale.ROOT));
      probes.add(n.toUpperCase(TURKISH));
      probes.add(n.toLowerCase(TURKISH));
    }
    probes.add("No such name");
    return probes;
  }

  @Property(tries = 50)
  void lookupsByNameAndLabelMatchAScan(@ForAll("chronicles") Chronicle c) {
    Queries q = c.query();
    int found = 0;
    for (String name : probes(c)) {
      List<State> states = c.states().stream().filter(s -> s.isKnownAs(name)).toList();
      List<Official> officials = c.officials().stream().filter(s -> s.isKnownAs(name)).toList();
      List<Organization> organizations =
          c.organizations().stream().filter(s -> s.isKnownAs(name)).toList();
      assertEquals(states, q.statesNamed(name), "statesNamed(" + name + ")");
      assertEquals(officials, q.officialsNamed(name), "officialsNamed(" + name + ")");
      assertEquals(organizations, q.organizationsNamed(name), "organizationsNamed(" + name + ")");
      List<ActorRef> actors = new ArrayList<>();
      states.forEach(s -> actors.add(s.id()));
      officials.forEach(o -> actors.add(o.id()));
      organizations.forEach(o -> actors.add(o.id()));
      assertEquals(actors, q.actorsNamed(name), "actorsNamed(" + name + ")");
      List<Issue> issues = c.issues().stream()
          .filter(i -> i.label().equalsIgnoreCase(name)).toList();
      assertEquals(issues, q.issuesLabelled(name), "issuesLabelled(" + name + ")");
      found += actors.size();
    }
    Statistics.label("some actor found").collect(found > 0);
  }

  /** READING: whether {@code issue} is {@code broadest} or below it. */
  private static boolean isOrNarrower(Chronicle c, IssueId issue, IssueId broadest) {
    Set<IssueId> seen = new LinkedHashSet<>();
    Optional<IssueId> at = Optional.of(issue);
    while (at.isPresent() && seen.add(at.get())) {
      if (at.get().equals(broadest)) {
        return true;
      }
      at = c.issue(at.get()).flatMap(Issue::parent);
    }
    return false;
  }

  @Property(tries = 100)
  void issueHierarchyMatchesAScan(@ForAll("chronicles") Chronicle c) {
    Queries q = c.query();
    List<IssueId> all = new ArrayList<>(c.issues().stream().map(Issue::id).toList());
    all.add(IssueId.of("absent-issue-zz"));
    boolean deep = false;
    for (IssueId broadest : all) {
      List<Issue> expected = new ArrayList<>();
      c.issue(broadest).ifPresent(expected::add);
      c.issues().stream()
          .filter(i -> !i.id().equals(broadest) && isOrNarrower(c, i.id(), broadest))
          .forEach(expected::add);
      assertEquals(expected, q.issueAndNarrower(broadest), "issueAndNarrower(" + broadest + ")");
      deep |= expected.size() > 1;
      Predicate<List<IssueId>> touches =
          ids -> ids.stream().anyMatch(i -> isOrNarrower(c, i, broadest));
      assertEquals(
          c.meetings().stream().filter(m -> touches.test(m.topics())).sorted(MEETING_ORDER)
              .toList(),
          q.meetings().onTopicOrNarrower(broadest).list(),
          "onTopicOrNarrower(" + broadest + ")");
      assertEquals(
          c.statements().stream().filter(s -> touches.test(s.issues())).sorted(STATEMENT_ORDER)
              .toList(),
          q.statements().onIssueOrNarrower(broadest).list(),
          "onIssueOrNarrower(" + broadest + ")");
    }
    Statistics.label("an issue with narrower ones").collect(deep);
    Statistics.label("an issue with narrower ones")
        .coverage(cov -> cov.check(true).percentage(p -> p > 10));
  }

  private static boolean covers(FuzzyDate term, FuzzyDate date) {
    return !term.certainStart().isAfter(low(date)) && !high(date).isAfter(term.certainEnd());
  }

  @Property(tries = 100)
  void filtersByPostMatchAScan(@ForAll("chronicles") Chronicle c) {
    Queries q = c.query();
    Set<Post> posts = new LinkedHashSet<>();
    c.officials().forEach(o -> o.tenures().forEach(t -> posts.add(t.post())));
    c.meetings().forEach(m -> m.participants()
        .forEach(p -> p.capacity().ifPresent(posts::add)));
    int matched = 0;
    for (Post post : posts) {
      List<Meeting> meetings = c.meetings().stream()
          .filter(m -> m.participants().stream().anyMatch(
              p -> p.capacity().map(x -> x.office().equals(post.office())).orElse(false)))
          .sorted(MEETING_ORDER).toList();
      assertEquals(meetings, q.meetings().withCapacity(post).list(), "withCapacity(" + post + ")");
      List<Statement> statements = c.statements().stream()
          .filter(s -> s.speaker().actor().filter(a -> a instanceof OfficialId)
              .flatMap(a -> c.official((OfficialId) a))
              .map(o -> o.tenures().stream().anyMatch((Tenure t) ->
                  t.post().office().equals(post.office()) && covers(t.term(), s.date())))
              .orElse(false))
          .sorted(STATEMENT_ORDER).toList();
      assertEquals(statements, q.statements().byHolderOf(post).list(),
          "byHolderOf(" + post + ")");
      matched += statements.size();
    }
    Statistics.label("a statement by a post's holder").collect(matched > 0);
  }

  @Property(tries = 100)
  void evidenceMatchesAScan(@ForAll("chronicles") Chronicle c) {
    for (Stance s : c.stances()) {
      List<Statement> expected = s.evidence().stream().distinct()
          .map(id -> c.statement(id).orElseThrow()).sorted(STATEMENT_ORDER).toList();
      assertEquals(expected, c.query().evidence(s), "evidence(" + s.id() + ")");
    }
  }
}
