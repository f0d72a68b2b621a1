package dev.parley.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.graph.EndpointPair;
import com.google.common.graph.ValueGraph;
import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.core.Meeting;
import dev.parley.core.Official;
import dev.parley.core.PartyRef;
import dev.parley.core.Stance;
import dev.parley.core.Statement;
import dev.parley.core.Tenure;
import dev.parley.core.query.Holding;
import dev.parley.core.query.Queries;
import dev.parley.core.time.FuzzyDate;
import dev.parley.testkit.ParleyArbitraries;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Each SQL recipe of {@link Recipes} gives the same answer, in the same order, as its
 * counterpart in the query API, on generated chronicles loaded with {@link ChronicleTables}.
 * Days are taken at and beside the bounds of the chronicle's own dates (the earliest, latest,
 * certain start and certain end of each, one day either side), where the date rules differ.
 */
class RecipeProperties {

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withMeetings(0, 8).withStatements(0, 6)
        .withStances(0, 6);
  }

  /**
   * One generated chronicle, loaded once, checks every recipe: generating and loading cost more
   * than the queries, so one property of 100 tries keeps the module's tests fast.
   */
  @Property(tries = 100)
  void recipesAnswerAsTheQueryApi(@ForAll("chronicles") Chronicle c, @ForAll Random random)
      throws SQLException {
    try (Connection db = loaded(c)) {
      attendedBy(c, db);
      meetingsBetweenInRange(c, db, random);
      stancesAsOf(c, db, random);
      holders(c, db, random);
      coAttendance(c, db);
    }
  }

  private static void attendedBy(Chronicle c, Connection db) throws SQLException {
    int found = 0;
    for (ActorRef actor : actors(c)) {
      List<String> expected = ids(c.query().meetings().attendedBy(actor).list());
      assertEquals(expected, Recipes.attendedBy(db, actor), () -> "attendedBy(" + actor + ")");
      found += expected.size();
    }
    Statistics.label("attendedBy found meetings").collect(found > 0);
  }

  private static void meetingsBetweenInRange(Chronicle c, Connection db, Random random)
      throws SQLException {
    List<PartyRef> parties = parties(c);
    List<LocalDate> days = days(c.meetings().stream().map(Meeting::date));
    int found = 0;
    for (PartyRef a : parties) {
      for (PartyRef b : parties) {
        // A few ranges between the meetings' own bounds, from one day to all of them.
        for (int i = 0; i < Math.min(3, days.size()); i++) {
          LocalDate x = pick(days, random);
          LocalDate y = pick(days, random);
          LocalDate from = x.isBefore(y) ? x : y;
          LocalDate to = x.isBefore(y) ? y : x;
          List<String> expected =
              ids(c.query().meetings().between(a, b).overlapping(from, to).list());
          assertEquals(expected, Recipes.meetingsBetween(db, a, b, from, to),
              () -> "between(" + a + ", " + b + ").overlapping(" + from + ", " + to + ")");
          found += expected.size();
        }
      }
    }
    Statistics.label("between in range found meetings").collect(found > 0);
  }

  private static void stancesAsOf(Chronicle c, Connection db, Random random)
      throws SQLException {
    Queries q = c.query();
    int found = 0;
    for (Stance s : c.stances()) {
      // The stance's own bounds, and those of its evidence, where an unknown end reaches.
      List<LocalDate> days = days(Stream.concat(Stream.of(s.validity()),
          s.evidence().stream().flatMap(e -> c.statement(e).stream()).map(Statement::date)));
      for (int i = 0; i < Math.min(8, days.size()); i++) {
        LocalDate day = pick(days, random);
        List<String> expected = q.stancesAsOf(s.holder(), s.issue(), day).stream()
            .map(x -> x.id().value()).collect(Collectors.toList());
        assertEquals(expected, Recipes.stancesAsOf(db, s.holder(), s.issue(), day),
            () -> "stancesAsOf(" + s.holder() + ", " + s.issue() + ", " + day + ")");
        found += expected.size();
      }
    }
    Statistics.label("stancesAsOf found stances").collect(found > 0);
    Statistics.label("unknown-end validity with evidence").collect(c.stances().stream()
        .anyMatch(s -> s.validity().isUnknownEnd() && !s.evidence().isEmpty()));
  }

  private static void holders(Chronicle c, Connection db, Random random) throws SQLException {
    Queries q = c.query();
    int found = 0;
    for (Official o : c.officials()) {
      for (Tenure t : o.tenures()) {
        List<LocalDate> days = days(Stream.of(t.term()));
        for (int i = 0; i < Math.min(6, days.size()); i++) {
          LocalDate day = pick(days, random);
          List<String> expected = q.holders(t.post(), day).stream()
              .map(Holding::official).map(x -> x.id().value()).collect(Collectors.toList());
          assertEquals(expected, Recipes.holders(db, t.post(), day),
              () -> "holders(" + t.post() + ", " + day + ")");
          found += expected.size();
        }
      }
    }
    Statistics.label("holders found officials").collect(found > 0);
  }

  private static void coAttendance(Chronicle c, Connection db) throws SQLException {
    ValueGraph<ActorRef, Integer> graph = c.query().coAttendance();
    Set<Recipes.CoAttendance> expected = new TreeSet<>(
        Comparator.comparing(Recipes.CoAttendance::actorA)
            .thenComparing(Recipes.CoAttendance::actorB));
    for (EndpointPair<ActorRef> e : graph.edges()) {
      String u = e.nodeU().toRefString();
      String v = e.nodeV().toRefString();
      long n = graph.edgeValueOrDefault(e.nodeU(), e.nodeV(), 0);
      expected.add(u.compareTo(v) < 0
          ? new Recipes.CoAttendance(u, v, n) : new Recipes.CoAttendance(v, u, n));
    }
    assertEquals(List.copyOf(expected), Recipes.coAttendance(db), "coAttendance");
    Statistics.label("co-attending pairs").collect(expected.isEmpty() ? "none" : "some");
  }

  private static LocalDate pick(List<LocalDate> days, Random random) {
    return days.get(random.nextInt(days.size()));
  }

  static Connection loaded(Chronicle c) throws SQLException {
    Connection db = DriverManager.getConnection("jdbc:duckdb:");
    try {
      ChronicleTables.load(c, db);
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  private static List<String> ids(List<? extends Entity<?>> records) {
    return records.stream().map(r -> r.id().value()).collect(Collectors.toList());
  }

  private static List<ActorRef> actors(Chronicle c) {
    List<ActorRef> actors = new ArrayList<>(parties(c));
    c.officials().forEach(o -> actors.add(o.id()));
    return actors;
  }

  private static List<PartyRef> parties(Chronicle c) {
    List<PartyRef> parties = new ArrayList<>();
    c.states().forEach(s -> parties.add(s.id()));
    c.organizations().forEach(o -> parties.add(o.id()));
    return parties;
  }

  /**
   * The days at and beside the bounds of some dates, sorted: where an answer may change. Days
   * outside DuckDB's and the test's range (open ends) are left out.
   */
  private static List<LocalDate> days(Stream<FuzzyDate> dates) {
    return dates
        .flatMap(d -> Stream.of(d.earliest(), d.latest(), d.earliestDay(), d.latestDay(),
            d.certainStart(), d.certainEnd()))
        .filter(d -> d.getYear() > 1 && d.getYear() < 9998)
        .flatMap(d -> Stream.of(d.minusDays(1), d, d.plusDays(1)))
        .distinct().sorted().collect(Collectors.toList());
  }

}
