package dev.parley.io.json;

import static java.util.Objects.requireNonNull;

import dev.parley.core.ActorKind;
import dev.parley.core.ActorRef;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.core.EventActor;
import dev.parley.core.EventId;
import dev.parley.core.EventStatus;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Identifier;
import dev.parley.core.IssueId;
import dev.parley.core.Magnitudes;
import dev.parley.core.MeetingFormat;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingLevel;
import dev.parley.core.MeetingStatus;
import dev.parley.core.OfficialId;
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
import dev.parley.core.StanceId;
import dev.parley.core.StancePosition;
import dev.parley.core.StateId;
import dev.parley.core.StatementChannel;
import dev.parley.core.StatementId;
import dev.parley.core.StatementMode;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import dev.parley.core.Violation;
import dev.parley.core.time.FuzzyDate;
import dev.parley.io.ReadOptions;
import dev.parley.io.internal.BadInput;
import dev.parley.io.internal.RecordReader;
import dev.parley.io.internal.codec.Codecs;
import dev.parley.io.internal.codec.TextCodec;
import dev.parley.io.internal.codec.ValueCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for Parley types inside users' own JSON, in exactly Parley's document
 * format: every record, value, id, enum, date, {@link Tenure}, {@link Violation} and a whole
 * {@link Chronicle} is written as a chronicle document writes it, and read by the same codec
 * tables as {@link ChronicleJson}, with the same checks and reasons. Registered for {@link
 * java.util.ServiceLoader} (and in {@code module-info}), so {@code findAndAddModules()} finds it:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * // or: JsonMapper.builder().addModule(new ParleyModule()).build();
 * record Report(String analyst, Meeting meeting, FuzzyDate asOf) {}
 * String json = mapper.writeValueAsString(new Report("kim", meeting, FuzzyDate.parse("2023")));
 * }</pre>
 *
 * <p>What the format says, the module does:
 * <ul>
 *   <li>A record is the object a document's array holds (no {@code kind}); a chronicle is a
 *       whole document object; dates are EDTF text; enums are their lower-case names
 *       ({@code defense_minister}); a {@link Violation} is an object of its four fields.
 *   <li>An id is its text ({@code TUR}, {@code sergey-lavrov}), as a document writes a record's
 *       own id. Where a property is declared as an {@link ActorRef} or {@link PartyRef} (or a
 *       collection or {@code Optional} of them), a state, official or organization id in it is
 *       written as a reference ({@code state:TUR}), as a document writes a meeting's host, so
 *       that it reads back. Each type reads only the form it writes.
 *   <li>A repeated field, a missing required field and an unknown field inside a value are
 *       refused, whatever the mapper's {@code STRICT_DUPLICATE_DETECTION}; unknown fields of
 *       records go to their extensions, unless the mapper enables {@link
 *       DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} or the module was made with {@link
 *       ReadOptions#strict() strict} options, which refuse them.
 *   <li>The mapper's own stream settings (its read constraints, duplicate detection, indentation)
 *       apply as they do to every type; the module's {@link ReadOptions} add Parley's limits
 *       (fields per object, ...).
 * </ul>
 * Bad input raises Jackson's {@code MismatchedInputException} with Parley's reason. The module's
 * {@link #version()} is the version of the {@code parley-io} jar it comes from.
 */
public final class ParleyModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private static final Version VERSION = readVersion();

  private final transient ReadOptions options;
  private final transient Set<Class<?>> types = new LinkedHashSet<>();

  /** Creates the module with the {@linkplain ReadOptions#defaults() default} read options. */
  public ParleyModule() {
    this(ReadOptions.defaults());
  }

  /**
   * Creates the module reading with {@code options}: strict or lenient records, and Parley's
   * limits on what it reads (a mapper's own {@code StreamReadConstraints} still apply).
   *
   * @param options the read options
   * @throws NullPointerException if {@code options} is null
   */
  public ParleyModule(ReadOptions options) {
    super("parley", VERSION);
    this.options = requireNonNull(options, "options");
    for (RecordKind kind : RecordKind.values()) {
      record(kind);
    }
    codec(Participant.class, Codecs.PARTICIPANT);
    codec(Post.class, Codecs.POST);
    codec(Tenure.class, Codecs.TENURE);
    codec(Reference.class, Codecs.REFERENCE);
    codec(Place.class, Codecs.PLACE);
    codec(StatusChange.class, Codecs.STATUS_CHANGE);
    codec(Speaker.class, Codecs.SPEAKER);
    codec(EventActor.class, Codecs.EVENT_ACTOR);
    codec(Magnitudes.class, Codecs.MAGNITUDES);
    codec(SourceRef.class, Codecs.SOURCE_REF);
    codec(Violation.class, Codecs.VIOLATION);
    value(ExtensionValue.class, Codecs.EXTENSION_VALUE::write, Codecs.EXTENSION_VALUE::read,
        ExtensionValue.ofNull()); // JSON null is a value of extensions, not a missing one
    codec(FuzzyDate.class, Codecs.DATE);
    codec(Identifier.class, Codecs.IDENTIFIER);

    codec(MeetingId.class, Codecs.MEETING_ID);
    codec(StatementId.class, Codecs.STATEMENT_ID);
    codec(StanceId.class, Codecs.STANCE_ID);
    codec(EventId.class, Codecs.EVENT_ID);
    codec(IssueId.class, Codecs.ISSUE_ID);
    codec(ArticleId.class, Codecs.ARTICLE_ID);
    actorId(StateId.class, Codecs.STATE_ID);
    actorId(OfficialId.class, Codecs.OFFICIAL_ID);
    actorId(OrganizationId.class, Codecs.ORGANIZATION_ID);
    codec(ActorRef.class, Codecs.ACTOR_REF);
    codec(PartyRef.class, Codecs.PARTY_REF);

    codec(OrganizationKind.class, Codecs.ORGANIZATION_KIND);
    codec(PostRole.class, Codecs.POST_ROLE);
    codec(ParticipantRole.class, Codecs.PARTICIPANT_ROLE);
    codec(MeetingStatus.class, Codecs.MEETING_STATUS);
    codec(StatementChannel.class, Codecs.STATEMENT_CHANNEL);
    codec(StatementMode.class, Codecs.STATEMENT_MODE);
    codec(StancePosition.class, Codecs.STANCE_POSITION);
    codec(PloverCategory.class, Codecs.PLOVER_CATEGORY);
    codec(EventStatus.class, Codecs.EVENT_STATUS);
    codec(ActorKind.class, Codecs.enumOf(ActorKind.class, "actor kind"));
    codec(MeetingFormat.class, Codecs.enumOf(MeetingFormat.class, "meeting format"));
    codec(MeetingLevel.class, Codecs.enumOf(MeetingLevel.class, "meeting level"));
    codec(RecordKind.class, Codecs.enumOf(RecordKind.class, "record kind"));

    value(Chronicle.class, ChronicleJson::writeDocument,
        r -> new ChronicleJson.DocumentReader(r).read(false));
  }

  /**
   * The types this module reads and writes: every record, value, id and enum type of {@code
   * parley-core}, and {@link Chronicle}.
   *
   * @return the types, immutable, in the order they were registered
   */
  public Set<Class<?>> handledTypes() {
    return Collections.unmodifiableSet(types);
  }

  @SuppressWarnings("unchecked") // the kind's table reads and writes records of its type
  private <T extends Entity<?>> void record(RecordKind kind) {
    Class<T> type = (Class<T>) kind.type();
    value(type, (g, v) -> Codecs.writeRecord(g, v, false), r -> type.cast(r.record(kind)));
  }

  private <T> void codec(Class<T> type, ValueCodec<T> codec) {
    value(type, codec::write, codec::read);
  }

  /** A state, official or organization id: its text, or a reference where one is declared. */
  private <T extends ActorRef> void actorId(Class<T> type, TextCodec<T> codec) {
    types.add(type);
    addSerializer(type, new ActorIdSerializer<>(codec, false));
    addDeserializer(type, deserializer(type, codec::read, null));
  }

  private <T> void value(Class<T> type, BiConsumer<JsonGenerator, ? super T> write,
      Function<RecordReader, T> read) {
    value(type, write, read, null);
  }

  private <T> void value(Class<T> type, BiConsumer<JsonGenerator, ? super T> write,
      Function<RecordReader, T> read, T nullValue) {
    types.add(type);
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext context) {
        write.accept(g, value);
      }
    });
    addDeserializer(type, deserializer(type, read, nullValue));
  }

  private <T> ValueDeserializer<T> deserializer(Class<T> type, Function<RecordReader, T> read,
      T nullValue) {
    ReadOptions lenient = options;
    ReadOptions strict = options.strict();
    return new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) {
        ReadOptions o = context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            ? strict : lenient;
        try {
          return read.apply(new RecordReader(p, o, false));
        } catch (BadInput e) {
          throw MismatchedInputException.from(p, type, e.exception().reason());
        }
      }

      @Override
      public T getNullValue(DeserializationContext context) {
        return nullValue;
      }
    };
  }

  /**
   * Writes an actor id as its text, or, for a property declared as a reference (or holding
   * references), as the reference ({@code state:TUR}).
   */
  private static final class ActorIdSerializer<T extends ActorRef> extends ValueSerializer<T> {
    private final TextCodec<T> codec;
    private final boolean asReference;

    ActorIdSerializer(TextCodec<T> codec, boolean asReference) {
      this.codec = codec;
      this.asReference = asReference;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      if (asReference) {
        g.writeString(value.toRefString());
      } else {
        codec.write(g, value);
      }
    }

    @Override
    public ValueSerializer<?> createContextual(SerializationContext context,
        BeanProperty property) {
      boolean reference = property != null && declaresReference(property.getType());
      return reference == asReference ? this : new ActorIdSerializer<>(codec, reference);
    }

    private static boolean declaresReference(JavaType type) {
      JavaType t = type;
      while (t != null && (t.isContainerType() || t.isReferenceType())) {
        t = t.getContentType();
      }
      return t != null && (t.getRawClass() == ActorRef.class || t.getRawClass() == PartyRef.class);
    }
  }

  private static Version readVersion() {
    Properties p = new Properties();
    try (InputStream in = ParleyModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"),
        p.getProperty("artifactId"));
  }
}
