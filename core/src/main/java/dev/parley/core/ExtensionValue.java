package dev.parley.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A JSON-like value that users attach to an entity in its {@code extensions} map: a string, a
 * number, a boolean, null, a list or a map of such values. Parley keeps extensions through every
 * reader and writer but never interprets them.
 *
 * <p>Values are immutable and compared by value. Numbers are {@link BigDecimal}s compared with
 * {@link BigDecimal#equals}, so {@code 1} and {@code 1.0} differ, as their JSON text does.
 *
 * <pre>{@code
 * Map<String, ExtensionValue> ext = Map.of(
 *     "reviewed", ExtensionValue.of(true),
 *     "tags", ExtensionValue.ofList(List.of(ExtensionValue.of("astana"))));
 * }</pre>
 */
public sealed interface ExtensionValue {

  /**
   * Returns a string value.
   *
   * @param value the string
   * @return the value
   * @throws NullPointerException if {@code value} is null
   */
  static ExtensionValue of(String value) {
    return new StringValue(value);
  }

  /**
   * Returns a boolean value.
   *
   * @param value the boolean
   * @return the value
   */
  static ExtensionValue of(boolean value) {
    return new BooleanValue(value);
  }

  /**
   * Returns a whole-number value.
   *
   * @param value the number
   * @return the value
   */
  static ExtensionValue of(long value) {
    return new NumberValue(BigDecimal.valueOf(value));
  }

  /**
   * Returns a number value, keeping its scale ({@code 1.50} stays {@code 1.50}).
   *
   * @param value the number
   * @return the value
   * @throws NullPointerException if {@code value} is null
   */
  static ExtensionValue of(BigDecimal value) {
    return new NumberValue(value);
  }

  /**
   * Returns the null value, for a JSON {@code null} that must be kept.
   *
   * @return the null value
   */
  static ExtensionValue ofNull() {
    return NullValue.INSTANCE;
  }

  /**
   * Returns a list value holding a copy of {@code values}.
   *
   * @param values the elements
   * @return the value
   * @throws NullPointerException if {@code values} or an element is null
   */
  static ExtensionValue ofList(List<? extends ExtensionValue> values) {
    return new ListValue(ImmutableList.copyOf(values));
  }

  /**
   * Returns a map value holding a copy of {@code values}, in their iteration order.
   *
   * @param values the entries
   * @return the value
   * @throws NullPointerException if {@code values}, a key or a value is null
   * @throws IllegalArgumentException if a key is empty
   */
  static ExtensionValue ofMap(Map<String, ? extends ExtensionValue> values) {
    return new MapValue(ImmutableMap.copyOf(values));
  }

  /**
   * A string.
   *
   * @param value the string
   */
  record StringValue(String value) implements ExtensionValue {
    /**
     * Creates the value.
     *
     * @param value the string
     */
    public StringValue {
      requireNonNull(value, "value");
    }
  }

  /**
   * A number, kept exactly as a {@link BigDecimal}.
   *
   * @param value the number
   */
  record NumberValue(BigDecimal value) implements ExtensionValue {
    /**
     * Creates the value.
     *
     * @param value the number
     */
    public NumberValue {
      requireNonNull(value, "value");
    }
  }

  /**
   * A boolean.
   *
   * @param value the boolean
   */
  record BooleanValue(boolean value) implements ExtensionValue {}

  /** JSON {@code null}: kept so that nothing a reader was given is lost. */
  enum NullValue implements ExtensionValue {
    /** The only null value. */
    INSTANCE
  }

  /**
   * A list of values.
   *
   * @param values the elements, immutable
   */
  record ListValue(List<ExtensionValue> values) implements ExtensionValue {
    /**
     * Creates the value from a copy of {@code values}.
     *
     * @param values the elements
     */
    public ListValue {
      values = ImmutableList.copyOf(values);
    }
  }

  /**
   * A map from non-empty string keys to values.
   *
   * @param values the entries, immutable, in their original order
   */
  record MapValue(Map<String, ExtensionValue> values) implements ExtensionValue {
    /**
     * Creates the value from a copy of {@code values}.
     *
     * @param values the entries
     */
    public MapValue {
      values = ImmutableMap.copyOf(values);
      Checks.extensionKeys("MapValue", values);
    }
  }
}
