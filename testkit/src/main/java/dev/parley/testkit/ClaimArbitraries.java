package dev.parley.testkit;

import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Post;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.StanceId;
import dev.parley.core.StancePosition;
import dev.parley.core.Statement;
import dev.parley.core.StatementChannel;
import dev.parley.core.StatementId;
import dev.parley.core.StatementMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Claims and what they are about: speakers, statements, stances and issues. Documented at {@link
 * ParleyArbitraries}, the public entry point.
 */
final class ClaimArbitraries {

  private ClaimArbitraries() {}

  static Arbitrary<Speaker> speakers(Refs refs) {
    List<Arbitrary<Speaker>> kinds = new ArrayList<>();
    if (!refs.actors.isEmpty()) {
      kinds.add(namedSpeakers(refs));
    }
    if (!refs.parties.isEmpty()) {
      kinds.add(anonymousSpeakers(refs));
      kinds.add(speakersByCapacity(refs));
    }
    return Arbitraries.oneOf(kinds);
  }

  static Arbitrary<Speaker> namedSpeakers(Refs refs) {
    Arbitrary<Optional<Post>> capacities =
        refs.parties.isEmpty()
            ? Arbitraries.just(Optional.empty())
            : ActorArbitraries.posts(refs.parties.one()).optional(0.3);
    return Combinators.combine(
            refs.actors.one(),
            capacities,
            refs.parties.maybe(),
            TextArbitraries.TEXTS.optional(0.3))
        .as(
            (actor, capacity, affiliation, description) ->
                Speaker.builder()
                    .actor(actor)
                    .capacity(capacity)
                    .affiliation(affiliation)
                    .description(description)
                    .build());
  }

  /** Unnamed speakers known by the post they spoke in, sometimes with an affiliation too. */
  static Arbitrary<Speaker> speakersByCapacity(Refs refs) {
    return Combinators.combine(
            ActorArbitraries.posts(refs.parties.one()),
            refs.parties.maybe(),
            TextArbitraries.TEXTS.optional(0.3))
        .as(
            (capacity, affiliation, description) ->
                Speaker.builder()
                    .capacity(capacity)
                    .affiliation(affiliation)
                    .description(description)
                    .build());
  }

  static Arbitrary<Speaker> anonymousSpeakers(Refs refs) {
    return Combinators.combine(refs.parties.one(), TextArbitraries.TEXTS).as(Speaker::anonymous);
  }

  static Arbitrary<Statement> statements(Arbitrary<StatementId> ids, Refs refs) {
    Arbitrary<Tuple.Tuple2<StatementMode, Optional<String>>> modes =
        Combinators.combine(Arbitraries.of(StatementMode.class), TextArbitraries.TEXTS)
            .as(
                (mode, text) ->
                    Tuple.of(
                        mode,
                        mode == StatementMode.UNRECORDED
                            ? Optional.<String>empty()
                            : Optional.of(text)));
    return Builders.withBuilder(Statement::builder)
        .use(ids)
        .in(Statement.Builder::id)
        .use(speakers(refs))
        .in(Statement.Builder::speaker)
        .use(refs.dates)
        .in(Statement.Builder::date)
        .use(Arbitraries.of(StatementChannel.class))
        .withProbability(0.5)
        .in(Statement.Builder::channel)
        .use(modes)
        .in((statement, m) -> statement.mode(m.get1()).text(m.get2()))
        .use(refs.meetings.maybe())
        .in(Statement.Builder::meeting)
        .use(refs.issues.distinct(0, 3))
        .in(Statement.Builder::issues)
        .use(SourceArbitraries.sourceLists(refs.articles))
        .in(Statement.Builder::sources)
        .use(ExtensionArbitraries.MAPS)
        .withProbability(0.2)
        .in(Statement.Builder::extensions)
        .build(Statement.Builder::build);
  }

  static Arbitrary<Stance> stances(Arbitrary<StanceId> ids, Refs refs) {
    Arbitrary<Stand> stands =
        Combinators.combine(refs.issues.one(), Arbitraries.of(StancePosition.class))
            .flatAs(
                (issue, position) -> {
                  if (position != StancePosition.CONDITIONAL) {
                    return Arbitraries.just(new Stand(issue, position, List.of()));
                  }
                  Pool<IssueId> others = refs.issues.without(issue);
                  if (others.isEmpty()) {
                    // No other issue to be conditional on.
                    return Arbitraries.just(new Stand(issue, StancePosition.SUPPORTS, List.of()));
                  }
                  return others.distinct(1, 2).map(c -> new Stand(issue, position, c));
                });
    return Builders.withBuilder(Stance::builder)
        .use(ids)
        .in(Stance.Builder::id)
        .use(refs.actors.one())
        .in(Stance.Builder::holder)
        .use(stands)
        .in(
            (stance, s) ->
                stance.issue(s.issue()).position(s.position()).conditions(s.conditions()))
        .use(Combinators.combine(refs.dates, Arbitraries.of(false, true)).as(Tuple::of))
        .in(
            (stance, v) ->
                // Only a closed end may be known to have ended.
                stance
                    .validity(v.get1())
                    .ended(v.get2() && !v.get1().isOpenEnd() && !v.get1().isUnknownEnd()))
        .use(ActorArbitraries.GOVERNMENT_PLACEHOLDERS)
        .in(Stance.Builder::government)
        .use(refs.statements.distinct(0, 2))
        .in(Stance.Builder::evidence)
        .use(SourceArbitraries.sourceLists(refs.articles))
        .in(Stance.Builder::sources)
        .use(ExtensionArbitraries.MAPS)
        .withProbability(0.2)
        .in(Stance.Builder::extensions)
        .build(Stance.Builder::build);
  }

  static Arbitrary<Issue> issues(
      Arbitrary<IssueId> ids, Arbitrary<Optional<IssueId>> parents) {
    return Builders.withBuilder(Issue::builder)
        .use(ids)
        .in(Issue.Builder::id)
        .use(TextArbitraries.TEXTS)
        .in(Issue.Builder::label)
        .use(TextArbitraries.TEXTS)
        .withProbability(0.3)
        .in(Issue.Builder::description)
        .use(parents)
        .in(Issue.Builder::parent)
        .use(ExtensionArbitraries.MAPS)
        .withProbability(0.2)
        .in(Issue.Builder::extensions)
        .build(Issue.Builder::build);
  }

  /** A stance's issue with a position and the conditions the position needs. */
  private record Stand(IssueId issue, StancePosition position, List<IssueId> conditions) {}

  /** Issues, sometimes with a parent other than themselves. */
  static Arbitrary<Issue> standaloneIssues() {
    return Combinators.combine(
            issues(IdArbitraries.ISSUE_IDS, Arbitraries.just(Optional.empty())),
            IdArbitraries.ISSUE_IDS.optional(0.5))
        .as(
            (issue, parent) ->
                Issue.builder()
                    .from(issue)
                    .parent(parent.filter(p -> !p.equals(issue.id())))
                    .build());
  }
}
