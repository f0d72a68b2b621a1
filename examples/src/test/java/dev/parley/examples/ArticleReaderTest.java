package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.time.FuzzyDate;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  static Path seeds() {
    Path dir = Path.of(System.getProperty("parley.seeds", "../../shared/seeds"));
    assertTrue(Files.isDirectory(dir), "seed articles missing: " + dir.toAbsolutePath()
        + " (set -Dparley.seeds=DIR)");
    return dir;
  }

  @Test
  void readsTheSixSeedArticlesFromFiveFiles() throws IOException {
    List<SeedArticle> articles = ArticleReader.readDirectory(seeds());
    assertEquals(List.of("seed-000", "seed-001", "seed-002", "seed-003a", "seed-003b", "seed-004"),
        articles.stream().map(a -> a.id().toString()).toList());
  }

  @Test
  void splitsTheFileThatHoldsTwoArticlesWithoutLosingText() throws IOException {
    List<SeedArticle> articles = ArticleReader.readDirectory(seeds());
    SeedArticle first = articles.get(3);
    SeedArticle second = articles.get(4);
    String file = Files.readString(seeds().resolve(first.file()), StandardCharsets.UTF_8);
    assertEquals(file, first.text() + second.text());
    assertEquals(0, first.offset());
    assertEquals(first.text().codePointCount(0, first.text().length()), second.offset());
    assertTrue(second.text().startsWith("Iran’s Allies Constrained in Confronting Israel\n"));
    assertTrue(first.text().contains("Hulusi Akar"));
    assertTrue(!second.text().contains("Hulusi Akar"));
  }

  @Test
  void readsWhatEachTextStatesAboutItself() throws IOException {
    List<SeedArticle> a = ArticleReader.readDirectory(seeds());
    // seed-000: no headline or dateline; a photo caption dated May 10, 2023
    assertEquals(Optional.empty(), a.get(0).headline());
    assertEquals(Optional.empty(), a.get(0).published());
    assertEquals("2023-05-10 true photo caption", anchor(a.get(0)));
    // seed-001: Markdown headline, byline, dateline, url
    assertEquals(Optional.of("Russia Hosts Talks with Iran, Syria, Turkey"), a.get(1).headline());
    assertEquals(Optional.of("AFP"), a.get(1).byline());
    assertEquals(Optional.of(FuzzyDate.parse("2023-04-25")), a.get(1).published());
    assertEquals(Optional.of(URI.create("https://www.themoscowtimes.com/2023/04/25/"
        + "russia-hosts-talks-with-iran-syria-turkey-a80934")), a.get(1).url());
    assertEquals("2023-04-25 false dateline", anchor(a.get(1)));
    // seed-002: a dateline without a space after the comma
    assertEquals(Optional.of(FuzzyDate.parse("2016-12-20")), a.get(2).published());
    assertEquals(Optional.empty(), a.get(2).headline());
    // seed-003a and b: repeated headlines; only the first has a dated caption
    assertEquals(Optional.of("Türkiye, Russia, Iran, Syria Hold ‘Constructive Talks’"),
        a.get(3).headline());
    assertEquals("2023-04-25 true photo caption", anchor(a.get(3)));
    assertEquals(Optional.of("Iran’s Allies Constrained in Confronting Israel"),
        a.get(4).headline());
    assertEquals(Optional.empty(), a.get(4).anchor());
    // seed-004 states no headline, date or byline
    assertEquals(Optional.empty(), a.get(5).headline());
    assertEquals(Optional.empty(), a.get(5).anchor());
    assertEquals(Optional.empty(), a.get(5).byline());
  }

  private static String anchor(SeedArticle a) {
    return a.anchor().map(x -> x.day() + " " + x.approximate() + " " + x.origin()).orElse("");
  }

  @Test
  void splitsBeforeANewHeadlineThatThePageRepeats() {
    String content = "First story\n\nBody of the first story.\n\n\n\nSecond story\n\nCaption\n"
        + "Second story\n\nBody of the second.";
    List<SeedArticle> articles = ArticleReader.parse("7_x.txt", content);
    assertEquals(List.of("seed-7a", "seed-7b"),
        articles.stream().map(a -> a.id().toString()).toList());
    assertEquals(Optional.of("Second story"), articles.get(1).headline());
    assertEquals("First story\n\nBody of the first story.\n\n\n\n", articles.get(0).text());
  }

  @Test
  void aRepeatedLineSeenBeforeOrWithoutBlankLinesBeforeItDoesNotSplit() {
    String seenBefore = "Title\n\n\nTitle\n\nText.\nTitle";
    assertEquals(1, ArticleReader.parse("a.txt", seenBefore).size());
    String oneBlank = "Title\n\nText.\n\nOther\nmore\nOther";
    assertEquals(1, ArticleReader.parse("a.txt", oneBlank).size());
    String tooFar = "Title\n\nText.\n\n\nOther\n" + "x\n".repeat(ArticleReader.ECHO_WINDOW)
        + "Other";
    assertEquals(1, ArticleReader.parse("a.txt", tooFar).size());
  }

  @Test
  void idsComeFromTheFileName() {
    assertEquals("seed-12", ArticleReader.parse("12_abc.txt", "x").get(0).id().toString());
    assertEquals("talks-in-moscow",
        ArticleReader.parse("Talks in Moscow.txt", "x").get(0).id().toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArticleReader.parse("__.txt", "x"));
    assertEquals("Invalid article file '__.txt': its name gives no id (use letters or digits)",
        e.getMessage());
  }

  @Test
  void refusesABlankFileAndNamesIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArticleReader.parse("9_empty.txt", " \n\n"));
    assertEquals("Invalid article file '9_empty.txt': it holds no text", e.getMessage());
  }

  @Test
  void refusesMalformedUtf8AndNamesTheFile(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("1_bad.txt"), new byte[] {'a', (byte) 0xC3, '(', '\n'});
    IOException e = assertThrows(IOException.class, () -> ArticleReader.readDirectory(dir));
    assertTrue(e.getMessage().contains("1_bad.txt") && e.getMessage().contains("not UTF-8"),
        e.getMessage());
  }

  @Test
  void readsOnlyTextFilesInNameOrder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("2_b.txt"), "B");
    Files.writeString(dir.resolve("1_a.txt"), "A");
    Files.writeString(dir.resolve("notes.md"), "not an article");
    Files.createDirectory(dir.resolve("3_dir.txt"));
    assertEquals(List.of("A", "B"), ArticleReader.readDirectory(dir).stream()
        .map(SeedArticle::text).toList());
  }

  @Test
  void aMissingDirectoryIsAnError(@TempDir Path dir) {
    assertThrows(IOException.class, () -> ArticleReader.readDirectory(dir.resolve("absent")));
  }

  @Test
  void datelinesAndCaptionsNeedARealDate() {
    assertEquals(Optional.empty(), ArticleReader.wholeLineDate("February 30, 2023"));
    assertEquals(Optional.of(java.time.LocalDate.of(2023, 1, 18)),
        ArticleReader.wholeLineDate("Jan. 18, 2023"));
    SeedArticle a = ArticleReader.parse("1.txt", "(Caption, February 30, 2023)\n\nText.").get(0);
    assertEquals(Optional.empty(), a.anchor());
  }

  /** Splitting never loses, adds or reorders text, and offsets count code points. */
  @Property(tries = 300)
  void articlesPartitionTheFile(@ForAll("files") String content) {
    List<SeedArticle> articles = ArticleReader.parse("5_f.txt", content);
    assertEquals(content, articles.stream().map(SeedArticle::text).collect(Collectors.joining()));
    int offset = 0;
    for (SeedArticle a : articles) {
      assertEquals(offset, a.offset());
      offset += a.text().codePointCount(0, a.text().length());
    }
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.just(""),
        Arbitraries.of("Headline A", "Headline B", "Türkiye 🇹🇷 talks",
            "(Caption, May 10, 2023)",
            "April 25, 2023", "# Title", "By [AFP](#)", "Body text."));
    return line.list().ofMinSize(1).ofMaxSize(40)
        .map(lines -> String.join("\n", lines))
        .filter(s -> !s.isBlank());
  }
}
