package dev.parley.core.internal;

import static java.util.Objects.requireNonNull;

import dev.parley.core.TypedId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
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
  /** Each id noted, to the instance of it noted first. */
  private final Map<TypedId<?>, TypedId<?>> ids = new HashMap<>();

  /** An empty ledger. */
  public ReferenceLedger() {}

  /**
   * Notes an id met as a reference, and returns the instance of it noted first, so that the
   * records a reader makes share one instance of each id they refer to, and the equal instances
   * read later are garbage as soon as they are made.
   *
   * @param id the id
   * @param <T> the id's type
   * @return the id noted first that equals {@code id} (of its class, as ids equal only ids of
   *     their own class), or {@code id} itself if it is the first
   */
  @SuppressWarnings("unchecked") // an id equals only ids of its own class
  public <T extends TypedId<?>> T add(T id) {
    TypedId<?> first = ids.putIfAbsent(requireNonNull(id, "id"), id);
    return first == null ? id : (T) first;
  }

  /**
   * Notes every id another ledger holds.
   *
   * @param other the other ledger
   */
  public void addAll(ReferenceLedger other) {
    other.ids.keySet().forEach(id -> ids.putIfAbsent(id, id));
  }

  /**
   * The ids noted, each once.
   *
   * @return a read-only view
   */
  public Set<TypedId<?>> ids() {
    return Collections.unmodifiableSet(ids.keySet());
  }
}
