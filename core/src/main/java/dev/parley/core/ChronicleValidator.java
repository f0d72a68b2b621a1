package dev.parley.core;

import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a {@link Chronicle} whose records are in id order, collecting every {@link Violation}.
 * Lookups are binary searches over the sorted lists, so the check costs O(references · log n)
 * and no memory beyond the violations.
 */
final class ChronicleValidator {
  private final Chronicle chronicle;
  private final List<Violation> violations = new ArrayList<>();

  // The record being checked, for the violations it yields.
  private String kind = "";
  private String id = "";

  ChronicleValidator(Chronicle chronicle) {
    this.chronicle = chronicle;
  }

  List<Violation> validate() {
    duplicates("state", chronicle.states());
    duplicates("official", chronicle.officials());
    duplicates("organization", chronicle.organizations());
    duplicates("meeting", chronicle.meetings());
    duplicates("statement", chronicle.statements());
    duplicates("stance", chronicle.stances());
    duplicates("issue", chronicle.issues());
    duplicates("article", chronicle.articles());
    chronicle.officials().forEach(this::official);
    chronicle.organizations().forEach(this::organization);
    chronicle.meetings().forEach(this::meeting);
    chronicle.statements().forEach(this::statement);
    chronicle.stances().forEach(this::stance);
    chronicle.issues().forEach(this::issue);
    return violations;
  }

  private <I extends TypedId<I>> void duplicates(String kind, List<? extends Entity<I>> sorted) {
    for (int i = 1; i < sorted.size(); i++) {
      I previous = sorted.get(i - 1).id();
      if (previous.equals(sorted.get(i).id())) {
        violations.add(Violation.of(kind, previous.value(), "id",
            "the id is used by more than one " + kind));
      }
    }
  }

  private void at(String kind, TypedId<?> id) {
    this.kind = kind;
    this.id = id.value();
  }

  private void fail(String field, String message) {
    violations.add(Violation.of(kind, id, field, message));
  }

  private void official(Official official) {
    at("official", official.id());
    List<Tenure> tenures = official.tenures();
    for (int i = 0; i < tenures.size(); i++) {
      Tenure tenure = tenures.get(i);
      actor("tenures[" + i + "].post.party", tenure.post().party());
      sources("tenures[" + i + "].sources", tenure.sources());
      for (int j = 0; j < i; j++) {
        Tenure earlier = tenures.get(j);
        if (earlier.post().office().equals(tenure.post().office())
            && overlap(earlier.term(), tenure.term())) {
          fail("tenures[" + i + "].term", "overlaps tenures[" + j + "] (" + earlier.term()
              + ") in the same office: " + tenure.term());
        }
      }
    }
  }

  private void organization(Organization organization) {
    at("organization", organization.id());
    organization.state().ifPresent(s -> actor("state", s));
  }

  private void meeting(Meeting meeting) {
    at("meeting", meeting.id());
    List<Participant> participants = meeting.participants();
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      String field = "participants[" + i + "]";
      p.actor().ifPresent(a -> actor(field + ".actor", a));
      p.represents().ifPresent(r -> actor(field + ".represents", r));
      p.capacity().ifPresent(c -> actor(field + ".capacity.party", c.party()));
    }
    meeting.host().ifPresent(h -> actor("host", h));
    meeting.place().flatMap(Place::state).ifPresent(s -> actor("place.state", s));
    issues("topics", meeting.topics());
    for (int i = 0; i < meeting.statusHistory().size(); i++) {
      sources("statusHistory[" + i + "].sources", meeting.statusHistory().get(i).sources());
    }
    sources("sources", meeting.sources());
  }

  private void statement(Statement statement) {
    at("statement", statement.id());
    statement.speaker().actor().ifPresent(a -> actor("speaker.actor", a));
    statement.speaker().affiliation().ifPresent(a -> actor("speaker.affiliation", a));
    statement.meeting().ifPresent(m -> exists("meeting", "meeting", m,
        chronicle.meeting(m).isPresent()));
    issues("issues", statement.issues());
    sources("sources", statement.sources());
  }

  private void stance(Stance stance) {
    at("stance", stance.id());
    actor("holder", stance.holder());
    exists("issue", "issue", stance.issue(), chronicle.issue(stance.issue()).isPresent());
    issues("conditions", stance.conditions());
    for (int i = 0; i < stance.evidence().size(); i++) {
      StatementId s = stance.evidence().get(i);
      exists("evidence[" + i + "]", "statement", s, chronicle.statement(s).isPresent());
    }
    sources("sources", stance.sources());
  }

  private void issue(Issue issue) {
    at("issue", issue.id());
    if (issue.parent().isEmpty()) {
      return;
    }
    IssueId parent = issue.parent().get();
    if (!exists("parent", "issue", parent, chronicle.issue(parent).isPresent())) {
      return;
    }
    // Walk up; a cycle brings us back to an issue already seen.
    Set<IssueId> seen = new HashSet<>();
    seen.add(issue.id());
    Optional<IssueId> next = Optional.of(parent);
    while (next.isPresent()) {
      if (!seen.add(next.get())) {
        if (next.get().equals(issue.id())) {
          fail("parent", "the issue is its own ancestor (the parents form a cycle)");
        }
        return;
      }
      next = chronicle.issue(next.get()).flatMap(Issue::parent);
    }
  }

  private void actor(String field, ActorRef ref) {
    exists(field, ref.kind().label(), ref, chronicle.contains(ref));
  }

  private void issues(String field, List<IssueId> ids) {
    for (int i = 0; i < ids.size(); i++) {
      IssueId issue = ids.get(i);
      exists(field + "[" + i + "]", "issue", issue, chronicle.issue(issue).isPresent());
    }
  }

  private void sources(String field, List<SourceRef> sources) {
    for (int i = 0; i < sources.size(); i++) {
      ArticleId article = sources.get(i).article();
      exists(field + "[" + i + "].article", "article", article,
          chronicle.article(article).isPresent());
    }
  }

  private boolean exists(String field, String what, Object ref, boolean exists) {
    if (!exists) {
      String text = ref instanceof ActorRef ? ((ActorRef) ref).value() : ref.toString();
      fail(field, "unknown " + what + " '" + text + "'");
    }
    return exists;
  }

  /**
   * Whether two terms certainly share more than one day: their certain spans ({@link
   * FuzzyDate#certainStart()} to {@link FuzzyDate#certainEnd()}) intersect beyond the single day
   * a same-day handover shares.
   */
  static boolean overlap(FuzzyDate a, FuzzyDate b) {
    if (a.certainStart().isAfter(a.certainEnd()) || b.certainStart().isAfter(b.certainEnd())) {
      return false;
    }
    return max(a.certainStart(), b.certainStart()).isBefore(min(a.certainEnd(), b.certainEnd()));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
