package dev.parley.core.internal;

import static java.util.Objects.requireNonNull;

import dev.parley.core.TypedId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
 * #addAll}) once they are done. A merged ledger keeps the others as {@linkplain #parts() parts}
 * rather than copying their ids, so that they can be looked up at once, each on a thread.
 */
public final class ReferenceLedger {
  /** Each id noted, to the instance of it noted first. */
  private final Map<TypedId<?>, TypedId<?>> ids = new HashMap<>();
  /** The ledgers merged into this one ({@link #addAll}). */
  private final List<ReferenceLedger> merged = new ArrayList<>();

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
   * Notes every id another ledger holds, now and later: the other ledger becomes a {@linkplain
   * #parts() part} of this one. {@link #add} still looks only at this ledger's own ids, so the
   * readers whose ledgers are merged here are to be done by then.
   *
   * @param other the other ledger
   * @throws IllegalArgumentException if {@code other} is this ledger, or holds it
   */
  public void addAll(ReferenceLedger other) {
    requireNonNull(other, "other");
    if (other.holds(this)) {
      throw new IllegalArgumentException("a ledger cannot hold itself");
    }
    merged.add(other);
  }

  private boolean holds(ReferenceLedger ledger) {
    if (this == ledger) {
      return true;
    }
    for (ReferenceLedger part : merged) {
      if (part.holds(ledger)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ids noted, each once, in this ledger and those merged into it.
   *
   * @return a read-only set (a view of this ledger's own ids if none was merged, else a copy)
   */
  public Set<TypedId<?>> ids() {
    if (merged.isEmpty()) {
      return Collections.unmodifiableSet(ids.keySet());
    }
    Set<TypedId<?>> all = new LinkedHashSet<>();
    for (Set<TypedId<?>> part : parts()) {
      all.addAll(part);
    }
    return Collections.unmodifiableSet(all);
  }

  /**
   * The ids noted, in parts: this ledger's own, then those of each ledger merged into it (and
   * into those), each a read-only view. An id may be in more than one part.
   *
   * @return the parts, this ledger's own first
   */
  public List<Set<TypedId<?>>> parts() {
    List<Set<TypedId<?>>> parts = new ArrayList<>();
    parts.add(Collections.unmodifiableSet(ids.keySet()));
    for (ReferenceLedger other : merged) {
      parts.addAll(other.parts());
    }
    return parts;
  }
}
