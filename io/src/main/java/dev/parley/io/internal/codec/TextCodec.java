package dev.parley.io.internal.codec;

import dev.parley.io.internal.RecordReader;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * Values written as a JSON string: text itself, ids, references, dates, enums, URLs. A codec
 * whose values records repeat has a slot in the readers' caches ({@link
 * dev.parley.io.internal.ReadCaches}), so that a text met again is neither converted nor checked
 * again.
 *
 * @param <T> the type of the values
 */
public final class TextCodec<T> extends ValueCodec<T> {
  private final String schemaDef;
  private final Function<String, T> parse;
  private final Function<? super T, String> print;
  private final int slot;
  /** Whether the values are ids of other records (references), noted in a reader's ledger. */
  private final boolean reference;
  /** Whether readers remember every text of this codec, not just the latest few. */
  private final boolean exact;
  /**
   * For an enum, the text of each constant by ordinal, quoted and encoded once for the
   * generator to copy; else null.
   */
  private final SerializedString[] constants;
  /** Whether the values are free text, kept as read ({@link #isFreeText()}). */
  private final boolean freeText;

  TextCodec(String schemaDef, Function<String, T> parse, Function<? super T, String> print,
      int slot) {
    this(schemaDef, parse, print, slot, false, false, null, false);
  }

  /**
   * A cached codec: of ids of other records when {@code reference} (which readers note in their
   * {@link dev.parley.core.internal.ReferenceLedger}), whose texts readers building a chronicle
   * remember {@code exactly} (every one) or not (the latest few).
   */
  TextCodec(String schemaDef, Function<String, T> parse, Function<? super T, String> print,
      int slot, boolean reference, boolean exactly) {
    this(schemaDef, parse, print, slot, reference, exactly, null, false);
  }

  /** A codec for the constants of an enum, {@code type}. */
  TextCodec(String schemaDef, Function<String, T> parse, Function<? super T, String> print,
      int slot, Class<T> type) {
    this(schemaDef, parse, print, slot, false, false, texts(type, print), false);
  }

  /** A codec of free text, each value its text, cached at {@code slot} ({@link #isFreeText()}). */
  static TextCodec<String> freeText(String schemaDef, int slot) {
    return new TextCodec<>(schemaDef, Function.identity(), Function.identity(), slot, false,
        false, null, true);
  }

  private TextCodec(String schemaDef, Function<String, T> parse,
      Function<? super T, String> print, int slot, boolean reference, boolean exact,
      SerializedString[] constants, boolean freeText) {
    this.schemaDef = schemaDef;
    this.parse = parse;
    this.print = print;
    this.slot = slot;
    this.reference = reference;
    this.exact = exact;
    this.constants = constants;
    this.freeText = freeText;
  }

  private static <T> SerializedString[] texts(Class<T> type,
      Function<? super T, String> print) {
    T[] values = type.getEnumConstants();
    SerializedString[] texts = new SerializedString[values.length];
    for (int i = 0; i < values.length; i++) {
      texts[i] = new SerializedString(print.apply(values[i]));
    }
    return texts;
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

  /**
   * Whether the values are ids of other records, which a reader notes in its ledger of
   * references as it reads them ({@link dev.parley.io.internal.ReadCaches#noteReference}).
   */
  public boolean isReference() {
    return reference;
  }

  /**
   * Whether a reader of many records remembers every text of this codec it converts (up to a
   * bound), not just the latest few: references, which it notes in its ledger once each, and
   * dates, of which a corpus has thousands, each met again and again.
   */
  public boolean isRememberedExactly() {
    return exact;
  }

  /**
   * Whether the values are free text (titles, names, a statement's words), kept as read: a
   * reader remembers the latest few only where it shares values (an NDJSON reader building a
   * chronicle, {@link dev.parley.io.internal.ReadCaches}). There a repeated text kept once pays
   * for the lookups of the many that are not repeated; elsewhere nothing is kept to share.
   */
  public boolean isFreeText() {
    return freeText;
  }

  /**
   * Whether a reader building a chronicle hands out one instance of each value, and gives the
   * hash of its text ({@link RecordReader#valueHash()}): the constants of a cached enum, and the
   * values it remembers exactly.
   */
  public boolean isCanonical() {
    return slot >= 0 && (constants != null || exact);
  }

  @Override
  public T read(RecordReader in) {
    return in.text(this);
  }

  @Override
  public void write(JsonGenerator g, T value) {
    if (constants != null) {
      g.writeString(constants[((Enum<?>) value).ordinal()]);
    } else {
      g.writeString(print.apply(value));
    }
  }

  @Override
  public String schema() {
    return "#/$defs/" + schemaDef;
  }
}
