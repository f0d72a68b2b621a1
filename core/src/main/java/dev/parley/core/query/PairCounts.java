package dev.parley.core.query;

import java.util.Arrays;

/**
 * Counts of unordered pairs of small non-negative ints (node numbers), in an open-addressing
 * table of packed {@code long} keys: no boxing and one probe per increment, where a graph's
 * edge maps take several. Remembers the order in which pairs were first counted.
 */
final class PairCounts {
  private static final long EMPTY = -1L;

  private long[] keys;
  private int[] counts;
  private long[] order;
  private int size;

  PairCounts(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    counts = new int[capacity];
    order = new long[Math.max(16, expected)];
  }

  /** Counts the pair {@code {a, b}} once more; {@code a != b}. */
  void increment(int a, int b) {
    long key = a < b ? (long) a << 32 | b : (long) b << 32 | a;
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        counts[i]++;
        return;
      }
      if (k == EMPTY) {
        keys[i] = key;
        counts[i] = 1;
        if (size == order.length) {
          order = Arrays.copyOf(order, size * 2);
        }
        order[size++] = key;
        if (size * 2 > keys.length) {
          grow();
        }
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** The number of distinct pairs counted. */
  int size() {
    return size;
  }

  /** The {@code i}-th pair first counted, packed: the smaller node in the high half. */
  long pair(int i) {
    return order[i];
  }

  /** The count of a packed pair counted at least once. */
  int count(long key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return counts[i];
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    counts = new int[keys.length];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long k = oldKeys[j];
      if (k != EMPTY) {
        int i = mix(k) & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        counts[i] = oldCounts[j];
      }
    }
  }

  /** A 64-bit finalizer (MurmurHash3's fmix64), folded to an int. */
  private static int mix(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }
}
