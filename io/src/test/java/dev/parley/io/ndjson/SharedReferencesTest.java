package dev.parley.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.core.Participant;
import dev.parley.core.StateId;
import dev.parley.core.time.FuzzyDate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The records a reader makes share one instance of each id they refer to, however many
 * different ids the stream refers to (more than any bounded cache keeps), and whichever field or
 * form ({@code TUR}, {@code state:TUR}) refers to it; one instance of each date; and one instance
 * of each post, participant and place met again, and (in a chronicle read from NDJSON) of a
 * short text met again, such as a title.
 */
class SharedReferencesTest {
  private static final int OFFICIALS = 3000;
  private static final int MEETINGS = 2 * OFFICIALS;

  private static String corpus() {
    StringBuilder s = new StringBuilder();
    s.append("{\"kind\":\"state\",\"id\":\"TUR\",\"name\":\"Türkiye\"}\n");
    s.append("{\"kind\":\"article\",\"id\":\"a\"}\n");
    for (int i = 0; i < OFFICIALS; i++) {
      s.append("{\"kind\":\"official\",\"id\":\"o-").append(i).append("\",\"name\":\"O ")
          .append(i).append("\"}\n");
    }
    for (int m = 0; m < MEETINGS; m++) {
      // Each meeting has two officials, 1,000 apart, so that any cache of under 3,000 texts
      // has forgotten an official by the time it is met again.
      s.append("{\"kind\":\"meeting\",\"id\":\"m-").append(m)
          .append("\",\"title\":\"T\",\"date\":\"").append(day(m))
          .append("\",\"place\":{\"state\":\"TUR\"},")
          .append("\"participants\":[")
          .append(participant(m % OFFICIALS)).append(',')
          .append(participant((m + 1000) % OFFICIALS))
          .append("],\"statusHistory\":[{\"status\":\"held\",\"reported\":\"2023-04-25\",")
          .append("\"sources\":[{\"article\":\"a\",\"start\":0,\"end\":1}]}],")
          .append("\"sources\":[{\"article\":\"a\",\"start\":0,\"end\":1}]}\n");
    }
    return s.toString();
  }

  /** One of 1,500 days: each met again 1,500 meetings later, past any 512-slot cache. */
  private static java.time.LocalDate day(int meeting) {
    return java.time.LocalDate.of(2000, 1, 1).plusDays(meeting % 1500);
  }

  private static String participant(int official) {
    return "{\"actor\":\"official:o-" + official
        + "\",\"capacity\":{\"role\":\"foreign_minister\",\"party\":\"state:TUR\"}}";
  }

  private static Chronicle read(int threads) throws IOException {
    try (NdjsonReader in = NdjsonReader.from(
        new ByteArrayInputStream(corpus().getBytes(StandardCharsets.UTF_8)))) {
      return in.readChronicle(threads);
    }
  }

  @Test
  void oneReaderSharesOneInstanceOfEachId() throws IOException {
    Chronicle c = read(1);
    assertEquals(MEETINGS, c.meetings().size());
    Map<ActorRef, ActorRef> first = new java.util.HashMap<>();
    Map<Object, Boolean> states = new IdentityHashMap<>();
    for (Meeting m : c.meetings()) {
      for (Participant p : m.participants()) {
        ActorRef actor = p.actor().orElseThrow();
        assertSame(first.computeIfAbsent(actor, a -> a), actor, actor.toString());
        states.put(p.capacity().orElseThrow().party(), true);
      }
      states.put(m.place().orElseThrow().state().orElseThrow(), true);
    }
    assertEquals(OFFICIALS, first.size());
    Map<FuzzyDate, FuzzyDate> dates = new java.util.HashMap<>();
    for (Meeting m : c.meetings()) {
      FuzzyDate date = m.date();
      assertSame(dates.computeIfAbsent(date, d -> d), date, date.toString());
    }
    assertEquals(1500, dates.size());
    // "TUR" as a place's state and "state:TUR" as a post's party: one instance.
    assertEquals(1, states.size(), states.keySet().toString());
    assertEquals(StateId.of("TUR"), states.keySet().iterator().next());
  }

  @Test
  void eachThreadsRecordsShareTheirIds() throws IOException {
    Chronicle c = read(2);
    assertEquals(read(1), c);
    // Threads have readers of their own: at most one instance of an id per thread.
    Map<ActorRef, Map<Object, Boolean>> instances = new java.util.HashMap<>();
    for (Meeting m : c.meetings()) {
      for (Participant p : m.participants()) {
        ActorRef actor = p.actor().orElseThrow();
        instances.computeIfAbsent(actor, a -> new IdentityHashMap<>()).put(actor, true);
      }
    }
    instances.forEach((id, seen) -> assertEquals(true, seen.size() <= 2, id + ": " + seen.size()));
  }

  @Test
  void oneReaderSharesOneInstanceOfEachPostParticipantAndPlace() throws IOException {
    Chronicle c = read(1);
    Map<Participant, Participant> participants = new java.util.HashMap<>();
    Map<Object, Boolean> posts = new IdentityHashMap<>();
    Map<Object, Boolean> places = new IdentityHashMap<>();
    Map<Object, Boolean> titles = new IdentityHashMap<>();
    for (Meeting m : c.meetings()) {
      for (Participant p : m.participants()) {
        assertSame(participants.computeIfAbsent(p, q -> q), p, p.toString());
        posts.put(p.capacity().orElseThrow(), true);
      }
      places.put(m.place().orElseThrow(), true);
      titles.put(m.title(), true);
    }
    assertEquals(1, titles.size(), "every meeting's title is T, kept once");
    // Each official is met in the same post, 1,000 meetings apart, at two places in the list.
    assertEquals(OFFICIALS, participants.size());
    assertEquals(1, posts.size(), "every post is the foreign minister's of TUR");
    assertEquals(1, places.size());
  }

  @Test
  void aReaderHandingOutRecordsOneByOneKeepsNoValues() throws IOException {
    // read() may be used on streams of any length: it remembers no post, participant or place,
    // so each record has its own (equal) ones.
    Map<Object, Boolean> posts = new IdentityHashMap<>();
    Map<Object, Boolean> titles = new IdentityHashMap<>();
    int meetings = 0;
    try (NdjsonReader in = NdjsonReader.from(
        new ByteArrayInputStream(corpus().getBytes(StandardCharsets.UTF_8)))) {
      for (var r = in.read(); r.isPresent(); r = in.read()) {
        if (r.get() instanceof Meeting m) {
          meetings++;
          m.participants().forEach(p -> posts.put(p.capacity().orElseThrow(), true));
          titles.put(m.title(), true);
        }
      }
    }
    assertEquals(2 * MEETINGS, posts.size());
    assertEquals(MEETINGS, titles.size(), "nor any text");
    assertEquals(MEETINGS, meetings);
  }

  @Test
  void theDocumentReaderSharesIdsButBuildsEachValue() throws IOException {
    Chronicle c = dev.parley.io.json.ChronicleJson.read(
        dev.parley.io.json.ChronicleJson.write(read(1)));
    Map<Object, Boolean> participants = new IdentityHashMap<>();
    Map<Object, Boolean> actors = new IdentityHashMap<>();
    Map<Object, Boolean> titles = new IdentityHashMap<>();
    for (Meeting m : c.meetings()) {
      m.participants().forEach(p -> participants.put(p, true));
      m.participants().forEach(p -> actors.put(p.actor().orElseThrow(), true));
      titles.put(m.title(), true);
    }
    assertEquals(2 * MEETINGS, participants.size());
    assertEquals(MEETINGS, titles.size(), "each text read anew");
    assertEquals(OFFICIALS, actors.size());
  }

  @Test
  void theSequentialReaderSharesValuesOnceItBuildsAChronicle() throws IOException {
    // readChronicle() on one thread: caches for records, turned into caches for a chronicle.
    Chronicle c;
    try (NdjsonReader in = NdjsonReader.from(
        new ByteArrayInputStream(corpus().getBytes(StandardCharsets.UTF_8)))) {
      c = in.readChronicle();
    }
    Map<Object, Boolean> participants = new IdentityHashMap<>();
    for (Meeting m : c.meetings()) {
      m.participants().forEach(p -> participants.put(p, true));
    }
    assertEquals(OFFICIALS, participants.size());
  }
}
