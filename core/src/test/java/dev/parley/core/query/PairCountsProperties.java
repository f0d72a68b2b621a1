package dev.parley.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link PairCounts} counts as a map of pairs does, in the order pairs were first counted. */
class PairCountsProperties {

  @Provide
  Arbitrary<List<int[]>> pairs() {
    return Arbitraries.integers().between(0, 3000).array(int[].class).ofSize(2)
        .filter(p -> p[0] != p[1]).list().ofMaxSize(5000);
  }

  @Property(tries = 200)
  void countsLikeAMapOfPairs(@ForAll("pairs") List<int[]> increments,
      @ForAll("expected") int expected) {
    Map<List<Integer>, Integer> reference = new LinkedHashMap<>();
    PairCounts counts = new PairCounts(expected);
    for (int[] p : increments) {
      reference.merge(List.of(Math.min(p[0], p[1]), Math.max(p[0], p[1])), 1, Integer::sum);
      counts.increment(p[0], p[1]);
    }
    assertEquals(reference.size(), counts.size());
    List<List<Integer>> order = new ArrayList<>();
    Map<List<Integer>, Integer> actual = new LinkedHashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      long pair = counts.pair(i);
      List<Integer> key = List.of((int) (pair >>> 32), (int) pair);
      order.add(key);
      actual.put(key, counts.count(pair));
    }
    assertEquals(new ArrayList<>(reference.keySet()), order);
    assertEquals(reference, actual);
  }

  @Provide
  Arbitrary<Integer> expected() {
    return Arbitraries.integers().between(0, 10_000);
  }
}
