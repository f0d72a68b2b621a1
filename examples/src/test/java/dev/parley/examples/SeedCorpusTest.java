package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.examples.SeedCorpus.SourceCheck;
import dev.parley.io.json.ChronicleJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curated chronicle against the article texts. */
class SeedCorpusTest {
  private static final SeedCorpus CORPUS = SeedCorpus.load(ArticleReaderTest.seeds());

  @Test
  void everySourceSpanExistsAndItsExcerptMatchesTheText() {
    List<SourceCheck> checks = CORPUS.checkSources();
    assertTrue(checks.size() > 50, "too few claims: " + checks.size());
    List<String> bad = checks.stream().filter(c -> !c.ok().orElse(false))
        .map(c -> c.claim().what() + " " + c.claim().source() + ": " + c.problem()).toList();
    assertEquals(List.of(), bad);
  }

  @Test
  void everySourceQuotesItsExcerpt() {
    // Without an excerpt a span could drift silently; the curated file always gives one.
    assertEquals(List.of(), CORPUS.claims().stream()
        .filter(c -> c.source().excerpt().isEmpty()).map(SeedCorpus.Claim::what).toList());
  }

  @Test
  void everyArticleContributesAClaimAndEveryClaimPointsAtAnArticleRead() {
    Set<ArticleId> cited = CORPUS.claims().stream().map(c -> c.source().article())
        .collect(Collectors.toSet());
    Set<ArticleId> read = CORPUS.articles().stream().map(SeedArticle::id)
        .collect(Collectors.toSet());
    assertEquals(read, cited);
    assertEquals(read, CORPUS.curatedChronicle().articles().stream().map(Article::id)
        .collect(Collectors.toSet()));
  }

  @Test
  void theCuratedArticlesStateWhatTheTextsStateAndNothingElse() {
    for (SeedArticle read : CORPUS.articles()) {
      Article curated = CORPUS.curatedChronicle().article(read.id()).orElseThrow();
      Article stated = read.toArticle();
      assertEquals(stated.headline(), curated.headline(), read.id() + " headline");
      assertEquals(stated.published(), curated.published(), read.id() + " published");
      assertEquals(stated.byline(), curated.byline(), read.id() + " byline");
      assertEquals(stated.url(), curated.url(), read.id() + " url");
    }
  }

  @Test
  void theCuratedFileIsCanonical() throws IOException {
    byte[] file;
    try (InputStream in = SeedCorpus.class.getResourceAsStream(SeedCorpus.CURATED)) {
      file = in.readAllBytes();
    }
    assertEquals(new String(ChronicleJson.write(SeedCorpus.curated()), StandardCharsets.UTF_8),
        new String(file, StandardCharsets.UTF_8));
  }

  @Test
  void aChangedTextIsCaught(@TempDir Path dir) throws IOException {
    copySeeds(dir);
    SourceCheck first = CORPUS.checkSources().get(0);
    SeedArticle article = CORPUS.article(first.claim().source().article()).orElseThrow();
    Path file = dir.resolve(article.file());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int at = text.offsetByCodePoints(0, article.offset() + first.claim().source().start());
    String changed = text.substring(0, at) + "\u2022" + text.substring(at + 1);
    Files.writeString(file, changed, StandardCharsets.UTF_8);

    List<SourceCheck> checks = SeedCorpus.load(dir).checkSources();
    assertEquals(Optional.of(false), checks.get(0).ok());
    assertTrue(checks.get(0).problem().startsWith("text there is \"\u2022"),
        checks.get(0).problem());
  }

  @Test
  void joinAddsAnArticleTheCuratedChronicleLacksAndFillsNothingItStates(@TempDir Path dir)
      throws IOException {
    copySeeds(dir);
    Files.writeString(dir.resolve("9_new.txt"), "# A new story\n\nMarch 3, 2024\n\nText.");
    SeedCorpus corpus = SeedCorpus.load(dir);
    Chronicle joined = corpus.chronicle();
    Article added = joined.article(ArticleId.of("seed-9")).orElseThrow();
    assertEquals(Optional.of("A new story"), added.headline());
    assertEquals("2024-03-03", added.published().orElseThrow().toString());
    assertEquals(CORPUS.curatedChronicle().articles().size() + 1, joined.articles().size());
    assertEquals(CORPUS.curatedChronicle().meetings(), joined.meetings());
  }

  @Test
  void withoutTheArticlesTheCorpusIsTheCuratedChronicleAndSaysWhy(@TempDir Path dir) {
    SeedCorpus corpus = SeedCorpus.load(dir.resolve("absent"));
    assertEquals(SeedCorpus.curated(), corpus.chronicle());
    assertEquals(Optional.of("articles directory " + dir.resolve("absent") + " not found"),
        corpus.articlesProblem());
    assertTrue(corpus.checkSources().stream().allMatch(c -> c.ok().isEmpty()));
    assertFalse(corpus.checkSources().isEmpty());
  }

  private static void copySeeds(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(ArticleReaderTest.seeds())) {
      for (Path f : files.toList()) {
        Path copy = Files.copy(f, dir.resolve(f.getFileName()));
        assertTrue(copy.toFile().setWritable(true), "cannot make " + copy + " writable");
      }
    }
  }
}
