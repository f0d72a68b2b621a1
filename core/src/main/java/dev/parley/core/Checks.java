package dev.parley.core;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Validation helpers shared by the value types; messages name the type, the field and the value. */
final class Checks {
  private Checks() {}

  /** Builds the message used by every validation failure in the model. */
  static IllegalArgumentException invalid(String field, Object value, String reason) {
    return new IllegalArgumentException(
        "Invalid " + field + " " + quote(value) + ": " + reason);
  }

  static void check(boolean condition, String field, Object value, String reason) {
    if (!condition) {
      throw invalid(field, value, reason);
    }
  }

  static String nonBlank(String field, String value) {
    check(!value.isBlank(), field, value, "must not be blank");
    check(value.strip().equals(value), field, value,
        "must not start or end with white space");
    return value;
  }

  static void nonBlankAll(String field, Collection<String> values) {
    int i = 0;
    for (String value : values) {
      nonBlank(field + "[" + i++ + "]", value);
    }
  }

  static void matches(String field, String value, Pattern pattern, String what) {
    check(pattern.matcher(value).matches(), field, value, "must be " + what);
  }

  static void nonEmpty(String field, Collection<?> values, String what) {
    check(!values.isEmpty(), field, values, "must hold at least one " + what);
  }

  static <T> void distinct(String field, Collection<T> values) {
    Set<T> seen = new HashSet<>();
    for (T value : values) {
      check(seen.add(value), field, values, "repeats " + quote(value));
    }
  }

  static void extensionKeys(String field, java.util.Map<String, ?> values) {
    for (String key : values.keySet()) {
      check(!key.isEmpty(), field + " key", key, "must not be empty");
    }
  }

  /** The rules every {@link Named} actor follows, for the type named {@code type}. */
  static void names(String type, String name, java.util.List<String> otherNames) {
    nonBlank(type + ".name", name);
    nonBlankAll(type + ".otherNames", otherNames);
    distinct(type + ".otherNames", otherNames);
    check(!otherNames.contains(name), type + ".otherNames", otherNames,
        "must not repeat the name " + quote(name));
  }

  /** The rules every {@link Entity} follows, for the type named {@code type}. */
  static void entity(String type, Entity<?> entity) {
    extensionKeys(type + ".extensions", entity.extensions());
  }

  static String quote(Object value) {
    return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
  }
}
