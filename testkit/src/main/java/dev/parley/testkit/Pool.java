package dev.parley.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

/** Values to refer to: any of an arbitrary's values, or the members of a finite list. */
final class Pool<T> {
  /** Integer weights of the Zipf-like choice: {@code ZIPF_SCALE / (i + 1)}. */
  private static final int ZIPF_SCALE = 720;

  private final Arbitrary<T> values; // null when the pool is empty
  private final List<T> members; // null when unbounded

  private Pool(Arbitrary<T> values, List<T> members) {
    this.values = values;
    this.members = members;
  }

  static <T> Pool<T> unbounded(Arbitrary<T> values) {
    return new Pool<>(values, null);
  }

  /**
   * A pool of {@code members}, chosen with a bias toward the first: as in real corpora, a few
   * actors (and articles, issues) account for most references, and references shrink toward
   * the first member.
   */
  static <T> Pool<T> of(List<? extends T> members) {
    List<T> copy = List.copyOf(members);
    if (copy.isEmpty()) {
      return new Pool<>(null, copy);
    }
    // Zipf-like weights: the i-th member is chosen in proportion to 1 / (i + 1). A draw below
    // cumulative[i] picks member i; draws shrink toward 0, the first member.
    int[] cumulative = new int[copy.size()];
    int total = 0;
    for (int i = 0; i < copy.size(); i++) {
      total += ZIPF_SCALE / (i + 1);
      cumulative[i] = total;
    }
    // Uniform draws, so that the weights hold: jqwik's default distribution of integers leans
    // toward the shrinking target, which would make the first member nearly the only one.
    Arbitrary<T> skewed = Arbitraries.integers()
        .between(0, total - 1)
        .withDistribution(RandomDistribution.uniform())
        .map(draw -> copy.get(firstAbove(cumulative, draw)));
    return new Pool<>(skewed, copy);
  }

  /** The index of the first cumulative weight above {@code draw}. */
  private static int firstAbove(int[] cumulative, int draw) {
    int i = Arrays.binarySearch(cumulative, draw + 1);
    return i >= 0 ? i : -i - 1;
  }

  boolean isEmpty() {
    return values == null;
  }

  Arbitrary<T> one() {
    if (values == null) {
      throw new IllegalStateException("no value to refer to");
    }
    return values;
  }

  Arbitrary<Optional<T>> maybe() {
    return values == null ? Arbitraries.just(Optional.empty()) : values.optional(0.5);
  }

  /** Lists of {@code min} to {@code max} different members (fewer if the pool is smaller). */
  Arbitrary<List<T>> distinct(int min, int max) {
    if (values == null) {
      return Arbitraries.just(List.of());
    }
    if (members == null) {
      return values.list().uniqueElements().ofMinSize(min).ofMaxSize(max);
    }
    int upper = Math.min(max, members.size());
    return Arbitraries.subsetOf(members)
        .ofMinSize(Math.min(min, upper))
        .ofMaxSize(upper)
        .map(this::inPoolOrder);
  }

  Pool<T> without(T excluded) {
    if (members == null) {
      return unbounded(values.filter(v -> !v.equals(excluded)));
    }
    List<T> rest = new ArrayList<>(members);
    rest.remove(excluded);
    return of(rest);
  }

  private List<T> inPoolOrder(Set<T> chosen) {
    return members.stream().filter(chosen::contains).collect(Collectors.toUnmodifiableList());
  }
}
