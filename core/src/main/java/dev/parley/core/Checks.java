package dev.parley.core;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validation helpers shared by the value types; messages name the type, the field and the value.
 * Messages, and field names made of parts, are built only when a check fails: values are checked
 * by the million when a corpus is read.
 */
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

  /** Whether {@link #nonBlank} accepts {@code value}. */
  private static boolean isNonBlank(String value) {
    return !value.isBlank() && value.strip().equals(value);
  }

  static void nonBlankAll(String field, Collection<String> values) {
    int i = 0;
    for (String value : values) {
      if (!isNonBlank(value)) {
        nonBlank(field + "[" + i + "]", value);
      }
      i++;
    }
  }

  static void matches(String field, String value, Pattern pattern, String what) {
    if (!pattern.matcher(value).matches()) {
      throw invalid(field, value, "must be " + what);
    }
  }

  static void nonEmpty(String field, Collection<?> values, String what) {
    if (values.isEmpty()) {
      throw invalid(field, values, "must hold at least one " + what);
    }
  }

  static <T> void distinct(String field, Collection<T> values) {
    if (values.size() < 2) {
      return;
    }
    if (values.size() <= 8 && values instanceof List) {
      // Short lists, the usual case: compare pairwise rather than build a set.
      List<T> list = (List<T>) values;
      for (int j = 1; j < list.size(); j++) {
        T value = list.get(j);
        for (int i = 0; i < j; i++) {
          if (list.get(i).equals(value)) {
            throw invalid(field, values, "repeats " + quote(value));
          }
        }
      }
      return;
    }
    Set<T> seen = new HashSet<>();
    for (T value : values) {
      if (!seen.add(value)) {
        throw invalid(field, values, "repeats " + quote(value));
      }
    }
  }

  static void extensionKeys(String field, java.util.Map<String, ?> values) {
    for (String key : values.keySet()) {
      if (key.isEmpty()) {
        throw invalid(field + " key", key, "must not be empty");
      }
    }
  }

  /** The rules every {@link Named} actor follows, for the type named {@code type}. */
  static void names(String type, String name, java.util.List<String> otherNames) {
    if (!isNonBlank(name)) {
      nonBlank(type + ".name", name);
    }
    if (otherNames.isEmpty()) {
      return;
    }
    String field = type + ".otherNames";
    nonBlankAll(field, otherNames);
    distinct(field, otherNames);
    if (otherNames.contains(name)) {
      throw invalid(field, otherNames, "must not repeat the name " + quote(name));
    }
  }

  /** The rules every {@link Entity} follows, for the type named {@code type}. */
  static void entity(String type, Entity<?> entity) {
    if (!entity.extensions().isEmpty()) {
      extensionKeys(type + ".extensions", entity.extensions());
    }
  }

  static String quote(Object value) {
    return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
  }
}
