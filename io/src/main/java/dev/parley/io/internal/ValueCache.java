package dev.parley.io.internal;

/**
 * Values read recently, so that a value equal to one of them is replaced by it: records that
 * repeat a value then share one instance, as a loader that interns them would.
 *
 * <p>Direct-mapped by the value's hash into {@value #SLOTS} slots: memory is bounded, and a value
 * takes the slot of the one before it. The values are immutable, so records may share them. Not
 * thread-safe: each reader has its own.
 *
 * @param <T> the type of the values, immutable, with value-based {@code equals} and {@code
 *     hashCode}
 */
final class ValueCache<T> {
  /** The number of slots. */
  static final int SLOTS = 2048;

  private final boolean enabled;
  private Object[] values;

  ValueCache(boolean enabled) {
    this.enabled = enabled;
  }

  /** The value remembered equal to {@code value}, or {@code value}, remembered from now on. */
  @SuppressWarnings("unchecked")
  T intern(T value) {
    if (!enabled) {
      return value;
    }
    if (values == null) {
      values = new Object[SLOTS];
    }
    int hash = value.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    Object known = values[slot];
    if (known != null && known.equals(value)) {
      return (T) known;
    }
    values[slot] = value;
    return value;
  }
}
