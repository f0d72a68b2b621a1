package dev.parley.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.ChronicleAssembler;
import dev.parley.core.Entity;
import dev.parley.core.InvalidChronicleException;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Participant;
import dev.parley.core.SourceRef;
import dev.parley.core.StanceId;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.StatusChange;
import dev.parley.core.TypedId;
import dev.parley.core.time.FuzzyDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An assembler with a ledger builds what {@link ChronicleAssembler#create()} builds, and throws
 * the same violations, as long as the ledger holds every reference of the records added.
 */
class ReaderSupportTest {
  private static final StateId TUR = StateId.of("TUR");
  private static final StateId SYR = StateId.of("SYR");
  private static final ArticleId ARTICLE = ArticleId.of("a");
  private static final FuzzyDate DAY = FuzzyDate.parse("2023-04-25");

  private static State state(StateId id) {
    return State.builder().id(id).name(id.value()).build();
  }

  private static Meeting meeting(String id, StateId... parties) {
    SourceRef source = SourceRef.of(ARTICLE, 0, 1);
    Meeting.Builder b = Meeting.builder().id(MeetingId.of(id)).title("T").date(DAY)
        .addStatusChange(StatusChange.builder().status(MeetingStatus.HELD).reported(DAY)
            .addSource(source).build())
        .addSource(source);
    for (StateId party : parties) {
      b.addParticipant(Participant.builder().actor(party).build());
    }
    return b.build();
  }

  private static ReferenceLedger ledger(TypedId<?>... ids) {
    ReferenceLedger ledger = new ReferenceLedger();
    for (TypedId<?> id : ids) {
      ledger.add(id);
    }
    return ledger;
  }

  private static final List<Entity<?>> VALID = List.of(state(SYR), state(TUR),
      Article.builder().id(ARTICLE).build(), meeting("m1", SYR, TUR), meeting("m2", TUR));

  /** Two meetings with SYR, whose state is missing. */
  private static final List<Entity<?>> DANGLING = List.of(state(TUR),
      Article.builder().id(ARTICLE).build(), meeting("m1", SYR, TUR), meeting("m2", SYR));

  @Test
  void buildsWhatThePlainAssemblerBuilds() {
    Chronicle plain = ChronicleAssembler.create().addAll(VALID).build();
    assertEquals(plain,
        ReaderSupport.assembler(ledger(SYR, TUR, ARTICLE)).addAll(VALID).build());
  }

  @Test
  void anIdNotFoundSendsTheChronicleToTheWholeCheck() {
    InvalidChronicleException plain = assertThrows(InvalidChronicleException.class,
        () -> ChronicleAssembler.create().addAll(DANGLING).build());
    InvalidChronicleException ledgered = assertThrows(InvalidChronicleException.class,
        () -> ReaderSupport.assembler(ledger(SYR, TUR, ARTICLE)).addAll(DANGLING).build());
    assertEquals(2, plain.violations().size(), plain.violations().toString());
    assertEquals(plain.violations(), ledgered.violations());
  }

  @Test
  void anIdNoRecordCanReferToIsNotFound() {
    // A stance's id in the ledger (a reader's mistake) is not taken as found: the whole
    // chronicle is checked, and passes.
    Chronicle plain = ChronicleAssembler.create().addAll(VALID).build();
    assertEquals(plain, ReaderSupport.assembler(ledger(SYR, StanceId.of("x"), MeetingId.of("m9")))
        .addAll(VALID).build());
  }

  @Test
  void idsAddedToTheLedgerAfterTheAssemblerIsMadeAreLookedUp() {
    ReferenceLedger ledger = new ReferenceLedger();
    ChronicleAssembler assembler = ReaderSupport.assembler(ledger);
    List<Entity<?>> dangling = List.of(state(TUR), Article.builder().id(ARTICLE).build(),
        meeting("m1", SYR));
    assembler.addAll(dangling);
    ledger.add(SYR);
    assertThrows(InvalidChronicleException.class, assembler::build);
  }

  @Test
  void theLedgerGivesBackTheInstanceNotedFirst() {
    ReferenceLedger ledger = new ReferenceLedger();
    StateId first = StateId.of("TUR");
    StateId again = StateId.of("TUR");
    assertNotSame(first, again);
    assertSame(first, ledger.add(first));
    assertSame(first, ledger.add(again));
    // A meeting's id with an article's text is another id, noted for itself.
    ledger.add(ARTICLE);
    MeetingId meeting = MeetingId.of(ARTICLE.value());
    assertSame(meeting, ledger.add(meeting));
    assertEquals(3, ledger.ids().size(), ledger.ids().toString());
  }

  @Test
  void mergedLedgersHoldEveryId() {
    ReferenceLedger a = ledger(SYR, TUR);
    ReferenceLedger b = ledger(StateId.of("TUR"), ARTICLE);
    a.addAll(b);
    assertEquals(java.util.Set.of(SYR, TUR, ARTICLE), a.ids());
    assertSame(TUR, a.add(StateId.of("TUR")), "the id a held first");
  }

  @Test
  void theFactoryIsRegisteredOnce() {
    ReaderSupport.assembler(new ReferenceLedger()); // initializes the assembler's class
    assertThrows(IllegalStateException.class, () -> ReaderSupport.register((l, e) -> null));
  }

  @Test
  void aMergedLedgerKeepsItsPartsAndRefusesItself() {
    ReferenceLedger a = ledger(SYR);
    ReferenceLedger b = ledger(TUR);
    ReferenceLedger c = ledger(ARTICLE, TUR);
    b.addAll(c);
    a.addAll(b);
    assertEquals(List.of(java.util.Set.of(SYR), java.util.Set.of(TUR),
        java.util.Set.of(ARTICLE, TUR)), a.parts());
    assertEquals(java.util.Set.of(SYR, TUR, ARTICLE), a.ids());
    assertThrows(IllegalArgumentException.class, () -> a.addAll(a));
    assertThrows(IllegalArgumentException.class, () -> c.addAll(a), "a holds c");
  }

  /** An executor that runs each task at once, on the caller's thread, and counts them. */
  private static final class Counting implements java.util.concurrent.Executor {
    int tasks;

    @Override
    public void execute(Runnable task) {
      tasks++;
      task.run();
    }
  }

  private static ReferenceLedger merged(TypedId<?>[] first, TypedId<?>... second) {
    ReferenceLedger ledger = new ReferenceLedger();
    ledger.addAll(ledger(first));
    ledger.addAll(ledger(second));
    return ledger;
  }

  @Test
  void withAnExecutorEachPartButTheFirstIsLookedUpThere() {
    Chronicle plain = ChronicleAssembler.create().addAll(VALID).build();
    Counting executor = new Counting();
    assertEquals(plain, ReaderSupport.assembler(
        merged(new TypedId<?>[] {SYR, TUR}, ARTICLE, TUR), executor).addAll(VALID).build());
    assertEquals(1, executor.tasks, "two parts, one of them on the executor");
  }

  @Test
  void anIdNotFoundInAPartOnTheExecutorSendsTheChronicleToTheWholeCheck() {
    InvalidChronicleException plain = assertThrows(InvalidChronicleException.class,
        () -> ChronicleAssembler.create().addAll(DANGLING).build());
    Counting executor = new Counting();
    InvalidChronicleException ledgered = assertThrows(InvalidChronicleException.class,
        () -> ReaderSupport.assembler(merged(new TypedId<?>[] {TUR, ARTICLE}, SYR), executor)
            .addAll(DANGLING).build());
    assertEquals(1, executor.tasks);
    assertEquals(plain.violations(), ledgered.violations());
  }

  @Test
  void aRefusedTaskIsDoneByTheCaller() {
    Chronicle plain = ChronicleAssembler.create().addAll(VALID).build();
    java.util.concurrent.Executor refusing = task -> {
      throw new java.util.concurrent.RejectedExecutionException("shut down");
    };
    assertEquals(plain, ReaderSupport.assembler(
        merged(new TypedId<?>[] {SYR}, TUR, ARTICLE), refusing).addAll(VALID).build());
    List<Entity<?>> dangling = List.of(state(TUR), Article.builder().id(ARTICLE).build(),
        meeting("m1", SYR, TUR));
    assertThrows(InvalidChronicleException.class, () -> ReaderSupport.assembler(
        merged(new TypedId<?>[] {TUR, ARTICLE}, SYR), refusing).addAll(dangling).build());
  }
}
