package dev.parley.examples;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.time.FuzzyDate;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One article read from a seed file by {@link ArticleReader}: its text and what the text states
 * about it.
 *
 * <p>{@code text} is the article's slice of its file; the {@link dev.parley.core.SourceRef}s of
 * the curated chronicle count Unicode code points into it. {@code offset} is where the slice
 * starts in the file, in code points (0 unless the file holds several articles).
 *
 * @param id the article's id: {@code seed-} and the file's number, plus {@code a}, {@code b}, ...
 *     when the file holds several articles ({@code seed-003b})
 * @param file the file's name
 * @param offset the code point offset of {@code text} in the file
 * @param text the article's text
 * @param headline the headline, where the text has one
 * @param published the publication date, where the text states one on a line of its own
 * @param byline the byline ({@code By AFP}), where the text has one
 * @param url the article's address, where the text states one
 * @param anchor the date relative expressions ("on Tuesday") are read against, where known
 */
public record SeedArticle(
    ArticleId id,
    String file,
    int offset,
    String text,
    Optional<String> headline,
    Optional<FuzzyDate> published,
    Optional<String> byline,
    Optional<URI> url,
    Optional<DateAnchor> anchor) {

  /**
   * Checks the components.
   *
   * @param id the article's id: {@code seed-} and the file's number, plus {@code a}, {@code b}, ...
   *     when the file holds several articles ({@code seed-003b})
   * @param file the file's name
   * @param offset the code point offset of {@code text} in the file
   * @param text the article's text
   * @param headline the headline, where the text has one
   * @param published the publication date, where the text states one on a line of its own
   * @param byline the byline ({@code By AFP}), where the text has one
   * @param url the article's address, where the text states one
   * @param anchor the date relative expressions ("on Tuesday") are read against, where known
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public SeedArticle {
    requireNonNull(id, "id");
    requireNonNull(file, "file");
    requireNonNull(text, "text");
    requireNonNull(headline, "headline");
    requireNonNull(published, "published");
    requireNonNull(byline, "byline");
    requireNonNull(url, "url");
    requireNonNull(anchor, "anchor");
    if (offset < 0) {
      throw new IllegalArgumentException("Invalid SeedArticle.offset '" + offset
          + "': must not be negative");
    }
  }

  /**
   * The article as a Parley {@link Article}, with what the text states; the publisher is left
   * out, since none of the texts names it.
   *
   * @return the article record
   */
  public Article toArticle() {
    return Article.builder()
        .id(id)
        .headline(headline)
        .published(published)
        .byline(byline)
        .url(url)
        .build();
  }

  /**
   * The day an article's relative dates are read against, and how it is known.
   *
   * @param day the day
   * @param approximate {@code true} when the day is not the article's stated date but one it
   *     mentions in a photo caption, so that the article is only about that day; dates read
   *     against it are then approximate too
   * @param origin where the day was found, for people: {@code "dateline"} or {@code "photo
   *     caption"}
   */
  public record DateAnchor(LocalDate day, boolean approximate, String origin) {

    /**
     * Checks the components.
     *
     * @param day the day
     * @param approximate {@code true} when the day is not the article's stated date but one it
     *     mentions in a photo caption, so that the article is only about that day; dates read
     *     against it are then approximate too
     * @param origin where the day was found, for people: {@code "dateline"} or {@code "photo
     *     caption"}
     * @throws NullPointerException if a component is null
     */
    public DateAnchor {
      requireNonNull(day, "day");
      requireNonNull(origin, "origin");
    }
  }
}
