package dev.parley.io.internal;

import dev.parley.core.ChronicleAssembler;
import dev.parley.core.TypedId;
import dev.parley.core.internal.ReaderSupport;
import dev.parley.core.internal.ReferenceLedger;
import dev.parley.io.ReadOptions;
import dev.parley.io.internal.codec.Codecs;
import dev.parley.io.internal.codec.ObjectCodec;
import dev.parley.io.internal.codec.TextCodec;
import java.util.List;

/**
 * What one reader remembers of the values it reads: a {@link TextCache} per kind of text that
 * records repeat (the ids and references they share, dates, enum names, record kinds), and the
 * ledger of every id it met as a reference. A reader of many records (a document, an NDJSON
 * stream) keeps one for all of them.
 *
 * <p>Two modes. Caches {@linkplain #forRecords for records} handed out one by one, which the
 * caller may drop as it goes (an NDJSON stream read with {@code read()}), remember the latest
 * few texts of each kind in {@linkplain TextCache#lossy lossy} caches and note nothing: their
 * memory stays bounded however long the stream. Caches {@linkplain #forChronicle for a
 * chronicle}, whose records are all kept, note every reference in the ledger and remember
 * references and dates {@linkplain TextCache#exact exactly}; the ledger gives back the instance
 * of an id it noted first, so the records share one instance of each id and date. Those of an
 * NDJSON reader also keep a {@link ValueCache} for each small object type that records repeat
 * (posts, participants, places, speakers, event actors), so that the records share one instance
 * of each ({@link #forDocument} says why the document reader's do not), and remember
 * {@linkplain TextCodec#isFreeText() free text} (titles, names, a statement's words) in a lossy
 * cache, so that a text many records repeat is kept once. Caches for records turn into caches
 * for a chronicle when an {@linkplain #assembler() assembler} is asked of them, forgetting what
 * they remembered.
 *
 * <p>In caches for a chronicle, the ledger holds every value of a {@linkplain
 * TextCodec#isReference() reference codec} that the caches hold, since a value is noted as it is
 * converted, before it is remembered: a text found in the cache was noted when it was first met.
 */
public final class ReadCaches {
  private final int maxStringLength;
  /** The caches of the codecs whose texts are cached, by {@link TextCodec#slot()}. */
  private TextCache<?>[] texts;
  /**
   * The caches of the object types whose values are cached, by {@link ObjectCodec#slot()}; null
   * unless for a chronicle.
   */
  private ValueCache<?>[] values;
  /** Every id met as a reference while building a chronicle; null for {@link #none()}. */
  private final ReferenceLedger ledger;
  /** Whether the records read are kept for a chronicle: references noted, texts kept exactly. */
  private boolean forChronicle;
  /** Whether, for a chronicle, values are cached too (NDJSON streams). */
  private final boolean sharesValues;

  private ReadCaches(int maxStringLength, ReferenceLedger ledger, boolean forChronicle,
      boolean sharesValues) {
    this.maxStringLength = maxStringLength;
    this.ledger = ledger;
    this.forChronicle = forChronicle;
    this.sharesValues = sharesValues;
    this.texts = caches();
    this.values = forChronicle && sharesValues ? valueCaches() : null;
  }

  private static ValueCache<?>[] valueCaches() {
    List<ObjectCodec<?, ?>> cached = Codecs.cachedObjects();
    ValueCache<?>[] caches = new ValueCache<?>[cached.size()];
    for (int i = 0; i < caches.length; i++) {
      caches[i] = new ValueCache<>(cached.get(i).canonicalFields());
    }
    return caches;
  }

  /** Empty caches for this mode: exact for the codecs remembered exactly, when for a chronicle. */
  private TextCache<?>[] caches() {
    List<TextCodec<?>> cached = Codecs.cached();
    TextCache<?>[] caches = new TextCache<?>[cached.size()];
    for (int i = 0; i < caches.length; i++) {
      if (cached.get(i).isFreeText() && !(forChronicle && sharesValues)) {
        continue; // remembered only where values are shared (TextCodec.isFreeText)
      }
      caches[i] = forChronicle && cached.get(i).isRememberedExactly()
          ? TextCache.exact(maxStringLength) : TextCache.lossy(maxStringLength);
    }
    return caches;
  }

  /**
   * Caches for a reader whose records all go into a chronicle, and whose parser accepts strings
   * up to the options' limit.
   */
  public static ReadCaches forChronicle(ReadOptions options) {
    return new ReadCaches(options.maxStringLength(), new ReferenceLedger(), true, true);
  }

  /**
   * Caches for the reader of a chronicle document: as {@linkplain #forChronicle for a
   * chronicle}, but without {@link ValueCache}s. Looking a value up costs about what building
   * it does; it pays back in the collections of a large chronicle, which NDJSON carries, while
   * the document reader's time against plain Jackson (BENCHMARKS.md, {@code JsonRatios}) has
   * no margin to spend on it.
   */
  public static ReadCaches forDocument(ReadOptions options) {
    return new ReadCaches(options.maxStringLength(), new ReferenceLedger(), true, false);
  }

  /**
   * Caches for a reader that hands out records one by one, with bounded memory, until an
   * {@linkplain #assembler() assembler} is asked of them.
   */
  public static ReadCaches forRecords(ReadOptions options) {
    return new ReadCaches(options.maxStringLength(), new ReferenceLedger(), false, true);
  }

  /**
   * Caches that remember nothing, for readers of single values in users' documents (whose
   * parsers have limits of their own). Being stateless, they are shared.
   */
  public static ReadCaches none() {
    return NONE;
  }

  private static final ReadCaches NONE = new ReadCaches(-1, null, false, false);

  /**
   * The ledger of every id these caches' reader met as a reference since they were for a
   * chronicle, for an assembler of the records it reads ({@link
   * dev.parley.core.internal.ReaderSupport#assembler}).
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
   * An assembler for the records read with these caches from now on: it looks up the ids of the
   * ledger once the last record is in, rather than every reference of every record. Caches for
   * records become caches for a chronicle first, forgetting every text they remembered (whose
   * values were not noted). Only records read with these caches from now on may be added.
   */
  public ChronicleAssembler assembler() {
    if (ledger == null) {
      return ChronicleAssembler.create();
    }
    if (!forChronicle) {
      forChronicle = true;
      texts = caches();
      values = sharesValues ? valueCaches() : null;
    }
    return ReaderSupport.assembler(ledger);
  }

  /**
   * Notes an id read as a reference in the ledger, if these caches are for a chronicle; returns
   * the equal id noted first, for the records read to share, or {@code id} itself.
   */
  <T extends TypedId<?>> T noteReference(T id) {
    return forChronicle ? ledger.add(id) : id;
  }

  /** The cache of a codec whose texts are cached. */
  @SuppressWarnings("unchecked") // each codec's cache holds its values, at its slot
  <T> TextCache<T> text(TextCodec<T> codec) {
    return (TextCache<T>) texts[codec.slot()];
  }

  /**
   * The cache of an object type whose values are cached, or null if these caches are not for a
   * chronicle.
   */
  @SuppressWarnings("unchecked") // each type's cache holds its values, at its slot
  <T> ValueCache<T> value(ObjectCodec<T, ?> codec) {
    return values == null ? null : (ValueCache<T>) values[codec.slot()];
  }
}
