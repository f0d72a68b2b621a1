package dev.parley.io.internal;

import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Entity;
import dev.parley.core.RecordKind;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Identifier;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
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
import dev.parley.core.Post;
import dev.parley.core.PostRole;
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
import dev.parley.core.time.FuzzyDate;
import dev.parley.io.ReadOptions;
import dev.parley.io.internal.Locations.Location;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads Parley records from a Jackson parser, field by field, checking each value where it
 * stands so that an error names the exact line, column and path. Unknown fields of a record go
 * to its extensions, or are refused when reading strictly; unknown fields of the values inside a
 * record (places, participants, ...) have nowhere to go and are always refused.
 *
 * <p>The value readers ({@link #string()}, {@link #post()}, ...) read the current value; inside
 * an object, they are called at a field's name and move to its value first, so that a field is
 * known to be unknown while the parser is still at its name, where it is reported.
 *
 * <p>A reader that checks field names itself ({@link FieldNames#checked()}) makes the first,
 * fast reading of an input, after which a failure may send the input to be read again strictly
 * ({@link Json.ReadStrictly}). Such a reader keeps no location for where records and the
 * objects inside them start: if one fails to build, the input is read again strictly, which
 * reports where it starts.
 */
public final class RecordReader {
  private static final Pattern MISSING = Pattern.compile("not set \\[([^\\]]*)\\]");

  private final JsonParser p;
  private final ReadOptions options;
  private final boolean ndjson;
  private final ReadCaches caches;
  private final FieldNames names;
  /** Whether the record about to be read had its {@code kind} read already (NDJSON). */
  private boolean kindRead;
  /**
   * Where the record being read starts: object-level errors of a record are reported there,
   * with the path of where the parser then is (the record's end, whose path is the record's).
   */
  private TokenStreamLocation recordStart;
  /**
   * Whether the current token is the name of the field a value reader is to read: the reader
   * then moves to the value first.
   */
  private boolean atFieldName;

  /**
   * A reader over {@code p} that caches nothing and leaves repeated field names to the parser,
   * for single values.
   *
   * @param ndjson whether records carry their {@code kind} as a field (NDJSON lines)
   */
  public RecordReader(JsonParser p, ReadOptions options, boolean ndjson) {
    this(p, options, ndjson, ReadCaches.none(), FieldNames.unchecked());
  }

  /**
   * A reader over {@code p} that remembers repeated texts in {@code caches}, which readers of
   * the same input may share, and checks field names with {@code names} (unchecked if the
   * parser refuses repeated names itself).
   *
   * @param ndjson whether records carry their {@code kind} as a field (NDJSON lines)
   */
  public RecordReader(JsonParser p, ReadOptions options, boolean ndjson, ReadCaches caches,
      FieldNames names) {
    this.p = p;
    this.options = options;
    this.ndjson = ndjson;
    this.caches = caches;
    this.names = names;
  }

  /** The field names checked by this reader, for the objects its callers read themselves. */
  public FieldNames names() {
    return names;
  }

  /** The parser read from. */
  public JsonParser parser() {
    return p;
  }

  /** Whether the reader was reading a field name (not a value) when reading stopped. */
  private boolean inName;
  /** The field name before the one being read. */
  private String nameBefore;

  /**
   * Whether an error struck in a field name itself (its length, a cut), rather than in a value:
   * the reader was reading a name and the parser had not taken it yet.
   */
  public boolean inName() {
    return inName && java.util.Objects.equals(p.streamReadContext().currentName(), nameBefore);
  }

  /** Moves to the next field name of an object, or its end. */
  public JsonToken nextField() {
    inName = true;
    nameBefore = p.streamReadContext().currentName();
    JsonToken t = p.nextToken();
    inName = false;
    return t;
  }

  // ---------------------------------------------------------------------------------------
  // Records

  /** Reads the record of {@code kind} whose START_OBJECT is the current token. */
  public Entity<?> record(RecordKind kind) {
    return record(kind, startLocation());
  }

  /**
   * The location of the current token, where a record starts, for the errors reported there;
   * null if this reader keeps no locations (a first, fast reading: see the class comment).
   */
  public TokenStreamLocation startLocation() {
    return names.isChecking() ? null : p.currentTokenLocation();
  }

  /** Whether this reader makes a first, fast reading (see the class comment). */
  public boolean isFast() {
    return names.isChecking();
  }

  /**
   * Reads the record of {@code kind} whose START_OBJECT is the current token, at {@code start}
   * (the current token's {@link #startLocation()}, when the caller has it already).
   */
  public Entity<?> record(RecordKind kind, TokenStreamLocation start) {
    expect(JsonToken.START_OBJECT, "an object");
    return body(kind, start);
  }

  /**
   * Reads the rest of a record of {@code kind} whose first field, its {@code kind}, was just
   * read (an NDJSON line); {@code start} is where the record starts.
   */
  public Entity<?> recordAfterKind(RecordKind kind, TokenStreamLocation start) {
    kindRead = true;
    return body(kind, start);
  }

  private Entity<?> body(RecordKind kind, TokenStreamLocation start) {
    recordStart = start;
    return switch (kind) {
      case STATE -> state();
      case ORGANIZATION -> organization();
      case OFFICIAL -> official();
      case ISSUE -> issue();
      case ARTICLE -> article();
      case MEETING -> meeting();
      case STATEMENT -> statement();
      case STANCE -> stance();
    };
  }

  /** The fields of a record, read into a builder; what the builder does not know, returned. */
  private interface Fields {
    /**
     * Reads the value of the field {@code name}, whose name is the current token, with a value
     * reader (which moves to the value); false, without moving, if the name is unknown.
     */
    boolean read(String name);
  }

  /**
   * Reads the fields of the object whose START_OBJECT is current, up to its END_OBJECT, then
   * builds it. For records, unknown fields become extensions ({@code extensions != null}).
   */
  private <T> T object(String type, Fields fields, Map<String, ExtensionValue> extensions,
      java.util.function.Supplier<T> build) {
    // Only token locations are kept while reading; paths are built when something fails, from
    // where the parser then is (which still names the field or object concerned). A first,
    // fast reading keeps none for the objects inside records (see the class comment).
    TokenStreamLocation startAt = extensions != null ? recordStart : startLocation();
    int mark = names.open();
    if (extensions != null && kindRead) {
      names.add(mark, "kind");
      kindRead = false;
    }
    while (nextField() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      names.add(mark, name);
      atFieldName = true;
      if (extensions != null && name.equals("extensions")) {
        readExtensionsInto(extensions);
      } else if (extensions != null && ndjson && name.equals("kind")) {
        string(); // checked against the line's kind by the NDJSON reader
      } else if (!fields.read(name)) {
        // Unknown: the parser is still at the name, where the field is reported.
        atFieldName = false;
        TokenStreamLocation nameAt = p.currentTokenLocation();
        next();
        if (extensions == null || options.isStrict()) {
          throw Locations.fail(Locations.at(nameAt, p), "unknown field '" + name + "' in "
              + type + (extensions == null ? "" : " (strict reading)"), null);
        }
        putExtension(extensions, name, extensionValue(), nameAt);
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw Locations.fail(p, "expected a field name or the end of the " + type + ", found "
          + describe(p.currentToken()));
    }
    names.close(mark);
    try {
      return build.get();
    } catch (IllegalStateException e) {
      throw Locations.fail(located(startAt), missing(type, e), e);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw Locations.fail(located(startAt), e.getMessage(), e);
    }
  }

  /**
   * The location of an object that failed to build, which starts at {@code startAt}; if the
   * reading kept none (a first, fast reading), the input is to be read again strictly.
   */
  private Location located(TokenStreamLocation startAt) {
    if (startAt == null) {
      throw new Json.ReadStrictly();
    }
    return Locations.at(startAt, p);
  }

  private static String missing(String type, IllegalStateException e) {
    Matcher m = MISSING.matcher(String.valueOf(e.getMessage()));
    if (m.find()) {
      List<String> fields = Arrays.stream(m.group(1).split(","))
          .map(String::strip).map(RecordReader::jsonName).collect(Collectors.toList());
      return type + " is missing required " + (fields.size() == 1 ? "field " : "fields ")
          + fields.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", "));
    }
    return type + " is incomplete: " + e.getMessage();
  }

  /** The JSON name of a Java attribute, where they differ. */
  private static String jsonName(String attribute) {
    return attribute.equals("kind") ? "organizationKind" : attribute;
  }

  private State state() {
    State.Builder b = State.builder();
    Map<String, ExtensionValue> ext = new LinkedHashMap<>();
    return object("state", name -> {
      switch (name) {
        case "id":
          b.id(text(t -> caches.id(StateId.of(t))));
          return true;
        case "name":
          b.name(string());
          return true;
        case "otherNames":
          list(this::string, b::addOtherName);
          return true;
        case "capital":
          b.capital(string());
          return true;
        case "identifiers":
          list(() -> text(Identifier::parse), b::addIdentifier);
          return true;
        default:
          return false;
      }
    }, ext, () -> b.putAllExtensions(ext).build());
  }

  private Organization organization() {
    Organization.Builder b = Organization.builder();
    Map<String, ExtensionValue> ext = new LinkedHashMap<>();
    return object("organization", name -> {
      switch (name) {
        case "id":
          b.id(text(t -> caches.id(OrganizationId.of(t))));
          return true;
        case "name":
          b.name(string());
          return true;
        case "otherNames":
          list(this::string, b::addOtherName);
          return true;
        case "organizationKind":
          b.kind(enumValue(caches.organizationKinds, OrganizationKind.class,
              "organization kind"));
          return true;
        case "state":
          b.state(text(caches.stateIds));
          return true;
        case "identifiers":
          list(() -> text(Identifier::parse), b::addIdentifier);
          return true;
        default:
          return false;
      }
    }, ext, () -> b.putAllExtensions(ext).build());
  }

  private Official official() {
    Official.Builder b = Official.builder();
    Map<String, ExtensionValue> ext = new LinkedHashMap<>();
    return object("official", name -> {
      switch (name) {
        case "id":
          b.id(text(t -> caches.id(OfficialId.of(t))));
          return true;
        case "name":
          b.name(string());
          return true;
        case "otherNames":
          list(this::string, b::addOtherName);
          return true;
        case "identifiers":
          list(() -> text(Identifier::parse), b::addIdentifier);
          return true;
        case "tenures":
          list(this::tenure, b::addTenure);
          return true;
        default:
          return false;
      }
    }, ext, () -> b.putAllExtensions(ext).build());
  }

  private Tenure tenure() {
    expect(JsonToken.START_OBJECT, "an object");
    Tenure.Builder b = Tenure.builder();
    return object("tenure", name -> {
      switch (name) {
        case "post":
          b.post(post());
          return true;
        case "term":
          b.term(date());
          return true;
        case "sources":
          list(this::sourceRef, b::addSource);
          return true;
        case "references":
          list(() -> text(Identifier::parse), b::addReference);
          return true;
        default:
          return false;
      }
    }, null, b::build);
  }

  /** Reads a post; its START_OBJECT is the current token. */
  public Post post() {
    expect(JsonToken.START_OBJECT, "an object");
    Post.Builder b = Post.builder();
    return object("post", name -> {
      switch (name) {
        case "role":
          b.role(enumValue(caches.postRoles, PostRole.class, "post role"));
          return true;
        case "party":
          b.party(text(caches.partyRefs));
          return true;
        case "title":
          b.title(string());
          return true;
        default:
          return false;
      }
    }, null, b::build);
  }

  private Issue issue() {
    Issue.Builder b = Issue.builder();
    Map<String, ExtensionValue> ext = new LinkedHashMap<>();
    return object("issue", name -> {
      switch (name) {
        case "id":
          b.id(text(t -> caches.id(IssueId.of(t))));
          return true;
        case "label":
          b.label(string());
          return true;
        case "description":
          b.description(string());
          return true;
        case "parent":
          b.parent(text(caches.issueIds));
          return true;
        default:
          return false;
      }
    }, ext, () -> b.putAllExtensions(ext).build());
  }

  private Article article() {
    Article.Builder b = Article.builder();
    Map<String, ExtensionValue> ext = new LinkedHashMap<>();
    return object("article", name -> {
      switch (name) {
        case "id":
          b.id(text(t -> caches.id(ArticleId.of(t))));
          return true;
        case "publisher":
          b.publisher(string());
          return true;
        case "headline":
          b.headline(string());
          return true;
        case "byline":
          b.byline(string());
          return true;
        case "published":
          b.published(date());
          return true;
        case "url":
          b.url(text(RecordReader::uri));
          return true;
        default:
          return false;
      }
    }, ext, () -> b.putAllExtensions(ext).build());
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("invalid URL '" + text + "': " + e.getReason(), e);
    }
  }

  private Meeting meeting() {
    Meeting.Builder b = Meeting.builder();
    Map<String, ExtensionValue> ext = new LinkedHashMap<>();
    return object("meeting", name -> {
      switch (name) {
        case "id":
          b.id(text(MeetingId::of));
          return true;
        case "title":
          b.title(string());
          return true;
        case "date":
          b.date(date());
          return true;
        case "place":
          b.place(place());
          return true;
        case "host":
          b.host(text(caches.actorRefs));
          return true;
        case "framework":
          b.framework(string());
          return true;
        case "participants":
          list(this::participant, b::addParticipant);
          return true;
        case "topics":
          list(() -> text(caches.issueIds), b::addTopic);
          return true;
        case "statusHistory":
          list(this::statusChange, b::addStatusChange);
          return true;
        case "sources":
          list(this::sourceRef, b::addSource);
          return true;
        default:
          return false;
      }
    }, ext, () -> b.putAllExtensions(ext).build());
  }

  /** Reads a place; its START_OBJECT is the current token. */
  public Place place() {
    expect(JsonToken.START_OBJECT, "an object");
    Place.Builder b = Place.builder();
    return object("place", name -> {
      switch (name) {
        case "city":
          b.city(string());
          return true;
        case "state":
          b.state(text(caches.stateIds));
          return true;
        case "tentative":
          b.tentative(bool());
          return true;
        default:
          return false;
      }
    }, null, b::build);
  }

  /** Reads a participant; its START_OBJECT is the current token. */
  public Participant participant() {
    expect(JsonToken.START_OBJECT, "an object");
    Participant.Builder b = Participant.builder();
    return object("participant", name -> {
      switch (name) {
        case "actor":
          b.actor(text(caches.actorRefs));
          return true;
        case "represents":
          b.represents(text(caches.partyRefs));
          return true;
        case "role":
          b.role(enumValue(caches.participantRoles, ParticipantRole.class,
              "participant role"));
          return true;
        case "capacity":
          b.capacity(post());
          return true;
        default:
          return false;
      }
    }, null, b::build);
  }

  /** Reads a status change; its START_OBJECT is the current token. */
  public StatusChange statusChange() {
    expect(JsonToken.START_OBJECT, "an object");
    StatusChange.Builder b = StatusChange.builder();
    return object("status change", name -> {
      switch (name) {
        case "status":
          b.status(enumValue(caches.meetingStatuses, MeetingStatus.class, "meeting status"));
          return true;
        case "reported":
          b.reported(date());
          return true;
        case "scheduledFor":
          b.scheduledFor(date());
          return true;
        case "sources":
          list(this::sourceRef, b::addSource);
          return true;
        default:
          return false;
      }
    }, null, b::build);
  }

  private Statement statement() {
    Statement.Builder b = Statement.builder();
    Map<String, ExtensionValue> ext = new LinkedHashMap<>();
    return object("statement", name -> {
      switch (name) {
        case "id":
          b.id(text(StatementId::of));
          return true;
        case "speaker":
          b.speaker(speaker());
          return true;
        case "date":
          b.date(date());
          return true;
        case "channel":
          b.channel(enumValue(caches.statementChannels, StatementChannel.class,
              "statement channel"));
          return true;
        case "mode":
          b.mode(enumValue(caches.statementModes, StatementMode.class, "statement mode"));
          return true;
        case "text":
          b.text(string());
          return true;
        case "meeting":
          b.meeting(text(caches.meetingIds));
          return true;
        case "issues":
          list(() -> text(caches.issueIds), b::addIssue);
          return true;
        case "sources":
          list(this::sourceRef, b::addSource);
          return true;
        default:
          return false;
      }
    }, ext, () -> b.putAllExtensions(ext).build());
  }

  /** Reads a speaker; its START_OBJECT is the current token. */
  public Speaker speaker() {
    expect(JsonToken.START_OBJECT, "an object");
    Speaker.Builder b = Speaker.builder();
    return object("speaker", name -> {
      switch (name) {
        case "actor":
          b.actor(text(caches.actorRefs));
          return true;
        case "affiliation":
          b.affiliation(text(caches.partyRefs));
          return true;
        case "description":
          b.description(string());
          return true;
        default:
          return false;
      }
    }, null, b::build);
  }

  private Stance stance() {
    Stance.Builder b = Stance.builder();
    Map<String, ExtensionValue> ext = new LinkedHashMap<>();
    return object("stance", name -> {
      switch (name) {
        case "id":
          b.id(text(StanceId::of));
          return true;
        case "holder":
          b.holder(text(caches.actorRefs));
          return true;
        case "issue":
          b.issue(text(caches.issueIds));
          return true;
        case "position":
          b.position(enumValue(caches.stancePositions, StancePosition.class,
              "stance position"));
          return true;
        case "conditions":
          list(() -> text(caches.issueIds), b::addCondition);
          return true;
        case "validity":
          b.validity(date());
          return true;
        case "evidence":
          list(() -> text(caches.statementIds), b::addEvidence);
          return true;
        case "sources":
          list(this::sourceRef, b::addSource);
          return true;
        default:
          return false;
      }
    }, ext, () -> b.putAllExtensions(ext).build());
  }

  /** Reads a source reference; its START_OBJECT is the current token. */
  public SourceRef sourceRef() {
    expect(JsonToken.START_OBJECT, "an object");
    SourceRef.Builder b = SourceRef.builder();
    return object("source", name -> {
      switch (name) {
        case "article":
          b.article(text(caches.articleIds));
          return true;
        case "start":
          b.start(integer());
          return true;
        case "end":
          b.end(integer());
          return true;
        case "excerpt":
          b.excerpt(string());
          return true;
        default:
          return false;
      }
    }, null, b::build);
  }

  // ---------------------------------------------------------------------------------------
  // Values

  private JsonToken next() {
    return p.nextToken();
  }

  /**
   * The token of the value to read: the current token, or, at the name of the field to read,
   * the next one (the field's value), moved to.
   */
  private JsonToken valueToken() {
    if (atFieldName) {
      atFieldName = false;
      return p.nextToken();
    }
    return p.currentToken();
  }

  /** Moves to the value to read, as {@link #valueToken()}, and checks that it is a {@code token}. */
  private void expect(JsonToken token, String what) {
    if (valueToken() != token) {
      throw Locations.fail(p, "expected " + what + ", found " + describe(p.currentToken()));
    }
  }

  /** A token in plain words. */
  public static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.toString();
    }
  }

  /** The current token as a string. */
  public String string() {
    expect(JsonToken.VALUE_STRING, "a string");
    return p.getString();
  }

  /** The current string, converted; a conversion's error becomes bad input here. */
  public <T> T text(Function<String, T> convert) {
    String text = string();
    try {
      return convert.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw Locations.fail(Locations.of(p), e.getMessage(), e);
    }
  }

  /**
   * The current string, converted by the cache's conversion, or found in the cache; a
   * conversion's error becomes bad input here.
   */
  private <T> T text(TextCache<T> cache) {
    expect(JsonToken.VALUE_STRING, "a string");
    T found = cache.find(p);
    if (found != null) {
      return found;
    }
    String text = p.getString();
    T value;
    try {
      value = cache.convert(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw Locations.fail(Locations.of(p), e.getMessage(), e);
    }
    cache.remember(text, value);
    return value;
  }

  /** The current string as the kind of a record (an NDJSON line's {@code kind}). */
  public RecordKind kind() {
    expect(JsonToken.VALUE_STRING, "a string");
    RecordKind found = caches.kinds.find(p);
    if (found != null) {
      return found;
    }
    String label = p.getString();
    found = caches.kinds.convert(label);
    if (found == null) {
      throw Locations.fail(p, "unknown kind '" + label + "'; expected one of: "
          + Locations.kindLabels());
    }
    caches.kinds.remember(label, found);
    return found;
  }

  /** The current string as an EDTF date. */
  public FuzzyDate date() {
    expect(JsonToken.VALUE_STRING, "a string");
    FuzzyDate found = caches.dates.find(p);
    if (found != null) {
      return found;
    }
    String text = p.getString();
    FuzzyDate date;
    try {
      date = caches.dates.convert(text);
    } catch (DateTimeParseException e) {
      throw Locations.fail(Locations.of(p), "invalid date: " + e.getMessage(), e);
    }
    caches.dates.remember(text, date);
    return date;
  }

  private boolean bool() {
    JsonToken t = valueToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw Locations.fail(p, "expected a boolean, found " + describe(t));
    }
    return t == JsonToken.VALUE_TRUE;
  }

  private int integer() {
    if (valueToken() != JsonToken.VALUE_NUMBER_INT) {
      throw Locations.fail(p, "expected a whole number, found " + describe(p.currentToken()));
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw Locations.fail(p, "the number " + p.getString() + " is too large (at most "
          + Integer.MAX_VALUE + ")");
    }
    return p.getIntValue();
  }

  /** Each enum's constants by their name in the format. */
  private static final ClassValue<Map<String, Enum<?>>> ENUMS = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> byName = new java.util.HashMap<>();
      for (Object e : type.getEnumConstants()) {
        byName.put(RecordWriter.name((Enum<?>) e), (Enum<?>) e);
      }
      return java.util.Collections.unmodifiableMap(byName);
    }
  };

  /** The constant of {@code type} named {@code name} in the format, or null. */
  static <E extends Enum<E>> E enumConstant(Class<E> type, String name) {
    Enum<?> found = ENUMS.get(type).get(name);
    return found == null ? null : type.cast(found);
  }

  /** The current string as a constant of {@code type}, whose names {@code cache} remembers. */
  private <E extends Enum<E>> E enumValue(TextCache<E> cache, Class<E> type, String what) {
    expect(JsonToken.VALUE_STRING, "a string");
    E found = cache.find(p);
    if (found != null) {
      return found;
    }
    String text = p.getString();
    found = cache.convert(text);
    if (found != null) {
      cache.remember(text, found);
      return found;
    }
    throw Locations.fail(p, "unknown " + what + " '" + text + "'; expected one of: "
        + Arrays.stream(type.getEnumConstants()).map(RecordWriter::name)
            .collect(Collectors.joining(", ")));
  }

  /**
   * Reads an array whose START_ARRAY is current, each element read by {@code element} and given
   * to {@code add} (a builder's, which collects the elements itself).
   */
  private <T> void list(java.util.function.Supplier<T> element,
      java.util.function.Consumer<? super T> add) {
    expect(JsonToken.START_ARRAY, "an array");
    while (next() != JsonToken.END_ARRAY) {
      if (p.currentToken() == null) {
        throw Locations.fail(p, "the input ends inside an array");
      }
      add.accept(element.get());
    }
  }

  private void readExtensionsInto(Map<String, ExtensionValue> extensions) {
    expect(JsonToken.START_OBJECT, "an object");
    int mark = names.open();
    while (nextField() == JsonToken.PROPERTY_NAME) {
      String key = p.currentName();
      names.add(mark, key);
      TokenStreamLocation at = p.currentTokenLocation();
      next();
      putExtension(extensions, key, extensionValue(), at);
    }
    names.close(mark);
  }

  private void putExtension(Map<String, ExtensionValue> extensions, String key,
      ExtensionValue value, TokenStreamLocation at) {
    if (key.isEmpty()) {
      throw Locations.fail(Locations.at(at, p), "extension keys must not be empty", null);
    }
    if (extensions.putIfAbsent(key, value) != null) {
      throw Locations.fail(Locations.at(at, p), "the extension '" + key + "' is given twice"
          + " (as a field and in 'extensions')", null);
    }
  }

  /**
   * The current number, exactly. Jackson refuses (with a NumberFormatException, not one of its
   * own) a number whose exponent is beyond a BigDecimal's, such as {@code 1e99999999999}.
   */
  private BigDecimal decimal() {
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      String text = p.getString();
      throw Locations.fail(p, "the number " + (text.length() > 40 ? text.substring(0, 40) + "..."
          : text) + " is out of range: its exponent is beyond what a decimal number can hold");
    }
  }

  /** The current value, of any JSON type, as an extension value. */
  public ExtensionValue extensionValue() {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw Locations.fail(p, "the input ends where a value was expected");
    }
    switch (t) {
      case VALUE_STRING:
        return ExtensionValue.of(p.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return ExtensionValue.of(decimal());
      case VALUE_TRUE:
        return ExtensionValue.of(true);
      case VALUE_FALSE:
        return ExtensionValue.of(false);
      case VALUE_NULL:
        return ExtensionValue.ofNull();
      case START_ARRAY: {
        List<ExtensionValue> values = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
          values.add(extensionValue());
        }
        return ExtensionValue.ofList(values);
      }
      case START_OBJECT: {
        Map<String, ExtensionValue> values = new LinkedHashMap<>();
        readExtensionsInto(values);
        return ExtensionValue.ofMap(values);
      }
      default:
        throw Locations.fail(p, "expected a value, found " + describe(t));
    }
  }
}
