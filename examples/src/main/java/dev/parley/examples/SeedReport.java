package dev.parley.examples;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Article;
import dev.parley.core.Chronicle;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.Meeting;
import dev.parley.core.Participant;
import dev.parley.core.Place;
import dev.parley.core.Post;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.Statement;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import dev.parley.core.query.Holding;
import dev.parley.core.query.StanceComparison;
import dev.parley.examples.SeedAnswers.Demand;
import dev.parley.examples.SeedAnswers.IssuePositions;
import dev.parley.examples.SeedAnswers.MinisterAttendance;
import dev.parley.examples.SeedAnswers.PostponementHolders;
import dev.parley.examples.SeedAnswers.SyrianGovernmentAfter;
import dev.parley.examples.SeedCorpus.Claim;
import dev.parley.examples.SeedCorpus.SourceCheck;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The seed report: a legend of the date notation, what each article contributed, a timeline of
 * meetings (with their status) and other events, the events in detail, and the {@link SeedAnswers
 * answers}, as plain text.
 */
public final class SeedReport {
  private final SeedCorpus corpus;
  private final Chronicle chronicle;
  private final SeedAnswers answers;

  /**
   * A report on {@code corpus}.
   *
   * @param corpus the corpus
   * @throws NullPointerException if {@code corpus} is null
   */
  public SeedReport(SeedCorpus corpus) {
    this.corpus = requireNonNull(corpus, "corpus");
    this.chronicle = corpus.chronicle();
    this.answers = new SeedAnswers(chronicle);
  }

  /**
   * The legend of the date notation (EDTF, ISO 8601-2) that the report prints near the top, one
   * line per form.
   */
  static final List<String> LEGEND = List.of(
      "Dates are written in EDTF (ISO 8601-2):",
      "  2023-05-10, 2023-05, 2023   a day, a month, a year",
      "  2023-05?     uncertain: the source is not sure of it",
      "  2023~        approximate: around that time",
      "  2016-22      a season (21 spring, 22 summer, 23 autumn, 24 winter)",
      "  a/b          an interval from a to b",
      "  a/..         open end: still holds as far as the record goes (../b: open start)",
      "  /b, a/       unknown start or end: the sources do not say",
      "  201X         unspecified digits: some year from 2010 to 2019");

  /**
   * Writes the report.
   *
   * @param out where to write
   * @throws NullPointerException if {@code out} is null
   */
  public void write(PrintWriter out) {
    requireNonNull(out, "out");
    out.println("Parley seed report");
    out.println("==================");
    out.printf("Curated chronicle: %d states, %d organizations, %d officials, %d issues,"
            + " %d articles, %d meetings, %d statements, %d stances.%n",
        chronicle.states().size(), chronicle.organizations().size(),
        chronicle.officials().size(), chronicle.issues().size(), chronicle.articles().size(),
        chronicle.meetings().size(), chronicle.statements().size(), chronicle.stances().size());
    out.printf("Also %d other events (each with a PLOVER category).%n", chronicle.events().size());
    out.println();
    LEGEND.forEach(out::println);
    writeSources(out);
    writeArticles(out);
    writeTimeline(out);
    writeEvents(out);
    writeAnswers(out);
    out.flush();
  }

  private void writeSources(PrintWriter out) {
    List<SourceCheck> checks = corpus.checkSources();
    long ok = checks.stream().filter(c -> c.ok().orElse(false)).count();
    long bad = checks.stream().filter(c -> !c.ok().orElse(true)).count();
    long unchecked = checks.stream().filter(c -> c.ok().isEmpty()).count();
    Optional<String> problem = corpus.articlesProblem();
    if (problem.isPresent()) {
      out.println();
      out.println("NOTE: " + problem.get() + " (pass --articles DIR).");
      out.println("The report below uses the curated chronicle alone. Not checked: the "
          + checks.size() + " source spans against the article texts, the articles' own"
          + " headlines, dates and bylines, and their relative dates.");
      return;
    }
    out.printf("Articles: %d read from %s. Source spans checked against the texts: %d match,"
            + " %d do not, %d could not be checked.%n",
        corpus.articles().size(), corpus.articlesDir(), ok, bad, unchecked);
    checks.stream().filter(c -> !c.ok().orElse(true) || c.ok().isEmpty()).forEach(c ->
        out.println("  ! " + c.claim().what() + " " + c.claim().source() + ": " + c.problem()));
  }

  private void writeArticles(PrintWriter out) {
    section(out, "What each article contributed");
    Map<String, List<Claim>> byArticle = corpus.claims().stream().collect(Collectors.groupingBy(
        c -> c.source().article().toString(), TreeMap::new, Collectors.toList()));
    for (Article a : chronicle.articles()) {
      Optional<SeedArticle> read = corpus.article(a.id());
      out.println();
      out.println(a.id() + read.map(s -> " (" + s.file() + (s.offset() > 0
          ? ", from code point " + s.offset() : "") + ")").orElse(" (text not read)"));
      a.headline().ifPresent(h -> out.println("  headline:  " + h));
      out.println("  published: " + a.published().map(Object::toString).orElse("not stated")
          + a.byline().map(b -> "; by " + b).orElse("")
          + a.publisher().map(p -> "; " + p).orElse(""));
      a.url().ifPresent(u -> out.println("  url:       " + u));
      List<Claim> claims = byArticle.getOrDefault(a.id().toString(), List.of());
      Map<String, Long> kinds = claims.stream().collect(Collectors.groupingBy(
          c -> kind(c.what()), TreeMap::new, Collectors.counting()));
      out.println("  claims:    " + claims.size() + (kinds.isEmpty() ? ""
          : " (" + kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
              .collect(Collectors.joining(", ")) + ")"));
      read.ifPresent(s -> {
        List<RelativeDates.Mention> mentions = RelativeDates.find(s);
        if (!mentions.isEmpty()) {
          out.println("  relative dates:");
          mentions.forEach(m -> out.println("    \"" + m.phrase() + "\" -> "
              + m.resolved().map(Object::toString).orElse("?") + "  [" + m.reading() + "]"));
        }
      });
    }
  }

  private static String kind(String what) {
    if (what.contains("tenures[")) {
      return "tenures";
    }
    if (what.contains("statusHistory[")) {
      return "status changes";
    }
    return what.substring(0, what.indexOf(' ')) + "s";
  }

  private void writeTimeline(PrintWriter out) {
    section(out, "Timeline of meetings and other events");
    List<Meeting> meetings = chronicle.query().meetings().list();
    List<Event> events = chronicle.query().events().list();
    int e = 0;
    for (Meeting m : meetings) {
      for (; e < events.size() && events.get(e).date().compareTo(m.date()) < 0; e++) {
        timelineEvent(out, events.get(e));
      }
      out.println();
      out.printf("%-24s %s%n", m.date(), m.title());
      out.println("  " + m.status().toString().toLowerCase(Locale.ROOT)
          + m.format().map(f -> ", " + lower(f)).orElse("")
          + m.level().map(l -> ", " + lower(l) + " level").orElse("")
          + m.place().map(p -> ", in " + place(p)).orElse("")
          + m.framework().map(f -> ", " + f).orElse(""));
      out.println("  status:  " + m.statusHistory().stream().map(SeedReport::status)
          .collect(Collectors.joining(" -> ")));
      if (!m.participants().isEmpty()) {
        out.println("  present: " + m.participants().stream().map(this::participant)
            .collect(Collectors.joining("; ")));
      }
    }
    for (; e < events.size(); e++) {
      timelineEvent(out, events.get(e));
    }
  }

  private void timelineEvent(PrintWriter out, Event e) {
    out.println();
    out.printf("%-24s [%s] %s%n", e.date(), lower(e.category()), e.description());
  }

  private void writeEvents(PrintWriter out) {
    section(out, "Other events");
    out.println("Events other than meetings and statements, chronological: date, PLOVER category,"
        + " who -> whom, what happened.");
    for (Event e : chronicle.query().events().list()) {
      out.println();
      out.println(event(e));
    }
  }

  /**
   * One event in full: date, category (and mode), who acted and upon whom, the status when it is
   * not simply reported, the place, and the neutral description.
   */
  private String event(Event e) {
    String header = e.date() + "  " + lower(e.category()) + e.mode().map(m -> " (" + m + ")")
        .orElse("") + ": " + actors(e.sourceActors(), "(actor not identified)") + " -> "
        + actors(e.targetActors(), "(no target)")
        + (e.status() == dev.parley.core.EventStatus.REPORTED ? "" : " [" + lower(e.status()) + "]")
        + e.place().map(p -> ", in " + place(p)).orElse("");
    return header + System.lineSeparator() + "  " + e.description();
  }

  private String actors(List<EventActor> actors, String none) {
    return actors.isEmpty() ? none
        : actors.stream().map(this::eventActor).collect(Collectors.joining(", "));
  }

  private String eventActor(EventActor a) {
    Optional<String> named = a.actor().map(answers::name);
    if (named.isPresent()) {
      return named.get();
    }
    String who = a.description().orElseGet(() -> "unnamed " + post(a.capacity().orElseThrow()));
    return who + a.affiliation().map(p -> " (" + answers.name(p) + ")").orElse("");
  }

  /**
   * A place as the report prints it: the city and the state's name, followed by "(tentative)"
   * when the place is not settled.
   *
   * @param p the place
   * @return the text
   */
  String place(Place p) {
    List<String> parts = new ArrayList<>(2);
    p.city().ifPresent(parts::add);
    p.state().map(answers::name).ifPresent(parts::add);
    return String.join(", ", parts) + (p.tentative() ? " (tentative)" : "");
  }

  private static String status(StatusChange c) {
    return lower(c.status()) + " (reported " + c.reported()
        + c.scheduledFor().map(d -> ", for " + d).orElse("") + ")";
  }

  private String participant(Participant p) {
    String who = p.actor().map(answers::name)
        .orElseGet(() -> "unnamed " + post(p.capacity().orElseThrow()));
    return who + p.party().filter(party -> p.actor().map(a -> !a.equals(party)).orElse(false))
        .map(party -> " (" + answers.name(party) + ")").orElse("");
  }

  private String post(Post post) {
    return post.title().orElse(lower(post.role()).replace('_', ' '))
        + " of " + answers.name(post.party());
  }

  private void writeAnswers(PrintWriter out) {
    section(out, "Which meetings did each named minister attend?");
    for (MinisterAttendance a : answers.ministersAttendance()) {
      out.println();
      out.println(a.official().name() + ":");
      meetings(out, "attended", a.attended());
      meetings(out, "present by post (inferred)", a.inferred());
      meetings(out, "expected at (not held)", a.expected());
      if (a.attended().isEmpty() && a.inferred().isEmpty() && a.expected().isEmpty()) {
        out.println("  no meeting on record");
      }
    }

    section(out, "First meeting of Turkish and Syrian ministers since March 2011");
    out.println(answers.firstTurkishSyrianMinisterial()
        .map(m -> m.date() + "  " + m.title() + " (" + m.level().map(SeedReport::lower)
            .orElse("level unknown") + " level, " + m.status().toString().toLowerCase(Locale.ROOT)
            + ")")
        .orElse("none on record"));

    section(out, "What does Syria demand of Türkiye, and since when?");
    for (Demand d : answers.syriaDemands()) {
      out.println();
      out.println(issue(d.latest()) + ": Syria " + lower(d.latest().position())
          + conditions(d.latest()) + ", on record since " + d.since());
      d.evidence().forEach(s -> out.println("  " + statement(s)));
      out.println("  Türkiye: " + d.turkiye().map(t -> lower(t.position()) + conditions(t)
          + " (" + t.validity() + ")").orElse("no stance on record"));
    }

    section(out, "Where do Russia, Türkiye, Iran and Syria agree and differ (25 April 2023)?");
    List<IssuePositions> positions = answers.fourStatePositions(SeedAnswers.APRIL_25_2023);
    out.println();
    out.println("They agree on:");
    positions.stream().filter(IssuePositions::agreed).forEach(p ->
        out.println("  " + label(p.issue()) + ": " + positions(p)));
    out.println("They differ on:");
    positions.stream().filter(p -> p.stances().size() >= 2 && !p.agreed()).forEach(p ->
        out.println("  " + label(p.issue()) + ": " + positions(p) + " (differ: "
            + p.comparisons().stream().filter(c -> !c.agree()).map(this::pair).distinct()
                .collect(Collectors.joining(", ")) + ")"));
    out.println("Only one of the four on record:");
    positions.stream().filter(p -> p.stances().size() == 1).forEach(p ->
        out.println("  " + label(p.issue()) + ": " + positions(p)));

    section(out, "Who held Türkiye's foreign ministry on 10 May 2023?");
    List<Holding> fm = answers.turkishForeignMinister(SeedAnswers.MAY_10_2023);
    if (fm.isEmpty()) {
      out.println("nobody on record");
    }
    fm.forEach(h -> out.println(holding(h)));

    section(out, "Who held Türkiye's foreign ministry when the May 2023 meeting was postponed?");
    Optional<PostponementHolders> postponed = answers.turkishForeignMinisterAtPostponement();
    if (postponed.isEmpty()) {
      out.println("no postponement on record");
    }
    postponed.ifPresent(p -> {
      out.println(p.meeting().title() + ": " + status(p.postponement()) + ".");
      out.println("The postponement was reported between " + p.from() + " and " + p.to() + ".");
      if (p.holders().isEmpty()) {
        out.println("Nobody on record held the post on both days.");
      }
      p.holders().forEach(h -> out.println("Held the post on both days: " + holding(h)));
    });

    section(out, "What happened to the Syrian government after the 2023 talks?");
    SyrianGovernmentAfter after = answers.syrianGovernmentAfterTalks();
    after.government().ifPresent(g -> out.println(g.name() + ": in power "
        + g.term().map(Object::toString).orElse("(term not on record)")
        + g.term().flatMap(t -> t.end()).map(end -> ", term ended " + end).orElse("")));
    out.println("Events on or after " + SeedAnswers.MAY_10_2023 + " involving "
        + answers.name(SeedAnswers.SYRIA) + " or " + after.government().map(g -> g.name())
            .orElse(SeedAnswers.SYRIAN_GOVERNMENT.toString()) + ":");
    if (after.events().isEmpty()) {
      out.println("  none on record");
    }
    after.events().forEach(e -> out.println("  " + event(e).replace(System.lineSeparator(),
        System.lineSeparator() + "  ")));
    out.println("Stances recorded under this government (validity as far as the evidence"
        + " reaches):");
    if (after.stances().isEmpty()) {
      out.println("  none on record");
    }
    after.stances().forEach(st -> out.println("  " + issue(st) + ": "
        + answers.name(st.holder()) + " " + lower(st.position()) + conditions(st) + " ("
        + chronicle.query().evidencedValidity(st) + ")"));

    section(out, "Who spoke about refugees?");
    answers.refugeeStatements().forEach(s -> out.println(statement(s)));

    section(out, "Co-attendance network (who met whom, how often)");
    answers.ties().forEach(t -> out.println(answers.name(t.first()) + " — "
        + answers.name(t.second()) + ": " + t.meetings()
        + (t.meetings() == 1 ? " meeting" : " meetings")));
  }

  /**
   * A holding: the official, the term, and where the term comes from: each reference work entry
   * (work, url or file) when the tenure has one, else the first article source.
   */
  private String holding(Holding h) {
    Tenure t = h.tenure();
    String from = !t.references().isEmpty()
        ? t.references().stream().map(r -> r.work() + ", " + r.url().map(Object::toString)
            .orElseGet(() -> r.file().orElse("")) + " (accessed " + r.accessed() + ")")
            .collect(Collectors.joining("; "))
        : t.sources().isEmpty() ? "" : t.sources().get(0).toString();
    return h.official().name() + " (term on record: " + t.term()
        + (from.isEmpty() ? "" : ", source: " + from) + ")";
  }

  private String positions(IssuePositions p) {
    return p.stances().entrySet().stream()
        .map(e -> answers.name(e.getKey()) + " " + e.getValue().stream()
            .map(s -> lower(s.position()) + conditions(s)).distinct()
            .collect(Collectors.joining(" / ")))
        .collect(Collectors.joining("; "));
  }

  private String pair(StanceComparison c) {
    return answers.name(c.first().holder()) + " / " + answers.name(c.second().holder());
  }

  private void meetings(PrintWriter out, String what, List<Meeting> meetings) {
    if (!meetings.isEmpty()) {
      out.println("  " + what + ":");
      meetings.forEach(m -> out.println("    " + m.date() + "  " + m.title()));
    }
  }

  private String issue(Stance s) {
    return label(s.issue());
  }

  private String label(dev.parley.core.IssueId id) {
    return chronicle.issue(id).map(i -> i.label()).orElse(id.toString());
  }

  private String conditions(Stance s) {
    return s.conditions().isEmpty() ? "" : " if " + s.conditions().stream().map(this::label)
        .collect(Collectors.joining(" and "));
  }

  private String statement(Statement s) {
    return s.date() + "  " + speaker(s.speaker()) + " (" + lower(s.mode())
        + (s.channel() == dev.parley.core.StatementChannel.UNKNOWN ? "" : ", " + lower(s.channel()))
        + ")" + s.text().map(t -> ": " + (s.mode() == dev.parley.core.StatementMode.QUOTE
            ? "\"" + t + "\"" : t)).orElse("");
  }

  private String speaker(Speaker s) {
    Optional<String> named = s.actor().map(answers::name);
    if (named.isPresent()) {
      return named.get();
    }
    if (s.description().isEmpty() && s.capacity().isPresent()) {
      return "unnamed " + post(s.capacity().get());
    }
    return s.description().orElse("unnamed")
        + s.affiliation().map(a -> " (" + answers.name(a) + ")").orElse("");
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static void section(PrintWriter out, String title) {
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
  }
}
