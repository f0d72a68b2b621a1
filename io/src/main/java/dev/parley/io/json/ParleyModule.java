package dev.parley.io.json;

import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Identifier;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.Participant;
import dev.parley.core.PartyRef;
import dev.parley.core.Place;
import dev.parley.core.Post;
import dev.parley.core.SourceRef;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.StanceId;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.Statement;
import dev.parley.core.StatementId;
import dev.parley.core.StatusChange;
import dev.parley.core.TypedId;
import dev.parley.core.time.FuzzyDate;
import dev.parley.io.ReadOptions;
import dev.parley.io.internal.BadInput;
import dev.parley.core.RecordKind;
import dev.parley.io.internal.RecordReader;
import dev.parley.io.internal.codec.Codecs;
import dev.parley.io.internal.codec.ValueCodec;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for Parley types inside users' own JSON: every record, value, id, date and
 * a whole {@link Chronicle} are written and read in Parley's format. Registered for {@link
 * java.util.ServiceLoader} (and in {@code module-info}), so {@code findAndAddModules()} finds it:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * // or: JsonMapper.builder().addModule(new ParleyModule()).build();
 * record Report(String analyst, Meeting meeting, FuzzyDate asOf) {}
 * String json = mapper.writeValueAsString(new Report("kim", meeting, FuzzyDate.parse("2023")));
 * }</pre>
 *
 * <p>Records and values have the fields of {@link ChronicleJson}'s documents; a chronicle is a
 * whole document object; dates are EDTF text. Ids are their text, except that state, official
 * and organization ids are written as actor references ({@code state:TUR}) so that a field typed
 * {@link ActorRef} reads back; their readers accept both forms. Reading is lenient: unknown
 * fields of records go to their extensions. Bad input raises Jackson's {@code
 * MismatchedInputException} with Parley's reason.
 */
public final class ParleyModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public ParleyModule() {
    super("parley", new Version(0, 1, 0, "SNAPSHOT", "dev.parley", "parley-io"));
    for (RecordKind kind : RecordKind.values()) {
      record(kind.type(), kind);
    }
    codec(Participant.class, Codecs.PARTICIPANT);
    codec(Post.class, Codecs.POST);
    codec(Place.class, Codecs.PLACE);
    codec(StatusChange.class, Codecs.STATUS_CHANGE);
    codec(Speaker.class, Codecs.SPEAKER);
    codec(SourceRef.class, Codecs.SOURCE_REF);
    codec(ExtensionValue.class, Codecs.EXTENSION_VALUE);
    codec(FuzzyDate.class, Codecs.DATE);
    text(Identifier.class, Identifier::toString, r -> r.text(Identifier::parse));
    text(MeetingId.class, TypedId::value, r -> r.text(MeetingId::of));
    text(StatementId.class, TypedId::value, r -> r.text(StatementId::of));
    text(StanceId.class, TypedId::value, r -> r.text(StanceId::of));
    text(IssueId.class, TypedId::value, r -> r.text(IssueId::of));
    text(ArticleId.class, TypedId::value, r -> r.text(ArticleId::of));
    text(StateId.class, ActorRef::toRefString,
        r -> r.text(t -> t.startsWith("state:") ? (StateId) ActorRef.parse(t) : StateId.of(t)));
    text(OfficialId.class, ActorRef::toRefString, r -> r.text(
        t -> t.startsWith("official:") ? (OfficialId) ActorRef.parse(t) : OfficialId.of(t)));
    text(OrganizationId.class, ActorRef::toRefString, r -> r.text(t ->
        t.startsWith("organization:") ? (OrganizationId) ActorRef.parse(t)
            : OrganizationId.of(t)));
    text(ActorRef.class, ActorRef::toRefString, r -> r.text(ActorRef::parse));
    text(PartyRef.class, ActorRef::toRefString, r -> r.text(PartyRef::parse));
    value(Chronicle.class, ChronicleJson::writeDocument,
        r -> new ChronicleJson.DocumentReader(r).read(false));
  }

  private <T> void record(Class<T> type, RecordKind kind) {
    value(type, (g, v) -> Codecs.writeRecord(g, (dev.parley.core.Entity<?>) v, false),
        r -> type.cast(r.record(kind)));
  }

  private <T> void codec(Class<T> type, ValueCodec<T> codec) {
    value(type, codec::write, codec::read);
  }

  private <T> void text(Class<T> type, Function<? super T, String> write,
      Function<RecordReader, T> read) {
    value(type, (g, v) -> g.writeString(write.apply(v)), read);
  }

  private <T> void value(Class<T> type, BiConsumer<JsonGenerator, ? super T> write,
      Function<RecordReader, T> read) {
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext context) {
        write.accept(g, value);
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext context) {
        try {
          return read.apply(new RecordReader(p, ReadOptions.defaults(), false));
        } catch (BadInput e) {
          return context.reportInputMismatch(type, "%s", e.exception().reason());
        }
      }
    });
  }
}
