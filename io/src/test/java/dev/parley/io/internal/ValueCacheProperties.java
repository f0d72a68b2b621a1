package dev.parley.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueCache} gives a value only for fields equal to those it was built from, and every
 * value it remembered, up to its bound. The reference is a map from the fields (as a list) to
 * the value first built from them.
 */
class ValueCacheProperties {
  private static final int WIDTH = 3;
  /** The first field's values are canonical (enum constants); the others are read anew. */
  private static final boolean[] CANONICAL = {true, false, false};

  @Property(tries = 300)
  void aValueFoundWasBuiltFromEqualFields(@ForAll("fields") List<Object[]> read,
      @ForAll("fields") List<Object[]> looked) {
    ValueCache<String> cache = new ValueCache<>(CANONICAL);
    Map<List<Object>, String> built = new HashMap<>();
    for (Object[] f : read) {
      // As the codecs do: the fields read into the cache's array, looked up, and only a value
      // not found is built and remembered.
      String found = find(cache, f);
      if (found == null) {
        String value = "value " + built.size() + " of " + Arrays.toString(f);
        assertNull(built.put(Arrays.asList(f.clone()), value),
            "built twice: " + Arrays.toString(f));
        cache.remember(value);
      } else {
        assertSame(built.get(Arrays.asList(f)), found, Arrays.toString(f));
      }
    }
    for (Object[] f : looked) {
      assertEquals(built.get(Arrays.asList(f)), find(cache, f), Arrays.toString(f));
    }
    assertEquals(built.size(), cache.size());
  }

  @Test
  void equalTextsAndListsMatchThoughNotTheSameInstance() {
    ValueCache<String> cache = new ValueCache<>(new boolean[WIDTH]);
    assertNull(find(cache, new String("City A"), new ArrayList<>(List.of("source")), null));
    cache.remember("place");
    assertEquals("place",
        find(cache, new String("City A"), new ArrayList<>(List.of("source")), null));
    assertNull(find(cache, "City A", List.of("source"), Boolean.TRUE), "a field more");
  }

  @Test
  void canonicalFieldsCompareByIdentity() {
    ValueCache<String> cache = new ValueCache<>(CANONICAL);
    Object tur = new String("state:TUR");
    assertNull(find(cache, tur, null, null));
    cache.remember("TUR's");
    assertEquals("TUR's", find(cache, tur, null, null));
    assertNull(find(cache, new String("state:TUR"), null, null),
        "an equal value, but another instance: built again");
  }

  @Test
  void theHashIsTheFieldsHash() {
    ValueCache<String> cache = new ValueCache<>(CANONICAL);
    find(cache, Thread.State.NEW, "a", null);
    int first = cache.hash();
    cache.remember("value");
    find(cache, Thread.State.NEW, new String("a"), null);
    assertEquals(first, cache.hash(), "found again: the same hash, for the object holding it");
    find(cache, Thread.State.NEW, "b", null);
    assertNotEquals(first, cache.hash());
  }

  @Test
  void theFieldsAreCopiedWhenRemembered() {
    ValueCache<String> cache = new ValueCache<>(new boolean[WIDTH]);
    find(cache, "a", null, null);
    cache.remember("value of a");
    assertNull(find(cache, "b", null, null), "the array was cleared and filled again");
    assertEquals("value of a", find(cache, "a", null, null));
  }

  @Test
  void itStopsRememberingAtItsBound() {
    ValueCache<String> cache = new ValueCache<>(new boolean[1]);
    for (int i = 0; i < ValueCache.MAX_VALUES + 10; i++) {
      find(cache, i);
      cache.remember("value of " + i);
    }
    assertEquals(ValueCache.MAX_VALUES, cache.size());
    assertEquals("value of 0", find(cache, 0));
    assertEquals("value of " + (ValueCache.MAX_VALUES - 1),
        find(cache, ValueCache.MAX_VALUES - 1));
    assertNull(find(cache, ValueCache.MAX_VALUES), "past the bound");
  }

  /**
   * Looks {@code fields} up as a codec does: each field set as read, a canonical one with a
   * hash its reader gives (here its own).
   */
  private static String find(ValueCache<String> cache, Object... fields) {
    cache.start();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i] != null) {
        cache.set(i, fields[i], fields[i].hashCode());
      }
    }
    return cache.find();
  }

  /**
   * Fields from small sets, so that objects repeat and hashes collide: the first a constant
   * (one instance each, as {@link #CANONICAL} says), the others texts made anew each time (equal,
   * not the same instance) or lists; nulls for absent fields.
   */
  @Provide
  Arbitrary<List<Object[]>> fields() {
    Arbitrary<Object> constant = Arbitraries.of(Thread.State.class).map(s -> (Object) s)
        .injectNull(0.25);
    Arbitrary<Object> anew = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 40).map(i -> (Object) new String("text " + i)),
        Arbitraries.integers().between(0, 3).map(i -> (Object) List.of("item " + i)))
        .injectNull(0.25);
    return net.jqwik.api.Combinators.combine(constant, anew, anew)
        .as((a, b, c) -> new Object[] {a, b, c}).list().ofMaxSize(400);
  }
}
