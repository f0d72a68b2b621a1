package dev.parley.core.query;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The filters of a query, all of which a record must pass, and how to run them: scan the
 * shortest index list among the filters that have one (or every record when none has), testing
 * the other filters. A single indexed filter returns its index list as is, in O(1).
 *
 * @param <T> the records filtered
 */
final class Conjunction<T> {
  /** One filter: a test, and the index list holding every record that passes it, or null. */
  private static final class Criterion<T> {
    final Predicate<? super T> test;
    final List<T> candidates;

    Criterion(Predicate<? super T> test, List<T> candidates) {
      this.test = test;
      this.candidates = candidates;
    }
  }

  private static final Conjunction<Object> EMPTY = new Conjunction<>(ImmutableList.of());

  private final ImmutableList<Criterion<T>> criteria;

  private Conjunction(ImmutableList<Criterion<T>> criteria) {
    this.criteria = criteria;
  }

  @SuppressWarnings("unchecked")
  static <T> Conjunction<T> empty() {
    return (Conjunction<T>) EMPTY;
  }

  /** This conjunction and {@code test}, whose passing records are all in {@code candidates}. */
  Conjunction<T> and(Predicate<? super T> test, List<T> candidates) {
    return new Conjunction<>(ImmutableList.<Criterion<T>>builder()
        .addAll(criteria).add(new Criterion<>(test, candidates)).build());
  }

  /** This conjunction and {@code test}, which no index serves. */
  Conjunction<T> and(Predicate<? super T> test) {
    return and(test, null);
  }

  /** The records of {@code all} (in order) that pass every filter; immutable. */
  List<T> run(ImmutableList<T> all) {
    List<T> source = all;
    Criterion<T> chosen = null;
    for (Criterion<T> c : criteria) {
      if (c.candidates != null && (chosen == null || c.candidates.size() < source.size())) {
        source = c.candidates;
        chosen = c;
      }
    }
    if (criteria.isEmpty() || (criteria.size() == 1 && chosen != null)) {
      return source;
    }
    ImmutableList.Builder<T> result = ImmutableList.builder();
    outer:
    for (T record : source) {
      for (Criterion<T> c : criteria) {
        if (c != chosen && !c.test.test(record)) {
          continue outer;
        }
      }
      result.add(record);
    }
    return result.build();
  }
}
