package dev.parley.testkit;

import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.OrganizationKind;
import dev.parley.core.Participant;
import dev.parley.core.PartyRef;
import dev.parley.core.Place;
import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.SourceRef;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.StancePosition;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.Statement;
import dev.parley.core.StatementId;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import net.jqwik.api.Tuple;


/**
 * Maps the placeholders of generated records onto the ids of a chronicle's records, dropping what
 * cannot be mapped, and builds the chronicle.
 */
final class ChronicleMapping {
  private final List<State> states;
  private final List<Official> officials;
  private final List<Organization> organizations;
  private final List<Tuple.Tuple2<Issue, Optional<Integer>>> issues;
  private final List<Article> articles;
  private final List<StateId> stateIds;
  private final List<PartyRef> partyIds = new ArrayList<>();
  private final List<ActorRef> actorIds = new ArrayList<>();
  private final List<IssueId> issueIds;
  private final List<ArticleId> articleIds;
  private List<MeetingId> meetingIds = List.of();
  /** The chronicle's governments, in id order, and its officials, once mapped. */
  private final List<Organization> governments = new ArrayList<>();
  private final Map<OfficialId, Official> officialsById = new HashMap<>();
  private List<StatementId> statementIds = List.of();

  ChronicleMapping(
      List<State> states,
      List<Official> officials,
      List<Organization> organizations,
      List<Tuple.Tuple2<Issue, Optional<Integer>>> issues,
      List<Article> articles) {
    this.states = states;
    this.officials = officials;
    this.organizations = organizations;
    this.issues = issues;
    this.articles = articles;
    this.stateIds = ids(states, State::id);
    partyIds.addAll(stateIds);
    partyIds.addAll(ids(organizations, Organization::id));
    // Officials first: references lean toward the first ids, so a few officials attend most.
    actorIds.addAll(ids(officials, Official::id));
    actorIds.addAll(partyIds);
    this.issueIds = ids(issues, t -> t.get1().id());
    this.articleIds = ids(articles, Article::id);
  }

  Chronicle chronicle(
      List<Meeting> meetings,
      List<Statement> statements,
      List<Stance> stances,
      List<Event> events) {
    List<Organization> mappedOrganizations = mapAll(organizations, this::organization);
    for (Organization o : mappedOrganizations) {
      if (o.kind() == OrganizationKind.GOVERNMENT) {
        governments.add(o);
      }
    }
    List<Official> mappedOfficials = mapAll(officials, this::official);
    mappedOfficials.forEach(o -> officialsById.put(o.id(), o));
    List<Meeting> mappedMeetings = mapAll(meetings, this::meeting);
    meetingIds = ids(mappedMeetings, Meeting::id);
    List<Statement> mappedStatements = mapAll(statements, this::statement);
    statementIds = ids(mappedStatements, Statement::id);
    return Chronicle.builder()
        .states(states)
        .officials(mappedOfficials)
        .organizations(mappedOrganizations)
        .meetings(mappedMeetings)
        .statements(mappedStatements)
        .stances(mapAll(stances, this::stance))
        .events(mapAll(events, this::event))
        .issues(issueForest())
        .articles(articles)
        .build();
  }

  private static <R, I extends Comparable<? super I>> List<I> ids(
      List<R> records, Function<R, I> id) {
    return records.stream().map(id).sorted().collect(Collectors.toUnmodifiableList());
  }

  private static <R> List<R> mapAll(List<R> records, Function<R, Optional<R>> map) {
    return records.stream()
        .map(map)
        .flatMap(Optional::stream)
        .collect(Collectors.toUnmodifiableList());
  }

  private Optional<StateId> state(StateId p) {
    return Placeholders.map(Placeholders.STATES, p, stateIds);
  }

  private Optional<PartyRef> party(PartyRef p) {
    return Placeholders.map(Placeholders.PARTIES, p, partyIds);
  }

  private Optional<ActorRef> actor(ActorRef p) {
    return Placeholders.map(Placeholders.ACTORS, p, actorIds);
  }

  /**
   * The actor a participant's placeholder maps onto: the next actor after its own, in id order,
   * that does not attend the meeting yet, so that a meeting's named participants are different
   * actors while the chronicle has enough. {@code null} if the chronicle has no actor.
   */
  private ActorRef attendee(ActorRef p, Set<ActorRef> attending) {
    if (actorIds.isEmpty()) {
      return null;
    }
    int i = Placeholders.ACTORS.indexOf(p);
    for (int k = 0; k < actorIds.size(); k++) {
      ActorRef candidate = actorIds.get((i + k) % actorIds.size());
      if (!attending.contains(candidate)) {
        return candidate;
      }
    }
    return actorIds.get(i % actorIds.size());
  }

  private Optional<IssueId> issue(IssueId p) {
    return Placeholders.map(Placeholders.ISSUES, p, issueIds);
  }

  private List<IssueId> issues(List<IssueId> ps) {
    return ps.stream()
        .map(this::issue)
        .flatMap(Optional::stream)
        .distinct()
        .collect(Collectors.toUnmodifiableList());
  }

  /** A post with its party mapped; the head of an organization mapped onto a state heads it. */
  private Optional<Post> post(Post p) {
    return party(p.party())
        .map(
            party ->
                Post.builder()
                    .from(p)
                    .role(
                        p.role() == PostRole.HEAD_OF_ORGANIZATION && party instanceof StateId
                            ? PostRole.HEAD_OF_STATE
                            : p.role())
                    .party(party)
                    .build());
  }

  /** The sources with their articles mapped; empty if the chronicle has no article. */
  private List<SourceRef> sources(List<SourceRef> ps) {
    List<SourceRef> sources = new ArrayList<>();
    for (SourceRef p : ps) {
      Placeholders.map(Placeholders.ARTICLES, p.article(), articleIds)
          .ifPresent(a -> sources.add(SourceRef.builder().from(p).article(a).build()));
    }
    return List.copyOf(sources);
  }

  /** An organization with its state mapped; a government left without a state is no longer one. */
  private Optional<Organization> organization(Organization x) {
    Optional<StateId> state = x.state().flatMap(this::state);
    OrganizationKind kind =
        x.kind() == OrganizationKind.GOVERNMENT && state.isEmpty()
            ? OrganizationKind.GOVERNMENT_BODY
            : x.kind();
    return Optional.of(Organization.builder().from(x).kind(kind).state(state).build());
  }

  /**
   * The government a placeholder maps onto: the {@code i mod n}-th of the chronicle's {@code n}
   * governments of one of {@code states}, if there is any.
   */
  private Optional<OrganizationId> government(
      Optional<OrganizationId> placeholder, Set<StateId> states) {
    if (placeholder.isEmpty()) {
      return Optional.empty();
    }
    List<OrganizationId> candidates =
        governments.stream()
            .filter(g -> g.state().map(states::contains).orElse(false))
            .map(Organization::id)
            .collect(Collectors.toList());
    return Placeholders.map(Placeholders.PARTIES, placeholder.get(), candidates);
  }

  /** The states of parties: a state itself, a mapped organization's state where it has one. */
  private Set<StateId> states(List<PartyRef> parties) {
    Set<StateId> states = new HashSet<>();
    for (PartyRef party : parties) {
      if (party instanceof StateId s) {
        states.add(s);
      } else {
        organizations.stream()
            .filter(o -> o.id().equals(party))
            .findFirst()
            .flatMap(o -> o.state().flatMap(this::state))
            .ifPresent(states::add);
      }
    }
    return states;
  }

  /**
   * Keeps the tenures whose post can be mapped and that keep a source or reference. Of the
   * original offices ({@link Post#office()}) that map onto one office, only the first keeps its
   * tenures, so that tenures of different offices never come to overlap in one.
   */
  private Optional<Official> official(Official x) {
    Map<Post, Post> owners = new HashMap<>();
    List<Tenure> tenures = new ArrayList<>();
    for (Tenure t : x.tenures()) {
      Optional<Post> post = post(t.post());
      Post office = t.post().office();
      if (post.isEmpty()
          || !owners.computeIfAbsent(post.get().office(), p -> office).equals(office)) {
        continue;
      }
      List<SourceRef> sources = sources(t.sources());
      if (sources.isEmpty() && t.references().isEmpty()) {
        continue;
      }
      tenures.add(
          Tenure.builder()
              .from(t)
              .post(post.get())
              .sources(sources)
              .government(government(t.government(), states(List.of(post.get().party()))))
              .build());
    }
    return Optional.of(Official.builder().from(x).tenures(tenures).build());
  }

  private Optional<Meeting> meeting(Meeting x) {
    if (articleIds.isEmpty()) {
      return Optional.empty();
    }
    List<Participant> participants = new ArrayList<>();
    Set<ActorRef> attending = new HashSet<>();
    for (Participant p : x.participants()) {
      Optional<ActorRef> actor = p.actor().map(a -> attendee(a, attending));
      actor.ifPresent(attending::add);
      Optional<Post> capacity = p.capacity().flatMap(this::post);
      if (actor.isPresent() || capacity.isPresent()) {
        participants.add(
            Participant.builder()
                .from(p)
                .actor(actor)
                .capacity(capacity)
                .represents(p.represents().flatMap(this::party))
                .sources(sources(p.sources()))
                .build());
      }
    }
    if (participants.isEmpty()) {
      return Optional.empty();
    }
    Optional<Place> place =
        x.place()
            .flatMap(
                p -> {
                  Optional<StateId> state = p.state().flatMap(this::state);
                  return p.city().isEmpty() && state.isEmpty()
                      ? Optional.<Place>empty()
                      : Optional.of(Place.builder().from(p).state(state).build());
                });
    List<StatusChange> history = new ArrayList<>();
    for (StatusChange change : x.statusHistory()) {
      history.add(StatusChange.builder().from(change).sources(sources(change.sources())).build());
    }
    return Optional.of(
        Meeting.builder()
            .from(x)
            .participants(participants)
            .host(x.host().flatMap(this::actor))
            .place(place)
            .topics(issues(x.topics()))
            .statusHistory(history)
            .sources(sources(x.sources()))
            .build());
  }

  private Optional<Statement> statement(Statement x) {
    Speaker speaker = x.speaker();
    Optional<ActorRef> actor = speaker.actor().flatMap(this::actor);
    Optional<Post> capacity = speaker.capacity().flatMap(this::post);
    Optional<PartyRef> affiliation = speaker.affiliation().flatMap(this::party);
    boolean described = affiliation.isPresent() && speaker.description().isPresent();
    if (articleIds.isEmpty() || (actor.isEmpty() && capacity.isEmpty() && !described)) {
      return Optional.empty();
    }
    return Optional.of(
        Statement.builder()
            .from(x)
            .speaker(
                Speaker.builder()
                    .from(speaker)
                    .actor(actor)
                    .capacity(capacity)
                    .affiliation(affiliation)
                    .build())
            .meeting(
                x.meeting().flatMap(m -> Placeholders.map(Placeholders.MEETINGS, m, meetingIds)))
            .issues(issues(x.issues()))
            .sources(sources(x.sources()))
            .build());
  }

  private Optional<Stance> stance(Stance x) {
    Optional<ActorRef> holder = actor(x.holder());
    Optional<IssueId> issue = issue(x.issue());
    if (articleIds.isEmpty() || holder.isEmpty() || issue.isEmpty()) {
      return Optional.empty();
    }
    List<IssueId> conditions = new ArrayList<>(issues(x.conditions()));
    conditions.remove(issue.get());
    StancePosition position = x.position();
    if (position == StancePosition.CONDITIONAL && conditions.isEmpty()) {
      // Every condition mapped onto the stance's own issue: an unconditional stance remains.
      position = StancePosition.SUPPORTS;
    }
    List<StatementId> evidence =
        x.evidence().stream()
            .map(e -> Placeholders.map(Placeholders.STATEMENTS, e, statementIds))
            .flatMap(Optional::stream)
            .distinct()
            .collect(Collectors.toUnmodifiableList());
    return Optional.of(
        Stance.builder()
            .from(x)
            .government(government(x.government(), holderStates(holder.get())))
            .holder(holder.get())
            .issue(issue.get())
            .position(position)
            .conditions(conditions)
            .evidence(evidence)
            .sources(sources(x.sources()))
            .build());
  }

  /** The states of a stance holder: a party's, or those of the posts a mapped official holds. */
  private Set<StateId> holderStates(ActorRef holder) {
    if (holder instanceof PartyRef party) {
      return states(List.of(party));
    }
    Official official = officialsById.get((OfficialId) holder);
    List<PartyRef> parties = new ArrayList<>();
    if (official != null) {
      official.tenures().forEach(t -> parties.add(t.post().party()));
    }
    return states(parties);
  }

  /**
   * The event with its actors, place and sources mapped; an actor whose actor and capacity cannot
   * be mapped and that has no description is dropped, and the event with it if no actor is left
   * or the chronicle has no article.
   */
  private Optional<Event> event(Event x) {
    List<EventActor> sources = eventActors(x.sourceActors());
    List<EventActor> targets = eventActors(x.targetActors());
    if (articleIds.isEmpty() || (sources.isEmpty() && targets.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(
        Event.builder()
            .from(x)
            .sourceActors(sources)
            .targetActors(targets)
            .place(x.place().flatMap(this::place))
            .sources(sources(x.sources()))
            .build());
  }

  private List<EventActor> eventActors(List<EventActor> ps) {
    List<EventActor> actors = new ArrayList<>();
    for (EventActor p : ps) {
      Optional<ActorRef> actor = p.actor().flatMap(this::actor);
      Optional<Post> capacity = p.capacity().flatMap(this::post);
      if (actor.isPresent() || capacity.isPresent() || p.description().isPresent()) {
        actors.add(
            EventActor.builder()
                .from(p)
                .actor(actor)
                .capacity(capacity)
                .affiliation(p.affiliation().flatMap(this::party))
                .build());
      }
    }
    return List.copyOf(actors);
  }

  /** A place with its state mapped; empty if neither a city nor a state remains. */
  private Optional<Place> place(Place p) {
    Optional<StateId> state = p.state().flatMap(this::state);
    return p.city().isEmpty() && state.isEmpty()
        ? Optional.empty()
        : Optional.of(Place.builder().from(p).state(state).build());
  }

  /** The issues in id order, each with a parent among the issues before it, if any. */
  private List<Issue> issueForest() {
    List<Tuple.Tuple2<Issue, Optional<Integer>>> sorted = new ArrayList<>(issues);
    sorted.sort(Comparator.comparing(t -> t.get1().id()));
    List<Issue> forest = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      int earlier = i;
      Optional<IssueId> parent =
          sorted.get(i).get2().filter(c -> earlier > 0).map(c -> issueIds.get(c % earlier));
      forest.add(Issue.builder().from(sorted.get(i).get1()).parent(parent).build());
    }
    return List.copyOf(forest);
  }

  /**
   * The ids that records of a chronicle refer to while generated; {@link ChronicleMapping} maps
   * the {@code i}-th placeholder of a kind onto the chronicle's {@code i mod n}-th id of that kind.
   */
  static final class Placeholders {
    static final int COUNT = 12;
    static final List<StateId> STATES = placeholders(i -> StateId.of("AA" + (char) ('A' + i)));
    static final List<PartyRef> PARTIES = placeholders(i -> OrganizationId.of("party-" + i));
    static final List<ActorRef> ACTORS = placeholders(i -> OfficialId.of("actor-" + i));
    static final List<IssueId> ISSUES = placeholders(i -> IssueId.of("issue-" + i));
    static final List<ArticleId> ARTICLES = placeholders(i -> ArticleId.of("article-" + i));
    static final List<MeetingId> MEETINGS = placeholders(i -> MeetingId.of("meeting-" + i));
    static final List<StatementId> STATEMENTS = placeholders(i -> StatementId.of("statement-" + i));

    private static <T> List<T> placeholders(IntFunction<T> placeholder) {
      List<T> list = new ArrayList<>();
      for (int i = 0; i < COUNT; i++) {
        list.add(placeholder.apply(i));
      }
      return List.copyOf(list);
    }

    /** Maps a placeholder of {@code placeholders} onto a member of {@code pool}, if it has any. */
    static <P, T> Optional<T> map(List<P> placeholders, P placeholder, List<? extends T> pool) {
      int i = placeholders.indexOf(placeholder);
      if (i < 0) {
        throw new IllegalStateException("not a placeholder: " + placeholder);
      }
      return pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(i % pool.size()));
    }
  }
}
