package dev.parley.io.internal.codec;

import static dev.parley.io.internal.codec.Field.flag;
import static dev.parley.io.internal.codec.Field.integer;
import static dev.parley.io.internal.codec.Field.list;
import static dev.parley.io.internal.codec.Field.optional;
import static dev.parley.io.internal.codec.Field.required;
import static dev.parley.io.internal.codec.Field.value;

import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Entity;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.EventId;
import dev.parley.core.EventStatus;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Identifier;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.Magnitudes;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.OrganizationKind;
import dev.parley.core.Participant;
import dev.parley.core.ParticipantRole;
import dev.parley.core.PartyRef;
import dev.parley.core.Place;
import dev.parley.core.PloverCategory;
import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.RecordKind;
import dev.parley.core.Reference;
import dev.parley.core.SourceRef;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.StanceId;
import dev.parley.core.StancePosition;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.Statement;
import dev.parley.core.StatementChannel;
import dev.parley.core.StatementId;
import dev.parley.core.StatementMode;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import dev.parley.core.TypedId;
import dev.parley.core.Violation;
import dev.parley.core.time.FuzzyDate;
import dev.parley.io.internal.Locations;
import dev.parley.io.internal.RecordReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * The format's one definition: a codec for every value and record type, each object type's
 * table of fields ({@link ObjectCodec}) in the order the writer writes them. The document and
 * NDJSON readers, the writers and {@code ParleyModule} all run on these tables, and a test walks
 * them against the published schema ({@code defs.schema.json}).
 */
public final class Codecs {
  private Codecs() {}

  private static final List<TextCodec<?>> CACHED = new ArrayList<>();
  private static final List<ObjectCodec<?, ?>> CACHED_OBJECTS = new ArrayList<>();

  /** Each enum's names in the format, by ordinal. */
  private static final ClassValue<String[]> NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
      }
      return names;
    }
  };

  // --- Scalars ---------------------------------------------------------------------------------

  /** Whole numbers (source offsets): a JSON integer, or a number with no fraction. */
  public static final ValueCodec<Integer> INTEGER =
      scalar("integer", RecordReader::integer, JsonGenerator::writeNumber);

  /** Booleans. */
  public static final ValueCodec<Boolean> BOOLEAN =
      scalar("boolean", RecordReader::bool, JsonGenerator::writeBoolean);

  /**
   * Text: names, titles, labels (non-blank, as the core checks). Remembered only by NDJSON
   * readers that build a chronicle ({@link dev.parley.io.internal.ReadCaches}), in a lossy
   * cache: a short text that many records repeat (a title, a statement's words) is then kept
   * once.
   */
  public static final TextCodec<String> TEXT = freeText("text");

  /**
   * Any string, kept exactly: an excerpt of an article, whose white space is the article's
   * (the core checks its length against its span).
   */
  public static final ValueCodec<String> STRING =
      scalar("string", RecordReader::string, JsonGenerator::writeString);

  /** EDTF dates. */
  public static final TextCodec<FuzzyDate> DATE = cached("edtfDate", Codecs::date,
      FuzzyDate::toString, true);

  /** Calendar days, {@code yyyy-mm-dd} (when a reference was read). */
  public static final TextCodec<LocalDate> DAY =
      new TextCodec<>("day", Codecs::day, LocalDate::toString, -1);

  /** External identifiers, {@code scheme:value}. */
  public static final TextCodec<Identifier> IDENTIFIER =
      new TextCodec<>("identifier", Identifier::parse, Identifier::toString, -1);

  /** Absolute URLs. */
  public static final TextCodec<URI> URL =
      new TextCodec<>("url", Codecs::uri, URI::toString, -1);

  /** Any JSON value, kept as an extension. */
  public static final ValueCodec<ExtensionValue> EXTENSION_VALUE =
      scalar("#/$defs/extensionValue", RecordReader::extensionValue, Codecs::writeExtensionValue);

  // --- Ids and references ----------------------------------------------------------------------
  // A record's own id is not cached (each is met once); references, met again and again, are,
  // and a reader notes each one it reads in its ledger of references (ReadCaches).

  public static final TextCodec<StateId> STATE_ID = reference("stateId", StateId::of);
  public static final TextCodec<OfficialId> OFFICIAL_ID = id("officialId", OfficialId::of);
  public static final TextCodec<OrganizationId> ORGANIZATION_ID =
      reference("organizationId", OrganizationId::of);
  public static final TextCodec<IssueId> ISSUE_ID = reference("issueId", IssueId::of);
  public static final TextCodec<ArticleId> ARTICLE_ID = reference("articleId", ArticleId::of);
  public static final TextCodec<MeetingId> MEETING_ID = reference("meetingId", MeetingId::of);
  public static final TextCodec<StatementId> STATEMENT_ID =
      reference("statementId", StatementId::of);
  public static final TextCodec<ActorRef> ACTOR_REF =
      reference("actorRef", ActorRef::parse, ActorRef::toRefString);
  public static final TextCodec<PartyRef> PARTY_REF =
      reference("partyRef", PartyRef::parse, ActorRef::toRefString);

  private static final TextCodec<StateId> OWN_STATE_ID = id("stateId", StateId::of);
  private static final TextCodec<OrganizationId> OWN_ORGANIZATION_ID =
      id("organizationId", OrganizationId::of);
  private static final TextCodec<IssueId> OWN_ISSUE_ID = id("issueId", IssueId::of);
  private static final TextCodec<ArticleId> OWN_ARTICLE_ID = id("articleId", ArticleId::of);
  private static final TextCodec<MeetingId> OWN_MEETING_ID = id("meetingId", MeetingId::of);
  private static final TextCodec<StatementId> OWN_STATEMENT_ID =
      id("statementId", StatementId::of);
  public static final TextCodec<StanceId> STANCE_ID = id("stanceId", StanceId::of);
  public static final TextCodec<EventId> EVENT_ID = id("eventId", EventId::of);

  // --- Enums -----------------------------------------------------------------------------------

  public static final TextCodec<OrganizationKind> ORGANIZATION_KIND =
      enumCodec("organizationKind", OrganizationKind.class, "organization kind");
  public static final TextCodec<PostRole> POST_ROLE =
      enumCodec("postRole", PostRole.class, "post role");
  public static final TextCodec<ParticipantRole> PARTICIPANT_ROLE =
      enumCodec("participantRole", ParticipantRole.class, "participant role");
  public static final TextCodec<MeetingStatus> MEETING_STATUS =
      enumCodec("meetingStatus", MeetingStatus.class, "meeting status");
  public static final TextCodec<StatementChannel> STATEMENT_CHANNEL =
      enumCodec("statementChannel", StatementChannel.class, "statement channel");
  public static final TextCodec<StatementMode> STATEMENT_MODE =
      enumCodec("statementMode", StatementMode.class, "statement mode");
  public static final TextCodec<StancePosition> STANCE_POSITION =
      enumCodec("stancePosition", StancePosition.class, "stance position");
  /** An NDJSON line's {@code kind}: its record kind's label. */
  public static final TextCodec<RecordKind> RECORD_KIND = cached("recordKind",
      label -> RecordKind.fromLabel(label).orElseThrow(() -> new IllegalArgumentException(
          "unknown kind '" + label + "'; expected one of: " + Locations.kindLabels())),
      RecordKind::label, false);
  public static final TextCodec<PloverCategory> PLOVER_CATEGORY =
      enumCodec("ploverCategory", PloverCategory.class, "PLOVER category");
  public static final TextCodec<EventStatus> EVENT_STATUS =
      enumCodec("eventStatus", EventStatus.class, "event status");

  /** PLOVER mode and context names ({@code third-party}, {@code human_rights}); core checks them. */
  public static final TextCodec<String> PLOVER_NAME =
      new TextCodec<>("ploverName", Function.identity(), Function.identity(), -1);

  // --- Values inside records -------------------------------------------------------------------

  public static final ObjectCodec<SourceRef, SourceRef.Builder> SOURCE_REF = ObjectCodec.value(
      "source", "sourceRef", SourceRef::builder, SourceRef.Builder::build, List.of(
          required("article", ARTICLE_ID, SourceRef::article, SourceRef.Builder::article),
          integer("start", SourceRef::start, SourceRef.Builder::start),
          integer("end", SourceRef::end, SourceRef.Builder::end),
          optional("excerpt", STRING, SourceRef::excerpt, SourceRef.Builder::excerpt)));

  public static final ObjectCodec<Post, Post.Builder> POST = cachedValue(
      "post", "post", Post::builder, Post.Builder::build, List.of(
          required("role", POST_ROLE, Post::role, Post.Builder::role),
          required("party", PARTY_REF, Post::party, Post.Builder::party),
          optional("title", TEXT, Post::title, Post.Builder::title)));

  public static final ObjectCodec<Reference, Reference.Builder> REFERENCE = ObjectCodec.value(
      "reference", "reference", Reference::builder, Reference.Builder::build, List.of(
          required("work", TEXT, Reference::work, Reference.Builder::work),
          optional("url", URL, Reference::url, Reference.Builder::url),
          optional("file", TEXT, Reference::file, Reference.Builder::file),
          required("says", TEXT, Reference::says, Reference.Builder::says),
          required("accessed", DAY, Reference::accessed, Reference.Builder::accessed)));

  public static final ObjectCodec<Tenure, Tenure.Builder> TENURE = ObjectCodec.value(
      "tenure", "tenure", Tenure::builder, Tenure.Builder::build, List.of(
          required("post", POST, Tenure::post, Tenure.Builder::post),
          required("term", DATE, Tenure::term, Tenure.Builder::term),
          optional("government", ORGANIZATION_ID, Tenure::government,
              Tenure.Builder::government),
          list("sources", SOURCE_REF, Tenure::sources, Tenure.Builder::addSource),
          list("references", REFERENCE, Tenure::references, Tenure.Builder::addReference)));

  public static final ObjectCodec<Place, Place.Builder> PLACE = cachedValue(
      "place", "place", Place::builder, Place.Builder::build, List.of(
          optional("city", TEXT, Place::city, Place.Builder::city),
          optional("state", STATE_ID, Place::state, Place.Builder::state),
          flag("tentative", Place::tentative, Place.Builder::tentative)));

  public static final ObjectCodec<Participant, Participant.Builder> PARTICIPANT =
      cachedValue("participant", "participant", Participant::builder,
          Participant.Builder::build, List.of(
              optional("actor", ACTOR_REF, Participant::actor, Participant.Builder::actor),
              optional("represents", PARTY_REF, Participant::represents,
                  Participant.Builder::represents),
              value("role", Presence.DEFAULTED, PARTICIPANT_ROLE, Participant::role,
                  Participant.Builder::role),
              optional("capacity", POST, Participant::capacity, Participant.Builder::capacity),
              list("sources", SOURCE_REF, Participant::sources, Participant.Builder::addSource)));

  public static final ObjectCodec<StatusChange, StatusChange.Builder> STATUS_CHANGE =
      ObjectCodec.value("status change", "statusChange", StatusChange::builder,
          StatusChange.Builder::build, List.of(
              required("status", MEETING_STATUS, StatusChange::status,
                  StatusChange.Builder::status),
              required("reported", DATE, StatusChange::reported, StatusChange.Builder::reported),
              optional("scheduledFor", DATE, StatusChange::scheduledFor,
                  StatusChange.Builder::scheduledFor),
              list("sources", Presence.REQUIRED_LIST, SOURCE_REF, StatusChange::sources,
                  StatusChange.Builder::addSource)));

  public static final ObjectCodec<Speaker, Speaker.Builder> SPEAKER = cachedValue(
      "speaker", "speaker", Speaker::builder, Speaker.Builder::build, List.of(
          optional("actor", ACTOR_REF, Speaker::actor, Speaker.Builder::actor),
          optional("capacity", POST, Speaker::capacity, Speaker.Builder::capacity),
          optional("affiliation", PARTY_REF, Speaker::affiliation, Speaker.Builder::affiliation),
          optional("description", TEXT, Speaker::description, Speaker.Builder::description)));

  public static final ObjectCodec<EventActor, EventActor.Builder> EVENT_ACTOR =
      cachedValue("event actor", "eventActor", EventActor::builder,
          EventActor.Builder::build, List.of(
              optional("actor", ACTOR_REF, EventActor::actor, EventActor.Builder::actor),
              optional("capacity", POST, EventActor::capacity, EventActor.Builder::capacity),
              optional("affiliation", PARTY_REF, EventActor::affiliation,
                  EventActor.Builder::affiliation),
              optional("description", TEXT, EventActor::description,
                  EventActor.Builder::description)));

  public static final ObjectCodec<Magnitudes, Magnitudes.Builder> MAGNITUDES = ObjectCodec.value(
      "magnitudes", "magnitudes", Magnitudes::builder, Magnitudes.Builder::build, List.of(
          optional("dead", INTEGER, m -> boxed(m.dead()), Magnitudes.Builder::dead),
          optional("injured", INTEGER, m -> boxed(m.injured()), Magnitudes.Builder::injured),
          optional("size", INTEGER, m -> boxed(m.size()), Magnitudes.Builder::size)));

  /**
   * A problem found in a chronicle ({@code Violation}): not part of documents, but read and
   * written by {@code ParleyModule} in the same style.
   */
  public static final ObjectCodec<Violation, ViolationBuilder> VIOLATION = ObjectCodec.value(
      "violation", "violation", ViolationBuilder::new, ViolationBuilder::build, List.of(
          required("kind", TEXT, Violation::kind, (b, v) -> b.kind = v),
          required("id", TEXT, Violation::id, (b, v) -> b.id = v),
          required("field", TEXT, Violation::field, (b, v) -> b.field = v),
          required("message", TEXT, Violation::message, (b, v) -> b.message = v)));

  /** {@code Violation} has no builder; the fields read, until all four are. */
  public static final class ViolationBuilder {
    private String kind;
    private String id;
    private String field;
    private String message;

    private ViolationBuilder() {}

    private Violation build() {
      return Violation.of(kind, id, field, message);
    }
  }

  // --- Records ---------------------------------------------------------------------------------

  public static final ObjectCodec<State, State.Builder> STATE = ObjectCodec.record(
      RecordKind.STATE, State::builder, State.Builder::build, State.Builder::putAllExtensions,
      List.of(
          required("id", OWN_STATE_ID, State::id, State.Builder::id),
          required("name", TEXT, State::name, State.Builder::name),
          list("otherNames", TEXT, State::otherNames, State.Builder::addOtherName),
          optional("capital", TEXT, State::capital, State.Builder::capital),
          list("identifiers", IDENTIFIER, State::identifiers, State.Builder::addIdentifier)));

  public static final ObjectCodec<Organization, Organization.Builder> ORGANIZATION =
      ObjectCodec.record(RecordKind.ORGANIZATION, Organization::builder,
          Organization.Builder::build, Organization.Builder::putAllExtensions, List.of(
              required("id", OWN_ORGANIZATION_ID, Organization::id,
                  Organization.Builder::id),
              required("name", TEXT, Organization::name, Organization.Builder::name),
              list("otherNames", TEXT, Organization::otherNames,
                  Organization.Builder::addOtherName),
              required("organizationKind", ORGANIZATION_KIND, Organization::kind,
                  Organization.Builder::kind),
              optional("state", STATE_ID, Organization::state, Organization.Builder::state),
              optional("term", DATE, Organization::term, Organization.Builder::term),
              list("identifiers", IDENTIFIER, Organization::identifiers,
                  Organization.Builder::addIdentifier)));

  public static final ObjectCodec<Official, Official.Builder> OFFICIAL = ObjectCodec.record(
      RecordKind.OFFICIAL, Official::builder, Official.Builder::build,
      Official.Builder::putAllExtensions, List.of(
          required("id", OFFICIAL_ID, Official::id, Official.Builder::id),
          required("name", TEXT, Official::name, Official.Builder::name),
          list("otherNames", TEXT, Official::otherNames, Official.Builder::addOtherName),
          list("identifiers", IDENTIFIER, Official::identifiers, Official.Builder::addIdentifier),
          list("tenures", TENURE, Official::tenures, Official.Builder::addTenure)));

  public static final ObjectCodec<Issue, Issue.Builder> ISSUE = ObjectCodec.record(
      RecordKind.ISSUE, Issue::builder, Issue.Builder::build, Issue.Builder::putAllExtensions,
      List.of(
          required("id", OWN_ISSUE_ID, Issue::id, Issue.Builder::id),
          required("label", TEXT, Issue::label, Issue.Builder::label),
          optional("description", TEXT, Issue::description, Issue.Builder::description),
          optional("parent", ISSUE_ID, Issue::parent, Issue.Builder::parent)));

  public static final ObjectCodec<Article, Article.Builder> ARTICLE = ObjectCodec.record(
      RecordKind.ARTICLE, Article::builder, Article.Builder::build,
      Article.Builder::putAllExtensions, List.of(
          required("id", OWN_ARTICLE_ID, Article::id, Article.Builder::id),
          optional("publisher", TEXT, Article::publisher, Article.Builder::publisher),
          optional("headline", TEXT, Article::headline, Article.Builder::headline),
          optional("byline", TEXT, Article::byline, Article.Builder::byline),
          optional("published", DATE, Article::published, Article.Builder::published),
          optional("url", URL, Article::url, Article.Builder::url)));

  public static final ObjectCodec<Meeting, Meeting.Builder> MEETING = ObjectCodec.record(
      RecordKind.MEETING, Meeting::builder, Meeting.Builder::build,
      Meeting.Builder::putAllExtensions, List.of(
          required("id", OWN_MEETING_ID, Meeting::id, Meeting.Builder::id),
          required("title", TEXT, Meeting::title, Meeting.Builder::title),
          required("date", DATE, Meeting::date, Meeting.Builder::date),
          optional("place", PLACE, Meeting::place, Meeting.Builder::place),
          optional("host", ACTOR_REF, Meeting::host, Meeting.Builder::host),
          optional("framework", TEXT, Meeting::framework, Meeting.Builder::framework),
          list("participants", Presence.REQUIRED_LIST, PARTICIPANT, Meeting::participants,
              Meeting.Builder::addParticipant),
          list("topics", ISSUE_ID, Meeting::topics, Meeting.Builder::addTopic),
          list("statusHistory", Presence.REQUIRED_LIST, STATUS_CHANGE, Meeting::statusHistory,
              Meeting.Builder::addStatusChange),
          list("sources", Presence.REQUIRED_LIST, SOURCE_REF, Meeting::sources,
              Meeting.Builder::addSource)));

  public static final ObjectCodec<Statement, Statement.Builder> STATEMENT = ObjectCodec.record(
      RecordKind.STATEMENT, Statement::builder, Statement.Builder::build,
      Statement.Builder::putAllExtensions, List.of(
          required("id", OWN_STATEMENT_ID, Statement::id, Statement.Builder::id),
          required("speaker", SPEAKER, Statement::speaker, Statement.Builder::speaker),
          required("date", DATE, Statement::date, Statement.Builder::date),
          value("channel", Presence.DEFAULTED, STATEMENT_CHANNEL, Statement::channel,
              Statement.Builder::channel),
          required("mode", STATEMENT_MODE, Statement::mode, Statement.Builder::mode),
          optional("text", TEXT, Statement::text, Statement.Builder::text),
          optional("meeting", MEETING_ID, Statement::meeting, Statement.Builder::meeting),
          list("issues", ISSUE_ID, Statement::issues, Statement.Builder::addIssue),
          list("sources", Presence.REQUIRED_LIST, SOURCE_REF, Statement::sources,
              Statement.Builder::addSource)));

  public static final ObjectCodec<Stance, Stance.Builder> STANCE = ObjectCodec.record(
      RecordKind.STANCE, Stance::builder, Stance.Builder::build,
      Stance.Builder::putAllExtensions, List.of(
          required("id", STANCE_ID, Stance::id, Stance.Builder::id),
          required("holder", ACTOR_REF, Stance::holder, Stance.Builder::holder),
          required("issue", ISSUE_ID, Stance::issue, Stance.Builder::issue),
          required("position", STANCE_POSITION, Stance::position, Stance.Builder::position),
          list("conditions", ISSUE_ID, Stance::conditions, Stance.Builder::addCondition),
          required("validity", DATE, Stance::validity, Stance.Builder::validity),
          flag("ended", Stance::ended, Stance.Builder::ended),
          optional("government", ORGANIZATION_ID, Stance::government,
              Stance.Builder::government),
          list("evidence", STATEMENT_ID, Stance::evidence, Stance.Builder::addEvidence),
          list("sources", Presence.REQUIRED_LIST, SOURCE_REF, Stance::sources,
              Stance.Builder::addSource)));

  public static final ObjectCodec<Event, Event.Builder> EVENT = ObjectCodec.record(
      RecordKind.EVENT, Event::builder, Event.Builder::build, Event.Builder::putAllExtensions,
      List.of(
          required("id", EVENT_ID, Event::id, Event.Builder::id),
          required("category", PLOVER_CATEGORY, Event::category, Event.Builder::category),
          optional("mode", PLOVER_NAME, Event::mode, Event.Builder::mode),
          list("context", PLOVER_NAME, Event::context, Event.Builder::addContext),
          list("sourceActors", EVENT_ACTOR, Event::sourceActors, Event.Builder::addSourceActor),
          list("targetActors", EVENT_ACTOR, Event::targetActors, Event.Builder::addTargetActor),
          required("date", DATE, Event::date, Event.Builder::date),
          optional("place", PLACE, Event::place, Event.Builder::place),
          value("status", Presence.DEFAULTED, EVENT_STATUS, Event::status,
              Event.Builder::status),
          optional("magnitudes", MAGNITUDES, Event::magnitudes, Event.Builder::magnitudes),
          required("description", TEXT, Event::description, Event.Builder::description),
          list("sources", Presence.REQUIRED_LIST, SOURCE_REF, Event::sources,
              Event.Builder::addSource)));

  /** The codecs whose texts readers cache, by {@link TextCodec#slot()}. */
  private static final List<TextCodec<?>> CACHED_CODECS = Collections.unmodifiableList(CACHED);

  /** The object types whose values readers cache, by {@link ObjectCodec#slot()}. */
  private static final List<ObjectCodec<?, ?>> CACHED_OBJECT_CODECS =
      Collections.unmodifiableList(CACHED_OBJECTS);

  /**
   * The table of a record kind's records.
   *
   * @param kind the kind
   * @return its table
   */
  public static ObjectCodec<? extends Entity<?>, ?> record(RecordKind kind) {
    return switch (kind) {
      case STATE -> STATE;
      case ORGANIZATION -> ORGANIZATION;
      case OFFICIAL -> OFFICIAL;
      case ISSUE -> ISSUE;
      case ARTICLE -> ARTICLE;
      case MEETING -> MEETING;
      case STATEMENT -> STATEMENT;
      case STANCE -> STANCE;
      case EVENT -> EVENT;
    };
  }

  /** Writes a record as an object, its {@code kind} first when {@code withKind}. */
  @SuppressWarnings("unchecked") // the kind's table is of the record's type
  public static void writeRecord(JsonGenerator g, Entity<?> record, boolean withKind) {
    ((ObjectCodec<Entity<?>, ?>) record(record.recordKind())).writeRecord(g, record, withKind);
  }

  /** Every object type's table: the records', then the values'. */
  public static List<ObjectCodec<?, ?>> objects() {
    List<ObjectCodec<?, ?>> all = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      all.add(record(kind));
    }
    all.addAll(List.of(SOURCE_REF, POST, TENURE, PLACE, PARTICIPANT, STATUS_CHANGE, SPEAKER,
        EVENT_ACTOR, MAGNITUDES));
    all.add(REFERENCE);
    return all;
  }

  /** The codecs whose texts readers cache, each at its {@link TextCodec#slot()}. */
  public static List<TextCodec<?>> cached() {
    return CACHED_CODECS;
  }

  /**
   * The object types whose values readers building a chronicle cache, each at its {@link
   * ObjectCodec#slot()}: small values that records repeat (an official's post, a participant, a
   * place, a speaker), found again by their fields.
   */
  public static List<ObjectCodec<?, ?>> cachedObjects() {
    return CACHED_OBJECT_CODECS;
  }

  /** The table of a value type whose values readers building a chronicle cache. */
  private static <T, B> ObjectCodec<T, B> cachedValue(String type, String schemaDef,
      Supplier<B> builder, Function<B, T> build, List<Field<T, B>> fields) {
    ObjectCodec<T, B> codec = ObjectCodec.cachedValue(type, schemaDef, builder, build, fields,
        CACHED_OBJECTS.size());
    CACHED_OBJECTS.add(codec);
    return codec;
  }

  /** A codec of values that are not objects and not text. */
  private static <T> ValueCodec<T> scalar(String schema, Function<RecordReader, T> read,
      BiConsumer<JsonGenerator, T> write) {
    return new ValueCodec<>() {
      @Override
      public T read(RecordReader in) {
        return read.apply(in);
      }

      @Override
      public void write(JsonGenerator g, T value) {
        write.accept(g, value);
      }

      @Override
      public String schema() {
        return schema;
      }
    };
  }

  /** The codec of an id that is not cached. */
  private static <T extends TypedId<T>> TextCodec<T> id(String schemaDef,
      Function<String, T> parse) {
    return new TextCodec<>(schemaDef, parse, TypedId::value, -1);
  }

  /** The codec of ids of another record: cached, and noted in readers' ledgers. */
  private static <T extends TypedId<T>> TextCodec<T> reference(String schemaDef,
      Function<String, T> parse) {
    return reference(schemaDef, parse, TypedId::value);
  }

  /** The codec of references to an actor or a party, of several kinds of ids. */
  private static <T> TextCodec<T> reference(String schemaDef, Function<String, T> parse,
      Function<? super T, String> print) {
    TextCodec<T> codec = new TextCodec<>(schemaDef, parse, print, CACHED.size(), true, true);
    CACHED.add(codec);
    return codec;
  }

  /**
   * A cached codec of values that are not references, whose texts readers building a chronicle
   * remember {@code exactly} (every one, as they do references') or not (the latest few).
   */
  private static <T> TextCodec<T> cached(String schemaDef, Function<String, T> parse,
      Function<? super T, String> print, boolean exactly) {
    TextCodec<T> codec = new TextCodec<>(schemaDef, parse, print, CACHED.size(), false, exactly);
    CACHED.add(codec);
    return codec;
  }

  /** A cached codec of free text ({@link TextCodec#isFreeText()}). */
  private static TextCodec<String> freeText(String schemaDef) {
    TextCodec<String> codec = TextCodec.freeText(schemaDef, CACHED.size());
    CACHED.add(codec);
    return codec;
  }

  private static <E extends Enum<E>> TextCodec<E> enumCodec(String schemaDef, Class<E> type,
      String what) {
    TextCodec<E> codec = new TextCodec<>(schemaDef, enumParser(type, what), Codecs::name,
        CACHED.size(), type);
    CACHED.add(codec);
    return codec;
  }

  /**
   * A codec for an enum that documents do not hold ({@code MeetingLevel}, {@code RecordKind},
   * ...), named as the format names enums ({@link #name}); its texts are not cached.
   *
   * @param what the enum's name in messages, such as {@code meeting level}
   */
  public static <E extends Enum<E>> TextCodec<E> enumOf(Class<E> type, String what) {
    return new TextCodec<>(null, enumParser(type, what), Codecs::name, -1, type);
  }

  private static <E extends Enum<E>> Function<String, E> enumParser(Class<E> type, String what) {
    Map<String, E> byName = new HashMap<>();
    for (E e : type.getEnumConstants()) {
      byName.put(name(e), e);
    }
    String expected = Arrays.stream(type.getEnumConstants()).map(Codecs::name)
        .collect(Collectors.joining(", "));
    return name -> {
      E found = byName.get(name);
      if (found == null) {
        throw new IllegalArgumentException("unknown " + what + " '" + name
            + "'; expected one of: " + expected);
      }
      return found;
    };
  }

  /** An enum constant's name in the format: its Java name in lower case. */
  public static String name(Enum<?> value) {
    return NAMES.get(value.getDeclaringClass())[value.ordinal()];
  }

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  private static FuzzyDate date(String text) {
    try {
      return FuzzyDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("invalid date: " + e.getMessage(), e);
    }
  }

  /** A day written exactly {@code yyyy-mm-dd}; {@link LocalDate#parse} also reads more. */
  private static LocalDate day(String text) {
    if (text.length() != 10 || text.charAt(0) < '0' || text.charAt(0) > '9') {
      throw new IllegalArgumentException("invalid day '" + text + "': expected yyyy-mm-dd");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("invalid day '" + text + "': " + e.getMessage(), e);
    }
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("invalid URL '" + text + "': " + e.getReason(), e);
    }
  }

  /** Writes a record's extensions, if it has any, as its last field; keys sorted. */
  static void writeExtensions(JsonGenerator g, Map<String, ExtensionValue> extensions) {
    if (!extensions.isEmpty()) {
      g.writeName("extensions");
      writeExtensionMap(g, extensions);
    }
  }

  /** Writes an extension value as the JSON value it stands for; map keys sorted. */
  public static void writeExtensionValue(JsonGenerator g, ExtensionValue v) {
    if (v instanceof ExtensionValue.StringValue s) {
      g.writeString(s.value());
    } else if (v instanceof ExtensionValue.NumberValue n) {
      g.writeNumber(n.value());
    } else if (v instanceof ExtensionValue.BooleanValue b) {
      g.writeBoolean(b.value());
    } else if (v instanceof ExtensionValue.ListValue l) {
      g.writeStartArray();
      for (ExtensionValue e : l.values()) {
        writeExtensionValue(g, e);
      }
      g.writeEndArray();
    } else if (v instanceof ExtensionValue.MapValue m) {
      writeExtensionMap(g, m.values());
    } else {
      g.writeNull();
    }
  }

  private static void writeExtensionMap(JsonGenerator g, Map<String, ExtensionValue> values) {
    g.writeStartObject();
    for (Map.Entry<String, ExtensionValue> e : new TreeMap<>(values).entrySet()) {
      g.writeName(e.getKey());
      writeExtensionValue(g, e.getValue());
    }
    g.writeEndObject();
  }
}
