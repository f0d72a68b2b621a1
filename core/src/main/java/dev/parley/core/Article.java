package dev.parley.core;

import dev.parley.core.time.FuzzyDate;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A news article that {@link SourceRef}s point into. Parley keeps what the article states about
 * itself; its text stays with the user.
 *
 * <pre>{@code
 * Article a = Article.builder()
 *     .id(ArticleId.of("moscow-times-2023-04-25"))
 *     .publisher("The Moscow Times")
 *     .headline("Russia Hosts Talks with Iran, Syria, Turkey")
 *     .published(FuzzyDate.parse("2023-04-25"))
 *     .url(URI.create("https://www.themoscowtimes.com/2023/04/25/russia-hosts-talks-with-iran-syria-turkey-a80934"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Article implements Entity<ArticleId> {
  Article() {}

  /**
   * {@inheritDoc}
   *
   * @return {@link RecordKind#ARTICLE}
   */
  @Override
  public final RecordKind recordKind() {
    return RecordKind.ARTICLE;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Who published the article, where known.
   *
   * @return the publisher, non-blank when present
   */
  public abstract Optional<String> publisher();

  /**
   * The article's headline, where it has one.
   *
   * @return the headline, non-blank when present
   */
  public abstract Optional<String> headline();

  /**
   * The byline: author or agency, where stated.
   *
   * @return the byline, non-blank when present
   */
  public abstract Optional<String> byline();

  /**
   * When the article was published, as precisely as known.
   *
   * @return the publication date
   */
  public abstract Optional<FuzzyDate> published();

  /**
   * Where the article was published, where known: an absolute URI.
   *
   * @return the URL
   */
  public abstract Optional<URI> url();

  @Value.Check
  void check() {
    publisher().ifPresent(p -> Checks.nonBlank("Article.publisher", p));
    headline().ifPresent(h -> Checks.nonBlank("Article.headline", h));
    byline().ifPresent(b -> Checks.nonBlank("Article.byline", b));
    url().ifPresent(u -> Checks.check(u.isAbsolute(), "Article.url", u.toString(),
        "must be an absolute URI"));
    Checks.entity("Article", this);
  }

  /** Builds {@link Article} values; {@code id} is required. */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }
}
