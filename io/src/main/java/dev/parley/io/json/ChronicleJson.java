package dev.parley.io.json;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Chronicle;
import dev.parley.core.ChronicleAssembler;
import dev.parley.core.Entity;
import dev.parley.core.InvalidChronicleException;
import dev.parley.core.RecordKind;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.ReadOptions;
import dev.parley.io.internal.BadInput;
import dev.parley.io.internal.Json;
import dev.parley.io.internal.Locations;
import dev.parley.io.internal.Locations.Location;
import dev.parley.io.internal.ReadCaches;
import dev.parley.io.internal.RecordReader;
import dev.parley.io.internal.RecordStarts;
import dev.parley.io.internal.codec.Codecs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads and writes a whole {@link Chronicle} as one JSON document:
 *
 * <pre>{@code
 * {
 *   "format": "parley-chronicle",
 *   "version": 1,
 *   "states": [ ... ],
 *   "organizations": [ ... ],
 *   "officials": [ ... ],
 *   "issues": [ ... ],
 *   "articles": [ ... ],
 *   "meetings": [ ... ],
 *   "statements": [ ... ],
 *   "stances": [ ... ],
 *   "events": [ ... ]
 * }
 * }</pre>
 *
 * <p><b>Writing</b> is canonical: keys in a fixed order, records sorted by id, two-space
 * indents and {@code \n} line ends, UTF-8; writing the same chronicle twice gives the same bytes.
 * Dates are EDTF text, enums lower-case names, actor references {@code kind:id}. The
 * schema {@code dev/parley/io/schema/chronicle.schema.json} in this jar describes it.
 *
 * <p><b>Reading</b> checks every value where it stands and reports the first problem as a
 * {@link ParleyJsonException} with line, column and JSON path; then builds the chronicle, whose
 * referential problems (unknown ids, duplicates, overlapping tenures) are reported at the record
 * concerned. Unknown fields of a record are kept in its extensions and written back there,
 * unless the options are {@linkplain ReadOptions#strict() strict}; unknown fields elsewhere are
 * refused.
 *
 * <pre>{@code
 * byte[] json = ChronicleJson.write(chronicle);
 * Chronicle same = ChronicleJson.read(json);
 * }</pre>
 *
 * <p>Thread-safe: the methods are static and share no mutable state.
 */
public final class ChronicleJson {
  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "parley-chronicle";

  /** The version of the document format this library reads and writes. */
  public static final int VERSION = 1;

  private ChronicleJson() {}

  /**
   * Writes {@code chronicle} to {@code out} as a canonical document. The stream is flushed, not
   * closed.
   *
   * @param chronicle the chronicle
   * @param out where to write
   * @throws IOException if {@code out} fails
   * @throws NullPointerException if an argument is null
   */
  public static void write(Chronicle chronicle, OutputStream out) throws IOException {
    requireNonNull(chronicle, "chronicle");
    requireNonNull(out, "out");
    try (JsonGenerator g = Json.prettyGenerator(out)) {
      writeDocument(g, chronicle);
      g.writeRaw('\n');
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw new IOException("could not write the chronicle: " + e.getOriginalMessage(), e);
    }
    out.flush();
  }

  /** Writes the document object; also the form of a chronicle inside users' documents. */
  static void writeDocument(JsonGenerator g, Chronicle chronicle) {
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeNumberProperty("version", VERSION);
    for (RecordKind kind : RecordKind.values()) {
      g.writeArrayPropertyStart(kind.plural());
      for (Entity<?> record : kind.records(chronicle)) {
        Codecs.writeRecord(g, record, false);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * Returns {@code chronicle} as a canonical document, in UTF-8.
   *
   * @param chronicle the chronicle
   * @return the document's bytes
   * @throws NullPointerException if {@code chronicle} is null
   */
  public static byte[] write(Chronicle chronicle) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(chronicle, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }

  /**
   * Returns {@code chronicle} as a canonical document.
   *
   * @param chronicle the chronicle
   * @return the document's text
   * @throws NullPointerException if {@code chronicle} is null
   */
  public static String writeString(Chronicle chronicle) {
    return new String(write(chronicle), StandardCharsets.UTF_8);
  }

  /**
   * Reads a document with the {@linkplain ReadOptions#defaults() default options}.
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @return the chronicle
   * @throws ParleyJsonException if the document is malformed, breaks a limit, or describes an
   *     invalid chronicle
   * @throws IOException if {@code in} fails
   */
  public static Chronicle read(InputStream in) throws IOException {
    return read(in, ReadOptions.defaults());
  }

  /**
   * Reads a document.
   *
   * @param in the document, UTF-8; read to its end, not closed
   * @param options strictness and limits
   * @return the chronicle
   * @throws ParleyJsonException if the document is malformed, breaks a limit, or describes an
   *     invalid chronicle
   * @throws IOException if {@code in} fails
   */
  public static Chronicle read(InputStream in, ReadOptions options) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(options, "options");
    byte[] bytes = Json.readAll(in, options.maxDocumentLength());
    if (bytes == null) {
      throw new ParleyJsonException("the document is longer than the limit of "
          + options.maxDocumentLength() + " bytes", 0, 0, "$", null);
    }
    return read(bytes, options);
  }

  /**
   * Reads a document from bytes with the default options.
   *
   * @param document the document, UTF-8
   * @return the chronicle
   * @throws ParleyJsonException if the document is malformed or describes an invalid chronicle
   */
  public static Chronicle read(byte[] document) throws ParleyJsonException {
    return read(document, ReadOptions.defaults());
  }

  /**
   * Reads a document from bytes.
   *
   * @param document the document, UTF-8
   * @param options strictness and limits
   * @return the chronicle
   * @throws ParleyJsonException if the document is malformed, breaks a limit, or describes an
   *     invalid chronicle
   */
  public static Chronicle read(byte[] document, ReadOptions options)
      throws ParleyJsonException {
    requireNonNull(document, "document");
    requireNonNull(options, "options");
    if (document.length > options.maxDocumentLength()) {
      throw new ParleyJsonException("the document is longer than the limit of "
          + options.maxDocumentLength() + " bytes", 0, 0, "$", null);
    }
    String notUtf8 = Json.notUtf8(document, 0, document.length, "the input");
    if (notUtf8 != null) {
      throw new ParleyJsonException(notUtf8, 1, 1, "$", null);
    }
    int invalid = Json.firstInvalidUtf8(document, 0, document.length);
    if (invalid >= 0) {
      int[] at = Json.lineAndColumn(document, 0, invalid);
      throw new ParleyJsonException(String.format("invalid UTF-8: byte 0x%02X is not part of a"
          + " well-formed UTF-8 sequence", document[invalid] & 0xFF), at[0], at[1],
          Locations.pathAt(Json.factory(options), document, 0, invalid), null);
    }
    JsonParser p = null;
    RecordReader records = null;
    try {
      p = Json.factory(options).createParser(ObjectReadContext.empty(), document, 0,
          document.length);
      records = new RecordReader(p, options, false, ReadCaches.forDocument(options));
      return new DocumentReader(records).read(true);
    } catch (BadInput e) {
      throw e.exception();
    } catch (JacksonException e) {
      throw Locations.fromJackson(e, p, records != null && records.inName()).exception();
    } catch (RuntimeException e) {
      // A bug of ours: still no stray exception for the caller, and the cause kept.
      Location at = p == null ? new Location(0, 0, "$") : Locations.of(p);
      throw new ParleyJsonException("could not read the document (internal error: " + e + ")",
          at.line(), at.column(), at.path(), e);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  /**
   * Reads a document and reports every problem, where {@link #read(byte[], ReadOptions)} throws
   * at the first: a document that is malformed (or breaks a limit) has one problem, where
   * reading stopped; a well-formed document describing an invalid chronicle has one per
   * violation, each at its record and field.
   *
   * <pre>{@code
   * for (ParleyJsonException p : ChronicleJson.validate(Files.readAllBytes(path),
   *     ReadOptions.defaults())) {
   *   System.err.println(p.getMessage()); // line 3, column 5, at $.meetings[0].host: ...
   * }
   * }</pre>
   *
   * @param document the document, UTF-8
   * @param options strictness and limits
   * @return the problems, each with line, column and path; empty when the document is valid
   */
  public static List<ParleyJsonException> validate(byte[] document, ReadOptions options) {
    try {
      read(document, options);
      return List.of();
    } catch (ParleyJsonException e) {
      return e.problems();
    }
  }

  /**
   * Reads a document from text with the default options.
   *
   * @param document the document
   * @return the chronicle
   * @throws ParleyJsonException if the document is malformed or describes an invalid chronicle
   */
  public static Chronicle read(String document) throws ParleyJsonException {
    return read(document.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads one document with one parser. */
  static final class DocumentReader {
    private final RecordReader records;
    private final JsonParser p;
    private final RecordStarts starts = new RecordStarts();

    DocumentReader(RecordReader records) {
      this.records = records;
      this.p = records.parser();
    }

    /**
     * Reads the document; {@code whole}: the parser is before the input's first token and
     * nothing may follow the document; otherwise its START_OBJECT is the current token.
     */
    Chronicle read(boolean whole) {
      if (whole && p.nextToken() == null) {
        throw Locations.fail(new Location(1, 1, "$"), "the input is empty", null);
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Locations.fail(p, "expected a chronicle document (an object), found "
            + RecordReader.describe(p.currentToken()));
      }
      Location start = Locations.of(p);
      // Each record is checked as it is added, while it is still in the processor's caches;
      // its references, by the ids the reader noted in its ledger.
      ChronicleAssembler chronicle = records.assembler();
      boolean format = false;
      boolean version = false;
      EnumSet<RecordKind> arrays = EnumSet.noneOf(RecordKind.class);
      while (records.nextField() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        Location nameAt = Locations.of(p);
        if (name.equals("format")) {
          if (format) {
            throw records.repeated(name, "document");
          }
          p.nextToken();
          String value = records.string();
          if (!value.equals(FORMAT)) {
            throw Locations.fail(p, "not a Parley chronicle: format is '" + value
                + "', expected '" + FORMAT + "'");
          }
          format = true;
        } else if (name.equals("version")) {
          if (version) {
            throw records.repeated(name, "document");
          }
          JsonToken t = p.nextToken();
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw Locations.fail(p, "expected the version number " + VERSION + ", found "
                + RecordReader.describe(t));
          }
          int v;
          try {
            v = records.integer(); // 1.0 is 1, as JSON Schema has it
          } catch (BadInput e) {
            v = -1;
          }
          if (v != VERSION) {
            throw Locations.fail(p, "unsupported version " + p.getString()
                + "; this library reads version " + VERSION);
          }
          version = true;
        } else {
          RecordKind kind = RecordKind.fromPlural(name).orElse(null);
          if (kind == null) {
            throw Locations.fail(nameAt, "unknown field '" + name + "' in the document;"
                + " expected format, version, or one of the record arrays", null);
          }
          if (!arrays.add(kind)) {
            throw records.repeated(name, "document");
          }
          p.nextToken();
          readRecords(kind, chronicle);
        }
      }
      if (!format || !version) {
        throw Locations.fail(start, "the document lacks its '"
            + (!format ? "format" : "version") + "' field", null);
      }
      if (whole && p.nextToken() != null) {
        throw Locations.fail(p, "unexpected content after the document");
      }
      try {
        return chronicle.build();
      } catch (InvalidChronicleException e) {
        throw Locations.violations(e, starts);
      }
    }

    private void readRecords(RecordKind kind, ChronicleAssembler chronicle) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw Locations.fail(p, "expected an array of " + kind.plural() + ", found "
            + RecordReader.describe(p.currentToken()));
      }
      int index = 0;
      int maxRecordLength = records.options().maxRecordLength();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        long begin = records.startLocation();
        long beginOffset = p.currentTokenLocation().getByteOffset();
        Entity<?> record = records.record(kind, begin);
        long length = p.currentLocation().getByteOffset() - beginOffset;
        if (length > maxRecordLength) {
          throw Locations.fail(Locations.at(begin, p), "the " + kind.label() + " is " + length
              + " bytes long, over the limit of " + maxRecordLength + " bytes for one record"
              + " (ReadOptions.withMaxRecordLength)", null);
        }
        starts.inDocument(kind, index, record, Math.max((int) (begin >> 32), 0),
            Math.max((int) begin, 0));
        index++;
        chronicle.add(record);
      }
    }
  }
}
