/**
 * Parley's JSON format: canonical chronicle documents ({@link dev.parley.io.json.ChronicleJson}),
 * NDJSON record streams ({@link dev.parley.io.ndjson.NdjsonReader}, {@link
 * dev.parley.io.ndjson.NdjsonWriter}), a JSON Schema, and a Jackson module for Parley types in
 * users' own documents.
 */
module dev.parley.io {
  requires transitive dev.parley.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;

  exports dev.parley.io;
  exports dev.parley.io.json;
  exports dev.parley.io.ndjson;

  // The schemas ship as resources of this module.
  opens dev.parley.io.schema;

  provides tools.jackson.databind.JacksonModule with dev.parley.io.json.ParleyModule;
}
