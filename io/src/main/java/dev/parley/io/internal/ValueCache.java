package dev.parley.io.internal;

import java.util.Arrays;

/**
 * The values of one small object type (a post, a participant, a place) that a reader built,
 * each found again by the values of its fields, so that an object met again (the same official
 * in the same post at meeting after meeting) is neither built nor checked again, and every
 * record read holds one instance of it.
 *
 * <p>The object's fields are {@linkplain #set set} as they are read, then looked up ({@link
 * #find}); only when no value was built from equal fields is the object built, and then {@link
 * #remember remembered}. Equal fields build equal values: a type's builder and checks depend on
 * nothing else.
 *
 * <p>Two ways to compare a field, fixed per field. A <em>canonical</em> field's values are the
 * one instance a reader building a chronicle hands out of each value (references, dates, enum
 * constants, cached values): they are compared by identity, and hashed by the hash their reader
 * gave ({@link RecordReader#valueHash()}, a hash of the text they were read from), so that a
 * lookup does not read them again. Other fields (text, lists, flags), read anew each time, are
 * compared by {@code equals} and hashed by {@code hashCode}. A value equal to a canonical one but
 * another instance (past an exact cache's bound, say) only misses: the object is built again.
 *
 * <p>Open addressing by the fields' hash, each slot's fields in one array for all the slots;
 * every value remembered is found again, the table growing up to {@value #MAX_VALUES} values,
 * after which it remembers no more. Only readers
 * whose records are all kept for a chronicle have these ({@link ReadCaches#forChronicle}): a
 * reader handing out records one by one must not hold on to what it read.
 *
 * <p>Not thread-safe: each reader has its own.
 *
 * @param <T> the type of the values
 */
public final class ValueCache<T> {
  /** The first number of slots of the table. */
  static final int FIRST_SIZE = 256;
  /** The most values remembered. */
  static final int MAX_VALUES = 1 << 16;

  /** The number of fields of the type. */
  private final int width;
  /** Of each field, whether its values are canonical: compared and hashed by identity. */
  private final boolean[] canonical;
  /**
   * The fields of the object being read: one reader reads one object of a type at a time, since
   * no object type contains itself (a table is made after the tables of its fields' values).
   */
  private final Object[] scratch;
  /** The hashes of its canonical fields, as their readers gave them. */
  private final int[] fieldHashes;
  /** The hash of the fields {@link #find()} looked up last. */
  private int hash;
  /** Each slot's field values, {@link #width} of them from {@code slot * width}. */
  private Object[] keys;
  /** Each slot's value; null for a free slot. */
  private Object[] values;
  /** Each slot's hash of its fields, compared before the fields. */
  private int[] hashes;
  /** The number of values remembered. */
  private int size;

  /**
   * A cache for a type whose fields' values are, field by field, {@code canonical} (one
   * instance of each value, compared by identity) or not (compared by their {@code equals}).
   */
  ValueCache(boolean[] canonical) {
    this.width = canonical.length;
    this.canonical = canonical.clone();
    this.scratch = new Object[width];
    this.fieldHashes = new int[width];
  }

  /** Starts reading an object: every field absent. */
  public void start() {
    Arrays.fill(scratch, null);
  }

  /**
   * Sets a field of the object being read.
   *
   * @param index the field's index in its type's table
   * @param value its value, not null
   * @param valueHash for a canonical field, the hash its reader gave ({@link
   *     RecordReader#valueHash()}); else ignored
   */
  public void set(int index, Object value, int valueHash) {
    scratch[index] = value;
    fieldHashes[index] = valueHash;
  }

  /**
   * A field of the object being read.
   *
   * @param index the field's index in its type's table
   * @return its value, or null if absent
   */
  public Object get(int index) {
    return scratch[index];
  }

  /**
   * The value built before from fields equal to those set since {@link #start()}, or null.
   * Also computes their {@link #hash()}.
   *
   * @return the value remembered, or null
   */
  @SuppressWarnings("unchecked") // each slot's value is a T
  public T find() {
    int hash = 1;
    for (int i = 0; i < width; i++) {
      Object f = scratch[i];
      hash = 31 * hash + (f == null ? 0 : canonical[i] ? fieldHashes[i] : f.hashCode());
    }
    this.hash = hash;
    if (values == null) {
      return null;
    }
    int mask = values.length - 1;
    for (int slot = slot(hash) & mask; ; slot = (slot + 1) & mask) {
      Object value = values[slot];
      if (value == null) {
        return null;
      }
      if (hashes[slot] == hash && same(slot * width)) {
        return (T) value;
      }
    }
  }

  /**
   * The hash of the fields {@link #find()} looked up last: the hash of the value found or built
   * from them, for an object that holds it ({@link RecordReader#valueHash(int)}).
   *
   * @return the hash
   */
  public int hash() {
    return hash;
  }

  /**
   * Remembers {@code value}, built from the fields {@link #find()} did not find (copied), unless
   * {@value #MAX_VALUES} values are remembered already.
   *
   * @param value the value
   */
  public void remember(T value) {
    if (size >= MAX_VALUES) {
      return;
    }
    if (values == null) {
      keys = new Object[FIRST_SIZE * width];
      values = new Object[FIRST_SIZE];
      hashes = new int[FIRST_SIZE];
    } else if (2 * (size + 1) > values.length) {
      grow();
    }
    put(free(hash), scratch, 0, value, hash);
    size++;
  }

  /** The number of values remembered. */
  int size() {
    return size;
  }

  /** Whether the fields of the slot at {@code at} in {@link #keys} are those being read. */
  private boolean same(int at) {
    for (int i = 0; i < width; i++) {
      Object a = keys[at + i];
      Object b = scratch[i];
      if (a != b && (canonical[i] || a == null || !a.equals(b))) {
        return false;
      }
    }
    return true;
  }

  private void put(int slot, Object[] from, int at, Object value, int hash) {
    System.arraycopy(from, at, keys, slot * width, width);
    values[slot] = value;
    hashes[slot] = hash;
  }

  /** The first free slot from {@code hash}'s own, probing onwards. */
  private int free(int hash) {
    int mask = values.length - 1;
    int slot = slot(hash) & mask;
    while (values[slot] != null) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Doubles the table, keeping every value. */
  private void grow() {
    Object[] oldKeys = keys;
    Object[] oldValues = values;
    int[] oldHashes = hashes;
    keys = new Object[oldKeys.length * 2];
    values = new Object[oldValues.length * 2];
    hashes = new int[values.length];
    for (int i = 0; i < oldValues.length; i++) {
      if (oldValues[i] != null) {
        put(free(oldHashes[i]), oldKeys, i * width, oldValues[i], oldHashes[i]);
      }
    }
  }

  /** The hash spread over its low bits, which the table's mask keeps. */
  private static int slot(int hash) {
    return hash ^ (hash >>> 16);
  }
}
