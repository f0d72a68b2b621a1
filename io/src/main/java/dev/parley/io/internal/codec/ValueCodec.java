package dev.parley.io.internal.codec;

import dev.parley.io.internal.RecordReader;
import tools.jackson.core.JsonGenerator;

/**
 * How one type of value is read from and written to Parley's JSON format, and what the format's
 * schema says of it. The codecs of the format are the constants of {@link Codecs}.
 *
 * @param <T> the type of the values
 */
public abstract class ValueCodec<T> {
  ValueCodec() {}

  /**
   * Reads a value: the current token's, or, when the reader stands at the name of the field to
   * read, the next one's.
   *
   * @throws dev.parley.io.internal.BadInput if the value is not one of this type
   */
  public abstract T read(RecordReader in);

  /** Writes {@code value} as the JSON value it stands for. */
  public abstract void write(JsonGenerator g, T value);

  /**
   * What the schema ({@code defs.schema.json}) says a value is: {@code "#/$defs/NAME"} for a
   * definition of its own, or a JSON type ({@code "integer"}, {@code "boolean"}).
   */
  public abstract String schema();
}
