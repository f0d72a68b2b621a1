package dev.parley.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.Chronicle;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.Identifier;
import dev.parley.core.Issue;
import dev.parley.core.Meeting;
import dev.parley.core.Official;
import dev.parley.core.Organization;
import dev.parley.core.Participant;
import dev.parley.core.Place;
import dev.parley.core.Post;
import dev.parley.core.SourceRef;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.Statement;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import dev.parley.core.TypedId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of {@link JsonBenchmark}: what a user would write by hand instead of Parley's io
 * module, namely plain Java records that mirror the shape of Parley's JSON field for field (ids,
 * dates, actor references and enums as plain strings, nested records for posts, places,
 * participants, status changes, speakers and sources) and a plain Jackson 3 {@link JsonMapper}
 * with no Parley module.
 *
 * <p>The records do no validation, keep no unknown fields and have no extensions (the synthetic
 * chronicles have none): they are the cheapest faithful hand-written equivalent. The mappers are
 * configured only as far as needed for the output to be byte for byte the same as Parley's, so
 * that both sides do the same work: absent values and empty lists left out, components in
 * declaration order, and for documents the same two-space pretty printer. NDJSON lines carry
 * their {@code kind} through Jackson's own polymorphic type handling; documents, whose arrays
 * say the kind, carry none.
 */
public final class JsonRecords {
  private JsonRecords() {}

  /** One NDJSON line: any record, with its {@code kind} written first. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = StateJson.class, name = "state"),
    @JsonSubTypes.Type(value = OrganizationJson.class, name = "organization"),
    @JsonSubTypes.Type(value = OfficialJson.class, name = "official"),
    @JsonSubTypes.Type(value = IssueJson.class, name = "issue"),
    @JsonSubTypes.Type(value = ArticleJson.class, name = "article"),
    @JsonSubTypes.Type(value = MeetingJson.class, name = "meeting"),
    @JsonSubTypes.Type(value = StatementJson.class, name = "statement"),
    @JsonSubTypes.Type(value = StanceJson.class, name = "stance"),
    @JsonSubTypes.Type(value = EventJson.class, name = "event"),
  })
  public sealed interface Line permits StateJson, OrganizationJson, OfficialJson, IssueJson,
      ArticleJson, MeetingJson, StatementJson, StanceJson, EventJson {}

  /** Turns the type id off for documents, whose arrays say the kind. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  interface NoKind {}

  /** A whole chronicle document. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Document(String format, int version, List<StateJson> states,
      List<OrganizationJson> organizations, List<OfficialJson> officials, List<IssueJson> issues,
      List<ArticleJson> articles, List<MeetingJson> meetings, List<StatementJson> statements,
      List<StanceJson> stances, List<EventJson> events) {

    /** Every record, in the order of the document and of an NDJSON file. */
    public List<Line> lines() {
      List<Line> all = new ArrayList<>();
      all.addAll(states);
      all.addAll(organizations);
      all.addAll(officials);
      all.addAll(issues);
      all.addAll(articles);
      all.addAll(meetings);
      all.addAll(statements);
      all.addAll(stances);
      all.addAll(events);
      return all;
    }
  }

  /** A state. */
  public record StateJson(String id, String name, List<String> otherNames, String capital,
      List<String> identifiers) implements Line {}

  /** An organization. */
  public record OrganizationJson(String id, String name, List<String> otherNames,
      String organizationKind, String state, List<String> identifiers) implements Line {}

  /** An official. */
  public record OfficialJson(String id, String name, List<String> otherNames,
      List<String> identifiers, List<TenureJson> tenures) implements Line {}

  /** A tenure of an official. */
  public record TenureJson(PostJson post, String term, List<SourceRefJson> sources,
      List<ReferenceJson> references) {}

  /** A reference-work entry. */
  public record ReferenceJson(String work, String url, String file, String says,
      String accessed) {}

  /** A post. */
  public record PostJson(String role, String party, String title) {}

  /** An issue. */
  public record IssueJson(String id, String label, String description, String parent)
      implements Line {}

  /** An article. */
  public record ArticleJson(String id, String publisher, String headline, String byline,
      String published, String url) implements Line {}

  /** A meeting. */
  public record MeetingJson(String id, String title, String date, PlaceJson place, String host,
      String framework, List<ParticipantJson> participants, List<String> topics,
      List<StatusChangeJson> statusHistory, List<SourceRefJson> sources) implements Line {}

  /** A place; {@code tentative} is null unless true. */
  public record PlaceJson(String city, String state, Boolean tentative) {}

  /** A participant of a meeting. */
  public record ParticipantJson(String actor, String represents, String role, PostJson capacity) {}

  /** A status change of a meeting. */
  public record StatusChangeJson(String status, String reported, String scheduledFor,
      List<SourceRefJson> sources) {}

  /** A statement. */
  public record StatementJson(String id, SpeakerJson speaker, String date, String channel,
      String mode, String text, String meeting, List<String> issues, List<SourceRefJson> sources)
      implements Line {}

  /** The speaker of a statement. */
  public record SpeakerJson(String actor, String affiliation, String description) {}

  /** A stance. */
  public record StanceJson(String id, String holder, String issue, String position,
      List<String> conditions, String validity, List<String> evidence,
      List<SourceRefJson> sources) implements Line {}

  /** An event. */
  public record EventJson(String id, String category, String mode, List<String> context,
      List<EventActorJson> sourceActors, List<EventActorJson> targetActors, String date,
      PlaceJson place, String status, MagnitudesJson magnitudes, String description,
      List<SourceRefJson> sources) implements Line {}

  /** A source or target actor of an event. */
  public record EventActorJson(String actor, PostJson capacity, String affiliation,
      String description) {}

  /** The magnitudes of an event. */
  public record MagnitudesJson(Integer dead, Integer injured, Integer size) {}

  /** A reference to a span of an article. */
  public record SourceRefJson(String article, int start, int end, String excerpt) {}

  // -----------------------------------------------------------------------------------------
  // Mappers

  /**
   * The mapper for NDJSON lines: absent values and empty lists left out, components in
   * declaration order, and absent lists read as empty ones.
   */
  public static JsonMapper lineMapper() {
    return builder().build();
  }

  /** The mapper for documents: as for lines, without the {@code kind}. */
  public static JsonMapper documentMapper() {
    return builder().addMixIn(Line.class, NoKind.class).build();
  }

  private static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
        .withConfigOverride(List.class,
            o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY);
  }

  /** A writer of NDJSON lines. */
  public static ObjectWriter lineWriter() {
    return lineMapper().writerFor(Line.class);
  }

  /** A reader of NDJSON lines. */
  public static ObjectReader lineReader() {
    return lineMapper().readerFor(Line.class);
  }

  /** A writer of documents, pretty-printed as Parley's: two-space indents, "name": value. */
  public static ObjectWriter documentWriter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return documentMapper().writerFor(Document.class).with(new DefaultPrettyPrinter()
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter)
        .withSeparators(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)));
  }

  /** A reader of documents. */
  public static ObjectReader documentReader() {
    return documentMapper().readerFor(Document.class);
  }

  // -----------------------------------------------------------------------------------------
  // From Parley's types, once, outside the measurements

  /** The records of a chronicle, in its order (by id within each kind). */
  public static Document from(Chronicle c) {
    return new Document("parley-chronicle", 1,
        map(c.states(), s -> new StateJson(s.id().value(), s.name(), s.otherNames(),
            s.capital().orElse(null), identifiers(s.identifiers()))),
        map(c.organizations(), JsonRecords::organization),
        map(c.officials(), JsonRecords::official),
        map(c.issues(), JsonRecords::issue),
        map(c.articles(), JsonRecords::article),
        map(c.meetings(), JsonRecords::meeting),
        map(c.statements(), JsonRecords::statement),
        map(c.stances(), JsonRecords::stance),
        map(c.events(), JsonRecords::event));
  }

  private static OrganizationJson organization(Organization o) {
    return new OrganizationJson(o.id().value(), o.name(), o.otherNames(), name(o.kind()),
        o.state().map(TypedId::value).orElse(null), identifiers(o.identifiers()));
  }

  private static OfficialJson official(Official o) {
    return new OfficialJson(o.id().value(), o.name(), o.otherNames(),
        identifiers(o.identifiers()), map(o.tenures(), JsonRecords::tenure));
  }

  private static TenureJson tenure(Tenure t) {
    return new TenureJson(post(t.post()), t.term().toString(), sources(t.sources()),
        map(t.references(), r -> new ReferenceJson(r.work(), text(r.url()), r.file().orElse(null),
            r.says(), r.accessed().toString())));
  }

  private static PostJson post(Post p) {
    return new PostJson(name(p.role()), p.party().toRefString(), p.title().orElse(null));
  }

  private static IssueJson issue(Issue i) {
    return new IssueJson(i.id().value(), i.label(), i.description().orElse(null),
        i.parent().map(TypedId::value).orElse(null));
  }

  private static ArticleJson article(Article a) {
    return new ArticleJson(a.id().value(), a.publisher().orElse(null),
        a.headline().orElse(null), a.byline().orElse(null), text(a.published()),
        text(a.url()));
  }

  private static MeetingJson meeting(Meeting m) {
    return new MeetingJson(m.id().value(), m.title(), m.date().toString(),
        m.place().map(JsonRecords::place).orElse(null),
        m.host().map(ActorRef::toRefString).orElse(null), m.framework().orElse(null),
        map(m.participants(), JsonRecords::participant), ids(m.topics()),
        map(m.statusHistory(), JsonRecords::statusChange), sources(m.sources()));
  }

  private static PlaceJson place(Place p) {
    return new PlaceJson(p.city().orElse(null), p.state().map(TypedId::value).orElse(null),
        p.tentative() ? Boolean.TRUE : null);
  }

  private static ParticipantJson participant(Participant p) {
    return new ParticipantJson(p.actor().map(ActorRef::toRefString).orElse(null),
        p.represents().map(ActorRef::toRefString).orElse(null), name(p.role()),
        p.capacity().map(JsonRecords::post).orElse(null));
  }

  private static StatusChangeJson statusChange(StatusChange s) {
    return new StatusChangeJson(name(s.status()), s.reported().toString(),
        text(s.scheduledFor()), sources(s.sources()));
  }

  private static StatementJson statement(Statement s) {
    return new StatementJson(s.id().value(), speaker(s.speaker()), s.date().toString(),
        name(s.channel()), name(s.mode()), s.text().orElse(null),
        s.meeting().map(TypedId::value).orElse(null), ids(s.issues()), sources(s.sources()));
  }

  private static SpeakerJson speaker(Speaker s) {
    return new SpeakerJson(s.actor().map(ActorRef::toRefString).orElse(null),
        s.affiliation().map(ActorRef::toRefString).orElse(null), s.description().orElse(null));
  }

  private static StanceJson stance(Stance s) {
    return new StanceJson(s.id().value(), s.holder().toRefString(), s.issue().value(),
        name(s.position()), ids(s.conditions()), s.validity().toString(), ids(s.evidence()),
        sources(s.sources()));
  }

  private static EventJson event(Event e) {
    return new EventJson(e.id().value(), name(e.category()), e.mode().orElse(null), e.context(),
        map(e.sourceActors(), JsonRecords::eventActor),
        map(e.targetActors(), JsonRecords::eventActor), e.date().toString(),
        e.place().map(JsonRecords::place).orElse(null), name(e.status()),
        e.magnitudes().map(m -> new MagnitudesJson(boxed(m.dead()), boxed(m.injured()),
            boxed(m.size()))).orElse(null),
        e.description(), sources(e.sources()));
  }

  private static EventActorJson eventActor(EventActor a) {
    return new EventActorJson(a.actor().map(ActorRef::toRefString).orElse(null),
        a.capacity().map(JsonRecords::post).orElse(null),
        a.affiliation().map(ActorRef::toRefString).orElse(null), a.description().orElse(null));
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static List<SourceRefJson> sources(List<SourceRef> sources) {
    return map(sources, s -> new SourceRefJson(s.article().value(), s.start(), s.end(),
        s.excerpt().orElse(null)));
  }

  private static List<String> ids(List<? extends TypedId<?>> ids) {
    return map(ids, TypedId::value);
  }

  private static List<String> identifiers(List<Identifier> identifiers) {
    return map(identifiers, Identifier::toString);
  }

  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse(null);
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static <T, R> List<R> map(List<T> values, Function<? super T, R> f) {
    return values.stream().map(f).collect(Collectors.toList());
  }
}
