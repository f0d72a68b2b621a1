package dev.parley.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An actor with a name and other names it is known by: spellings, transliterations and former
 * names ({@code Türkiye} / {@code Turkey}, {@code Sergei} / {@code Sergey}).
 */
public interface Named {

  /**
   * The name Parley uses for the actor.
   *
   * @return the name, non-blank
   */
  String name();

  /**
   * Other names the actor is known by, in the order given, none equal to {@link #name()}.
   *
   * @return the other names, immutable, possibly empty
   */
  List<String> otherNames();

  /**
   * Whether {@code name} is the actor's name or one of its other names, ignoring case
   * ({@link String#equalsIgnoreCase}).
   *
   * <pre>{@code
   * turkey.isKnownAs("turkey");   // true when "Turkey" is among its other names
   * }</pre>
   *
   * @param name the name to look for
   * @return whether the actor is known by that name
   * @throws NullPointerException if {@code name} is null
   */
  default boolean isKnownAs(String name) {
    requireNonNull(name, "name");
    // equalsIgnoreCase folds case character by character; toLowerCase would turn the Turkish
    // 'İ' into 'i' plus a combining dot and miss "ibrahim" for "İbrahim".
    return name().equalsIgnoreCase(name)
        || otherNames().stream().anyMatch(n -> n.equalsIgnoreCase(name));
  }
}
