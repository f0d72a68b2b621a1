package dev.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.time.FuzzyDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Walks every {@link RecordKind} through core's per-kind code (the enum's own tables, the
 * assembler, the validator, the chronicle's accessors), so that a kind added to the enum but not
 * handled somewhere fails here even where javac cannot see it.
 */
class RecordKindTest {
  private static final StateId TUR = StateId.of("TUR");
  private static final ArticleId ARTICLE = ArticleId.of("a");
  private static final SourceRef SOURCE = SourceRef.of(ARTICLE, 0, 1);
  private static final FuzzyDate DAY = FuzzyDate.parse("2023-04-25");

  /** One valid record of {@code kind}; together, the records of every kind form a chronicle. */
  static Entity<?> sample(RecordKind kind) {
    return switch (kind) {
      case STATE -> State.builder().id(TUR).name("Türkiye").build();
      case ORGANIZATION -> Organization.builder().id(OrganizationId.of("mfa"))
          .name("Ministry").kind(OrganizationKind.MINISTRY).state(TUR).build();
      case OFFICIAL -> Official.builder().id(OfficialId.of("hakan-fidan")).name("Fidan")
          .build();
      case ISSUE -> Issue.builder().id(IssueId.of("water")).label("Water").build();
      case ARTICLE -> Article.builder().id(ARTICLE).build();
      case MEETING -> Meeting.builder().id(MeetingId.of("m")).title("T").date(DAY)
          .addParticipant(Participant.builder().actor(TUR).build())
          .addStatusChange(StatusChange.builder().status(MeetingStatus.HELD).reported(DAY)
              .addSource(SOURCE).build())
          .addSource(SOURCE).build();
      case STATEMENT -> Statement.builder().id(StatementId.of("s")).speaker(Speaker.of(TUR))
          .date(DAY).mode(StatementMode.UNRECORDED).meeting(MeetingId.of("m"))
          .addSource(SOURCE).build();
      case STANCE -> Stance.builder().id(StanceId.of("st")).holder(TUR)
          .issue(IssueId.of("water")).position(StancePosition.SUPPORTS).validity(DAY)
          .addEvidence(StatementId.of("s")).addSource(SOURCE).build();
      case EVENT -> Event.builder().id(EventId.of("e")).category(PloverCategory.ASSAULT)
          .addSourceActor(EventActor.anonymous(TUR, "gunmen"))
          .addTargetActor(EventActor.of(OfficialId.of("hakan-fidan")))
          .date(DAY).description("An attack").addSource(SOURCE).build();
    };
  }

  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void labelPluralAndTypeNameTheKind(RecordKind kind) {
    assertEquals(kind.name().toLowerCase(Locale.ROOT), kind.label());
    assertEquals(kind.label() + "s", kind.plural());
    assertEquals(kind.label(), kind.type().getSimpleName().toLowerCase(Locale.ROOT));
    assertEquals(Optional.of(kind), RecordKind.fromLabel(kind.label()));
    assertEquals(Optional.of(kind), RecordKind.fromPlural(kind.plural()));
    assertEquals(Optional.empty(), RecordKind.fromLabel(kind.plural()));
    assertEquals(Optional.empty(), RecordKind.fromPlural(kind.label()));
  }

  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void everyRecordKnowsItsKind(RecordKind kind) {
    Entity<?> record = sample(kind);
    assertSame(kind, record.recordKind());
    assertTrue(kind.type().isInstance(record), kind + " is not a " + kind.type());
  }

  /** A kind the enum names but the sealed interface does not permit, or the reverse, fails. */
  @Test
  void theSealedRecordTypesAreExactlyTheKindsTypes() {
    assertTrue(Entity.class.isSealed());
    Set<Class<?>> permitted = Set.of(Entity.class.getPermittedSubclasses());
    Set<Class<?>> kinds = Arrays.stream(RecordKind.values()).map(RecordKind::type)
        .collect(Collectors.toSet());
    assertEquals(permitted, kinds);
    assertEquals(RecordKind.values().length, kinds.size());
  }

  /** The assembler, the validator and the chronicle's accessors handle every kind. */
  @Test
  void aRecordOfEveryKindIsAssembledValidatedAndFoundUnderItsKind() {
    ChronicleAssembler assembler = ChronicleAssembler.create();
    for (RecordKind kind : RecordKind.values()) {
      assembler.add(sample(kind));
    }
    Chronicle assembled = assembler.build();
    for (RecordKind kind : RecordKind.values()) {
      assertEquals(List.of(sample(kind)), kind.records(assembled), kind.plural());
      assertEquals(List.of(sample(kind)), kind.records(assembled, kind.type()));
    }
    // In the reverse order, each record is checked when the chronicle is built.
    ChronicleAssembler reversed = ChronicleAssembler.create();
    List<RecordKind> kinds = Arrays.asList(RecordKind.values());
    for (int i = kinds.size() - 1; i >= 0; i--) {
      reversed.add(sample(kinds.get(i)));
    }
    assertEquals(assembled, reversed.build());
    assertEquals(Chronicle.builder().from(assembled).build(), assembled);
  }

  /** The validator checks records of every kind as they come: a dangling reference is found. */
  @ParameterizedTest
  @EnumSource(value = RecordKind.class, names = {"ORGANIZATION", "MEETING", "STATEMENT",
      "STANCE", "EVENT"})
  void aDanglingReferenceOfEveryReferringKindIsReported(RecordKind kind) {
    InvalidChronicleException e = assertThrows(InvalidChronicleException.class,
        () -> ChronicleAssembler.create().add(sample(kind)).build());
    assertTrue(e.violations().stream().anyMatch(v -> v.kind().equals(kind.label())),
        e.getMessage());
  }

  @Test
  void recordsOfTheWrongTypeAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RecordKind.MEETING.records(Chronicle.empty(), Stance.class));
    assertEquals("the records of kind meeting are Meetings, not Stances", e.getMessage());
  }
}
