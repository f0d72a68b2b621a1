package dev.parley.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.io.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * {@link TextCache} never answers with the value of another text: whatever was remembered, and
 * whichever texts share a slot, a text found has the value its own conversion gives.
 */
class TextCacheProperties {

  @Property(tries = 300)
  void aTextFoundHasItsOwnValue(@ForAll("texts") List<String> remembered,
      @ForAll("texts") List<String> looked) {
    TextCache<String> cache = TextCache.lossy(1000);
    for (String t : remembered) {
      cache.remember(t, "value of " + t);
    }
    int found = 0;
    for (String t : looked) {
      String value = find(cache, t);
      if (value != null) {
        assertEquals("value of " + t, value);
        found++;
      }
    }
    for (String t : remembered.subList(Math.max(0, remembered.size() - 1), remembered.size())) {
      assertEquals("value of " + t, find(cache, t), "the last text remembered");
    }
    assertTrue(found <= looked.size());
  }

  @Property(tries = 200)
  void anExactCacheFindsEveryTextItRemembered(@ForAll("texts") List<String> remembered,
      @ForAll("texts") List<String> looked) {
    TextCache<String> cache = TextCache.exact(1000);
    for (String t : remembered) {
      if (find(cache, t) == null) { // as the reader remembers: only a text not found
        cache.remember(t, "value of " + t);
      }
    }
    for (String t : remembered) {
      assertEquals("value of " + t, find(cache, t), t);
    }
    for (String t : looked) {
      String value = find(cache, t);
      assertEquals(remembered.contains(t) ? "value of " + t : null, value, t);
    }
  }

  @Property(tries = 20)
  void anExactCacheStopsRememberingAtItsBound(@ForAll("texts") List<String> looked) {
    TextCache<String> cache = TextCache.exact(1000);
    for (int i = 0; i < TextCache.MAX_EXACT + 10; i++) {
      cache.remember("t" + i, "value of t" + i);
    }
    assertEquals("value of t0", find(cache, "t0"));
    assertEquals("value of t" + (TextCache.MAX_EXACT - 1),
        find(cache, "t" + (TextCache.MAX_EXACT - 1)));
    assertEquals(null, find(cache, "t" + TextCache.MAX_EXACT), "past the bound");
    for (String t : looked) {
      String value = find(cache, t);
      if (value != null) {
        assertEquals("value of " + t, value);
      }
    }
  }

  /** Short texts alike at their ends and starts, as ids and dates are, so that slots collide. */
  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab-:0é").ofMaxLength(12),
        Arbitraries.integers().between(0, 3000).map(i -> "meeting-" + i),
        Arbitraries.integers().between(0, 40).map(i -> "2023-0" + (i % 9 + 1) + "-1" + i % 10));
    return text.list().ofMaxSize(600);
  }

  private static String find(TextCache<String> cache, String text) {
    byte[] json = ("\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .getBytes(StandardCharsets.UTF_8);
    try (JsonParser p = Json.factory(ReadOptions.defaults())
        .createParser(ObjectReadContext.empty(), json, 0, json.length)) {
      p.nextToken();
      return cache.find(p);
    }
  }
}
