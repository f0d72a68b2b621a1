package dev.parley.core;

/**
 * A growing set of ids of one kind, for {@link ChronicleValidator}: open addressing over two
 * arrays, the ids and their hashes. Growing re-places each id by the hash kept beside it, without
 * visiting the id itself; a {@link java.util.HashSet} re-places its entries by visiting one node
 * object each, which for the ids of a large, freshly read chronicle are no longer in the
 * processor's caches. A lookup visits an id only when its hash matches.
 *
 * <p>Not thread-safe; ids are never removed.
 *
 * @param <I> the kind of id
 */
final class IdSet<I extends TypedId<I>> {
  /** Slots, a power of two, at most half full; null where empty. */
  private Object[] ids;
  /** The hash of each slot's id. */
  private int[] hashes;
  private int size;

  /** An empty set with room for {@code expected} ids before it grows. */
  IdSet(int expected) {
    int slots = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    ids = new Object[slots];
    hashes = new int[slots];
  }

  /** An empty set. */
  IdSet() {
    this(8);
  }

  /** The number of ids in the set. */
  int size() {
    return size;
  }

  /** Adds an id; whether it was not in the set. */
  boolean add(I id) {
    int hash = spread(id.hashCode());
    int mask = ids.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      Object known = ids[i];
      if (known == null) {
        ids[i] = id;
        hashes[i] = hash;
        if (++size * 2 > ids.length) {
          grow();
        }
        return true;
      }
      if (hashes[i] == hash && (known == id || known.equals(id))) {
        return false;
      }
    }
  }

  /** Whether the set holds an id equal to {@code id}. */
  boolean contains(I id) {
    int hash = spread(id.hashCode());
    int mask = ids.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      Object known = ids[i];
      if (known == null) {
        return false;
      }
      if (hashes[i] == hash && (known == id || known.equals(id))) {
        return true;
      }
    }
  }

  private void grow() {
    Object[] oldIds = ids;
    int[] oldHashes = hashes;
    ids = new Object[oldIds.length * 2];
    hashes = new int[oldIds.length * 2];
    int mask = ids.length - 1;
    for (int j = 0; j < oldIds.length; j++) {
      if (oldIds[j] != null) {
        int i = oldHashes[j] & mask;
        while (ids[i] != null) {
          i = (i + 1) & mask;
        }
        ids[i] = oldIds[j];
        hashes[i] = oldHashes[j];
      }
    }
  }

  /** Mixes the high bits of a hash into the low ones, which pick the slot. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
