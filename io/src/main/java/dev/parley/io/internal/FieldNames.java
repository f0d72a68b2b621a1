package dev.parley.io.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The field names of the objects being read, innermost object last, to find a name given twice
 * in one object.
 *
 * <p>Jackson can refuse repeated names itself ({@code STRICT_DUPLICATE_DETECTION}), at the cost
 * of a hash set for every object of three fields or more. Parley's readers, which look at every
 * name anyway, read with that detection off and check names here instead: the names of a small
 * object are compared one by one, in an array shared by all objects, and only an object of many
 * fields gets a set. A repeated name throws {@link Json.ReadStrictly}, on which the reader reads
 * its input again with Jackson's detection on, so that the error reported is exactly Jackson's.
 *
 * <p>Not thread-safe: one per reader.
 */
public final class FieldNames {
  /** Up to this many names, an object's names are compared one by one. */
  private static final int SCAN = 16;

  private static final FieldNames UNCHECKED = new FieldNames(false);

  private final boolean checking;
  private String[] names;
  private int size;
  /** The names of the open objects of more than {@link #SCAN} fields, by mark; usually empty. */
  private Map<Integer, Set<String>> large;

  private FieldNames(boolean checking) {
    this.checking = checking;
    this.names = checking ? new String[4 * SCAN] : null;
  }

  /** Names to check, for a reader whose parser does not. */
  public static FieldNames checked() {
    return new FieldNames(true);
  }

  /**
   * Names not checked, for readers whose parsers refuse repeated names themselves; stateless
   * and shared.
   */
  public static FieldNames unchecked() {
    return UNCHECKED;
  }

  /** Whether names are checked here (by a first, fast reading), not by the parser. */
  public boolean isChecking() {
    return checking;
  }

  /** Forgets every object, for a new input (after an error, objects may have been left open). */
  public void clear() {
    if (!checking) {
      return; // the shared, stateless instance
    }
    size = 0;
    if (large != null) {
      large.clear();
    }
  }

  /** Starts a new object; returns its mark, for {@link #add} and {@link #close}. */
  public int open() {
    return size;
  }

  /**
   * Adds a field name of the innermost open object, whose mark is {@code mark}.
   *
   * @throws Json.ReadStrictly if the object has a field of that name already
   */
  public void add(int mark, String name) {
    if (!checking) {
      return;
    }
    if (large != null && !large.isEmpty()) {
      Set<String> set = large.get(mark);
      if (set != null) {
        if (!set.add(name)) {
          throw new Json.ReadStrictly();
        }
        return;
      }
    }
    int hash = name.hashCode(); // cached: names are the parser's own, canonical strings
    for (int i = mark; i < size; i++) {
      if (names[i].hashCode() == hash && names[i].equals(name)) {
        throw new Json.ReadStrictly();
      }
    }
    if (size - mark == SCAN) {
      // A large object: its names go to a set from now on.
      Set<String> set = new HashSet<>();
      for (int i = mark; i < size; i++) {
        set.add(names[i]);
      }
      set.add(name);
      if (large == null) {
        large = new HashMap<>();
      }
      large.put(mark, set);
      return;
    }
    if (size == names.length) {
      names = java.util.Arrays.copyOf(names, 2 * size);
    }
    names[size++] = name;
  }

  /** Ends the object whose mark is {@code mark}. */
  public void close(int mark) {
    if (!checking) {
      return;
    }
    size = mark;
    if (large != null && !large.isEmpty()) {
      large.remove(mark);
    }
  }
}
