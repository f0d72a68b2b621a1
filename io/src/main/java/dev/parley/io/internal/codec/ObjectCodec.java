package dev.parley.io.internal.codec;

import dev.parley.core.Entity;
import dev.parley.core.ExtensionValue;
import dev.parley.core.RecordKind;
import dev.parley.io.internal.RecordReader;
import dev.parley.io.internal.ValueCache;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;

/**
 * The table of an object type of the format (a record, or a value inside records): its fields
 * in the order the writer writes them, and how to build a value from them. Reading, writing and
 * the schema all follow the table. Reading finds a field by its name in a small hash table made
 * once; it notes each field met in a bit set, so that a repeated field and the required fields
 * missing at the end are found, and worded, by Parley.
 *
 * <p>A record's table also reads its {@code extensions} object, and its unknown fields into its
 * extensions (or refuses them, reading strictly); a value's table refuses unknown fields.
 *
 * @param <T> the type of the values
 * @param <B> the type of their builders
 */
public final class ObjectCodec<T, B> extends ValueCodec<T> {
  /** The bit of a record's {@code extensions} field in the set of fields met. */
  private static final long EXTENSIONS = 1L << 62;
  /** The bit of an NDJSON record's {@code kind} field in the set of fields met. */
  public static final long KIND = 1L << 63;
  /** The name {@code kind}, and {@link #label} its value, quoted and encoded once. */
  private static final SerializedString KIND_NAME = new SerializedString("kind");

  private final SerializedString label;

  private final String type;
  private final String schemaDef;
  private final RecordKind kind;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final BiConsumer<B, Map<String, ExtensionValue>> putExtensions;
  private final List<Field<T, B>> fields;
  /** The bits of the fields a reader refuses to miss. */
  private final long required;
  /** Open addressing by the names' hashes: names, and their fields at the same index. */
  private final String[] names;
  private final Field<T, B>[] slots;
  private final int mask;
  /** The type's slot in the readers' value caches, or -1 if its values are not cached. */
  private final int slot;

  @SuppressWarnings("unchecked")
  private ObjectCodec(String type, String schemaDef, RecordKind kind, Supplier<B> builder,
      Function<B, T> build, BiConsumer<B, Map<String, ExtensionValue>> putExtensions,
      List<Field<T, B>> fields, int slot) {
    if (fields.size() > 62) {
      throw new IllegalArgumentException(type + " has more than 62 fields");
    }
    this.type = type;
    this.schemaDef = schemaDef;
    this.kind = kind;
    this.label = kind == null ? null : new SerializedString(kind.label());
    this.builder = builder;
    this.build = build;
    this.putExtensions = putExtensions;
    this.slot = slot;
    this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
    int size = Integer.highestOneBit(Math.max(4, fields.size() * 4 - 1)) * 2;
    this.names = new String[size];
    this.slots = new Field[size];
    this.mask = size - 1;
    long req = 0;
    for (int i = 0; i < fields.size(); i++) {
      Field<T, B> f = fields.get(i);
      if (f.index >= 0) {
        throw new IllegalArgumentException("field " + f.name() + " is in two tables");
      }
      f.index = i;
      if (f.presence().isRequired()) {
        req |= 1L << i;
      }
      int h = f.name().hashCode() & mask;
      while (names[h] != null) {
        if (names[h].equals(f.name())) {
          throw new IllegalArgumentException(type + " has two fields named " + f.name());
        }
        h = (h + 1) & mask;
      }
      names[h] = f.name();
      slots[h] = f;
    }
    this.required = req;
  }

  /** The table of a record of {@code kind}. */
  static <T extends Entity<?>, B> ObjectCodec<T, B> record(RecordKind kind, Supplier<B> builder,
      Function<B, T> build, BiConsumer<B, Map<String, ExtensionValue>> putExtensions,
      List<Field<T, B>> fields) {
    return new ObjectCodec<>(kind.label(), kind.label(), kind, builder, build, putExtensions,
        fields, -1);
  }

  /** The table of a value type, named {@code type} in messages and {@code schemaDef} there. */
  static <T, B> ObjectCodec<T, B> value(String type, String schemaDef, Supplier<B> builder,
      Function<B, T> build, List<Field<T, B>> fields) {
    return new ObjectCodec<>(type, schemaDef, null, builder, build, null, fields, -1);
  }

  /**
   * The table of a value type whose values readers building a chronicle cache, found again by
   * their fields ({@link dev.parley.io.internal.ValueCache}), at {@code slot} in their caches.
   */
  static <T, B> ObjectCodec<T, B> cachedValue(String type, String schemaDef, Supplier<B> builder,
      Function<B, T> build, List<Field<T, B>> fields, int slot) {
    return new ObjectCodec<>(type, schemaDef, null, builder, build, null, fields, slot);
  }

  /** The type's name in messages: {@code meeting}, {@code status change}. */
  public String type() {
    return type;
  }

  /** The kind of record, or null for a value type. */
  public RecordKind kind() {
    return kind;
  }

  /** Whether this is a record's table (with extensions). */
  public boolean isRecord() {
    return kind != null;
  }

  /**
   * Whether readers building a chronicle cache this type's values: a value whose fields equal
   * those of one built before is that one, neither built nor checked again.
   */
  public boolean isCached() {
    return slot >= 0;
  }

  /**
   * Of each field, whether a reader building a chronicle hands out one instance of each of its
   * values ({@link TextCodec#isCanonical()}, or a cached object type): a {@link
   * dev.parley.io.internal.ValueCache} compares those by identity.
   */
  public boolean[] canonicalFields() {
    boolean[] canonical = new boolean[fields.size()];
    for (int i = 0; i < canonical.length; i++) {
      Field<T, B> f = fields.get(i);
      canonical[i] = f.presence() != Presence.LIST && f.presence() != Presence.REQUIRED_LIST
          && (f.codec() instanceof TextCodec<?> t && t.isCanonical()
              || f.codec() instanceof ObjectCodec<?, ?> o && o.isCached());
    }
    return canonical;
  }

  /** The type's slot in the readers' value caches, or -1 if its values are not cached. */
  public int slot() {
    return slot;
  }

  /** The fields, in the order they are written. */
  public List<Field<T, B>> fields() {
    return fields;
  }

  /**
   * The field named {@code name}, or null. A name found equal to the table's takes its place
   * in the table: Jackson's parsers return one instance per name (their symbol table's), so the
   * names of later objects are then found by identity. Threads that race to replace a name
   * write equal strings, which are immutable; any of them serves.
   */
  public Field<T, B> field(String name) {
    String n;
    for (int h = name.hashCode() & mask; (n = names[h]) != null; h = (h + 1) & mask) {
      if (n == name) {
        return slots[h];
      }
      if (n.equals(name)) {
        // Readers on several threads share this table: a racing write stores an equal String,
        // whose reference is written atomically and whose fields are final, so any thread
        // reads either one, and matches.
        names[h] = name;
        return slots[h];
      }
    }
    return null;
  }

  @Override
  public String schema() {
    return "#/$defs/" + schemaDef;
  }

  @Override
  public T read(RecordReader in) {
    in.startObject();
    return readFields(in, in.startLocation(), 0L);
  }

  /**
   * Reads the fields of the object whose START_OBJECT is the current token, or whose fields in
   * {@code seen} were read already (an NDJSON line's {@link #KIND}), up to its END_OBJECT, then
   * builds the value, or, for a {@linkplain #isCached() cached} type whose reader keeps a
   * {@link ValueCache}, finds the value built from equal fields before. {@code start} is where
   * the object starts ({@link RecordReader#startLocation()}), for the errors reported there.
   */
  public T readFields(RecordReader in, long start, long seen) {
    // A cached type's fields go to the reader's cache, and to a builder only if no value was
    // built from equal fields; any other object's go to a builder as they come.
    ValueCache<T> cache = slot >= 0 ? in.values(this) : null;
    B b = null;
    if (cache == null) {
      b = builder.get();
    } else {
      cache.start();
    }
    Map<String, ExtensionValue> extensions = null;
    Map<String, ExtensionValue> unknown = null;
    int count = Long.bitCount(seen);
    JsonToken t;
    while ((t = in.nextField()) == JsonToken.PROPERTY_NAME) {
      String name = in.parser().currentName();
      in.countField(++count, type);
      Field<T, B> f = field(name);
      if (f != null) {
        long bit = 1L << f.index;
        if ((seen & bit) != 0) {
          throw in.repeated(name, type);
        }
        seen |= bit;
        in.atFieldName();
        if (cache == null) {
          f.read(in, b);
        } else {
          Object value = f.readValue(in);
          if (value != null) {
            cache.set(f.index, value, in.valueHash());
          }
        }
      } else if (kind != null && name.equals("extensions")) {
        if ((seen & EXTENSIONS) != 0) {
          throw in.repeated(name, type);
        }
        seen |= EXTENSIONS;
        in.atFieldName();
        extensions = in.extensions(unknown);
      } else if (kind != null && in.isNdjson() && name.equals("kind")) {
        if ((seen & KIND) != 0) {
          throw in.repeated(name, type);
        }
        seen |= KIND;
        in.atFieldName();
        in.kind(); // the line's kind, found by the NDJSON reader already
      } else {
        unknown = in.unknownField(name, type, kind != null, unknown, extensions);
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw in.notAField(type);
    }
    long missing = required & ~seen;
    if (missing != 0) {
      List<String> names = new ArrayList<>();
      for (Field<T, B> f : fields) {
        if ((missing & (1L << f.index)) != 0) {
          names.add(f.name());
        }
      }
      throw in.missing(type, names, start);
    }
    if (cache != null) {
      return built(in, cache, start);
    }
    if (kind != null) {
      if (extensions == null) {
        extensions = unknown;
      } else if (unknown != null) {
        extensions.putAll(unknown);
      }
      if (extensions != null) {
        putExtensions.accept(b, extensions);
      }
    }
    return in.build(build, b, start);
  }

  /**
   * The value of the fields read into {@code cache}: the one built from equal fields before, or
   * one built from them now and remembered. Its hash is left for an object that holds it.
   */
  private T built(RecordReader in, ValueCache<T> cache, long start) {
    T value = cache.find();
    if (value == null) {
      B b = builder.get();
      for (int i = 0; i < fields.size(); i++) {
        Object v = cache.get(i);
        if (v != null) {
          fields.get(i).give(b, v);
        }
      }
      value = in.build(build, b, start);
      cache.remember(value);
    }
    in.valueHash(cache.hash());
    return value;
  }

  @Override
  public void write(JsonGenerator g, T value) {
    g.writeStartObject();
    writeFields(g, value);
    g.writeEndObject();
  }

  /** Writes a record as an object, its {@code kind} first when {@code withKind}. */
  public void writeRecord(JsonGenerator g, T value, boolean withKind) {
    g.writeStartObject();
    if (withKind) {
      g.writeName(KIND_NAME);
      g.writeString(label);
    }
    writeFields(g, value);
    g.writeEndObject();
  }

  private void writeFields(JsonGenerator g, T value) {
    for (int i = 0; i < fields.size(); i++) {
      fields.get(i).write(g, value);
    }
    if (kind != null) {
      Codecs.writeExtensions(g, ((Entity<?>) value).extensions());
    }
  }
}
