package dev.parley.testkit;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.OrganizationKind;
import dev.parley.core.PartyRef;
import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.Tenure;
import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Actors and their offices: states, officials, organizations, posts and tenures. Documented at
 * {@link ParleyArbitraries}, the public entry point.
 */
final class ActorArbitraries {

  private static final Arbitrary<Naming> NAMINGS = buildNamings();
  private static final Map<String, Arbitrary<List<FuzzyDate>>> HANDOVER_TERMS =
      new ConcurrentHashMap<>();

  private ActorArbitraries() {}

  static Arbitrary<Post> posts(Arbitrary<PartyRef> parties) {
    requireNonNull(parties, "parties");
    return Combinators.combine(
            Arbitraries.of(PostRole.class),
            parties,
            TextArbitraries.NAMES,
            Arbitraries.of(false, true))
        .as(
            (role, party, title, titled) -> {
              if (role == PostRole.HEAD_OF_ORGANIZATION && party instanceof StateId) {
                role = PostRole.HEAD_OF_STATE; // a state's head; organizations' heads stay
              }
              Post.Builder post = Post.builder().role(role).party(party);
              if (titled || role == PostRole.MINISTER || role == PostRole.OTHER) {
                post.title(title);
              }
              return post.build();
            });
  }

  static Arbitrary<Tenure> tenures() {
    return Combinators.combine(
            posts(IdArbitraries.PARTY_REFS),
            Refs.DATES,
            SourceArbitraries.provenances(Pool.unbounded(IdArbitraries.ARTICLE_IDS)),
            IdArbitraries.ORGANIZATION_IDS.optional(0.3))
        .as(
            (post, term, provenance, government) ->
                Tenure.builder()
                    .from(provenance.tenure(post, term))
                    .government(government)
                    .build());
  }

  /**
   * Placeholders of governments, present in about one tenure or stance in four: {@link
   * ChronicleMapping} maps each onto a government of the right state, or drops it.
   */
  static final Arbitrary<Optional<OrganizationId>> GOVERNMENT_PLACEHOLDERS =
      Arbitraries.integers()
          .between(0, ChronicleMapping.Placeholders.COUNT - 1)
          .map(i -> (OrganizationId) ChronicleMapping.Placeholders.PARTIES.get(i))
          .optional(0.25);

  static Arbitrary<State> states(Arbitrary<StateId> ids) {
    return Builders.withBuilder(State::builder)
        .use(ids)
        .in(State.Builder::id)
        .use(NAMINGS)
        .in((state, n) -> state.name(n.name()).otherNames(n.otherNames()))
        .use(TextArbitraries.NAMES)
        .withProbability(0.5)
        .in(State.Builder::capital)
        .use(IdArbitraries.IDENTIFIER_LISTS)
        .in(State.Builder::identifiers)
        .use(ExtensionArbitraries.MAPS)
        .withProbability(0.2)
        .in(State.Builder::extensions)
        .build(State.Builder::build);
  }

  static Arbitrary<Official> officials(Arbitrary<OfficialId> ids, Refs refs) {
    return Builders.withBuilder(Official::builder)
        .use(ids)
        .in(Official.Builder::id)
        .use(NAMINGS)
        .in((official, n) -> official.name(n.name()).otherNames(n.otherNames()))
        .use(IdArbitraries.IDENTIFIER_LISTS)
        .in(Official.Builder::identifiers)
        .use(tenureLists(refs, 3))
        .in(Official.Builder::tenures)
        .use(ExtensionArbitraries.MAPS)
        .withProbability(0.2)
        .in(Official.Builder::extensions)
        .build(Official.Builder::build);
  }

  /**
   * Up to {@code max} tenures: an office held once gets a term of any shape; an office held several
   * times (perhaps under different titles) gets terms that follow each other, each handing over
   * to the next on a shared day.
   */
  private static Arbitrary<List<Tenure>> tenureLists(Refs refs, int max) {
    if (refs.parties.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<List<FuzzyDate>> anyTerm = refs.dates.map(List::of);
    Arbitrary<SourceArbitraries.Provenance> provenances =
        SourceArbitraries.provenances(refs.articles);
    return posts(refs.parties.one())
        .injectDuplicates(0.3)
        .list()
        .ofMaxSize(max)
        .flatMap(
            posts -> {
              // Terms are per office: posts differing only in a title share one.
              Map<Post, Integer> counts = new LinkedHashMap<>();
              posts.forEach(p -> counts.merge(p.office(), 1, Integer::sum));
              List<Post> distinct = new ArrayList<>(counts.keySet());
              List<Arbitrary<List<FuzzyDate>>> terms = new ArrayList<>();
              for (Post office : distinct) {
                int count = counts.get(office);
                terms.add(
                    count == 1 ? anyTerm : handoverTerms(count, refs.firstYear, refs.lastYear));
              }
              return Combinators.combine(
                      all(terms),
                      provenances.list().ofSize(posts.size()),
                      GOVERNMENT_PLACEHOLDERS.list().ofSize(posts.size()))
                  .as(
                      (termLists, provenanceList, governments) -> {
                        Map<Post, Integer> used = new LinkedHashMap<>();
                        List<Tenure> tenures = new ArrayList<>();
                        for (int i = 0; i < posts.size(); i++) {
                          Post post = posts.get(i);
                          int nth = used.merge(post.office(), 1, Integer::sum) - 1;
                          FuzzyDate term =
                              termLists.get(distinct.indexOf(post.office())).get(nth);
                          tenures.add(
                              Tenure.builder()
                                  .from(provenanceList.get(i).tenure(post, term))
                                  .government(governments.get(i))
                                  .build());
                        }
                        return List.copyOf(tenures);
                      })
                  .withoutEdgeCases();
            });
  }

  /** {@code count} terms in a row, each ending on the day the next begins; the last maybe open. */
  private static Arbitrary<List<FuzzyDate>> handoverTerms(int count, Year first, Year last) {
    return HANDOVER_TERMS.computeIfAbsent(
        count + ":" + first + ":" + last, key -> buildHandoverTerms(count, first, last));
  }

  private static Arbitrary<List<FuzzyDate>> buildHandoverTerms(int count, Year first, Year last) {
    int firstYear = first.getValue();
    int lastYear = last.getValue();
    return Combinators.combine(
            Arbitraries.integers()
                .between(firstYear, lastYear)
                .shrinkTowards(Math.max(firstYear, Math.min(lastYear, 2000))),
            Arbitraries.integers().between(1, 3000).list().ofSize(count),
            Arbitraries.of(false, true))
        .as(
            (year, gaps, openLast) -> {
              List<FuzzyDate> terms = new ArrayList<>();
              LocalDate day = LocalDate.of(year, 1, 1);
              for (int i = 0; i < count; i++) {
                LocalDate next = day.plusDays(gaps.get(i));
                String end = i == count - 1 && openLast ? ".." : next.toString();
                terms.add(FuzzyDate.parse(day + "/" + end));
                day = next;
              }
              return List.copyOf(terms);
            });
  }

  static Arbitrary<Organization> organizations(Arbitrary<OrganizationId> ids, Refs refs) {
    return Builders.withBuilder(Organization::builder)
        .use(ids)
        .in(Organization.Builder::id)
        .use(NAMINGS)
        .in((organization, n) -> organization.name(n.name()).otherNames(n.otherNames()))
        .use(
            Combinators.combine(
                    Arbitraries.of(OrganizationKind.class), refs.states.maybe(), refs.states.one())
                .as(
                    (kind, maybe, one) ->
                        // A government always has its state.
                        kind == OrganizationKind.GOVERNMENT
                            ? new KindAndState(kind, Optional.of(one))
                            : new KindAndState(kind, maybe)))
        .in((organization, k) -> organization.kind(k.kind()).state(k.state()))
        .use(refs.dates)
        .withProbability(0.3)
        .in(Organization.Builder::term)
        .use(IdArbitraries.IDENTIFIER_LISTS)
        .in(Organization.Builder::identifiers)
        .use(ExtensionArbitraries.MAPS)
        .withProbability(0.2)
        .in(Organization.Builder::extensions)
        .build(Organization.Builder::build);
  }

  static <R> Arbitrary<List<R>> all(List<Arbitrary<R>> arbitraries) {
    if (arbitraries.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    return Combinators.combine(arbitraries).as(List::copyOf);
  }

  private static Arbitrary<Naming> buildNamings() {
    Arbitrary<String> names = TextArbitraries.NAMES;
    return Combinators.combine(names, names.list().uniqueElements().ofMaxSize(2))
        .as(
            (name, others) ->
                new Naming(
                    name,
                    others.stream()
                        .filter(o -> !o.equals(name))
                        .collect(Collectors.toUnmodifiableList())));
  }

  /** An organization's kind and its state, present for a government. */
  private record KindAndState(OrganizationKind kind, Optional<StateId> state) {}

  /** A name with other names that neither repeat nor repeat the name. */
  private record Naming(String name, List<String> otherNames) {}
}
