package dev.parley.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.reflect.ClassPath;
import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingLevel;
import dev.parley.core.OfficialId;
import dev.parley.core.Participant;
import dev.parley.core.PartyRef;
import dev.parley.core.PostRole;
import dev.parley.core.RecordKind;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.Violation;
import dev.parley.core.time.FuzzyDate;
import dev.parley.io.ReadOptions;
import dev.parley.io.ndjson.NdjsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parley types inside a user's own JSON, through the module found by ServiceLoader: every public
 * type is written exactly as Parley's format writes it and reads back equal.
 */
class ParleyModuleTest {
  /** What a user might write: a report that embeds Parley types. */
  record Report(String analyst, Meeting meeting, FuzzyDate asOf, ActorRef subject,
      List<PartyRef> parties, StateId where, Optional<ActorRef> host) {}

  static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
  private static final JsonFactory PLAIN = JsonFactory.builder().build();
  private static final ParleyModule MODULE = new ParleyModule();

  @Example
  void theModuleIsFoundThroughTheServiceLoader() {
    assertTrue(MAPPER.registeredModules().stream()
        .map(JacksonModule::getModuleName).anyMatch("parley"::equals));
  }

  @Example
  void itsVersionIsTheBuildsNotAConstant() {
    assertFalse(MODULE.version().isUnknownVersion(), MODULE.version().toString());
    assertEquals("dev.parley", MODULE.version().getGroupId());
    assertEquals("parley-io", MODULE.version().getArtifactId());
    assertTrue(MODULE.version().toString().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
        MODULE.version().toString());
  }

  // ---------------------------------------------------------------------------------------
  // Every public type, as the format writes it

  /** Every public type of parley-core that values are made of is one the module handles. */
  @Example
  void everyPublicTypeOfTheCoreIsHandled() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (ClassPath.ClassInfo info : ClassPath.from(getClass().getClassLoader())
        .getTopLevelClassesRecursive("dev.parley.core")) {
      Class<?> type = info.load();
      if (!Modifier.isPublic(type.getModifiers()) || notData(type)) {
        continue;
      }
      if (!MODULE.handledTypes().contains(type)) {
        missing.add(type.getName());
      }
    }
    assertEquals(Set.of(), missing, "public types the module does not handle");
    assertTrue(MODULE.handledTypes().containsAll(COVERED), "types the properties cover");
    assertEquals(MODULE.handledTypes(), Set.copyOf(COVERED_AND_CHRONICLE),
        "the properties below cover every type the module handles");
  }

  /** Types that are not data: behaviour, queries, exceptions, supertypes without a form. */
  private static boolean notData(Class<?> type) {
    String name = type.getName();
    return name.startsWith("dev.parley.core.query.")
        || name.startsWith("dev.parley.core.internal.") // not API: exported to io only
        || Throwable.class.isAssignableFrom(type)
        || name.equals("dev.parley.core.ChronicleAssembler")
        || name.equals("dev.parley.core.Entity") // sealed: each record type is handled
        || name.equals("dev.parley.core.TypedId") // each id type is handled
        || name.equals("dev.parley.core.Named")
        || name.equals("dev.parley.core.Sourced")
        || name.equals("dev.parley.core.package-info");
  }

  /** A value of some type, with the type the mapper is told it has. */
  record Sample(Class<?> type, Object value) {
    @Override
    public String toString() {
      return type.getSimpleName() + " " + value;
    }
  }

  private static final List<Class<?>> COVERED = List.of(
      dev.parley.core.State.class, dev.parley.core.Organization.class,
      dev.parley.core.Official.class, dev.parley.core.Issue.class, dev.parley.core.Article.class,
      Meeting.class, dev.parley.core.Statement.class, dev.parley.core.Stance.class,
      Participant.class, dev.parley.core.Post.class, dev.parley.core.Tenure.class,
      dev.parley.core.Reference.class, dev.parley.core.Place.class, dev.parley.core.StatusChange.class,
      dev.parley.core.Speaker.class, dev.parley.core.SourceRef.class, Violation.class,
      ExtensionValue.class, FuzzyDate.class, dev.parley.core.Identifier.class,
      dev.parley.core.MeetingId.class, dev.parley.core.StatementId.class,
      dev.parley.core.StanceId.class, dev.parley.core.IssueId.class,
      dev.parley.core.ArticleId.class, StateId.class, OfficialId.class,
      dev.parley.core.OrganizationId.class, ActorRef.class, PartyRef.class,
      dev.parley.core.OrganizationKind.class, PostRole.class,
      dev.parley.core.ParticipantRole.class, dev.parley.core.MeetingStatus.class,
      dev.parley.core.StatementChannel.class, dev.parley.core.StatementMode.class,
      dev.parley.core.StancePosition.class, dev.parley.core.ActorKind.class,
      dev.parley.core.MeetingFormat.class, MeetingLevel.class, RecordKind.class,
      dev.parley.core.Event.class, dev.parley.core.EventActor.class,
      dev.parley.core.Magnitudes.class, dev.parley.core.EventId.class,
      dev.parley.core.PloverCategory.class, dev.parley.core.EventStatus.class);

  private static final List<Class<?>> COVERED_AND_CHRONICLE = concat(COVERED, Chronicle.class);

  private static List<Class<?>> concat(List<Class<?>> types, Class<?> more) {
    List<Class<?>> all = new java.util.ArrayList<>(types);
    all.add(more);
    return all;
  }

  @Provide
  Arbitrary<Sample> samples() {
    List<Arbitrary<Sample>> each = COVERED.stream().map(ParleyModuleTest::samplesOf)
        .collect(Collectors.toList());
    return Arbitraries.oneOf(each);
  }

  private static Arbitrary<Sample> samplesOf(Class<?> type) {
    return Arbitraries.defaultFor(type).map(v -> new Sample(type, v));
  }

  /**
   * For every public type, the mapper writes what the format writes for the value (the type's
   * codec, or for a record its NDJSON line less the {@code kind}), and reads it back equal.
   */
  @Property(tries = 1000)
  void everyTypeIsWrittenAsTheFormatWritesItAndReadsBack(@ForAll("samples") Sample sample)
      throws IOException {
    String json = MAPPER.writerFor(sample.type()).writeValueAsString(sample.value());
    assertEquals(formatFragment(sample), json);
    assertEquals(sample.value(), MAPPER.readValue(json, sample.type()), json);
  }

  /** The format's own text for a sample, made without the mapper. */
  private static String formatFragment(Sample sample) throws IOException {
    if (sample.value() instanceof Entity<?> record) {
      String line = ndjsonLine(record);
      String kindFirst = "{\"kind\":\"" + record.recordKind().label() + "\",";
      assertTrue(line.startsWith(kindFirst), line);
      return "{" + line.substring(kindFirst.length());
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = PLAIN.createGenerator(out)) {
      writeWithCodec(g, sample);
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static <T> void writeWithCodec(JsonGenerator g, Sample sample) {
    dev.parley.io.internal.codec.ValueCodec<T> codec =
        (dev.parley.io.internal.codec.ValueCodec<T>) codecOf(sample.type());
    codec.write(g, (T) sample.value());
  }

  /** The format's codec for each value type, named here independently of the module's table. */
  private static dev.parley.io.internal.codec.ValueCodec<?> codecOf(Class<?> type) {
    var c = dev.parley.io.internal.codec.Codecs.class;
    String name = switch (type.getSimpleName()) {
      case "Participant" -> "PARTICIPANT";
      case "Post" -> "POST";
      case "Tenure" -> "TENURE";
      case "Reference" -> "REFERENCE";
      case "Place" -> "PLACE";
      case "StatusChange" -> "STATUS_CHANGE";
      case "Speaker" -> "SPEAKER";
      case "SourceRef" -> "SOURCE_REF";
      case "Violation" -> "VIOLATION";
      case "ExtensionValue" -> "EXTENSION_VALUE";
      case "FuzzyDate" -> "DATE";
      case "Identifier" -> "IDENTIFIER";
      case "MeetingId" -> "MEETING_ID";
      case "StatementId" -> "STATEMENT_ID";
      case "StanceId" -> "STANCE_ID";
      case "IssueId" -> "ISSUE_ID";
      case "ArticleId" -> "ARTICLE_ID";
      case "StateId" -> "STATE_ID";
      case "OfficialId" -> "OFFICIAL_ID";
      case "OrganizationId" -> "ORGANIZATION_ID";
      case "ActorRef" -> "ACTOR_REF";
      case "PartyRef" -> "PARTY_REF";
      case "OrganizationKind" -> "ORGANIZATION_KIND";
      case "PostRole" -> "POST_ROLE";
      case "ParticipantRole" -> "PARTICIPANT_ROLE";
      case "MeetingStatus" -> "MEETING_STATUS";
      case "StatementChannel" -> "STATEMENT_CHANNEL";
      case "StatementMode" -> "STATEMENT_MODE";
      case "StancePosition" -> "STANCE_POSITION";
      case "EventActor" -> "EVENT_ACTOR";
      case "Magnitudes" -> "MAGNITUDES";
      case "EventId" -> "EVENT_ID";
      case "PloverCategory" -> "PLOVER_CATEGORY";
      case "EventStatus" -> "EVENT_STATUS";
      default -> null;
    };
    if (name == null) {
      // Enums that documents do not hold: their lower-case names.
      assertTrue(type.isEnum(), type + " has no codec");
      return lowerCaseEnum(type.asSubclass(Enum.class));
    }
    try {
      return (dev.parley.io.internal.codec.ValueCodec<?>) c.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static dev.parley.io.internal.codec.ValueCodec<?> lowerCaseEnum(Class<? extends Enum> type) {
    return dev.parley.io.internal.codec.Codecs.enumOf((Class) type, "value");
  }

  private static String ndjsonLine(Entity<?> record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = NdjsonWriter.to(out)) {
      writer.write(record);
    }
    return out.toString(StandardCharsets.UTF_8).strip();
  }

  @Property(tries = 50)
  void aChronicleIsAWholeDocument(@ForAll Chronicle chronicle) throws Exception {
    byte[] json = MAPPER.writeValueAsBytes(chronicle);
    assertEquals(ChronicleJson.read(ChronicleJson.write(chronicle)),
        MAPPER.readValue(json, Chronicle.class));
    // The same document, up to white space between tokens: compare as trees of the format.
    assertEquals(MAPPER.readTree(ChronicleJson.write(chronicle)), MAPPER.readTree(json));
  }

  @Property(tries = 100)
  void reportsRoundTrip(@ForAll Meeting meeting, @ForAll FuzzyDate asOf,
      @ForAll ActorRef subject, @ForAll List<PartyRef> parties, @ForAll StateId where,
      @ForAll Optional<ActorRef> host) {
    Report report = new Report("kim", meeting, asOf, subject, parties, where, host);
    String json = MAPPER.writeValueAsString(report);
    assertEquals(report, MAPPER.readValue(json, Report.class), json);
  }

  // ---------------------------------------------------------------------------------------
  // Ids, references and enums

  @Example
  void idsAreTheirTextAndReferencesWhereAReferenceIsDeclared() {
    assertEquals("\"sergey-lavrov\"", MAPPER.writeValueAsString(OfficialId.of("sergey-lavrov")));
    assertEquals("\"TUR\"", MAPPER.writeValueAsString(StateId.of("TUR")));
    assertEquals(StateId.of("TUR"), MAPPER.readValue("\"TUR\"", StateId.class));
    Report report = new Report("kim", null, null, StateId.of("TUR"),
        List.of(StateId.of("SYR")), StateId.of("RUS"), Optional.of(OfficialId.of("a")));
    String json = MAPPER.writeValueAsString(report);
    assertTrue(json.contains("\"subject\":\"state:TUR\""), json);
    assertTrue(json.contains("\"parties\":[\"state:SYR\"]"), json);
    assertTrue(json.contains("\"where\":\"RUS\""), json);
    assertTrue(json.contains("\"host\":\"official:a\""), json);
    // Each type reads the form it writes, as documents do.
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("\"state:TUR\"", StateId.class));
    assertTrue(e.getMessage().contains("state:TUR"), e.getMessage());
    assertEquals(StateId.of("TUR"), MAPPER.readValue("\"state:TUR\"", ActorRef.class));
  }

  @Example
  void enumsAreTheirLowerCaseNames() {
    assertEquals("\"defense_minister\"", MAPPER.writeValueAsString(PostRole.DEFENSE_MINISTER));
    assertEquals(PostRole.DEFENSE_MINISTER,
        MAPPER.readValue("\"defense_minister\"", PostRole.class));
    assertEquals("\"ministerial\"", MAPPER.writeValueAsString(MeetingLevel.MINISTERIAL));
    assertEquals("\"meeting\"", MAPPER.writeValueAsString(RecordKind.MEETING));
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("\"DEFENSE_MINISTER\"", PostRole.class));
    assertTrue(e.getMessage().contains("unknown post role 'DEFENSE_MINISTER'"), e.getMessage());
  }

  @Example
  void violationsAreObjectsOfTheirFourFields() {
    Violation v = Violation.of("meeting", "m", "participants[0].actor", "unknown official 'x'");
    String json = MAPPER.writeValueAsString(v);
    assertEquals("{\"kind\":\"meeting\",\"id\":\"m\",\"field\":\"participants[0].actor\","
        + "\"message\":\"unknown official 'x'\"}", json);
    assertEquals(v, MAPPER.readValue(json, Violation.class));
  }

  // ---------------------------------------------------------------------------------------
  // Bad input, worded by Parley

  @Example
  void badInputIsAMismatchWithParleysReason() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("\"2023-13\"", FuzzyDate.class));
    assertTrue(e.getMessage().contains("month must be 01-12"), e.getMessage());
    MismatchedInputException ref = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("\"country:TUR\"", ActorRef.class));
    assertTrue(ref.getMessage().contains("country:TUR"), ref.getMessage());
  }

  @Example
  void aMissingFieldIsNamedByParley() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"id\":\"m\",\"title\":\"Talks\"}", Meeting.class));
    assertTrue(e.getMessage().contains("meeting is missing required fields 'date'"),
        e.getMessage());
    assertFalse(e.getMessage().contains("Cannot build"), e.getMessage());
  }

  /** A repeated field is refused, whatever the mapper's duplicate detection says. */
  @Example
  void aRepeatedFieldIsRefusedWithOrWithoutDuplicateDetection() {
    String json = "{\"id\":\"m\",\"title\":\"Talks\",\"date\":\"2023\",\"participants\":[],"
        + "\"participants\":[{\"actor\":\"state:TUR\"}],\"statusHistory\":[],\"sources\":[]}";
    MismatchedInputException byParley = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(json, Meeting.class));
    assertTrue(byParley.getMessage().contains("the field 'participants' is given twice in the meeting"),
        byParley.getMessage());
    JsonMapper detecting = JsonMapper.builder().findAndAddModules()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    JacksonException byParser = assertThrows(JacksonException.class,
        () -> detecting.readValue(json, Meeting.class));
    assertTrue(byParser.getMessage().contains("\"participants\""), byParser.getMessage());
    String ext = "{\"id\":\"TUR\",\"name\":\"Türkiye\",\"extensions\":{\"a\":1,\"a\":2}}";
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(ext, State.class));
    assertTrue(e.getMessage().contains("'a'"), e.getMessage());
  }

  @Example
  void unknownRecordFieldsAreKeptUnlessTheMapperOrTheModuleIsStrict() {
    String json = "{\"id\":\"TUR\",\"name\":\"Türkiye\",\"flag\":\"red\"}";
    State state = MAPPER.readValue(json, State.class);
    assertEquals(ExtensionValue.of("red"), state.extensions().get("flag"));

    JsonMapper failing = JsonMapper.builder().findAndAddModules()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> failing.readValue(json, State.class));
    assertTrue(e.getMessage().contains("unknown field 'flag'"), e.getMessage());

    JsonMapper strict = JsonMapper.builder()
        .addModule(new ParleyModule(ReadOptions.defaults().strict())).build();
    assertThrows(MismatchedInputException.class, () -> strict.readValue(json, State.class));
  }

  @Example
  void jsonNullIsAnExtensionValue() {
    assertEquals(ExtensionValue.ofNull(), MAPPER.readValue("null", ExtensionValue.class));
    assertEquals(null, MAPPER.readValue("null", Meeting.class));
  }
}
