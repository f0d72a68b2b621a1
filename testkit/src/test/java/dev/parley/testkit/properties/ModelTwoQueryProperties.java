package dev.parley.testkit.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parley.core.Chronicle;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.OrganizationKind;
import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.SourceRef;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.Statement;
import dev.parley.core.StatementId;
import dev.parley.core.StatementMode;
import dev.parley.core.Tenure;
import dev.parley.core.query.Queries;
import dev.parley.core.query.StatementQuery;
import dev.parley.core.time.FuzzyDate;
import dev.parley.testkit.ParleyArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the queries model 2 adds: stances bounded by their evidence ({@link
 * Queries#holdsOn}), statements by post and by an official including those inferred from a
 * capacity ({@link StatementQuery#byPost}, {@link StatementQuery#byIncludingInferred}), and
 * stances under a government ({@link Queries#stancesUnder}). Each answer is compared with a
 * naive reference written from the Javadoc only, in days, never from the implementation.
 */
class ModelTwoQueryProperties {

  private static final Comparator<Statement> STATEMENT_ORDER =
      Comparator.comparing(Statement::date).thenComparing(Statement::id);

  private static final Comparator<Stance> STANCE_ORDER =
      Comparator.comparing(Stance::validity).thenComparing(Stance::id);

  // ---------------------------------------------------------------------------------------------
  // 1. Stances bounded by their evidence

  /**
   * The reference rule of {@link Queries#holdsOn}, from its Javadoc: an open end, a closed end
   * and a single date hold on the days the validity certainly includes ({@code certainStart} to
   * {@code certainEnd}); an unknown end {@code S/} reaches {@code L}, the greatest {@code
   * earliest()} of the dates of the evidence statements in the chronicle: from {@code
   * min(S.latest(), L)} to {@code L} when {@code L} is not before {@code S.earliest()}, else the
   * validity's own certain days.
   */
  static boolean holds(Chronicle c, Stance s, LocalDate day) {
    FuzzyDate v = s.validity();
    LocalDate from = v.certainStart();
    LocalDate to = v.certainEnd();
    if (v.isUnknownEnd()) {
      FuzzyDate start = v.start().orElseThrow();
      Optional<LocalDate> last = lastEvidence(c, s);
      if (last.isPresent() && !last.get().isBefore(start.earliest())) {
        LocalDate l = last.get();
        from = start.latest().isBefore(l) ? start.latest() : l;
        to = l;
      }
    }
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private static Optional<LocalDate> lastEvidence(Chronicle c, Stance s) {
    return s.evidence().stream()
        .map(c::statement)
        .flatMap(Optional::stream)
        .map(e -> e.date().earliest())
        .max(Comparator.naturalOrder());
  }

  @Property(tries = 200)
  void holdsOnAndStancesAsOfFollowTheEvidenceRule(@ForAll("stanceChronicles") Chronicle c) {
    Queries q = c.query();
    boolean bounded = false;
    for (Stance s : c.stances()) {
      for (LocalDate day : days(c, s)) {
        boolean expected = holds(c, s, day);
        assertEquals(expected, q.holdsOn(s, day), () -> "holdsOn(" + s + ", " + day + ")");
        assertEquals(
            c.stances().stream()
                .filter(x -> x.holder().equals(s.holder()) && x.issue().equals(s.issue()))
                .filter(x -> holds(c, x, day))
                .sorted(STANCE_ORDER)
                .toList(),
            q.stancesAsOf(s.holder(), s.issue(), day),
            () -> "stancesAsOf(" + s.holder() + ", " + s.issue() + ", " + day + ")");
      }
      bounded |= s.validity().isUnknownEnd() && lastEvidence(c, s).isPresent();
    }
    Statistics.label("an unknown end with evidence").collect(bounded);
    Statistics.label("an unknown end with evidence")
        .coverage(cov -> cov.check(true).percentage(p -> p > 50));
  }

  /** A stance with an unknown end is never taken to hold after its last evidence. */
  @Property(tries = 200)
  void anUnknownEndNeverRunsPastTheLastEvidence(@ForAll("stanceChronicles") Chronicle c) {
    Queries q = c.query();
    for (Stance s : c.stances()) {
      if (!s.validity().isUnknownEnd()) {
        continue;
      }
      LocalDate bound = lastEvidence(c, s)
          .filter(l -> !l.isBefore(s.validity().earliest()))
          .orElse(s.validity().start().orElseThrow().latest());
      for (LocalDate day : days(c, s)) {
        if (day.isAfter(bound)) {
          assertFalse(q.holdsOn(s, day), () -> s + " held on " + day + " after " + bound);
        }
      }
    }
  }

  /**
   * Chronicles whose stances have unknown ends (most), open or closed ends, starting at or before
   * one of their evidence statements.
   */
  @Provide
  Arbitrary<Chronicle> stanceChronicles() {
    return ParleyArbitraries.chronicles()
        .withStatements(1, 6)
        .withStances(1, 6)
        .withYears(java.time.Year.of(2000), java.time.Year.of(2030))
        .flatMap(
            c -> {
              List<Statement> statements = c.statements();
              Arbitrary<Integer> shapes = Arbitraries.of(0, 1, 1, 1, 2, 3);
              Arbitrary<Integer> picks = Arbitraries.integers().between(0, 99);
              return Combinators.combine(
                      shapes.list().ofSize(c.stances().size()),
                      picks.list().ofSize(c.stances().size()),
                      picks.list().ofSize(c.stances().size()))
                  .as((sh, pi, ev) -> reshape(c, statements, sh, pi, ev));
            });
  }

  /**
   * Each stance: 0 as generated; 1 an unknown end starting at an evidence statement's start (or
   * a generated date); 2 an open end; 3 a closed end at a statement's date, ended.
   */
  private static Chronicle reshape(
      Chronicle c,
      List<Statement> statements,
      List<Integer> shapes,
      List<Integer> picks,
      List<Integer> evidence) {
    List<Stance> stances = new ArrayList<>();
    for (int i = 0; i < c.stances().size(); i++) {
      Stance s = c.stances().get(i);
      Statement pick = statements.get(picks.get(i) % statements.size());
      List<StatementId> ev = new ArrayList<>(s.evidence());
      if (ev.isEmpty() || evidence.get(i) % 3 == 0) {
        StatementId more = statements.get(evidence.get(i) % statements.size()).id();
        if (!ev.contains(more)) {
          ev.add(more);
        }
      }
      FuzzyDate start = single(pick.date());
      Stance.Builder b = Stance.builder().from(s).ended(false).evidence(ev);
      switch (shapes.get(i)) {
        case 1 -> b.validity(FuzzyDate.unknownEnd(start));
        case 2 -> b.validity(FuzzyDate.openEnd(start));
        case 3 -> b.validity(start).ended(true);
        default -> { }
      }
      stances.add(b.build());
    }
    return Chronicle.builder().from(c).stances(stances).build();
  }

  /** A single date within {@code date}: itself, or an end of an interval. */
  private static FuzzyDate single(FuzzyDate date) {
    if (!date.isInterval()) {
      return date;
    }
    return date.start().or(date::end).orElseThrow();
  }

  /** Days around a stance's bounds and its evidence's dates, within four-digit years. */
  private static Set<LocalDate> days(Chronicle c, Stance s) {
    Set<LocalDate> days = new TreeSet<>();
    FuzzyDate v = s.validity();
    List<LocalDate> marks = new ArrayList<>(List.of(
        v.earliest(), v.latest(), v.certainStart(), v.certainEnd()));
    v.start().ifPresent(d -> marks.addAll(List.of(d.earliest(), d.latest())));
    for (StatementId id : s.evidence()) {
      c.statement(id).ifPresent(e -> marks.addAll(List.of(e.date().earliest(), e.date().latest())));
    }
    for (LocalDate m : marks) {
      if (m.getYear() < 1 || m.getYear() > 9998) {
        continue;
      }
      days.add(m.minusDays(1));
      days.add(m);
      days.add(m.plusDays(1));
    }
    return days;
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Statements by post, and by an official including inferred ones

  /** The reference of {@code byPost}: the speaker's capacity is the post's office. */
  private static List<Statement> byPost(Chronicle c, Post post) {
    return sorted(c, s -> s.speaker().capacity().map(x -> x.office().equals(post.office()))
        .orElse(false));
  }

  /**
   * The reference of {@code byIncludingInferred}: the speaker names the official, or has no actor
   * and a capacity of the office of one of the official's tenures whose term certainly covers
   * every day the statement's date counts for ({@code earliestDay} to {@code latestDay}, the date
   * rule that {@link DateRuleProperties} checks against its own reading).
   */
  private static List<Statement> byIncludingInferred(Chronicle c, OfficialId o) {
    List<Tenure> tenures = c.official(o).map(Official::tenures).orElse(List.of());
    return sorted(c, s -> {
      Speaker sp = s.speaker();
      if (sp.actor().equals(Optional.of(o))) {
        return true;
      }
      return sp.actor().isEmpty() && sp.capacity().isPresent()
          && tenures.stream().anyMatch(t ->
              t.post().office().equals(sp.capacity().get().office())
                  && !t.term().certainStart().isAfter(s.date().earliestDay())
                  && !s.date().latestDay().isAfter(t.term().certainEnd()));
    });
  }

  private static List<Statement> sorted(Chronicle c, Predicate<Statement> test) {
    return c.statements().stream().filter(test).sorted(STATEMENT_ORDER).toList();
  }

  @Property(tries = 200)
  void statementsByPostAndIncludingInferredMatchReference(
      @ForAll("inferenceChronicles") Chronicle c) {
    Queries q = c.query();
    List<OfficialId> officials = new ArrayList<>();
    c.officials().forEach(o -> officials.add(o.id()));
    officials.add(OfficialId.of("zz-absent-official"));
    int inferred = 0;
    for (OfficialId o : officials) {
      List<Statement> expected = byIncludingInferred(c, o);
      assertEquals(expected, q.statements().byIncludingInferred(o).list(),
          "byIncludingInferred(" + o + ")");
      for (StatementMode mode : StatementMode.values()) {
        assertEquals(
            expected.stream().filter(s -> s.mode() == mode).toList(),
            q.statements().withMode(mode).byIncludingInferred(o).list(),
            "withMode(" + mode + ").byIncludingInferred(" + o + ")");
      }
      inferred += (int) expected.stream().filter(s -> s.speaker().actor().isEmpty()).count();
    }
    Set<Post> posts = new java.util.LinkedHashSet<>();
    c.statements().forEach(s -> s.speaker().capacity().ifPresent(posts::add));
    c.officials().forEach(o -> o.tenures().forEach(t -> posts.add(t.post())));
    for (Post p : posts) {
      assertEquals(byPost(c, p), q.statements().byPost(p).list(), "byPost(" + p + ")");
    }
    Statistics.label("inferred statements").collect(inferred > 0);
    Statistics.label("inferred statements")
        .coverage(cov -> cov.check(true).percentage(x -> x > 50));
  }

  /**
   * Generated chronicles with, where an official has a tenure with certain days, two statements
   * added by a speaker known only by that post: one dated on the first or last certain day, one
   * a day before or after them.
   */
  @Provide
  Arbitrary<Chronicle> inferenceChronicles() {
    return ParleyArbitraries.chronicles()
        .withOfficials(0, 4)
        .withStatements(1, 6)
        .withYears(java.time.Year.of(2000), java.time.Year.of(2030))
        .flatMap(
            c -> {
              List<Tenure> usable = c.officials().stream()
                  .flatMap(o -> o.tenures().stream())
                  .filter(t -> certain(t.term()))
                  .toList();
              Chronicle base = c;
              if (usable.isEmpty()) {
                // An official of the chronicle's first state, with a term of certain days.
                Tenure term = Tenure.builder()
                    .post(Post.of(PostRole.FOREIGN_MINISTER, c.states().get(0).id()))
                    .term(FuzzyDate.parse("2010-01-01/2012-12-31"))
                    .addSource(SourceRef.of(c.articles().get(0).id(), 0, 1))
                    .build();
                base = Chronicle.builder().from(c)
                    .addOfficial(Official.builder().id(OfficialId.of("zz-official"))
                        .name("Added").addTenure(term).build())
                    .build();
                usable = List.of(term);
              }
              Chronicle augmented = base;
              return Combinators.combine(
                      Arbitraries.of(usable),
                      Arbitraries.of(0, 1),
                      Arbitraries.of(-1, 2),
                      Arbitraries.of(StatementMode.QUOTE, StatementMode.UNRECORDED))
                  .as(
                      (t, inside, outside, mode) ->
                          addByCapacity(
                              addByCapacity(augmented, t, inside, mode, "zz-inside"),
                              t, outside, mode, "zz-outside"));
            });
  }

  /** Whether a term has certain days within four-digit years. */
  private static boolean certain(FuzzyDate term) {
    LocalDate from = term.certainStart();
    LocalDate to = term.certainEnd();
    return !from.isAfter(to) && from.getYear() > 1 && to.getYear() < 9998;
  }

  /**
   * Adds a statement by the tenure's post: shift -1 a day before, 0 the first day, 1 the last
   * day, 2 a day after the certain days.
   */
  private static Chronicle addByCapacity(
      Chronicle c, Tenure t, int shift, StatementMode mode, String id) {
    LocalDate day = switch (shift) {
      case -1 -> t.term().certainStart().minusDays(1);
      case 0 -> t.term().certainStart();
      case 1 -> t.term().certainEnd();
      default -> t.term().certainEnd().plusDays(1);
    };
    Statement.Builder added = Statement.builder()
        .id(StatementId.of(id))
        .speaker(Speaker.byCapacity(t.post()))
        .date(FuzzyDate.of(day))
        .mode(mode)
        .addSource(SourceRef.of(c.articles().get(0).id(), 0, 1));
    if (mode != StatementMode.UNRECORDED) {
      added.text("Said");
    }
    return Chronicle.builder().from(c).addStatement(added.build()).build();
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Stances under a government

  @Property(tries = 100)
  void stancesUnderMatchReference(@ForAll("chronicles") Chronicle c) {
    Queries q = c.query();
    List<OrganizationId> governments = c.organizations().stream()
        .filter(o -> o.kind() == OrganizationKind.GOVERNMENT)
        .map(Organization::id)
        .collect(Collectors.toCollection(ArrayList::new));
    governments.add(OrganizationId.of("zz-absent-government"));
    boolean some = false;
    for (OrganizationId g : governments) {
      List<Stance> expected = c.stances().stream()
          .filter(s -> s.government().equals(Optional.of(g)))
          .sorted(STANCE_ORDER)
          .toList();
      assertEquals(expected, q.stancesUnder(g), "stancesUnder(" + g + ")");
      some |= !expected.isEmpty();
    }
    Statistics.label("a stance under a government").collect(some);
  }

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(1, 6).withStances(1, 8);
  }
}
