package dev.parley.core;

import dev.parley.core.internal.ReferenceLedger;
import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Checks a {@link Chronicle}, collecting every {@link Violation}. A first pass over each kind's
 * ids finds whether they are in order, which ids are repeated, and the sets of ids that records
 * refer to; if every kind is in order, {@link #validate()} checks the records' references by
 * lookups in those sets. The check costs O(records + references); field names for violations
 * are built only when one is reported.
 *
 * <p>The same checks also run record by record, as a {@link ChronicleAssembler} is given its
 * records ({@link #ChronicleValidator()}): each record is checked while it is still in the
 * processor's caches, rather than in a second walk over a large, freshly read chronicle. A
 * reference to an id not seen yet is kept and looked up once every record is in ({@link
 * #passes}); so is every reference to a meeting or a statement, found then by a binary search in
 * the sorted records of its kind, because few of those records are referred to and a set of
 * every one's id would hold a million ids for a million meetings. Such a validator only
 * answers whether the records pass; the violations of records that do not are reported by
 * checking the whole chronicle.
 *
 * <p>Given a reader's {@link ReferenceLedger}, which holds every id that the reader met as a
 * reference, a validator checking record by record does not walk to the references of
 * meetings, statements, stances and events, by far the most records: {@link #passes} looks up
 * the ledger's ids instead, each once. Walking to every reference of every record, not looking
 * them up, was what checking cost most.
 */
final class ChronicleValidator {
  /** The chronicle checked as a whole; null when checking record by record. */
  private final Chronicle chronicle;
  private final List<Violation> violations = new ArrayList<>();
  // The ids of each kind of record that may be referred to. One set per kind keeps the sets of
  // the few records referred to most (states, officials, articles) small.
  private final Set<StateId> states;
  private final Set<OfficialId> officials;
  private final Set<OrganizationId> organizations;
  // Meetings and statements, many and less often referred to, are gathered on first need; when
  // checking record by record, never: references to them are looked up in their sorted lists
  // once every record is in.
  private Set<MeetingId> meetings;
  private Set<StatementId> statements;
  private final Set<IssueId> issues;
  private final Set<ArticleId> articles;

  /** Whether every kind's records are in id order, as {@link #validate()} needs. */
  private boolean sorted = true;

  // The record being checked, for the violations it yields.
  private String kind = "";
  private String id = "";

  /**
   * When checking record by record, the references to ids not seen yet, to look up once every
   * record is in; null when checking a whole chronicle.
   */
  private List<Deferred> pending;

  /**
   * A reference to look up in {@code known} once every record is in; with {@code known} null, a
   * meeting's or statement's id, looked up in the list of its kind.
   */
  private record Deferred(Set<?> known, TypedId<?> id) {}

  /**
   * When checking record by record, whether a record names a government: that check reads other
   * records (the government's kind and state, an official holder's posts), which may come later,
   * so {@link #passes} leaves it to the check of the whole chronicle.
   */
  private boolean namesGovernment;

  /**
   * When checking record by record the records of a reader: every id the reader met as a
   * reference, looked up by {@link #passes} in place of the references of meetings, statements,
   * stances and events; else null.
   */
  private final ReferenceLedger ledger;
  /** Null, or threads that may look up the ledger's parts at once ({@link #passes}). */
  private final Executor executor;

  /** Reads each kind's ids once, in the order in which repeated ids are reported. */
  ChronicleValidator(Chronicle chronicle) {
    this.chronicle = chronicle;
    this.ledger = null;
    this.executor = null;
    this.states = scan("state", chronicle.states(), true);
    this.officials = scan("official", chronicle.officials(), true);
    this.organizations = scan("organization", chronicle.organizations(), true);
    scan("meeting", chronicle.meetings(), false);
    scan("statement", chronicle.statements(), false);
    scan("stance", chronicle.stances(), false);
    scan("event", chronicle.events(), false);
    this.issues = scan("issue", chronicle.issues(), true);
    this.articles = scan("article", chronicle.articles(), true);
  }

  /**
   * One pass over the ids of a kind's records: whether they are in order (else {@link #sorted}
   * is cleared, and the pass stops), which are repeated (a violation for each repeat), and, if
   * records refer to the kind, the set of them.
   */
  private <I extends TypedId<I>> Set<I> scan(String kind, List<? extends Entity<I>> records,
      boolean referred) {
    Set<I> ids = referred ? new HashSet<>(records.size() * 2) : null;
    if (!sorted) {
      return ids;
    }
    I previous = null;
    for (int i = 0; i < records.size(); i++) {
      I id = records.get(i).id();
      if (previous != null) {
        int order = previous.compareTo(id);
        if (order > 0) {
          sorted = false;
          return ids;
        }
        if (order == 0) {
          violations.add(Violation.of(kind, previous.value(), "id",
              "the id is used by more than one " + kind));
        }
      }
      if (referred) {
        ids.add(id);
      }
      previous = id;
    }
    return ids;
  }

  private static <I extends TypedId<I>> Set<I> ids(List<? extends Entity<I>> records) {
    Set<I> ids = new HashSet<>(records.size() * 2);
    for (int i = 0; i < records.size(); i++) {
      ids.add(records.get(i).id());
    }
    return ids;
  }

  /**
   * A validator that checks records one at a time, as they are added ({@code add...}), with
   * {@link #passes} at the end. The records of each kind are to be added in id order, without
   * repeats: the caller checks that, and checks the whole chronicle otherwise.
   *
   * @param ledger null, or the ledger of the reader that made every record added, which is to
   *     hold each of their references by the time {@link #passes} is called
   * @param executor null, or threads on which the ledger's parts may be looked up at once
   */
  ChronicleValidator(ReferenceLedger ledger, Executor executor) {
    this.chronicle = null;
    this.ledger = ledger;
    this.executor = executor;
    this.states = new HashSet<>();
    this.officials = new HashSet<>();
    this.organizations = new HashSet<>();
    // Meetings and statements get no sets: few of them are referred to, and a reference is
    // found in the sorted list of its kind at the end (passes) for less than adding every id
    // to a set as its record comes.
    this.issues = new HashSet<>();
    this.articles = new HashSet<>();
    this.pending = new ArrayList<>();
  }

  void addState(State state) {
    states.add(state.id());
  }

  void addOrganization(Organization organization) {
    organizations.add(organization.id());
    organization(organization);
  }

  void addOfficial(Official official) {
    officials.add(official.id());
    official(official);
  }

  void addIssue(Issue issue) {
    issues.add(issue.id()); // checked in passes(), once every issue is known
  }

  void addArticle(Article article) {
    articles.add(article.id());
  }

  // With a ledger, the records below have their references checked by passes(); only a
  // stance's government, which passes() cannot check, is noted.

  void addMeeting(Meeting meeting) {
    if (ledger == null) {
      meeting(meeting);
    }
  }

  void addStatement(Statement statement) {
    if (ledger == null) {
      statement(statement);
    }
  }

  void addStance(Stance stance) {
    if (ledger == null) {
      stance(stance);
    } else if (stance.government().isPresent()) {
      namesGovernment = true;
    }
  }

  void addEvent(Event event) {
    if (ledger == null) {
      event(event);
    }
  }

  /**
   * Whether the records added pass every check, now that all are in: each reference to an id not
   * seen when its record was added is looked up, so is each id of the ledger if there is one,
   * and the issue hierarchy is checked.
   *
   * @param issues every issue added, in id order
   * @param meetingList every meeting added, in id order
   * @param statementList every statement added, in id order
   */
  boolean passes(List<Issue> issues, List<Meeting> meetingList,
      List<Statement> statementList) {
    List<Deferred> later = pending;
    pending = null;
    if (namesGovernment) {
      return false;
    }
    for (int i = 0; i < later.size(); i++) {
      Deferred d = later.get(i);
      boolean found;
      if (d.known() != null) {
        found = d.known().contains(d.id());
      } else if (d.id() instanceof MeetingId meeting) {
        found = inSorted(meetingList, meeting);
      } else {
        found = inSorted(statementList, (StatementId) d.id());
      }
      if (!found) {
        return false;
      }
    }
    if (ledger != null && !resolvesLedger(meetingList, statementList)) {
      return false;
    }
    for (Issue issue : issues) {
      issue(issue, issues);
    }
    return violations.isEmpty();
  }

  /**
   * Whether every id of the ledger {@linkplain #resolves resolves}: its parts looked up one after
   * the other, or, with an executor, at once (all but the first on the executor's threads, the
   * first on the caller's). The lookups only read what the records added left.
   */
  private boolean resolvesLedger(List<Meeting> meetingList, List<Statement> statementList) {
    List<Set<TypedId<?>>> parts = new ArrayList<>(ledger.parts());
    parts.removeIf(Set::isEmpty);
    if (parts.isEmpty()) {
      return true;
    }
    List<CompletableFuture<Boolean>> elsewhere = new ArrayList<>();
    for (Set<TypedId<?>> part : parts.subList(1, parts.size())) {
      elsewhere.add(lookUp(part, meetingList, statementList));
    }
    boolean all = resolvesAll(parts.get(0), meetingList, statementList);
    for (CompletableFuture<Boolean> part : elsewhere) {
      try {
        all &= part.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw e;
      }
    }
    return all;
  }

  /**
   * Whether {@code part} {@linkplain #resolvesAll resolves}, on the executor's threads; on the
   * caller's, now, if there is no executor or it refuses the task.
   */
  private CompletableFuture<Boolean> lookUp(Set<TypedId<?>> part, List<Meeting> meetingList,
      List<Statement> statementList) {
    if (executor != null) {
      try {
        return CompletableFuture.supplyAsync(
            () -> resolvesAll(part, meetingList, statementList), executor);
      } catch (RejectedExecutionException e) {
        // done here, below
      }
    }
    return CompletableFuture.completedFuture(resolvesAll(part, meetingList, statementList));
  }

  private boolean resolvesAll(Set<TypedId<?>> ids, List<Meeting> meetingList,
      List<Statement> statementList) {
    for (TypedId<?> ref : ids) {
      if (!resolves(ref, meetingList, statementList)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a ledger's id is that of a record added: a meeting's or a statement's found in its
   * list, in id order, any other in the set of its kind. A stance's or an event's id, which no
   * record refers to, does not resolve, and sends the chronicle to the check of the whole.
   */
  private boolean resolves(TypedId<?> ref, List<Meeting> meetingList,
      List<Statement> statementList) {
    if (ref instanceof ActorRef actor) {
      return switch (actor.kind()) {
        case STATE -> states.contains(actor);
        case OFFICIAL -> officials.contains(actor);
        case ORGANIZATION -> organizations.contains(actor);
      };
    } else if (ref instanceof IssueId issue) {
      return issues.contains(issue);
    } else if (ref instanceof ArticleId article) {
      return articles.contains(article);
    } else if (ref instanceof MeetingId meeting) {
      return inSorted(meetingList, meeting);
    } else if (ref instanceof StatementId statement) {
      return inSorted(statementList, statement);
    }
    return false;
  }

  /**
   * Whether {@code known} holds {@code ref}; when checking record by record, an id not seen yet
   * counts as known and is kept for {@link #passes}.
   */
  private <I extends TypedId<I>> boolean has(Set<I> known, I ref) {
    if (known.contains(ref)) {
      return true;
    }
    if (pending != null) {
      pending.add(new Deferred(known, ref));
      return true;
    }
    return false;
  }

  /** Whether {@code records}, in id order, hold one with the id {@code id}: a binary search. */
  private static <I extends TypedId<I>> boolean inSorted(List<? extends Entity<I>> records,
      I id) {
    int low = 0;
    int high = records.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int order = records.get(mid).id().compareTo(id);
      if (order < 0) {
        low = mid + 1;
      } else if (order > 0) {
        high = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Whether every kind's records are in id order; only then may {@link #validate()} run. */
  boolean isSorted() {
    return sorted;
  }

  /** Whether the actor a reference points at is in the chronicle. */
  private boolean known(ActorRef ref) {
    return switch (ref.kind()) {
      case STATE -> has(states, (StateId) ref);
      case OFFICIAL -> has(officials, (OfficialId) ref);
      case ORGANIZATION -> has(organizations, (OrganizationId) ref);
    };
  }

  /** Every violation: repeated ids, then each record's, by kind and in id order. */
  List<Violation> validate() {
    for (Official official : chronicle.officials()) {
      official(official);
    }
    for (Organization organization : chronicle.organizations()) {
      organization(organization);
    }
    for (Meeting meeting : chronicle.meetings()) {
      meeting(meeting);
    }
    for (Statement statement : chronicle.statements()) {
      statement(statement);
    }
    for (Stance stance : chronicle.stances()) {
      stance(stance);
    }
    for (Event event : chronicle.events()) {
      event(event);
    }
    for (Issue issue : chronicle.issues()) {
      issue(issue, chronicle.issues());
    }
    return violations;
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
      PartyRef party = tenure.post().party();
      if (!known(party)) {
        unknown("tenures[" + i + "].post.party", party);
      }
      if (!allKnown(tenure.sources())) {
        sources("tenures[" + i + "].sources", tenure.sources());
      }
      if (tenure.government().isPresent()) {
        government("tenures[" + i + "].government", tenure.government().get(),
            () -> partyStates(List.of(party)), "the post's state");
      }
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
    if (organization.state().isPresent()) {
      actor("state", organization.state().get());
    }
  }

  private void meeting(Meeting meeting) {
    at("meeting", meeting.id());
    List<Participant> participants = meeting.participants();
    for (int i = 0; i < participants.size(); i++) {
      participant(i, participants.get(i));
    }
    if (meeting.host().isPresent()) {
      actor("host", meeting.host().get());
    }
    if (meeting.place().isPresent() && meeting.place().get().state().isPresent()) {
      actor("place.state", meeting.place().get().state().get());
    }
    references("topics", "issue", meeting.topics(), issues);
    List<StatusChange> history = meeting.statusHistory();
    for (int i = 0; i < history.size(); i++) {
      if (!allKnown(history.get(i).sources())) {
        sources("statusHistory[" + i + "].sources", history.get(i).sources());
      }
    }
    sources("sources", meeting.sources());
  }

  private void participant(int i, Participant p) {
    Optional<ActorRef> actor = p.actor();
    Optional<PartyRef> represents = p.represents();
    Optional<Post> capacity = p.capacity();
    // Field names are built only for what is reported.
    if (actor.isPresent() && !known(actor.get())) {
      unknown("participants[" + i + "].actor", actor.get());
    }
    if (represents.isPresent() && !known(represents.get())) {
      unknown("participants[" + i + "].represents", represents.get());
    }
    if (capacity.isPresent() && !known(capacity.get().party())) {
      unknown("participants[" + i + "].capacity.party", capacity.get().party());
    }
    if (!p.sources().isEmpty() && !allKnown(p.sources())) {
      sources("participants[" + i + "].sources", p.sources());
    }
  }

  private void statement(Statement statement) {
    at("statement", statement.id());
    Speaker speaker = statement.speaker();
    if (speaker.actor().isPresent()) {
      actor("speaker.actor", speaker.actor().get());
    }
    if (speaker.capacity().isPresent()) {
      actor("speaker.capacity.party", speaker.capacity().get().party());
    }
    if (speaker.affiliation().isPresent()) {
      actor("speaker.affiliation", speaker.affiliation().get());
    }
    if (statement.meeting().isPresent()) {
      if (chronicle == null) {
        pending.add(new Deferred(null, statement.meeting().get()));
      } else {
        if (meetings == null) {
          meetings = ids(chronicle.meetings());
        }
        exists("meeting", "meeting", statement.meeting().get(), meetings);
      }
    }
    references("issues", "issue", statement.issues(), issues);
    sources("sources", statement.sources());
  }

  private void stance(Stance stance) {
    at("stance", stance.id());
    actor("holder", stance.holder());
    exists("issue", "issue", stance.issue(), issues);
    references("conditions", "issue", stance.conditions(), issues);
    if (!stance.evidence().isEmpty()) {
      if (chronicle == null) {
        for (StatementId evidence : stance.evidence()) {
          pending.add(new Deferred(null, evidence));
        }
      } else {
        if (statements == null) {
          statements = ids(chronicle.statements());
        }
        references("evidence", "statement", stance.evidence(), statements);
      }
    }
    if (stance.government().isPresent()) {
      government("government", stance.government().get(), () -> holderStates(stance.holder()),
          "the holder's state");
    }
    sources("sources", stance.sources());
  }

  /**
   * Checks that {@code government} is an organization of kind {@link OrganizationKind#GOVERNMENT}
   * whose state is one of {@code states} (described as {@code whose}). Record by record, only
   * notes that the whole chronicle must be checked ({@link #namesGovernment}).
   */
  private void government(String field, OrganizationId government,
      Supplier<Set<StateId>> statesOf, String whose) {
    if (chronicle == null) {
      namesGovernment = true;
      return;
    }
    Optional<Organization> found = chronicle.organization(government);
    if (found.isEmpty()) {
      unknown(field, government);
      return;
    }
    Organization org = found.get();
    if (org.kind() != OrganizationKind.GOVERNMENT) {
      fail(field, "organization '" + government.value() + "' is not a government (its kind is "
          + org.kind() + ")");
      return;
    }
    StateId governs = org.state().orElseThrow(); // a GOVERNMENT always has a state
    Set<StateId> states = statesOf.get();
    if (!states.contains(governs)) {
      fail(field, "government '" + government.value() + "' governs " + governs.value()
          + ", which is not " + whose + " " + (states.isEmpty() ? "(none is known)"
          : states.stream().map(StateId::value).sorted().toList().toString()));
    }
  }

  /** The states of parties: a state itself, an organization's state where it has one. */
  private Set<StateId> partyStates(List<PartyRef> parties) {
    Set<StateId> states = new HashSet<>();
    for (PartyRef party : parties) {
      if (party instanceof StateId state) {
        states.add(state);
      } else {
        chronicle.organization((OrganizationId) party).flatMap(Organization::state)
            .ifPresent(states::add);
      }
    }
    return states;
  }

  /**
   * The states a stance holder belongs to: a state itself; an organization's state; the states of
   * the posts an official holds (any tenure).
   */
  private Set<StateId> holderStates(ActorRef holder) {
    if (holder instanceof PartyRef party) {
      return partyStates(List.of(party));
    }
    List<PartyRef> parties = new ArrayList<>();
    chronicle.official((OfficialId) holder)
        .ifPresent(o -> o.tenures().forEach(t -> parties.add(t.post().party())));
    return partyStates(parties);
  }

  private void event(Event event) {
    at("event", event.id());
    eventActors("sourceActors", event.sourceActors());
    eventActors("targetActors", event.targetActors());
    if (event.place().isPresent() && event.place().get().state().isPresent()) {
      actor("place.state", event.place().get().state().get());
    }
    sources("sources", event.sources());
  }

  /** Checks the references of an event's source or target actors, reported as {@code field[i]}. */
  private void eventActors(String field, List<EventActor> actors) {
    for (int i = 0; i < actors.size(); i++) {
      EventActor a = actors.get(i);
      if (a.actor().isPresent() && !known(a.actor().get())) {
        unknown(field + "[" + i + "].actor", a.actor().get());
      }
      if (a.affiliation().isPresent() && !known(a.affiliation().get())) {
        unknown(field + "[" + i + "].affiliation", a.affiliation().get());
      }
      if (a.capacity().isPresent() && !known(a.capacity().get().party())) {
        unknown(field + "[" + i + "].capacity.party", a.capacity().get().party());
      }
    }
  }

  /** Checks an issue's parent, among {@code issues}, every issue in id order. */
  private void issue(Issue issue, List<Issue> issues) {
    at("issue", issue.id());
    if (issue.parent().isEmpty()) {
      return;
    }
    IssueId parent = issue.parent().get();
    if (!exists("parent", "issue", parent, this.issues)) {
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
      next = Chronicle.find(issues, next.get()).flatMap(Issue::parent);
    }
  }

  private void actor(String field, ActorRef ref) {
    if (!known(ref)) {
      unknown(field, ref);
    }
  }

  private void unknown(String field, ActorRef ref) {
    fail(field, "unknown " + ref.kind().label() + " '" + ref.value() + "'");
  }

  /** Checks the ids of a list against the {@code known} ones, reported as {@code field[i]}. */
  private <I extends TypedId<I>> void references(String field, String what, List<I> ids,
      Set<I> known) {
    for (int i = 0; i < ids.size(); i++) {
      I ref = ids.get(i);
      if (!has(known, ref)) {
        fail(field + "[" + i + "]", "unknown " + what + " '" + ref.value() + "'");
      }
    }
  }

  private boolean allKnown(List<SourceRef> sources) {
    for (int i = 0; i < sources.size(); i++) {
      if (!has(articles, sources.get(i).article())) {
        return false;
      }
    }
    return true;
  }

  private void sources(String field, List<SourceRef> sources) {
    for (int i = 0; i < sources.size(); i++) {
      ArticleId article = sources.get(i).article();
      if (!has(articles, article)) {
        fail(field + "[" + i + "].article", "unknown article '" + article.value() + "'");
      }
    }
  }

  private <I extends TypedId<I>> boolean exists(String field, String what, I ref,
      Set<I> known) {
    boolean exists = has(known, ref);
    if (!exists) {
      fail(field, "unknown " + what + " '" + ref.value() + "'");
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
