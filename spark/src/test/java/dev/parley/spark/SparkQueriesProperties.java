package dev.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.graph.EndpointPair;
import com.google.common.graph.ValueGraph;
import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.core.Meeting;
import dev.parley.core.Participant;
import dev.parley.core.PartyRef;
import dev.parley.core.Stance;
import dev.parley.core.StatementId;
import dev.parley.core.query.Queries;
import dev.parley.core.time.FuzzyDate;
import dev.parley.testkit.ParleyArbitraries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Spark's answers ({@link SparkQueries} over {@link ChronicleTables} read from NDJSON written by
 * {@link dev.parley.io.ndjson.NdjsonWriter}) equal the query API's ({@link Queries}) on generated
 * chronicles: the same meetings and stances in the same order, the same co-attendance counts.
 * Query arguments are drawn from the chronicle (its actors, parties, and days at the edges of its
 * dates, where the date rule decides), so that answers are seldom empty.
 */
class SparkQueriesProperties {
  private static final Path DIR = tempDir();

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("parley-spark-properties");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterContainer
  static void deleteDir() throws IOException {
    try (var files = Files.list(DIR)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(DIR);
  }

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles()
        .withMeetings(1, 8)
        .withStatements(0, 5)
        .withStances(1, 5)
        .withYears(Year.of(2000), Year.of(2004));
  }

  @Property(tries = 20)
  void sparkAnswersEqualTheQueryApi(
      @ForAll("chronicles") Chronicle chronicle, @ForAll @IntRange(max = 1_000_000) int pick)
      throws IOException {
    Random random = new Random(pick);
    Queries q = chronicle.query();
    Path file = SharedSpark.writeNdjson(chronicle, DIR);
    try {
      SparkQueries spark =
          SparkQueries.of(ChronicleTables.readNdjson(SharedSpark.spark(), file.toString()));

      // attended by: an actor of some meeting (a named actor or a party counted for)
      List<ActorRef> actors = new ArrayList<>(attendees(chronicle));
      ActorRef actor = actors.get(random.nextInt(actors.size()));
      List<String> attended = ids(q.meetings().attendedBy(actor).list());
      assertEquals(attended, ids(spark.attendedBy(actor)), "attendedBy " + actor);
      Statistics.label("attendedBy").collect(attended.isEmpty() ? "none" : "some");

      // between parties of one meeting, over a range with ends at the edges of meeting dates
      Meeting m = chronicle.meetings().get(random.nextInt(chronicle.meetings().size()));
      List<PartyRef> parties = new ArrayList<>(m.participants().stream()
          .flatMap(p -> p.party().stream()).collect(Collectors.toCollection(LinkedHashSet::new)));
      if (parties.size() > 2) {
        parties = parties.subList(0, 1 + random.nextInt(2));
      }
      List<LocalDate> days = new ArrayList<>(edges(chronicle.meetings().stream()
          .map(Meeting::date).collect(Collectors.toList())));
      LocalDate a = days.get(random.nextInt(days.size()));
      LocalDate b = days.get(random.nextInt(days.size()));
      LocalDate from = a.isBefore(b) ? a : b;
      LocalDate to = a.isBefore(b) ? b : a;
      if (!parties.isEmpty()) {
        List<String> between = ids(q.meetings().between(parties).overlapping(from, to).list());
        assertEquals(between, ids(spark.between(parties, from, to)),
            "between " + parties + " over " + from + ".." + to);
        Statistics.label("between").collect(between.isEmpty() ? "none" : "some");
      }

      // co-attendance: every edge and its count
      assertEquals(edges(q.coAttendance()), spark.coAttendance().collectAsList().stream()
          .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getLong(2))
          .collect(Collectors.toList()), "coAttendance");

      // stance as of a day at the edges of a stance's validity and its evidence
      Stance s = chronicle.stances().get(random.nextInt(chronicle.stances().size()));
      List<FuzzyDate> dates = new ArrayList<>();
      dates.add(s.validity());
      dates.add(q.evidencedValidity(s));
      for (StatementId e : s.evidence()) {
        chronicle.statement(e).ifPresent(st -> dates.add(st.date()));
      }
      List<LocalDate> stanceDays = new ArrayList<>(edges(dates));
      LocalDate picked = stanceDays.get(random.nextInt(stanceDays.size()));
      FuzzyDate reach = q.evidencedValidity(s);
      if (random.nextBoolean() && !reach.certainStart().isAfter(reach.certainEnd())
          && !reach.certainStart().equals(LocalDate.MIN)) {
        picked = reach.certainStart(); // a day it holds on: answers are then seldom empty
      }
      LocalDate day = picked;
      List<String> asOf = ids(q.stancesAsOf(s.holder(), s.issue(), day));
      assertEquals(asOf, ids(spark.stancesAsOf(s.holder(), s.issue(), day)),
          "stancesAsOf " + s.holder() + " " + s.issue() + " " + day + " of " + s.validity());
      Statistics.label("stancesAsOf").collect(asOf.isEmpty() ? "none" : "some");

      // every stance that holds that day, whoever holds it: holdsOn, by validity then id
      List<String> holding = ids(chronicle.stances().stream()
          .filter(st -> q.holdsOn(st, day))
          .sorted(Comparator.comparing(Stance::validity).thenComparing(Stance::id))
          .collect(Collectors.toList()));
      assertEquals(holding, ids(spark.stancesHoldingOn(day)), "stancesHoldingOn " + day);
      Statistics.label("stancesHoldingOn").collect(holding.isEmpty() ? "none" : "some");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Every actor a held or other meeting counts as attending: named actors and parties. */
  private static Set<ActorRef> attendees(Chronicle chronicle) {
    Set<ActorRef> actors = new LinkedHashSet<>();
    for (Meeting m : chronicle.meetings()) {
      for (Participant p : m.participants()) {
        p.actor().ifPresent(actors::add);
        p.party().ifPresent(actors::add);
      }
    }
    return actors;
  }

  /**
   * The days where the date rule decides for these dates: each bounded first and last day
   * counted, each certain start and end, and the day either side of each.
   */
  private static Set<LocalDate> edges(List<FuzzyDate> dates) {
    Set<LocalDate> days = new TreeSet<>();
    for (FuzzyDate d : dates) {
      for (LocalDate day : List.of(d.earliestDay(), d.latestDay(), d.certainStart(),
          d.certainEnd(), d.earliest(), d.latest())) {
        if (!day.equals(LocalDate.MIN) && !day.equals(LocalDate.MAX)) {
          days.add(day.minusDays(1));
          days.add(day);
          days.add(day.plusDays(1));
        }
      }
    }
    if (days.isEmpty()) {
      days.add(LocalDate.of(2002, 6, 1));
    }
    return days;
  }

  /** The co-attendance graph's edges as "a b count", the ends in text order, sorted. */
  private static List<String> edges(ValueGraph<ActorRef, Integer> graph) {
    Set<String> edges = new TreeSet<>();
    for (EndpointPair<ActorRef> e : graph.edges()) {
      String u = e.nodeU().toRefString();
      String v = e.nodeV().toRefString();
      String first = u.compareTo(v) < 0 ? u : v;
      String second = u.compareTo(v) < 0 ? v : u;
      edges.add(first + " " + second + " " + graph.edgeValue(e).orElseThrow());
    }
    return new ArrayList<>(edges);
  }

  private static List<String> ids(List<? extends Entity<?>> records) {
    return records.stream().map(r -> r.id().value()).collect(Collectors.toList());
  }

  private static List<String> ids(Dataset<Row> rows) {
    return rows.select("id").collectAsList().stream().map(r -> r.getString(0))
        .collect(Collectors.toList());
  }
}
