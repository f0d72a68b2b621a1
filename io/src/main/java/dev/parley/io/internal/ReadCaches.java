package dev.parley.io.internal;

import dev.parley.core.ChronicleAssembler;
import dev.parley.core.TypedId;
import dev.parley.core.internal.ReaderSupport;
import dev.parley.core.internal.ReferenceLedger;
import dev.parley.io.ReadOptions;
import dev.parley.io.internal.codec.Codecs;
import dev.parley.io.internal.codec.TextCodec;
import java.util.List;

/**
 * What one reader remembers of the values it reads: a {@link TextCache} per kind of text that
 * records repeat (the ids and references they share, dates, enum names, record kinds), and the
 * ledger of every id it met as a reference. A reader of many records (a document, an NDJSON
 * stream) keeps one for all of them.
 *
 * <p>The ledger holds every value of a {@linkplain TextCodec#isReference() reference codec} that
 * the caches hold, since a value is noted as it is converted, before it is remembered: a text
 * found in the cache was noted when it was first met. The ledger gives back the instance of an
 * id it noted first, and the caches of references are {@linkplain TextCache#exact exact}, so the
 * records one reader makes share one instance of each id they refer to.
 */
public final class ReadCaches {
  /** The caches of the codecs whose texts are cached, by {@link TextCodec#slot()}. */
  private final TextCache<?>[] texts;
  /** Every id met as a reference; null for {@link #none()}. */
  private final ReferenceLedger ledger;

  private ReadCaches(int maxStringLength, ReferenceLedger ledger) {
    this.ledger = ledger;
    List<TextCodec<?>> cached = Codecs.cached();
    texts = new TextCache<?>[cached.size()];
    for (int i = 0; i < texts.length; i++) {
      // References and dates are remembered exactly, each converted (and noted) once.
      texts[i] = cached.get(i).isRememberedExactly() && ledger != null
          ? TextCache.exact(maxStringLength) : TextCache.lossy(maxStringLength);
    }
  }

  /** Caches for a reader whose parser accepts strings up to the options' limit. */
  public static ReadCaches of(ReadOptions options) {
    return new ReadCaches(options.maxStringLength(), new ReferenceLedger());
  }

  /**
   * Caches that remember nothing, for readers of single values in users' documents (whose
   * parsers have limits of their own). Being stateless, they are shared.
   */
  public static ReadCaches none() {
    return NONE;
  }

  private static final ReadCaches NONE = new ReadCaches(-1, null);

  /**
   * The ledger of every id these caches' reader met as a reference, for an assembler of the
   * records it reads ({@link dev.parley.core.internal.ReaderSupport#assembler}).
   *
   * @throws IllegalStateException for {@link #none()}, which keeps no ledger
   */
  public ReferenceLedger ledger() {
    if (ledger == null) {
      throw new IllegalStateException("caches that remember nothing keep no ledger");
    }
    return ledger;
  }

  /**
   * An assembler for the records read with these caches: it looks up the ids of the ledger once
   * the last record is in, rather than every reference of every record. Only records read with
   * these caches may be added to it.
   */
  public ChronicleAssembler assembler() {
    return ledger == null ? ChronicleAssembler.create() : ReaderSupport.assembler(ledger);
  }

  /**
   * Notes an id read as a reference in the ledger, if these caches keep one; returns the equal
   * id noted first, for the records read to share, or {@code id} if there is no ledger.
   */
  <T extends TypedId<?>> T noteReference(T id) {
    return ledger == null ? id : ledger.add(id);
  }

  /** The cache of a codec whose texts are cached. */
  @SuppressWarnings("unchecked") // each codec's cache holds its values, at its slot
  <T> TextCache<T> text(TextCodec<T> codec) {
    return (TextCache<T>) texts[codec.slot()];
  }
}
