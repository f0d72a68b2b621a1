package dev.parley.testkit;

import dev.parley.core.ActorRef;
import dev.parley.core.ArticleId;
import dev.parley.core.EventId;
import dev.parley.core.Identifier;
import dev.parley.core.IssueId;
import dev.parley.core.MeetingId;
import dev.parley.core.OfficialId;
import dev.parley.core.OrganizationId;
import dev.parley.core.PartyRef;
import dev.parley.core.RecordKind;
import dev.parley.core.StanceId;
import dev.parley.core.StateId;
import dev.parley.core.StatementId;
import dev.parley.core.TypedId;
import dev.parley.core.Violation;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Ids, references, external identifiers, and violations that name records by id. Documented at
 * {@link ParleyArbitraries}, the public entry point.
 */
final class IdArbitraries {

  /** State codes that generated state ids favour, so that states repeat; the first is simplest. */
  private static final List<String> COMMON_STATE_CODES =
      List.of("TUR", "RUS", "IRN", "SYR", "USA", "FRA", "CHN", "GBR");

  /** The kinds of record a {@link Violation} may name. */

  /** Schemes that generated identifiers favour. */
  private static final List<String> COMMON_SCHEMES = List.of("wikidata", "viaf", "geonames");

  static final Arbitrary<StateId> STATE_IDS = buildStateIds();
  static final Arbitrary<OfficialId> OFFICIAL_IDS = TextArbitraries.SLUGS.map(OfficialId::of);
  static final Arbitrary<OrganizationId> ORGANIZATION_IDS =
      TextArbitraries.SLUGS.map(OrganizationId::of);
  static final Arbitrary<MeetingId> MEETING_IDS = TextArbitraries.SLUGS.map(MeetingId::of);
  static final Arbitrary<StatementId> STATEMENT_IDS = TextArbitraries.SLUGS.map(StatementId::of);
  static final Arbitrary<StanceId> STANCE_IDS = TextArbitraries.SLUGS.map(StanceId::of);
  static final Arbitrary<IssueId> ISSUE_IDS = TextArbitraries.SLUGS.map(IssueId::of);
  static final Arbitrary<ArticleId> ARTICLE_IDS = TextArbitraries.SLUGS.map(ArticleId::of);
  static final Arbitrary<EventId> EVENT_IDS = TextArbitraries.SLUGS.map(EventId::of);
  static final Arbitrary<ActorRef> ACTOR_REFS =
      Arbitraries.oneOf(
          List.of(
              STATE_IDS.map(ActorRef.class::cast),
              OFFICIAL_IDS.map(ActorRef.class::cast),
              ORGANIZATION_IDS.map(ActorRef.class::cast)));
  static final Arbitrary<PartyRef> PARTY_REFS =
      Arbitraries.frequencyOf(
          List.of(
              Tuple.of(2, STATE_IDS.map(PartyRef.class::cast)),
              Tuple.of(1, ORGANIZATION_IDS.map(PartyRef.class::cast))));
  static final Arbitrary<Identifier> IDENTIFIERS = buildIdentifiers();
  static final Arbitrary<List<Identifier>> IDENTIFIER_LISTS =
      IDENTIFIERS.list().uniqueElements().ofMaxSize(2);

  private IdArbitraries() {}

  private static Arbitrary<StateId> buildStateIds() {
    Arbitrary<String> common = Arbitraries.of(COMMON_STATE_CODES);
    Arbitrary<String> any = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
    return Arbitraries.frequencyOf(List.of(Tuple.of(3, common), Tuple.of(1, any))).map(StateId::of);
  }

  static Arbitrary<TypedId<?>> typedIds() {
    List<Arbitrary<TypedId<?>>> kinds =
        List.of(
            STATE_IDS.map(id -> id),
            OFFICIAL_IDS.map(id -> id),
            ORGANIZATION_IDS.map(id -> id),
            MEETING_IDS.map(id -> id),
            STATEMENT_IDS.map(id -> id),
            STANCE_IDS.map(id -> id),
            ISSUE_IDS.map(id -> id),
            ARTICLE_IDS.map(id -> id),
            EVENT_IDS.map(id -> id));
    return Arbitraries.oneOf(kinds);
  }

  private static Arbitrary<Identifier> buildIdentifiers() {
    Arbitrary<String> anyScheme =
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                Arbitraries.strings().withChars("abcxyz0189.+-").ofMaxLength(6))
            .as(String::concat);
    Arbitrary<String> schemes =
        Arbitraries.frequencyOf(
            List.of(Tuple.of(3, Arbitraries.of(COMMON_SCHEMES)), Tuple.of(1, anyScheme)));
    Arbitrary<String> itemValues = Arbitraries.integers().between(0, 10_000_000).map(n -> "Q" + n);
    Arbitrary<String> anyValues =
        Arbitraries.strings()
            .withChars("ABCxyz019:/_.-ü")
            .ofMinLength(1)
            .ofMaxLength(5)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(tokens -> String.join(" ", tokens));
    Arbitrary<String> values =
        Arbitraries.frequencyOf(List.of(Tuple.of(3, itemValues), Tuple.of(1, anyValues)));
    return Combinators.combine(schemes, values).as(Identifier::of);
  }

  static Arbitrary<Violation> violations() {
    Arbitrary<String> fields =
        Combinators.combine(
                Arbitraries.of("id", "participants", "sources", "evidence", "tenures", "parent"),
                Arbitraries.integers().between(0, 3).optional(0.5),
                Arbitraries.of("", ".actor", ".article", ".term"))
            .as((name, index, tail) -> name + index.map(i -> "[" + i + "]").orElse("") + tail);
    return Combinators.combine(
            Arbitraries.of(RecordKind.class).map(RecordKind::label),
            TextArbitraries.SLUGS,
            fields,
            TextArbitraries.TEXTS)
        .as(Violation::of);
  }
}
