package dev.parley.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.core.RecordKind;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.TestReads;
import dev.parley.io.internal.codec.Codecs;
import dev.parley.io.internal.codec.Field;
import dev.parley.io.internal.codec.ObjectCodec;
import dev.parley.io.internal.codec.Presence;
import dev.parley.io.ndjson.NdjsonWriter;
import dev.parley.io.schema.Schemas;
import dev.parley.testkit.ParleyArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties of the format as a whole, across the codec tables, both readers and the schema:
 * the order of fields never matters, and the schema and the reader agree on what is valid,
 * except for the leniencies and limits that the schema's description lists.
 */
class FormatProperties {
  /** Numbers kept exactly as written (extension values compare by BigDecimal.equals). */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .build();
  private static final JsonSchema CHRONICLE = Schemas.CHRONICLE;

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles();
  }

  @Provide
  Arbitrary<Chronicle> everyKind() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(1, 4)
        .filter(c -> Arrays.stream(RecordKind.values()).noneMatch(k -> k.records(c).isEmpty()));
  }

  /**
   * Records of every kind are written by the writers and read back by both readers: a kind
   * that some table or handler lacks fails here.
   */
  @Property(tries = 20)
  void recordsOfEveryKindWriteAndReadInBothFormats(@ForAll("everyKind") Chronicle chronicle)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = NdjsonWriter.to(out)) {
      writer.writeAll(chronicle);
    }
    List<Entity<?>> read = TestReads.records(out.toString(StandardCharsets.UTF_8));
    for (RecordKind kind : RecordKind.values()) {
      assertEquals(kind.records(chronicle),
          read.stream().filter(r -> r.recordKind() == kind).toList(), kind.plural());
    }
    assertEquals(chronicle, ChronicleJson.read(ChronicleJson.write(chronicle)));
  }

  // ---------------------------------------------------------------------------------------
  // Field order

  /**
   * Any order of a record's fields, and of the fields of every object inside it, reads to the
   * same record: in a document (whose own fields and arrays are shuffled too), and on an NDJSON
   * line with its {@code kind} anywhere.
   */
  @Property(tries = 1000)
  void fieldsInAnyOrderReadToTheSameRecords(@ForAll("chronicles") Chronicle chronicle,
      @ForAll Random random) throws IOException {
    ObjectNode document = (ObjectNode) MAPPER.readTree(ChronicleJson.write(chronicle));
    String shuffled = MAPPER.writeValueAsString(shuffle(document, random));
    assertEquals(chronicle, ChronicleJson.read(shuffled), shuffled);

    StringBuilder lines = new StringBuilder();
    List<Entity<?>> records = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      for (JsonNode record : document.get(kind.plural())) {
        ObjectNode line = shuffle((ObjectNode) record, random);
        lines.append(MAPPER.writeValueAsString(withKind(line, kind, random))).append('\n');
        Statistics.label("kind").collect(kind);
      }
      records.addAll(kind.records(chronicle));
    }
    assertEquals(records, TestReads.records(lines.toString()), lines.toString());
  }

  /** The object with every object inside it, its fields in a random order. */
  private static ObjectNode shuffle(ObjectNode object, Random random) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
    Collections.shuffle(fields, random);
    ObjectNode shuffled = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> f : fields) {
      shuffled.set(f.getKey(), shuffle(f.getValue(), random));
    }
    return shuffled;
  }

  private static JsonNode shuffle(JsonNode value, Random random) {
    if (value instanceof ObjectNode o) {
      return shuffle(o, random);
    }
    if (value instanceof ArrayNode a) {
      ArrayNode items = JsonNodeFactory.instance.arrayNode();
      for (JsonNode item : a) {
        items.add(shuffle(item, random));
      }
      return items;
    }
    return value;
  }

  /** The record's fields with its {@code kind} inserted at a random place. */
  private static ObjectNode withKind(ObjectNode record, RecordKind kind, Random random) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(record.properties());
    int at = random.nextInt(fields.size() + 1);
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i <= fields.size(); i++) {
      if (i == at) {
        line.put("kind", kind.label());
      }
      if (i < fields.size()) {
        line.set(fields.get(i).getKey(), fields.get(i).getValue());
      }
    }
    return line;
  }


  // ---------------------------------------------------------------------------------------
  // Schema and reader agree

  /**
   * Generated chronicles, as written, validate and read; each one changed by one mutation of
   * the catalogue is accepted by the schema exactly when the reader accepts it, except for the
   * mutations that the schema's description lists as the reader's leniencies (the schema
   * refuses, the reader accepts) or as limits of JSON Schema (the reader refuses what a schema
   * cannot see).
   */
  @Property(tries = 1000)
  void schemaAndReaderAgreeOnMutatedDocuments(@ForAll("chronicles") Chronicle chronicle,
      @ForAll Random random) throws ParleyJsonException {
    byte[] written = ChronicleJson.write(chronicle);
    String original = new String(written, StandardCharsets.UTF_8);
    assertTrue(schemaAccepts(original), original);
    assertEquals(chronicle, ChronicleJson.read(written));

    ObjectNode document = (ObjectNode) MAPPER.readTree(written);
    Mutation m = mutate(document, random);
    String text = m.text != null ? m.text : MAPPER.writeValueAsString(document);
    boolean schema = schemaAccepts(text);
    boolean reader = readerAccepts(text);
    Statistics.label("mutation").collect(m.name);
    String report = m.name + " at " + m.where + ": schema " + (schema ? "accepts" : "refuses")
        + ", reader " + (reader ? "accepts" : "refuses") + "\n" + text;
    switch (m.verdict) {
      case AGREE -> assertEquals(schema, reader, report);
      case LENIENCY -> assertTrue(!schema && reader, report);
      case READER_ONLY -> assertTrue(schema && !reader, report);
    }
  }

  private static boolean schemaAccepts(String json) {
    Set<ValidationMessage> errors = CHRONICLE.validate(json, InputFormat.JSON);
    return errors.isEmpty();
  }

  private static boolean readerAccepts(String json) {
    try {
      ChronicleJson.read(json);
      return true;
    } catch (ParleyJsonException e) {
      return false;
    }
  }

  /** What the schema and the reader are to say of a mutation. */
  enum Verdict {
    /** Both accept, or both refuse. */
    AGREE,
    /** A leniency of the reader's, listed in the schema's description: only the reader accepts. */
    LENIENCY,
    /** A limit of JSON Schema, listed in the schema's description: only the reader refuses. */
    READER_ONLY
  }

  /** A mutation applied: its name, where, what is expected; {@code text} if not the tree's. */
  private record Mutation(String name, String where, Verdict verdict, String text) {}

  /** An object of the document, with its table and where it is. */
  private record Target(ObjectNode node, ObjectCodec<?, ?> table, String where) {}

  private static Mutation mutate(ObjectNode document, Random random) {
    List<Target> targets = new ArrayList<>();
    for (RecordKind kind : RecordKind.values()) {
      ArrayNode array = (ArrayNode) document.get(kind.plural());
      for (int i = 0; i < array.size(); i++) {
        collect((ObjectNode) array.get(i), Codecs.record(kind),
            "$." + kind.plural() + "[" + i + "]", targets);
      }
    }
    int pick = random.nextInt(targets.isEmpty() ? 4 : 16);
    if (targets.isEmpty() || pick < 4) {
      return switch (pick % 4) {
        case 0 -> {
          // An empty array, or the stances, to which no record refers: the chronicle stays valid.
          List<RecordKind> empty = new ArrayList<>();
          for (RecordKind k : RecordKind.values()) {
            if (document.get(k.plural()).isEmpty()) {
              empty.add(k);
            }
          }
          RecordKind kind = empty.isEmpty() ? RecordKind.STANCE
              : empty.get(random.nextInt(empty.size()));
          document.remove(kind.plural());
          yield new Mutation("document without an array", kind.plural(), Verdict.LENIENCY,
              null);
        }
        case 1 -> {
          document.put("version", 1.0);
          yield new Mutation("integral float", "version", Verdict.AGREE, null);
        }
        case 2 -> {
          document.put("version", 1.5);
          yield new Mutation("fractional number", "version", Verdict.AGREE, null);
        }
        default -> {
          document.put("nonsense", 1);
          yield new Mutation("extra field", "$", Verdict.AGREE, null);
        }
      };
    }
    // A mutation of the catalogue, then one of the places it applies to, if any.
    int kind = random.nextInt(12);
    List<Object[]> places = new ArrayList<>();
    for (Target t : targets) {
      for (Field<?, ?> f : t.table.fields()) {
        if (applies(kind, t, f)) {
          places.add(new Object[] {t, f});
        }
      }
    }
    if (places.isEmpty()) {
      document.put("nonsense", 1);
      return new Mutation("extra field", "$", Verdict.AGREE, null);
    }
    Object[] place = places.get(random.nextInt(places.size()));
    Target t = (Target) place[0];
    Field<?, ?> f = (Field<?, ?>) place[1];
    String where = t.where + "." + f.name();
    switch (kind) {
      case 0 -> {
        t.node.remove(f.name());
        return new Mutation("drop a " + f.presence() + " field", where,
            f.presence() == Presence.DEFAULTED ? Verdict.LENIENCY : Verdict.AGREE, null);
      }
      case 1 -> {
        JsonNode value = t.node.get(f.name());
        t.node.set(f.name(), value.isString() ? MAPPER.getNodeFactory().numberNode(7)
            : MAPPER.getNodeFactory().stringNode("7"));
        return new Mutation("wrong type", where, Verdict.AGREE, null);
      }
      case 2 -> {
        t.node.put("zzUnknown", true);
        return new Mutation("extra field", t.where, t.table.isRecord() ? Verdict.LENIENCY
            : Verdict.AGREE, null);
      }
      case 3 -> {
        t.node.put(f.name(), "no_such_constant");
        return new Mutation("bad enum", where, Verdict.AGREE, null);
      }
      case 4 -> {
        t.node.put(f.name(), "2023-13");
        return new Mutation("bad date", where, Verdict.AGREE, null);
      }
      case 5 -> {
        t.node.put("id", "Not An Id");
        return new Mutation("bad id", where, Verdict.AGREE, null);
      }
      case 6 -> {
        String again = "\"" + f.name() + "\":" + MAPPER.writeValueAsString(t.node.get(f.name()));
        t.node.put("zzMarker", 0);
        String doc = MAPPER.writeValueAsString(document);
        return new Mutation("duplicate key", where, Verdict.READER_ONLY,
            doc.replace("\"zzMarker\":0", again));
      }
      case 7 -> {
        t.node.put(f.name(), t.node.get(f.name()).asInt() + 0.0);
        return new Mutation("integral float", where, Verdict.AGREE, null);
      }
      case 8 -> {
        // The empty list the writer leaves out (emptying a list may break a rule across
        // fields, such as a tenure's sources or references).
        t.node.set(f.name(), MAPPER.createArrayNode());
        return new Mutation("empty array", where, Verdict.LENIENCY, null);
      }
      case 9 -> {
        t.node.putNull(f.name());
        return new Mutation("null", where, Verdict.AGREE, null);
      }
      case 10 -> {
        t.node.set("extensions", MAPPER.createObjectNode());
        return new Mutation("empty extensions", t.where, Verdict.LENIENCY, null);
      }
      default -> {
        t.node.put(f.name(), false);
        return new Mutation("flag false", where, Verdict.LENIENCY, null);
      }
    }
  }

  /** Whether mutation {@code kind} applies to field {@code f} of {@code t}. */
  private static boolean applies(int kind, Target t, Field<?, ?> f) {
    boolean present = t.node.has(f.name());
    return switch (kind) {
      case 0 -> present && (f.presence().isRequired() || f.presence() == Presence.DEFAULTED);
      case 1, 6, 9 -> present;
      case 2 -> t.table.fields().get(0) == f; // once per object
      case 10 -> t.table.isRecord() && f.name().equals("id");
      case 3 -> present && isEnum(f);
      case 4 -> present && f.codec() == Codecs.DATE;
      case 5 -> f.name().equals("id");
      case 7 -> present && f.codec() == Codecs.INTEGER;
      case 8 -> !present && f.presence() == Presence.LIST;
      default -> f.presence() == Presence.FLAG && !present;
    };
  }

  private static boolean isEnum(Field<?, ?> f) {
    return List.of(Codecs.ORGANIZATION_KIND, Codecs.POST_ROLE, Codecs.PARTICIPANT_ROLE,
        Codecs.MEETING_STATUS, Codecs.STATEMENT_CHANNEL, Codecs.STATEMENT_MODE,
        Codecs.STANCE_POSITION).contains(f.codec());
  }

  /** The object and every object inside it that a table describes. */
  private static void collect(ObjectNode node, ObjectCodec<?, ?> table, String where,
      List<Target> targets) {
    targets.add(new Target(node, table, where));
    for (Field<?, ?> f : table.fields()) {
      JsonNode value = node.get(f.name());
      if (value == null || !(f.codec() instanceof ObjectCodec<?, ?> inner)) {
        continue;
      }
      if (value instanceof ArrayNode a) {
        for (int i = 0; i < a.size(); i++) {
          collect((ObjectNode) a.get(i), inner, where + "." + f.name() + "[" + i + "]",
              targets);
        }
      } else {
        collect((ObjectNode) value, inner, where + "." + f.name(), targets);
      }
    }
  }
}
