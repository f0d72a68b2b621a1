package dev.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.time.FuzzyDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChronicleAssemblerTest {
  private static final StateId TUR = StateId.of("TUR");
  private static final StateId SYR = StateId.of("SYR");
  private static final ArticleId ARTICLE = ArticleId.of("a");
  private static final SourceRef SOURCE = SourceRef.of(ARTICLE, 0, 1);
  private static final FuzzyDate DAY = FuzzyDate.parse("2023-04-25");

  private static State state(StateId id) {
    return State.builder().id(id).name(id.value()).build();
  }

  private static Meeting meeting(String id, StateId... parties) {
    Meeting.Builder b = Meeting.builder().id(MeetingId.of(id)).title("T").date(DAY)
        .addStatusChange(StatusChange.builder().status(MeetingStatus.HELD).reported(DAY)
            .addSource(SOURCE).build())
        .addSource(SOURCE);
    for (StateId party : parties) {
      b.addParticipant(Participant.builder().actor(party).build());
    }
    return b.build();
  }

  private static Statement statement(String id, String meeting) {
    return Statement.builder().id(StatementId.of(id)).speaker(Speaker.of(TUR)).date(DAY)
        .mode(StatementMode.UNRECORDED).meeting(MeetingId.of(meeting)).addSource(SOURCE).build();
  }

  private static final Article ARTICLE_RECORD = Article.builder().id(ARTICLE).build();

  @Test
  void recordsInDocumentOrderBuildWhatTheBuilderBuilds() {
    List<Entity<?>> records = List.of(state(SYR), state(TUR), ARTICLE_RECORD,
        meeting("m1", TUR, SYR), meeting("m2", TUR), statement("s1", "m2"), statement("s2", "m1"));
    Chronicle assembled = ChronicleAssembler.create().addAll(records).build();
    assertEquals(Chronicle.builder().addStates(state(SYR), state(TUR))
        .addArticle(ARTICLE_RECORD)
        .addMeetings(meeting("m1", TUR, SYR), meeting("m2", TUR))
        .addStatements(statement("s1", "m2"), statement("s2", "m1"))
        .build(), assembled);
  }

  @Test
  void referencesToRecordsAddedLaterAreFound() {
    Chronicle c = ChronicleAssembler.create()
        .add(statement("s1", "m1"))
        .add(meeting("m1", TUR))
        .add(ARTICLE_RECORD)
        .add(state(TUR))
        .build();
    assertEquals(1, c.statements().size());
    assertEquals(MeetingId.of("m1"), c.statements().get(0).meeting().orElseThrow());
  }

  @Test
  void recordsOutOfOrderAreSorted() {
    Chronicle c = ChronicleAssembler.create()
        .add(state(TUR)).add(state(SYR)).add(ARTICLE_RECORD)
        .add(meeting("m2", TUR)).add(meeting("m1", SYR))
        .build();
    assertEquals(List.of(SYR, TUR), List.of(c.states().get(0).id(), c.states().get(1).id()));
    assertEquals(MeetingId.of("m1"), c.meetings().get(0).id());
  }

  @Test
  void everyViolationIsReportedAsTheBuilderReportsIt() {
    // A dangling participant, a dangling meeting reference and a repeated id.
    List<Entity<?>> records = List.of(state(TUR), ARTICLE_RECORD, meeting("m1", TUR, SYR),
        statement("s1", "ghost"), statement("s1", "m1"));
    InvalidChronicleException assembled = assertThrows(InvalidChronicleException.class,
        () -> ChronicleAssembler.create().addAll(records).build());
    Chronicle.Builder builder = Chronicle.builder().addState(state(TUR))
        .addArticle(ARTICLE_RECORD).addMeeting(meeting("m1", TUR, SYR))
        .addStatements(statement("s1", "ghost"), statement("s1", "m1"));
    InvalidChronicleException built = assertThrows(InvalidChronicleException.class,
        builder::build);
    assertEquals(built.violations(), assembled.violations());
    assertEquals(3, assembled.violations().size(), assembled::getMessage);
  }

  @Test
  void aDanglingReferenceInOrderedRecordsIsReported() {
    InvalidChronicleException e = assertThrows(InvalidChronicleException.class,
        () -> ChronicleAssembler.create()
            .add(state(TUR)).add(ARTICLE_RECORD).add(meeting("m1", TUR))
            .add(statement("s1", "m0"))
            .build());
    assertEquals(List.of(Violation.of("statement", "s1", "meeting", "unknown meeting 'm0'")),
        e.violations());
  }

  @Test
  void anAssemblerBuildsOneChronicle() {
    ChronicleAssembler assembler = ChronicleAssembler.create().add(state(TUR));
    assertEquals(1, assembler.build().states().size());
    IllegalStateException again = assertThrows(IllegalStateException.class, assembler::build);
    assertTrue(again.getMessage().contains("built its chronicle already"), again.getMessage());
    assertThrows(IllegalStateException.class, () -> assembler.add(state(SYR)));
  }

  /** Records of other types cannot be made: Entity is sealed (see RecordKindTest). */
  @Test
  void nullsAreRefused() {
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> ChronicleAssembler.create().add(null));
    assertEquals("record", npe.getMessage());
    assertThrows(NullPointerException.class, () -> ChronicleAssembler.create().addAll(null));
  }

  @Test
  void noRecordsBuildTheEmptyChronicle() {
    assertEquals(Chronicle.empty(), ChronicleAssembler.create().build());
  }
}
