/**
 * Chronicle documents: one JSON object holding a whole {@link dev.parley.core.Chronicle}
 * ({@link dev.parley.io.json.ChronicleJson}), and a Jackson module for Parley types inside users'
 * own documents ({@link dev.parley.io.json.ParleyModule}).
 */
package dev.parley.io.json;
