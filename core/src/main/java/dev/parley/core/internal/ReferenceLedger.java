package dev.parley.core.internal;

import static java.util.Objects.requireNonNull;

import dev.parley.core.TypedId;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * <b>Not API</b>: for Parley's own readers; it may change or go in any release.
 *
 * <p>The ids a reader met as references, each once. A reader adds every id it reads into a
 * field that refers to another record (a participant's actor, a source's article, a stance's
 * evidence), so that the ledger holds every reference of every record the reader made, and
 * possibly more (references of a record it then refused, ids of records of its own). An
 * assembler given the ledger ({@link ReaderSupport#assembler}) looks up each of these ids once,
 * when the chronicle is built, instead of walking to every reference of every record: if every
 * one is found, so is every reference; if one is not, the whole chronicle is checked and every
 * violation reported, as without a ledger.
 *
 * <p>Not thread-safe: each reader keeps its own, and readers' ledgers are merged ({@link
 * #addAll}) once they are done.
 */
public final class ReferenceLedger {
  private final Set<TypedId<?>> ids = new HashSet<>();

  /** An empty ledger. */
  public ReferenceLedger() {}

  /**
   * Notes an id met as a reference.
   *
   * @param id the id
   */
  public void add(TypedId<?> id) {
    ids.add(requireNonNull(id, "id"));
  }

  /**
   * Notes every id another ledger holds.
   *
   * @param other the other ledger
   */
  public void addAll(ReferenceLedger other) {
    ids.addAll(other.ids);
  }

  /**
   * The ids noted, each once.
   *
   * @return a read-only view
   */
  public Set<TypedId<?>> ids() {
    return Collections.unmodifiableSet(ids);
  }
}
