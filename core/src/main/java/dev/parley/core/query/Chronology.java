package dev.parley.core.query;

import com.google.common.collect.ImmutableList;
import dev.parley.core.time.FuzzyDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A list's items in chronological order, for the indexes: each item's position in that order, the
 * items sorted, and lists of them grouped by key. An index visits the items in the list's own
 * order (the order they were built, and so, mostly, their order in memory) and appends each
 * item's position to its keys' {@link Positions}; {@link #lists} sorts each key's positions and
 * turns them into items at the end. Visiting a large chronicle in date order instead would miss
 * the processor's caches on every item, as its dates are unrelated to the order it was read in.
 *
 * @param <T> the items' type
 */
final class Chronology<T> {
  /** {@code position[i]} is the place of the list's item {@code i} in chronological order. */
  final int[] position;
  /** The items in chronological order. */
  final T[] sorted;

  private Chronology(int[] position, T[] sorted) {
    this.position = position;
    this.sorted = sorted;
  }

  /**
   * Orders {@code items} by date ({@link FuzzyDate}'s order), then by {@code tie}. The distinct
   * dates are sorted and ranked first, so that sorting the items compares ints rather than
   * dates; only items on dates of equal rank are compared with {@code tie}.
   *
   * @param items the items, in any order
   * @param date an item's date
   * @param tie the order of items on equal dates (by id)
   * @param empty an empty array of the items' type
   */
  static <T> Chronology<T> of(List<T> items, Function<? super T, FuzzyDate> date,
      Comparator<? super T> tie, T[] empty) {
    Map<FuzzyDate, Integer> ranks = new HashMap<>();
    for (T item : items) {
      ranks.putIfAbsent(date.apply(item), 0);
    }
    FuzzyDate[] dates = ranks.keySet().toArray(new FuzzyDate[0]);
    Arrays.sort(dates);
    int rank = 0;
    for (int i = 0; i < dates.length; i++) {
      if (i > 0 && dates[i - 1].compareTo(dates[i]) != 0) {
        rank++;
      }
      ranks.put(dates[i], rank);
    }
    long[] keys = new long[items.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (long) ranks.get(date.apply(items.get(i))) << 32 | i;
    }
    Arrays.sort(keys);
    Comparator<Integer> byTie = (a, b) -> tie.compare(items.get(a), items.get(b));
    Integer[] ties = new Integer[0];
    for (int from = 0; from < keys.length; ) {
      int to = from + 1;
      while (to < keys.length && keys[to] >>> 32 == keys[from] >>> 32) {
        to++;
      }
      if (to - from > 1) {
        if (ties.length < to - from) {
          ties = new Integer[Math.max(to - from, ties.length * 2)];
        }
        for (int k = from; k < to; k++) {
          ties[k - from] = (int) keys[k];
        }
        Arrays.sort(ties, 0, to - from, byTie);
        for (int k = from; k < to; k++) {
          keys[k] = keys[k] & 0xFFFF_FFFF_0000_0000L | ties[k - from];
        }
      }
      from = to;
    }
    int[] position = new int[keys.length];
    T[] sorted = Arrays.copyOf(empty, keys.length);
    for (int k = 0; k < keys.length; k++) {
      position[(int) keys[k]] = k;
      sorted[k] = items.get((int) keys[k]);
    }
    return new Chronology<>(position, sorted);
  }

  /** Every item, in chronological order. */
  ImmutableList<T> all() {
    return ImmutableList.copyOf(sorted);
  }

  /** The items at the given positions, in that order. */
  ImmutableList<T> at(int[] positions) {
    ImmutableList.Builder<T> list = ImmutableList.builderWithExpectedSize(positions.length);
    for (int p : positions) {
      list.add(sorted[p]);
    }
    return list.build();
  }

  /** Each key's items, in chronological order. */
  <K> ByKey<K, T> lists(Map<K, Positions> positions) {
    Map<K, ImmutableList<T>> result = new HashMap<>(positions.size() * 2);
    positions.forEach((k, v) -> result.put(k, at(v.sorted())));
    return new ByKey<>(result);
  }

  /** Appends {@code position} to {@code key}'s positions. */
  static <K> void add(Map<K, Positions> positions, K key, int position) {
    positions.computeIfAbsent(key, k -> new Positions()).add(position);
  }

  /** Lists of items by key; a key with no items has the empty list. */
  static final class ByKey<K, T> {
    private final Map<K, ImmutableList<T>> lists;

    ByKey(Map<K, ImmutableList<T>> lists) {
      this.lists = lists;
    }

    ImmutableList<T> get(K key) {
      return lists.getOrDefault(key, ImmutableList.of());
    }
  }

  /** A growing list of positions, in the order added. */
  static final class Positions {
    private int[] values = new int[4];
    private int size;

    void add(int position) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = position;
    }

    /** The positions in ascending order. */
    int[] sorted() {
      int[] result = Arrays.copyOf(values, size);
      for (int i = 1; i < result.length; i++) {
        if (result[i - 1] > result[i]) {
          Arrays.sort(result);
          break;
        }
      }
      return result;
    }
  }
}
