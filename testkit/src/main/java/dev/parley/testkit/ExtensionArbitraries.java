package dev.parley.testkit;

import dev.parley.core.ExtensionValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Extension values, keys and maps. Documented at {@link ParleyArbitraries}, the entry point. */
final class ExtensionArbitraries {

  static final Arbitrary<String> KEYS = buildKeys();
  private static final Arbitrary<ExtensionValue> SCALARS = buildScalars();
  static final Arbitrary<Map<String, ExtensionValue>> MAPS =
      Arbitraries.maps(KEYS, values(1)).ofMaxSize(3);

  private ExtensionArbitraries() {}

  static Arbitrary<ExtensionValue> values(int maxDepth) {
    if (maxDepth < 0) {
      throw new IllegalArgumentException("maxDepth must not be negative: " + maxDepth);
    }
    if (maxDepth == 0) {
      return SCALARS;
    }
    Arbitrary<ExtensionValue> inner = values(maxDepth - 1);
    Arbitrary<ExtensionValue> lists =
        inner.list().ofMaxSize(2).map(values -> ExtensionValue.ofList(values));
    Arbitrary<ExtensionValue> maps =
        Arbitraries.maps(KEYS, inner).ofMaxSize(2).map(values -> ExtensionValue.ofMap(values));
    return Arbitraries.frequencyOf(
        List.of(Tuple.of(4, SCALARS), Tuple.of(1, lists), Tuple.of(1, maps)));
  }

  private static Arbitrary<String> buildKeys() {
    Arbitrary<String> words =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> any = Arbitraries.strings().ofMinLength(1).ofMaxLength(6);
    return Arbitraries.frequencyOf(List.of(Tuple.of(4, words), Tuple.of(1, any)));
  }

  private static Arbitrary<ExtensionValue> buildScalars() {
    Arbitrary<ExtensionValue> strings =
        Arbitraries.strings().ofMaxLength(8).map(s -> ExtensionValue.of(s));
    Arbitrary<ExtensionValue> numbers =
        Combinators.combine(
                Arbitraries.longs().between(-1_000_000, 1_000_000),
                Arbitraries.integers().between(0, 3))
            .as((unscaled, scale) -> ExtensionValue.of(BigDecimal.valueOf(unscaled, scale)));
    Arbitrary<ExtensionValue> booleans = Arbitraries.of(false, true).map(b -> ExtensionValue.of(b));
    Arbitrary<ExtensionValue> nulls = Arbitraries.just(ExtensionValue.ofNull());
    return Arbitraries.oneOf(List.of(strings, numbers, booleans, nulls));
  }
}
