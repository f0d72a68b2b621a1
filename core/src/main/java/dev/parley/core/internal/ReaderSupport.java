package dev.parley.core.internal;

import dev.parley.core.ChronicleAssembler;
import java.lang.invoke.MethodHandles;
import java.util.function.Function;

/**
 * <b>Not API</b>: what core offers Parley's own readers beyond its public API; it may change or
 * go in any release. The module exports this package to {@code dev.parley.io} only.
 */
public final class ReaderSupport {
  private ReaderSupport() {}

  /** Set once, by {@link ChronicleAssembler}'s class initializer. */
  private static volatile Function<ReferenceLedger, ChronicleAssembler> assemblers;

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
    if (assemblers == null) {
      try {
        MethodHandles.lookup().ensureInitialized(ChronicleAssembler.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return assemblers.apply(ledger);
  }

  /**
   * Called by {@link ChronicleAssembler} as its class is initialized, and only then.
   *
   * @param factory makes an assembler with a ledger
   * @throws IllegalStateException if called again
   */
  public static synchronized void register(
      Function<ReferenceLedger, ChronicleAssembler> factory) {
    if (assemblers != null) {
      throw new IllegalStateException("the assembler factory is registered already");
    }
    assemblers = factory;
  }
}
