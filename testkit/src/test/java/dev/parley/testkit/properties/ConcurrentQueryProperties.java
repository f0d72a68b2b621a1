package dev.parley.testkit.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Official;
import dev.parley.core.Participant;
import dev.parley.core.PartyRef;
import dev.parley.core.Post;
import dev.parley.core.Stance;
import dev.parley.core.Statement;
import dev.parley.core.Tenure;
import dev.parley.core.query.Queries;
import dev.parley.testkit.ParleyArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A chronicle is safe to share between threads: eight threads, released at once on a chronicle
 * whose indexes are not built yet, each ask a mix of queries (in a different order, so that they
 * race to build different indexes first) and get exactly what one thread alone gets on an equal
 * chronicle. The lazy parts are built once: every thread gets the same {@code query()}, and the
 * results an index hands out as they are (its lists, the co-attendance graph, the timeline, the
 * holdings of a post) are the same instances in every thread.
 */
class ConcurrentQueryProperties {
  static final int THREADS = 8;

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(2, 12).withMeetings(0, 40)
        .withStatements(0, 12).withStances(0, 12).withParticipants(1, 5);
  }

  /** What of an answer an index hands out as it is, the same instance to every thread. */
  enum Owned {
    /** Nothing: the answer is computed anew (from the chronicle's own records). */
    NOTHING,
    /** The answer itself: an index's list, graph or timeline. */
    ANSWER,
    /** The answer's elements: a new list of an index's values. */
    ELEMENTS
  }

  /** One question, and what of its answer an index owns. */
  record Question(String name, Function<Queries, Object> ask, Owned owned) {}

  @Property(tries = 30)
  void eightThreadsGetWhatOneThreadGets(@ForAll("chronicles") Chronicle generated)
      throws Exception {
    // Two equal chronicles with nothing built: one answers alone, the other is shared.
    Chronicle alone = Chronicle.builder().from(generated).build();
    Chronicle shared = Chronicle.builder().from(generated).build();
    List<Question> questions = questions(alone);
    List<Object> expected = new ArrayList<>();
    for (Question q : questions) {
      expected.add(q.ask().apply(alone.query()));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Answers>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int first = t * questions.size() / THREADS;
        futures.add(pool.submit(() -> {
          ready.countDown();
          start.await();
          Queries queries = shared.query();
          Object[] answers = new Object[questions.size()];
          for (int i = 0; i < questions.size(); i++) {
            int k = (first + i) % questions.size();
            answers[k] = questions.get(k).ask().apply(queries);
          }
          return new Answers(queries, List.of(answers));
        }));
      }
      assertTrue(ready.await(30, TimeUnit.SECONDS), "the threads are ready");
      start.countDown();
      List<Answers> all = new ArrayList<>();
      for (Future<Answers> f : futures) {
        all.add(f.get(60, TimeUnit.SECONDS));
      }

      Answers one = all.get(0);
      for (Answers answers : all) {
        assertSame(one.queries(), answers.queries(), "query() is built once");
        for (int k = 0; k < questions.size(); k++) {
          Question q = questions.get(k);
          assertEquals(expected.get(k), answers.values().get(k), q.name());
          assertSameParts(q, one.values().get(k), answers.values().get(k));
        }
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }
  }

  record Answers(Queries queries, List<Object> values) {}

  /** What an index owns of two threads' answers is the same instance in both. */
  private static void assertSameParts(Question q, Object first, Object other) {
    // Identity, not equality: the values are equal anyway, and too long to print.
    if (q.owned() == Owned.ANSWER) {
      assertTrue(first == other, () -> q.name() + ": two instances of the index's own object");
    } else if (q.owned() == Owned.ELEMENTS) {
      List<?> firsts = (List<?>) first;
      List<?> others = (List<?>) other;
      for (int i = 0; i < firsts.size(); i++) {
        int index = i;
        assertTrue(firsts.get(i) == others.get(i),
            () -> q.name() + ": two instances of the index's own value " + index);
      }
    }
  }

  private static Question owned(String name, Function<Queries, Object> ask) {
    return new Question(name, ask, Owned.ANSWER);
  }

  private static Question ownedElements(String name, Function<Queries, Object> ask) {
    return new Question(name, ask, Owned.ELEMENTS);
  }

  private static Question computed(String name, Function<Queries, Object> ask) {
    return new Question(name, ask, Owned.NOTHING);
  }

  /** The first of {@code days} that is a calendar day, not an open end. */
  private static LocalDate finite(LocalDate... days) {
    for (LocalDate d : days) {
      if (!d.equals(LocalDate.MIN) && !d.equals(LocalDate.MAX)) {
        return d;
      }
    }
    return LocalDate.of(2000, 1, 1);
  }

  /** Questions of every kind, about the actors, parties, issues, posts and days it holds. */
  static List<Question> questions(Chronicle c) {
    List<Question> questions = new ArrayList<>();
    questions.add(owned("all meetings", q -> q.meetings().list()));
    questions.add(owned("all statements", q -> q.statements().list()));
    questions.add(owned("co-attendance", Queries::coAttendance));
    questions.add(owned("timeline", Queries::timeline));

    Set<ActorRef> actors = new LinkedHashSet<>();
    Set<PartyRef> parties = new LinkedHashSet<>();
    Set<LocalDate> days = new LinkedHashSet<>();
    for (Meeting m : c.meetings()) {
      for (Participant p : m.participants()) {
        p.actor().ifPresent(actors::add);
        p.represents().ifPresent(parties::add);
      }
      days.add(m.date().earliest());
      days.add(m.date().latest());
    }
    List<PartyRef> partyList = new ArrayList<>(parties);
    List<LocalDate> dayList = new ArrayList<>(days);
    LocalDate someDay = dayList.isEmpty() ? finite() : dayList.get(0);
    for (ActorRef a : actors) {
      questions.add(owned("attended by " + a, q -> q.meetings().attendedBy(a).list()));
      questions.add(computed("first attended by " + a, q -> q.meetings().attendedBy(a).first()));
      questions.add(computed("held, attended by " + a + ", highest level",
          q -> q.meetings().attendedBy(a).withStatus(MeetingStatus.HELD).highestLevel()));
      questions.add(owned("statements by " + a, q -> q.statements().by(a).list()));
    }
    for (int i = 0; i + 1 < partyList.size(); i++) {
      PartyRef p1 = partyList.get(i);
      PartyRef p2 = partyList.get(i + 1);
      questions.add(computed("between " + p1 + " and " + p2,
          q -> q.meetings().between(p1, p2).list()));
      questions.add(computed("latest between " + p1 + " and " + p2 + " since " + someDay,
          q -> q.meetings().between(p1, p2).since(someDay).latest()));
      questions.add(computed("statements affiliated with " + p1,
          q -> q.statements().affiliatedWith(p1).list()));
    }
    for (int i = 0; i + 1 < dayList.size(); i += 2) {
      LocalDate a = dayList.get(i);
      LocalDate b = dayList.get(i + 1);
      LocalDate from = a.isBefore(b) ? a : b;
      LocalDate to = a.isBefore(b) ? b : a;
      questions.add(computed("meetings overlapping " + from + ".." + to,
          q -> q.meetings().overlapping(from, to).count()));
      questions.add(computed("statements overlapping " + from + ".." + to,
          q -> q.statements().overlapping(from, to).list()));
    }
    for (IssueId issue : c.issues().stream().map(i -> i.id()).toList()) {
      questions.add(owned("on topic " + issue, q -> q.meetings().onTopic(issue).list()));
    }
    for (Statement s : c.statements()) {
      s.meeting().ifPresent(m ->
          questions.add(owned("statements about " + m, q -> q.statements().about(m).list())));
    }
    for (Stance s : c.stances()) {
      ActorRef holder = s.holder();
      IssueId issue = s.issue();
      questions.add(owned("stances of " + holder, q -> q.stancesOf(holder)));
      questions.add(owned("history of " + holder + " on " + issue,
          q -> q.stanceHistory(holder, issue)));
      LocalDate day = finite(s.validity().certainStart(), s.validity().earliest(), someDay);
      questions.add(computed("stances of " + holder + " on " + issue + " as of " + day,
          q -> q.stancesAsOf(holder, issue, day)));
      for (Stance other : c.stances()) {
        questions.add(computed("compare " + holder + " with " + other.holder() + " on " + day,
            q -> q.compareStances(holder, other.holder(), day)));
      }
    }
    for (Official o : c.officials()) {
      questions.add(computed("career of " + o.id(), q -> q.career(o.id())));
      questions.add(computed("attendance of " + o.id(), q -> q.attendance(o.id())));
      questions.add(computed("attendance of " + o.id() + ", inferred too",
          q -> q.attendanceIncludingInferred(o.id())));
      for (Tenure t : o.tenures()) {
        Post post = t.post();
        LocalDate day = finite(t.term().certainStart(), t.term().earliest());
        questions.add(ownedElements("holders of " + post + " on " + day,
            q -> q.holders(post, day)));
      }
    }
    return questions;
  }
}
