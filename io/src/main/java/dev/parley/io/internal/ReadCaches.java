package dev.parley.io.internal;

import dev.parley.io.ReadOptions;
import dev.parley.io.internal.codec.Codecs;
import dev.parley.io.internal.codec.TextCodec;
import java.util.List;

/**
 * What one reader remembers of the values it reads: a {@link TextCache} per kind of text that
 * records repeat (the ids and references they share, dates, enum names, record kinds). A reader
 * of many records (a document, an NDJSON stream) keeps one for all of them.
 */
public final class ReadCaches {
  /** The caches of the codecs whose texts are cached, by {@link TextCodec#slot()}. */
  private final TextCache<?>[] texts;

  private ReadCaches(int maxStringLength) {
    List<TextCodec<?>> cached = Codecs.cached();
    texts = new TextCache<?>[cached.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = new TextCache<>(maxStringLength);
    }
  }

  /** Caches for a reader whose parser accepts strings up to the options' limit. */
  public static ReadCaches of(ReadOptions options) {
    return new ReadCaches(options.maxStringLength());
  }

  /**
   * Caches that remember nothing, for readers of single values in users' documents (whose
   * parsers have limits of their own). Being stateless, they are shared.
   */
  public static ReadCaches none() {
    return NONE;
  }

  private static final ReadCaches NONE = new ReadCaches(-1);

  /** The cache of a codec whose texts are cached. */
  @SuppressWarnings("unchecked") // each codec's cache holds its values, at its slot
  <T> TextCache<T> text(TextCodec<T> codec) {
    return (TextCache<T>) texts[codec.slot()];
  }
}
