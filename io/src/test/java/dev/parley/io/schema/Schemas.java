package dev.parley.io.schema;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * The JSON Schemas shipped in {@code parley-io} ({@code dev/parley/io/schema/*.schema.json}),
 * loaded from the class path under their {@code $id}s and never fetched, for the tests that
 * hold the readers to them.
 */
public final class Schemas {
  private Schemas() {}

  /** The base of the schemas' {@code $id}s. */
  public static final String BASE = "https://parley.dev/schema/";

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
      SpecVersion.VersionFlag.V202012, builder -> builder
          .schemaMappers(m -> m.mapPrefix(BASE, "classpath:dev/parley/io/schema/"))
          // Nothing is fetched: http(s) IRIs that no mapper turned into class-path ones fail.
          .schemaLoaders(l -> l.add(iri -> {
            String s = iri.toString();
            if (s.startsWith("http:") || s.startsWith("https:")) {
              throw new IllegalStateException("the test would fetch " + s);
            }
            return null;
          })));
  /** The defaults: patterns run on java.util.regex, as most Java users will run them. */
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().build();

  /** A whole chronicle document. */
  public static final JsonSchema CHRONICLE = schema(BASE + "chronicle.schema.json");
  /** One NDJSON line. */
  public static final JsonSchema RECORD = schema(BASE + "record.schema.json");

  private static JsonSchema schema(String id) {
    JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(id), CONFIG);
    schema.initializeValidators(); // resolve every $ref now: a broken one fails here
    return schema;
  }

  /** The schema of one definition of {@code defs.schema.json}, such as {@code edtfDate}. */
  public static JsonSchema definition(String name) {
    JsonSchema schema = FACTORY.getSchema("{\"$schema\":"
        + "\"https://json-schema.org/draft/2020-12/schema\",\"$ref\":\"" + BASE
        + "defs.schema.json#/$defs/" + name + "\"}", CONFIG);
    schema.initializeValidators();
    return schema;
  }

  /** The draft 2020-12 meta-schema (it ships in the validator). */
  public static JsonSchema metaSchema() {
    return FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"),
        CONFIG);
  }

  /** Whether {@code schema} accepts the JSON text {@code json}. */
  public static boolean accepts(JsonSchema schema, String json) {
    return schema.validate(json, InputFormat.JSON).isEmpty();
  }
}
