package dev.parley.io.internal.codec;

import dev.parley.io.internal.RecordReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One field of an object in the format: its JSON name, whether it must be present ({@link
 * Presence}), the codec of its value (of each item, for a list), how a value's attribute is
 * read (its accessor) and how a builder is given it (its setter, or adder for a list). A small
 * fixed set of shapes, one subclass each, so that reading a field is one call on one of a few
 * classes.
 *
 * @param <R> the type of the object
 * @param <B> the type of the object's builder
 */
public abstract class Field<R, B> {
  private final String name;
  private final Presence presence;
  private final ValueCodec<?> codec;
  /**
   * The name, quoted and encoded once, which the generator copies as bytes (as Jackson's own
   * serializers do), rather than escaping and encoding it for every value written.
   */
  final SerializableString jsonName;
  /** The field's place in its object's table, set by the table. */
  int index = -1;

  private Field(String name, Presence presence, ValueCodec<?> codec) {
    this.name = name;
    this.presence = presence;
    this.codec = codec;
    this.jsonName = new SerializedString(name);
  }

  /** The field's name in the format. */
  public final String name() {
    return name;
  }

  /** Whether and when the field is present. */
  public final Presence presence() {
    return presence;
  }

  /** The codec of the field's value, or of each item of a list. */
  public final ValueCodec<?> codec() {
    return codec;
  }

  /** Reads the field's value, the reader standing at its name, into {@code builder}. */
  abstract void read(RecordReader in, B builder);

  /**
   * Reads the field's value, the reader standing at its name, and returns it, for {@link
   * #give}: a list's items as a list, or null for an empty list, which gives the builder what
   * an absent one does.
   */
  abstract Object readValue(RecordReader in);

  /** Gives {@code builder} a value that {@link #readValue} returned (not null). */
  abstract void give(B builder, Object value);

  /** Writes the field, name and value, if {@code value} has it to write. */
  abstract void write(JsonGenerator g, R value);

  /**
   * A field of one value, given to the builder's setter: read the same way whether it is always
   * written or only when present.
   */
  private abstract static class Single<R, B, V> extends Field<R, B> {
    final ValueCodec<V> codec;
    private final BiConsumer<? super B, ? super V> set;

    Single(String name, Presence presence, ValueCodec<V> codec,
        BiConsumer<? super B, ? super V> set) {
      super(name, presence, codec);
      this.codec = codec;
      this.set = set;
    }

    @Override
    final void read(RecordReader in, B builder) {
      set.accept(builder, codec.read(in));
    }

    @Override
    final Object readValue(RecordReader in) {
      return codec.read(in);
    }

    @Override
    @SuppressWarnings("unchecked") // readValue's value, a V
    final void give(B builder, Object value) {
      set.accept(builder, (V) value);
    }
  }

  /** A field that is always written: {@link Presence#REQUIRED} or {@link Presence#DEFAULTED}. */
  static <R, B, V> Field<R, B> value(String name, Presence presence, ValueCodec<V> codec,
      Function<? super R, ? extends V> get, BiConsumer<? super B, ? super V> set) {
    return new Single<R, B, V>(name, presence, codec, set) {
      @Override
      void write(JsonGenerator g, R value) {
        g.writeName(jsonName);
        this.codec.write(g, get.apply(value));
      }
    };
  }

  /** A required field. */
  static <R, B, V> Field<R, B> required(String name, ValueCodec<V> codec,
      Function<? super R, ? extends V> get, BiConsumer<? super B, ? super V> set) {
    return value(name, Presence.REQUIRED, codec, get, set);
  }

  /** An optional value, written when present. */
  static <R, B, V> Field<R, B> optional(String name, ValueCodec<V> codec,
      Function<? super R, Optional<V>> get, BiConsumer<? super B, ? super V> set) {
    return new Single<R, B, V>(name, Presence.OPTIONAL, codec, set) {
      @Override
      void write(JsonGenerator g, R value) {
        Optional<V> v = get.apply(value);
        if (v.isPresent()) {
          g.writeName(jsonName);
          this.codec.write(g, v.get());
        }
      }
    };
  }

  /**
   * A list, each item given to the builder's {@code add}: written when not empty ({@link
   * Presence#LIST}), or always and required ({@link Presence#REQUIRED_LIST}).
   */
  static <R, B, V> Field<R, B> list(String name, Presence presence, ValueCodec<V> codec,
      Function<? super R, ? extends List<V>> get, BiConsumer<? super B, ? super V> add) {
    return new Field<R, B>(name, presence, codec) {
      @Override
      void read(RecordReader in, B builder) {
        in.startArray();
        while (in.nextItem()) {
          add.accept(builder, codec.read(in));
        }
      }

      @Override
      Object readValue(RecordReader in) {
        in.startArray();
        List<V> items = null;
        while (in.nextItem()) {
          if (items == null) {
            items = new ArrayList<>();
          }
          items.add(codec.read(in));
        }
        return items;
      }

      @Override
      @SuppressWarnings("unchecked") // readValue's value, a list of V
      void give(B builder, Object value) {
        for (V item : (List<V>) value) {
          add.accept(builder, item);
        }
      }

      @Override
      void write(JsonGenerator g, R value) {
        List<V> items = get.apply(value);
        if (items.isEmpty() && presence == Presence.LIST) {
          return;
        }
        g.writeName(jsonName);
        g.writeStartArray();
        for (int i = 0; i < items.size(); i++) {
          codec.write(g, items.get(i));
        }
        g.writeEndArray();
      }
    };
  }

  /** A list that may be empty, written when it is not. */
  static <R, B, V> Field<R, B> list(String name, ValueCodec<V> codec,
      Function<? super R, ? extends List<V>> get, BiConsumer<? super B, ? super V> add) {
    return list(name, Presence.LIST, codec, get, add);
  }

  /** A flag, written only when true. */
  static <R, B> Field<R, B> flag(String name, Predicate<? super R> get,
      BiConsumer<? super B, Boolean> set) {
    return new Single<R, B, Boolean>(name, Presence.FLAG, Codecs.BOOLEAN, set) {
      @Override
      void write(JsonGenerator g, R value) {
        if (get.test(value)) {
          g.writeName(jsonName);
          g.writeBoolean(true);
        }
      }
    };
  }

  /** A required whole number (an {@code int}), without boxing. */
  static <R, B> Field<R, B> integer(String name, ToIntFunction<? super R> get,
      ObjIntConsumer<? super B> set) {
    return new Field<R, B>(name, Presence.REQUIRED, Codecs.INTEGER) {
      @Override
      void read(RecordReader in, B builder) {
        set.accept(builder, in.integer());
      }

      @Override
      Object readValue(RecordReader in) {
        return in.integer();
      }

      @Override
      void give(B builder, Object value) {
        set.accept(builder, (Integer) value);
      }

      @Override
      void write(JsonGenerator g, R value) {
        g.writeName(jsonName);
        g.writeNumber(get.applyAsInt(value));
      }
    };
  }
}
