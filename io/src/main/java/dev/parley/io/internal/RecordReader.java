package dev.parley.io.internal;

import dev.parley.core.ChronicleAssembler;
import dev.parley.core.Entity;
import dev.parley.core.ExtensionValue;
import dev.parley.core.RecordKind;
import dev.parley.core.TypedId;
import dev.parley.io.ReadOptions;
import dev.parley.io.internal.codec.Codecs;
import dev.parley.io.internal.codec.ObjectCodec;
import dev.parley.io.internal.codec.TextCodec;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.UTF8StreamJsonParser;

/**
 * Reads Parley values from a Jackson parser, for the codecs of {@link Codecs}, which read
 * records and the objects inside them field by field; each value is checked where it stands, so
 * that an error names the exact line, column and path, and is worded here, by Parley.
 *
 * <p>The value readers ({@link #string()}, {@link #text(TextCodec)}, ...) read the current
 * value; inside an object, they are called at a field's name ({@link #atFieldName()}) and move
 * to its value first, so that a field is known to be unknown while the parser is still at its
 * name, where it is reported.
 */
public final class RecordReader {
  private final JsonParser p;
  private final ReadOptions options;
  private final boolean ndjson;
  private final ReadCaches caches;
  /** See {@link #valueHash()}. */
  private int valueHash;
  /**
   * Whether the current token is the name of the field a value reader is to read: the reader
   * then moves to the value first.
   */
  private boolean atFieldName;
  /** Whether the reader was reading a field name (not a value) when reading stopped. */
  private boolean inName;
  /** The field name before the one being read. */
  private String nameBefore;

  /**
   * A reader over {@code p} that caches nothing and keeps locations, for single values.
   *
   * @param ndjson whether records carry their {@code kind} as a field (NDJSON lines)
   */
  public RecordReader(JsonParser p, ReadOptions options, boolean ndjson) {
    this(p, options, ndjson, ReadCaches.none());
  }

  /**
   * A reader over {@code p} that remembers repeated texts in {@code caches}, which readers of
   * the same input may share.
   *
   * @param ndjson whether records carry their {@code kind} as a field (NDJSON lines)
   */
  public RecordReader(JsonParser p, ReadOptions options, boolean ndjson, ReadCaches caches) {
    this.p = p;
    this.options = options;
    this.ndjson = ndjson;
    this.caches = caches;
  }

  /**
   * An assembler for the records this reader reads: with caches that keep a ledger of
   * references, one that looks up the ledger's ids rather than walking to every reference
   * ({@link ReadCaches#assembler()}). Only records read with this reader's caches may be added.
   */
  public ChronicleAssembler assembler() {
    return caches.assembler();
  }

  /** The parser read from. */
  public JsonParser parser() {
    return p;
  }

  /** The options read with. */
  public ReadOptions options() {
    return options;
  }

  /** Whether records carry their {@code kind} as a field (NDJSON lines). */
  public boolean isNdjson() {
    return ndjson;
  }

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

  /** Notes that the current token is the name of the field that a value reader reads next. */
  public void atFieldName() {
    atFieldName = true;
  }

  /**
   * Where the current token starts, for the errors reported there (where an object starts):
   * its line and column, {@linkplain Locations#pack packed} into one number, which Jackson's own
   * parsers give without making a location object for every object read.
   */
  public long startLocation() {
    if (p instanceof UTF8StreamJsonParser b && p.currentToken() != JsonToken.PROPERTY_NAME) {
      // Its currentTokenLocation() gives the token's column unadjusted, one less than this.
      int column = b.getTokenColumnNr();
      return Locations.pack(b.getTokenLineNr(), column < 0 ? column : column - 1);
    }
    TokenStreamLocation at = p.currentTokenLocation();
    return Locations.pack(at.getLineNr(), at.getColumnNr());
  }

  // ---------------------------------------------------------------------------------------
  // Records

  /** Reads the record of {@code kind} whose START_OBJECT is the current token. */
  public Entity<?> record(RecordKind kind) {
    return record(kind, startLocation());
  }

  /**
   * Reads the record of {@code kind} whose START_OBJECT is the current token, at {@code start}
   * (the current token's {@link #startLocation()}, when the caller has it already).
   */
  public Entity<?> record(RecordKind kind, long start) {
    startObject();
    return Codecs.record(kind).readFields(this, start, 0L);
  }

  /**
   * Reads the rest of a record of {@code kind} whose first field, its {@code kind}, was just
   * read (an NDJSON line); {@code start} is where the record starts.
   */
  public Entity<?> recordAfterKind(RecordKind kind, long start) {
    return Codecs.record(kind).readFields(this, start, ObjectCodec.KIND);
  }

  // ---------------------------------------------------------------------------------------
  // What the codecs report

  /** Counts a field of an object, the {@code count}-th: refused past the options' limit. */
  public void countField(int count, String type) {
    if (count > options.maxFieldsPerObject()) {
      throw Locations.fail(p, "the " + type + " has more than " + options.maxFieldsPerObject()
          + " fields, the limit (ReadOptions.withMaxFieldsPerObject)");
    }
  }

  /** A field given twice in one object, the parser at its second name. */
  public BadInput repeated(String name, String type) {
    return Locations.fail(p, "the field '" + name + "' is given twice in the " + type);
  }

  /** Where an object's next field name or end should be, something else. */
  public BadInput notAField(String type) {
    return Locations.fail(p, "expected a field name or the end of the " + type + ", found "
        + describe(p.currentToken()));
  }

  /** Required fields missing from an object that starts at {@code start}. */
  public BadInput missing(String type, List<String> names, long start) {
    return Locations.fail(Locations.at(start, p), type + " is missing required "
        + (names.size() == 1 ? "field " : "fields ")
        + names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ")), null);
  }

  /**
   * Builds an object read into {@code builder}; a value the type refuses (its checks across
   * fields) is reported where the object starts, {@code start}.
   */
  public <B, T> T build(Function<B, T> build, B builder, long start) {
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw Locations.fail(Locations.at(start, p), e.getMessage(), e);
    }
  }

  /**
   * A field that no table knows, the parser at its name: a record's becomes an extension (in
   * {@code unknown}, made if null and returned), unless reading strictly; a value's is refused.
   * {@code extensions}: the record's {@code extensions} object, if read already.
   */
  public Map<String, ExtensionValue> unknownField(String name, String type, boolean record,
      Map<String, ExtensionValue> unknown, Map<String, ExtensionValue> extensions) {
    TokenStreamLocation nameAt = p.currentTokenLocation();
    if (!record || options.isStrict()) {
      throw Locations.fail(Locations.at(nameAt, p), "unknown field '" + name + "' in "
          + type + (record ? " (strict reading)" : ""), null);
    }
    if (name.isEmpty()) {
      throw Locations.fail(p, "extension keys must not be empty");
    }
    if (unknown == null) {
      unknown = new LinkedHashMap<>();
    } else if (unknown.containsKey(name)) {
      throw repeated(name, type);
    }
    if (extensions != null && extensions.containsKey(name)) {
      throw givenTwice(name, nameAt);
    }
    p.nextToken();
    unknown.put(name, extensionValue());
    return unknown;
  }

  /**
   * A record's {@code extensions} object, at its field name; none of its keys may be among the
   * record's {@code unknown} fields read already.
   */
  public Map<String, ExtensionValue> extensions(Map<String, ExtensionValue> unknown) {
    startObject();
    return extensionMap("extensions object", unknown);
  }

  private BadInput givenTwice(String key, TokenStreamLocation at) {
    return Locations.fail(Locations.at(at, p), "the extension '" + key + "' is given twice"
        + " (as a field and in 'extensions')", null);
  }

  // ---------------------------------------------------------------------------------------
  // Values

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

  /** Moves to the value to read, which must be an object. */
  public void startObject() {
    expect(JsonToken.START_OBJECT, "an object");
  }

  /** Moves to the value to read, which must be an array. */
  public void startArray() {
    expect(JsonToken.START_ARRAY, "an array");
  }

  /** Moves to the next item of the array being read; false at its end. */
  public boolean nextItem() {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw Locations.fail(p, "the input ends inside an array");
    }
    return t != JsonToken.END_ARRAY;
  }

  /** A token in plain words. */
  public static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  /** The current value as a string. */
  public String string() {
    expect(JsonToken.VALUE_STRING, "a string");
    return p.getString();
  }

  /**
   * The current string as a value of {@code codec}: found in the caches, or converted (and
   * remembered); a conversion's error becomes bad input here.
   */
  public <T> T text(TextCodec<T> codec) {
    expect(JsonToken.VALUE_STRING, "a string");
    TextCache<T> cache = codec.slot() < 0 ? null : caches.text(codec);
    if (cache != null) {
      T found = cache.find(p);
      if (found != null) {
        valueHash = cache.foundHash();
        return found;
      }
    }
    String text = p.getString();
    T value;
    try {
      value = codec.parse(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw Locations.fail(Locations.of(p), e.getMessage(), e);
    }
    if (codec.isReference()) {
      // Before the value is remembered: in caches for a chronicle, whatever the cache holds,
      // the ledger holds, and the ledger gives back the instance of the id met first, which
      // every record then shares.
      @SuppressWarnings("unchecked") // an id equal to a T is of the same class
      T first = (T) caches.noteReference((TypedId<?>) value);
      value = first;
    }
    if (cache != null) {
      valueHash = text.hashCode();
      cache.remember(text, value);
    }
    return value;
  }

  /**
   * The hash of the value read last by a {@linkplain TextCodec#isCanonical() canonical} text
   * codec (its text's {@link String#hashCode()}) or a {@linkplain ObjectCodec#isCached() cached}
   * object type (the hash of its fields): what a {@link ValueCache} hashes such a field by,
   * without reading the value again.
   */
  public int valueHash() {
    return valueHash;
  }

  /** Sets {@link #valueHash()}: a cached object type's value was just read. */
  public void valueHash(int hash) {
    valueHash = hash;
  }

  /**
   * The values of {@code codec}'s type that this reader built, found again by their fields
   * ({@link ObjectCodec#isCached()}); null if the type's values are not cached, or this reader's
   * caches are not for a chronicle.
   */
  public <T> ValueCache<T> values(ObjectCodec<T, ?> codec) {
    return codec.slot() < 0 ? null : caches.value(codec);
  }

  /** The current string as the kind of a record (an NDJSON line's {@code kind}). */
  public RecordKind kind() {
    return text(Codecs.RECORD_KIND);
  }

  /** The current value as a boolean. */
  public boolean bool() {
    JsonToken t = valueToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw Locations.fail(p, "expected a boolean, found " + describe(t));
    }
    return t == JsonToken.VALUE_TRUE;
  }

  /**
   * The current value as a whole number of at most {@link Integer#MAX_VALUE}: a JSON integer,
   * or a number whose fraction is zero ({@code 1.0}, {@code 1e2}), which JSON Schema counts as
   * an integer too.
   */
  public int integer() {
    JsonToken t = valueToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() != JsonParser.NumberType.INT) {
        throw tooLarge();
      }
      return p.getIntValue();
    }
    if (t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw Locations.fail(p, "expected a whole number, found " + describe(t));
    }
    BigDecimal d = decimal();
    if (d.signum() != 0 && d.scale() > 0 && d.stripTrailingZeros().scale() > 0) {
      throw Locations.fail(p, "expected a whole number, found " + numberText());
    }
    if (d.precision() - d.scale() > 10) {
      throw tooLarge();
    }
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      throw tooLarge();
    }
  }

  private BadInput tooLarge() {
    return Locations.fail(p, "the number " + numberText() + " is too large (at most "
        + Integer.MAX_VALUE + ")");
  }

  /** The current number's text, cut short if long. */
  private String numberText() {
    String text = p.getString();
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }

  /**
   * The current number, exactly. Jackson refuses (with a NumberFormatException, not one of its
   * own) a number whose exponent is beyond a BigDecimal's, such as {@code 1e99999999999}.
   */
  private BigDecimal decimal() {
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw Locations.fail(p, "the number " + numberText() + " is out of range: its exponent is"
          + " beyond what a decimal number can hold");
    }
  }

  /** The current value, of any JSON type, as an extension value. */
  public ExtensionValue extensionValue() {
    JsonToken t = valueToken();
    if (t == null) {
      throw Locations.fail(p, "the input ends where a value was expected");
    }
    return switch (t) {
      case VALUE_STRING -> ExtensionValue.of(p.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ExtensionValue.of(decimal());
      case VALUE_TRUE -> ExtensionValue.of(true);
      case VALUE_FALSE -> ExtensionValue.of(false);
      case VALUE_NULL -> ExtensionValue.ofNull();
      case START_ARRAY -> {
        List<ExtensionValue> values = new ArrayList<>();
        while (nextItem()) {
          values.add(extensionValue());
        }
        yield ExtensionValue.ofList(values);
      }
      case START_OBJECT -> ExtensionValue.ofMap(extensionMap("object", null));
      default -> throw Locations.fail(p, "expected a value, found " + describe(t));
    };
  }

  /**
   * The fields of the object whose START_OBJECT is current, as extension values; none of its
   * keys may be among {@code taken} (a record's unknown fields), if given.
   */
  private Map<String, ExtensionValue> extensionMap(String type,
      Map<String, ExtensionValue> taken) {
    Map<String, ExtensionValue> values = new LinkedHashMap<>();
    int count = 0;
    while (nextField() == JsonToken.PROPERTY_NAME) {
      String key = p.currentName();
      countField(++count, type);
      if (key.isEmpty()) {
        throw Locations.fail(p, "extension keys must not be empty");
      }
      if (values.containsKey(key)) {
        throw repeated(key, type);
      }
      if (taken != null && taken.containsKey(key)) {
        throw givenTwice(key, p.currentTokenLocation());
      }
      p.nextToken();
      values.put(key, extensionValue());
    }
    return values;
  }
}
