package dev.parley.testkit;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Post;
import dev.parley.core.Reference;
import dev.parley.core.SourceRef;
import dev.parley.core.Tenure;
import dev.parley.core.time.FuzzyDate;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Articles, source references into them, and how tenures are attested. Documented at {@link
 * ParleyArbitraries}, the public entry point.
 */
final class SourceArbitraries {

  private static final Arbitrary<URI> URLS =
      Combinators.combine(
              Arbitraries.of("https://news.example/", "http://example.org/2023/", "urn:article:"),
              TextArbitraries.SLUGS)
          .as((prefix, slug) -> URI.create(prefix + slug));

  private static final Arbitrary<LocalDate> ACCESSED =
      Arbitraries.integers()
          .between(0, 365 * 30)
          .map(d -> LocalDate.of(2000, 1, 1).plusDays(d))
          .withoutEdgeCases();

  static final Arbitrary<Reference> REFERENCES = buildReferences();

  private SourceArbitraries() {}

  /** Entries of reference works, read from a url, a file or both; shrinking toward a url. */
  private static Arbitrary<Reference> buildReferences() {
    // 0: url only, 1: file only, 2: both.
    Arbitrary<Integer> shapes = Arbitraries.of(0, 1, 2);
    return Combinators.combine(
            TextArbitraries.NAMES,
            shapes,
            URLS,
            TextArbitraries.SLUGS.map(s -> s + ".csv"),
            TextArbitraries.TEXTS,
            ACCESSED)
        .as(
            (work, shape, url, file, says, accessed) ->
                Reference.builder()
                    .work(work)
                    .url(shape == 1 ? Optional.empty() : Optional.of(url))
                    .file(shape == 0 ? Optional.empty() : Optional.of(file))
                    .says(says)
                    .accessed(accessed)
                    .build());
  }

  static Arbitrary<SourceRef> sourceRefs(Arbitrary<ArticleId> articles) {
    requireNonNull(articles, "articles");
    Arbitrary<Integer> starts = Arbitraries.integers().between(0, 1_000_000).shrinkTowards(0);
    Arbitrary<Integer> lengths = Arbitraries.integers().between(1, 40);
    return Combinators.combine(articles, starts, lengths)
        .flatAs(
            (article, start, length) ->
                TextArbitraries.excerpts(length)
                    .optional(0.5)
                    .map(
                        excerpt ->
                            SourceRef.builder()
                                .article(article)
                                .start(start)
                                .end(start + length)
                                .excerpt(excerpt)
                                .build()));
  }

  static Arbitrary<List<SourceRef>> sourceLists(Pool<ArticleId> articles) {
    return sourceRefs(articles.one()).list().ofMinSize(1).ofMaxSize(2);
  }

  static Arbitrary<Provenance> provenances(Pool<ArticleId> articles) {
    Arbitrary<List<SourceRef>> sources =
        articles.isEmpty()
            ? Arbitraries.just(List.of())
            : sourceRefs(articles.one()).list().ofMaxSize(2);
    return Combinators.combine(sources, REFERENCES.list().ofMaxSize(2), REFERENCES)
        .as(
            (s, r, fallback) ->
                s.isEmpty() && r.isEmpty()
                    ? new Provenance(s, List.of(fallback))
                    : new Provenance(s, r));
  }

  static Arbitrary<Article> articles(Arbitrary<ArticleId> ids, Arbitrary<FuzzyDate> dates) {
    return Builders.withBuilder(Article::builder)
        .use(ids)
        .in(Article.Builder::id)
        .use(TextArbitraries.NAMES)
        .withProbability(0.5)
        .in(Article.Builder::publisher)
        .use(TextArbitraries.TEXTS)
        .withProbability(0.5)
        .in(Article.Builder::headline)
        .use(TextArbitraries.NAMES)
        .withProbability(0.3)
        .in(Article.Builder::byline)
        .use(dates)
        .withProbability(0.5)
        .in(Article.Builder::published)
        .use(URLS)
        .withProbability(0.5)
        .in(Article.Builder::url)
        .use(ExtensionArbitraries.MAPS)
        .withProbability(0.2)
        .in(Article.Builder::extensions)
        .build(Article.Builder::build);
  }

  /** How a tenure is attested: article sources, reference-work references, or both. */
  record Provenance(List<SourceRef> sources, List<Reference> references) {
    Tenure tenure(Post post, FuzzyDate term) {
      return Tenure.builder().post(post).term(term).sources(sources).references(references).build();
    }
  }
}
