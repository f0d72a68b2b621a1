package dev.parley.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Participant;
import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.SourceRef;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.StatusChange;
import dev.parley.core.time.FuzzyDate;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.SampleReportingFormat;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Failing samples print readably. The test kit's own tests run without {@code parley-io}, so
 * here the format prints its summary; {@code parley-io}'s tests check the JSON path.
 */
class ParleyReportingFormatTest {

  static final StateId TUR = StateId.of("TUR");
  static final ArticleId A = ArticleId.of("a");
  static final SourceRef SRC = SourceRef.of(A, 0, 10);

  static final Meeting TALKS = Meeting.builder()
      .id(MeetingId.of("talks"))
      .title("Talks")
      .date(FuzzyDate.parse("2023-04-25"))
      .addParticipant(Participant.builder().actor(OfficialId.of("lavrov")).build())
      .addParticipant(Participant.builder().actor(TUR)
          .capacity(Post.of(PostRole.FOREIGN_MINISTER, TUR)).build())
      .addStatusChange(StatusChange.builder().status(MeetingStatus.HELD)
          .reported(FuzzyDate.parse("2023-04-25")).addSource(SRC).build())
      .addSource(SRC)
      .build();

  static final Chronicle CHRONICLE = Chronicle.builder()
      .addState(State.builder().id(TUR).name("Türkiye").build())
      .addOfficial(Official.builder().id(OfficialId.of("lavrov")).name("Sergey Lavrov").build())
      .addMeeting(TALKS)
      .addArticle(Article.builder().id(A).headline("Talks held").build())
      .build();

  @Test
  void withoutParleyIoTheJsonWriterIsNotFound() {
    assertFalse(ParleyReportingFormat.jsonAvailable());
  }

  @Test
  void aChronicleIsSummarizedOneLinePerRecord() {
    assertEquals(String.join("\n",
            ParleyReportingFormat.SUMMARY_NOTE,
            "states:",
            "  TUR: Türkiye",
            "officials:",
            "  lavrov: Sergey Lavrov",
            "meetings:",
            "  talks: 2023-04-25 HELD \"Talks\" with official:lavrov, "
                + "state:TUR as FOREIGN_MINISTER of state:TUR",
            "articles:",
            "  a: Talks held"),
        ParleyReportingFormat.text(CHRONICLE, ParleyReportingFormat.Writers.NONE));
  }

  @Test
  void anEmptyChronicleSaysSo() {
    assertEquals(ParleyReportingFormat.SUMMARY_NOTE + "\nno records",
        new ParleyReportingFormat().report(Chronicle.empty()).toString());
  }

  @Test
  void recordsAreReportedAsThemselvesWithoutTheWriter() {
    assertEquals(TALKS.toString(), new ParleyReportingFormat().report(TALKS).toString());
  }

  @Test
  void appliesToChroniclesAndRecordsOnly() {
    ParleyReportingFormat format = new ParleyReportingFormat();
    assertTrue(format.appliesTo(CHRONICLE));
    assertTrue(format.appliesTo(TALKS));
    assertFalse(format.appliesTo(TALKS.participants().get(0)));
    assertFalse(format.appliesTo("talks"));
  }

  @Test
  void labelsNameTheParleyTypeNotTheGeneratedOne() {
    ParleyReportingFormat format = new ParleyReportingFormat();
    assertEquals("Chronicle", format.label(CHRONICLE).orElseThrow());
    assertEquals("Meeting", format.label(TALKS).orElseThrow());
  }

  @Test
  void jqwikFindsTheFormat() {
    assertTrue(ServiceLoader.load(SampleReportingFormat.class).stream()
        .anyMatch(p -> p.type() == ParleyReportingFormat.class));
  }

  /** Fails for every chronicle: its failure report shows the sample. */
  static class FailsForEveryChronicle {
    @Property(seed = "42", tries = 10, shrinking = ShrinkingMode.OFF)
    void never(@ForAll Chronicle chronicle) {
      throw new AssertionError("fails");
    }
  }

  @Test
  void aFailingPropertyReportsItsSampleThroughTheFormat(@TempDir Path database) {
    List<String> reports = EngineTestKit.engine("jqwik")
        .selectors(selectClass(FailsForEveryChronicle.class))
        .configurationParameter("jqwik.database", database.resolve("db").toString())
        // Reports as JUnit Platform report entries, which the engine test kit records.
        .configurationParameter("jqwik.reporting.usejunitplatform", "true")
        .execute()
        .allEvents()
        .reportingEntryPublished()
        .stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().toString())
        .collect(Collectors.toList());
    assertTrue(reports.stream().anyMatch(r -> r.contains(ParleyReportingFormat.SUMMARY_NOTE)
        && r.contains("meetings:")), reports::toString);
  }
}
