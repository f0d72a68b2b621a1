package dev.parley.io.internal.codec;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.RecordKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codec tables and the published schema ({@code defs.schema.json}, {@code
 * chronicle.schema.json}) say the same, field by field: each object type's fields, in the
 * writer's order, whether each is required, and what its value is (the definition it refers to,
 * an array of them with at least one item, an integer, {@code true}).
 */
class CodecSchemaTest {
  private static final JsonNode DEFS = resource("defs.schema.json").get("$defs");
  private static final JsonNode CHRONICLE = resource("chronicle.schema.json");

  private static JsonNode resource(String file) {
    try (InputStream in = CodecSchemaTest.class.getResourceAsStream(
        "/dev/parley/io/schema/" + file)) {
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<ObjectCodec<?, ?>> tables() {
    return Codecs.objects().stream();
  }

  /** The schema's definition of a table's fields: a record's open *Fields one. */
  private static JsonNode definition(ObjectCodec<?, ?> table) {
    String name = table.schema().substring("#/$defs/".length());
    JsonNode def = DEFS.get(table.isRecord() ? name + "Fields" : name);
    assertNotNull(def, "no definition " + name + " in defs.schema.json");
    return def;
  }

  @ParameterizedTest
  @MethodSource("tables")
  void fieldsAndTheirOrderAreTheSchemasProperties(ObjectCodec<?, ?> table) {
    List<String> expected = table.fields().stream().map(Field::name)
        .collect(Collectors.toCollection(ArrayList::new));
    if (table.isRecord()) {
      expected.add("extensions");
    }
    List<String> properties = new ArrayList<>();
    definition(table).get("properties").propertyNames().forEach(properties::add);
    assertEquals(expected, properties, table.type());
  }

  @ParameterizedTest
  @MethodSource("tables")
  void requiredFieldsAreTheSchemasRequired(ObjectCodec<?, ?> table) {
    Set<String> expected = table.fields().stream()
        .filter(f -> f.presence().isRequiredBySchema()).map(Field::name)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> required = new LinkedHashSet<>();
    JsonNode list = definition(table).get("required");
    if (list != null) {
      list.forEach(n -> required.add(n.asString()));
    }
    assertEquals(expected, required, table.type());
  }

  @ParameterizedTest
  @MethodSource("tables")
  void eachFieldsValueIsTheSchemasValue(ObjectCodec<?, ?> table) {
    JsonNode properties = definition(table).get("properties");
    List<Executable> checks = new ArrayList<>();
    for (Field<?, ?> f : table.fields()) {
      JsonNode p = properties.get(f.name());
      String where = table.type() + "." + f.name();
      checks.add(() -> {
        assertNotNull(p, where);
        String codec = f.codec().schema();
        switch (f.presence()) {
          case LIST, REQUIRED_LIST -> {
            assertEquals("array", p.path("type").asString(), where);
            assertEquals(1, p.path("minItems").asInt(), where + ": at least one item");
            assertEquals(codec, p.path("items").path("$ref").asString(), where + " items");
          }
          case FLAG -> assertTrue(p.path("const").asBoolean(false), where + ": const true");
          case REQUIRED, DEFAULTED, OPTIONAL -> {
            if (codec.startsWith("#")) {
              assertEquals(codec, p.path("$ref").asString(), where);
            } else {
              assertEquals(codec, p.path("type").asString(), where);
            }
          }
        }
      });
    }
    if (table.isRecord()) {
      checks.add(() -> assertEquals("#/$defs/extensions",
          properties.path("extensions").path("$ref").asString(), table.type() + ".extensions"));
    }
    assertAll(table.type(), checks);
  }

  /** Every record kind has its table, its definitions and its document array. */
  @ParameterizedTest
  @EnumSource(RecordKind.class)
  void everyKindHasATableADefinitionAndAnArray(RecordKind kind) {
    ObjectCodec<?, ?> table = Codecs.record(kind);
    assertSame(kind, table.kind());
    assertEquals(kind.label(), table.type());
    assertNotNull(DEFS.get(kind.label()), kind.label());
    assertEquals("#/$defs/" + kind.label() + "Fields", DEFS.get(kind.label()).path("$ref")
        .asString());
    assertEquals("defs.schema.json#/$defs/" + kind.label(), CHRONICLE.path("properties")
        .path(kind.plural()).path("items").path("$ref").asString());
  }

  @Test
  void theDocumentsArraysAreTheKindsInOrder() {
    List<String> names = new ArrayList<>();
    CHRONICLE.get("properties").propertyNames().forEach(names::add);
    List<String> expected = new ArrayList<>(List.of("format", "version"));
    for (RecordKind kind : RecordKind.values()) {
      expected.add(kind.plural());
    }
    assertEquals(expected, names);
  }

  /** Every definition of an object in defs.schema.json has a table. */
  @Test
  void everyObjectDefinitionHasATable() {
    Set<String> tables = Codecs.objects().stream()
        .map(t -> t.schema().substring("#/$defs/".length()) + (t.isRecord() ? "Fields" : ""))
        .collect(Collectors.toSet());
    List<String> untabled = new ArrayList<>();
    DEFS.propertyNames().forEach(name -> {
      JsonNode def = DEFS.get(name);
      if ("\"object\"".equals(def.path("type").toString()) && def.has("properties")
          && !tables.contains(name)) {
        untabled.add(name);
      }
    });
    assertEquals(List.of(), untabled);
  }
}
