package dev.parley.io.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The object types whose values readers building a chronicle cache: each at its slot, none of
 * them records, none containing itself (a reader reads one value of a cached type at a time
 * into one array), and their fields compared by identity exactly where readers hand out one
 * instance of each value.
 */
class CachedObjectsTest {

  @Test
  void theCachedTypesAreSmallValuesEachAtItsSlot() {
    List<ObjectCodec<?, ?>> cached = Codecs.cachedObjects();
    assertEquals(List.of(Codecs.POST, Codecs.PLACE, Codecs.PARTICIPANT, Codecs.SPEAKER,
        Codecs.EVENT_ACTOR), cached);
    for (int i = 0; i < cached.size(); i++) {
      assertEquals(i, cached.get(i).slot());
      assertFalse(cached.get(i).isRecord(), cached.get(i).type());
    }
    for (ObjectCodec<?, ?> o : Codecs.objects()) {
      assertEquals(cached.contains(o), o.isCached(), o.type());
    }
  }

  @Test
  void noCachedTypeContainsItself() {
    for (ObjectCodec<?, ?> o : Codecs.cachedObjects()) {
      Set<ObjectCodec<?, ?>> inside = new HashSet<>();
      collect(o, inside);
      assertFalse(inside.contains(o), o.type());
    }
  }

  private static void collect(ObjectCodec<?, ?> o, Set<ObjectCodec<?, ?>> inside) {
    for (Field<?, ?> f : o.fields()) {
      if (f.codec() instanceof ObjectCodec<?, ?> c && inside.add(c)) {
        collect(c, inside);
      }
    }
  }

  @Test
  void referencesEnumsDatesAndCachedValuesAreComparedByIdentity() {
    // actor, represents, role, capacity (a cached post): one instance each; sources: a list.
    assertArrayEquals(new boolean[] {true, true, true, true, false},
        Codecs.PARTICIPANT.canonicalFields());
    // role, party; the title is text, read anew.
    assertArrayEquals(new boolean[] {true, true, false}, Codecs.POST.canonicalFields());
    // city (text), state, tentative (a boolean, compared by equals).
    assertArrayEquals(new boolean[] {false, true, false}, Codecs.PLACE.canonicalFields());
  }
}
