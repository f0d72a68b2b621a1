package dev.parley.io.internal.codec;

import dev.parley.io.internal.RecordReader;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * Values written as a JSON string: text itself, ids, references, dates, enums, URLs. A codec
 * whose values records repeat has a slot in the readers' caches ({@link
 * dev.parley.io.internal.ReadCaches}), so that a text met again is neither converted nor checked
 * again; the ids of the records most referred to are interned, so that references share their
 * record's id.
 *
 * @param <T> the type of the values
 */
public final class TextCodec<T> extends ValueCodec<T> {
  private final String schemaDef;
  private final Function<String, T> parse;
  private final Function<? super T, String> print;
  private final int slot;
  private final boolean intern;

  TextCodec(String schemaDef, Function<String, T> parse, Function<? super T, String> print,
      int slot, boolean intern) {
    this.schemaDef = schemaDef;
    this.parse = parse;
    this.print = print;
    this.slot = slot;
    this.intern = intern;
  }

  /**
   * The value of a text; throws {@link IllegalArgumentException} or {@link
   * java.time.DateTimeException} with the reason if the text is not one.
   */
  public T parse(String text) {
    return parse.apply(text);
  }

  /** The text of a value. */
  public String print(T value) {
    return print.apply(value);
  }

  /** The codec's slot in the readers' text caches, or -1 if its texts are not cached. */
  public int slot() {
    return slot;
  }

  /** Whether values are ids that readers intern (see the class comment). */
  public boolean interned() {
    return intern;
  }

  @Override
  public T read(RecordReader in) {
    return in.text(this);
  }

  @Override
  public void write(JsonGenerator g, T value) {
    g.writeString(print.apply(value));
  }

  @Override
  public String schema() {
    return "#/$defs/" + schemaDef;
  }
}
