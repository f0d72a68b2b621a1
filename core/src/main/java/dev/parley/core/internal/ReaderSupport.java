package dev.parley.core.internal;

import dev.parley.core.ChronicleAssembler;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * <b>Not API</b>: what core offers Parley's own readers beyond its public API; it may change or
 * go in any release. The module exports this package to {@code dev.parley.io} only.
 */
public final class ReaderSupport {
  private ReaderSupport() {}

  /** Set once, by {@link ChronicleAssembler}'s class initializer. */
  private static volatile BiFunction<ReferenceLedger, Executor, ChronicleAssembler> assemblers;

  /**
   * An assembler for records that a reader made, every reference of which {@code ledger} holds
   * by the time the chronicle is built: it checks the ledger's ids, not each record's
   * references. The chronicle built, or the violations thrown, are those of {@link
   * ChronicleAssembler#create()} for the same records.
   *
   * @param ledger the reader's ledger, to which the reader may go on adding
   * @return a new assembler
   */
  public static ChronicleAssembler assembler(ReferenceLedger ledger) {
    return assembler(ledger, null);
  }

  /**
   * {@link #assembler(ReferenceLedger)}, whose chronicle is built with the help of {@code
   * executor}: the ledger's {@linkplain ReferenceLedger#parts() parts} (one for each of a
   * reader's parsing threads) are looked up at once, on the executor's threads and the caller's,
   * rather than one after the other.
   *
   * @param ledger the reader's ledger, to which the reader may go on adding
   * @param executor null, or threads free to help when the chronicle is built (the reader's
   *     parsing threads, done by then); if it refuses a task, the caller does it
   * @return a new assembler
   */
  public static ChronicleAssembler assembler(ReferenceLedger ledger, Executor executor) {
    if (assemblers == null) {
      try {
        MethodHandles.lookup().ensureInitialized(ChronicleAssembler.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return assemblers.apply(ledger, executor);
  }

  /**
   * Called by {@link ChronicleAssembler} as its class is initialized, and only then.
   *
   * @param factory makes an assembler with a ledger and, or null, an executor
   * @throws IllegalStateException if called again
   */
  public static synchronized void register(
      BiFunction<ReferenceLedger, Executor, ChronicleAssembler> factory) {
    if (assemblers != null) {
      throw new IllegalStateException("the assembler factory is registered already");
    }
    assemblers = factory;
  }
}
