package dev.parley.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.ActorKind;
import dev.parley.core.ActorRef;
import dev.parley.core.ArticleId;
import dev.parley.eventdata.mentions.Gazetteer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures the mention finder on the seed articles (see {@link MentionQuality} for the gold
 * standard), holds the figures to the floors documented in {@code eventdata/MENTIONS.md}, and
 * checks that the document shows the figures and lists this run computes.
 */
class MentionQualityTest {
  private static final String BEGIN = "<!-- MentionQualityTest: begin -->\n";
  private static final String END = "<!-- MentionQualityTest: end -->\n";

  private static final SeedCorpus CORPUS = SeedCorpus.load(ArticleReaderTest.seeds());
  private static final Gazetteer GAZETTEER = Gazetteer.of(CORPUS.chronicle());
  private static final Map<ArticleId, Set<ActorRef>> GOLD = MentionQuality.gold(CORPUS.chronicle());
  private static final Map<ArticleId, Set<ActorRef>> FOUND =
      MentionQuality.found(GAZETTEER, CORPUS.articles());

  @Test
  void officialsMeetTheDocumentedFloor() {
    MentionQuality.Score s = MentionQuality.score(ActorKind.OFFICIAL, GOLD, FOUND);
    assertTrue(s.precision() >= 0.83, "official precision " + s);
    assertTrue(s.recall() >= 0.81, "official recall " + s);
  }

  @Test
  void statesMeetTheDocumentedFloor() {
    MentionQuality.Score s = MentionQuality.score(ActorKind.STATE, GOLD, FOUND);
    assertTrue(s.precision() >= 0.80, "state precision " + s);
    assertTrue(s.recall() >= 1.0, "state recall " + s);
  }

  @Test
  void everyArticleIsMeasured() {
    assertEquals(List.of("seed-000", "seed-001", "seed-002", "seed-003a", "seed-003b", "seed-004"),
        CORPUS.articles().stream().map(a -> a.id().toString()).toList());
    assertEquals(GOLD.keySet(), FOUND.keySet());
  }

  @Test
  void theDocumentShowsThisRunsFiguresAndLists() throws IOException {
    String doc = Files.readString(Path.of("../eventdata/MENTIONS.md"), StandardCharsets.UTF_8);
    int from = doc.indexOf(BEGIN);
    int to = doc.indexOf(END);
    assertTrue(from >= 0 && to > from, "MENTIONS.md lacks the generated block's markers");
    String expected = report();
    if (!doc.substring(from + BEGIN.length(), to).equals(expected)) {
      Files.writeString(Path.of("target/mention-quality.md"), expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, doc.substring(from + BEGIN.length(), to),
        "eventdata/MENTIONS.md differs from this run; put target/mention-quality.md between "
            + "the markers:\n"
            + expected);
  }

  /** The figures and the full lists, as Markdown. */
  static String report() {
    StringBuilder b = new StringBuilder();
    b.append("| kind | gold | found | true hits | false hits | misses | precision | recall |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    List<MentionQuality.Score> scores = List.of(
        MentionQuality.score(ActorKind.OFFICIAL, GOLD, FOUND),
        MentionQuality.score(ActorKind.STATE, GOLD, FOUND));
    for (MentionQuality.Score s : scores) {
      int tp = s.truePositives();
      b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.3f | %.3f |%n",
          s.kind().label(), tp + s.misses().size(), tp + s.falseHits().size(), tp,
          s.falseHits().size(), s.misses().size(), s.precision(), s.recall()));
    }
    for (MentionQuality.Score s : scores) {
      b.append("\nMisses, ").append(s.kind().label()).append(" (in the gold set, not mentioned):")
          .append(s.misses().isEmpty() ? " none.\n" : "\n\n");
      s.misses().forEach(m -> b.append("- ").append(m).append('\n'));
      b.append("\nFalse hits, ").append(s.kind().label())
          .append(" (mentioned, not in the gold set), with every mention:")
          .append(s.falseHits().isEmpty() ? " none.\n" : "\n\n");
      for (String hit : s.falseHits()) {
        String[] parts = hit.split(": ", 2);
        SeedArticle article = CORPUS.article(ArticleId.of(parts[0])).orElseThrow();
        b.append("- ").append(hit).append(" — ")
            .append(String.join(", ",
                MentionQuality.mentionsOf(GAZETTEER, article, ActorRef.parse(parts[1]))))
            .append('\n');
      }
    }
    return b.toString();
  }
}
