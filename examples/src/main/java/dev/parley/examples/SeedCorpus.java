package dev.parley.examples;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.Official;
import dev.parley.core.SourceRef;
import dev.parley.core.Sourced;
import dev.parley.io.json.ChronicleJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seed corpus: the curated chronicle shipped with the examples, joined with the articles read
 * from a directory when it is there.
 *
 * <p>The join keeps the curated facts and adds what the article texts state: an article read
 * from the directory that the chronicle lacks is added, and a curated article gets the headline,
 * date, byline and address its text states where the curated record leaves them out. Every
 * {@link SourceRef} can then be {@linkplain #checkSources() checked} against the text it points
 * into. When the directory is missing the corpus is the curated chronicle alone, and {@link
 * #articlesProblem()} says why.
 */
public final class SeedCorpus {
  /** The classpath resource holding the curated chronicle. */
  public static final String CURATED = "/dev/parley/examples/seed-chronicle.json";

  private final Chronicle curated;
  private final Chronicle chronicle;
  private final Path articlesDir;
  private final List<SeedArticle> articles;
  private final Optional<String> articlesProblem;

  private SeedCorpus(Chronicle curated, Path articlesDir, List<SeedArticle> articles,
      Optional<String> articlesProblem) {
    this.curated = curated;
    this.articlesDir = articlesDir;
    this.articles = List.copyOf(articles);
    this.articlesProblem = articlesProblem;
    this.chronicle = join(curated, this.articles);
  }

  /**
   * Loads the curated chronicle and the articles in {@code articlesDir}. A missing or unreadable
   * directory is not an error: the corpus is then the curated chronicle alone.
   *
   * @param articlesDir the articles directory
   * @return the corpus
   * @throws NullPointerException if {@code articlesDir} is null
   * @throws IllegalArgumentException if the articles and the curated chronicle do not fit
   *     together (an article read from the directory makes the chronicle invalid)
   */
  public static SeedCorpus load(Path articlesDir) {
    requireNonNull(articlesDir, "articlesDir");
    Chronicle curated = curated();
    if (!Files.isDirectory(articlesDir)) {
      return new SeedCorpus(curated, articlesDir, List.of(),
          Optional.of("articles directory " + articlesDir + " not found"));
    }
    try {
      return new SeedCorpus(curated, articlesDir, ArticleReader.readDirectory(articlesDir),
          Optional.empty());
    } catch (IOException e) {
      return new SeedCorpus(curated, articlesDir, List.of(),
          Optional.of("articles could not be read: " + e.getMessage()));
    }
  }

  /**
   * The curated seed chronicle, as shipped in the examples jar ({@value #CURATED}).
   *
   * @return the chronicle
   * @throws UncheckedIOException if the resource is missing or invalid, which is a build error
   */
  public static Chronicle curated() {
    try (InputStream in = SeedCorpus.class.getResourceAsStream(CURATED)) {
      if (in == null) {
        throw new IOException("resource " + CURATED + " is missing");
      }
      return ChronicleJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot load the curated seed chronicle: " + e.getMessage(), e);
    }
  }

  private static Chronicle join(Chronicle curated, List<SeedArticle> read) {
    if (read.isEmpty()) {
      return curated;
    }
    Map<ArticleId, Article> articles = new LinkedHashMap<>();
    curated.articles().forEach(a -> articles.put(a.id(), a));
    for (SeedArticle seed : read) {
      Article stated = seed.toArticle();
      articles.merge(stated.id(), stated, (mine, theirs) -> Article.builder()
          .from(mine)
          .headline(mine.headline().or(theirs::headline))
          .published(mine.published().or(theirs::published))
          .byline(mine.byline().or(theirs::byline))
          .url(mine.url().or(theirs::url))
          .build());
    }
    return Chronicle.builder().from(curated).articles(articles.values()).build();
  }

  /**
   * The joined chronicle.
   *
   * @return the chronicle
   */
  public Chronicle chronicle() {
    return chronicle;
  }

  /**
   * The curated chronicle, before the join.
   *
   * @return the chronicle
   */
  public Chronicle curatedChronicle() {
    return curated;
  }

  /**
   * The articles directory this corpus was loaded from.
   *
   * @return the directory, which may not exist
   */
  public Path articlesDir() {
    return articlesDir;
  }

  /**
   * The articles read, in file order; empty when the directory could not be read.
   *
   * @return the articles
   */
  public List<SeedArticle> articles() {
    return articles;
  }

  /**
   * Why the articles could not be read, if they could not.
   *
   * @return the reason, or empty when the articles were read
   */
  public Optional<String> articlesProblem() {
    return articlesProblem;
  }

  /**
   * The article read with this id.
   *
   * @param id the article id
   * @return the article, if it was read
   */
  public Optional<SeedArticle> article(ArticleId id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Every claim of the chronicle with its sources: tenures, meetings, status changes,
   * statements and stances, in chronicle order.
   *
   * @return the claims
   */
  public List<Claim> claims() {
    List<Claim> claims = new ArrayList<>();
    for (Official o : chronicle.officials()) {
      for (int i = 0; i < o.tenures().size(); i++) {
        add(claims, "official " + o.id() + " tenures[" + i + "]", o.tenures().get(i));
      }
    }
    chronicle.meetings().forEach(m -> {
      add(claims, "meeting " + m.id(), m);
      for (int i = 0; i < m.statusHistory().size(); i++) {
        add(claims, "meeting " + m.id() + " statusHistory[" + i + "]", m.statusHistory().get(i));
      }
    });
    chronicle.statements().forEach(s -> add(claims, "statement " + s.id(), s));
    chronicle.stances().forEach(s -> add(claims, "stance " + s.id(), s));
    return List.copyOf(claims);
  }

  private static void add(List<Claim> claims, String what, Sourced claim) {
    claim.sources().forEach(source -> claims.add(new Claim(what, source)));
  }

  /**
   * Checks every source span against the article text it points into: the span must lie within
   * the text and, where the source quotes an excerpt, the text there must be the excerpt.
   *
   * @return one result per claim source; {@link SourceCheck#ok()} is empty when the article's
   *     text was not read
   */
  public List<SourceCheck> checkSources() {
    List<SourceCheck> checks = new ArrayList<>();
    for (Claim claim : claims()) {
      SourceRef ref = claim.source();
      Optional<SeedArticle> article = article(ref.article());
      if (article.isEmpty()) {
        checks.add(new SourceCheck(claim, Optional.empty(), "article text not read"));
        continue;
      }
      String text = article.get().text();
      if (ref.end() > text.codePointCount(0, text.length())) {
        checks.add(new SourceCheck(claim, Optional.of(false), "span lies beyond the text"));
        continue;
      }
      String found = ref.resolve(text);
      boolean ok = ref.excerpt().map(found::equals).orElse(true);
      checks.add(new SourceCheck(claim, Optional.of(ok),
          ok ? "" : "text there is \"" + found + "\", not \"" + ref.excerpt().orElseThrow() + '"'));
    }
    return List.copyOf(checks);
  }

  /**
   * A claim's source: what the claim is and the span that reports it.
   *
   * @param what the claim, for people: {@code meeting x statusHistory[1]}
   * @param source the span
   */
  public record Claim(String what, SourceRef source) {
    /**
     * Checks the components.
     *
     * @param what the claim, for people: {@code meeting x statusHistory[1]}
     * @param source the span
     * @throws NullPointerException if a component is null
     */
    public Claim {
      requireNonNull(what, "what");
      requireNonNull(source, "source");
    }
  }

  /**
   * The check of one source against its article text.
   *
   * @param claim the claim and source
   * @param ok whether the span matches; empty when the text was not available
   * @param problem what is wrong, or why it could not be checked; empty when it matches
   */
  public record SourceCheck(Claim claim, Optional<Boolean> ok, String problem) {
    /**
     * Checks the components.
     *
     * @param claim the claim and source
     * @param ok whether the span matches; empty when the text was not available
     * @param problem what is wrong, or why it could not be checked; empty when it matches
     * @throws NullPointerException if a component is null
     */
    public SourceCheck {
      requireNonNull(claim, "claim");
      requireNonNull(ok, "ok");
      requireNonNull(problem, "problem");
    }
  }
}
