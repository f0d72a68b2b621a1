package dev.parley.core;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An identifier of an entity in an external scheme, such as a Wikidata item: {@code
 * wikidata:Q43} for Türkiye. A fact taken from a reference work rather than an article (a
 * minister's dates in office) carries a {@link Reference} instead.
 *
 * <pre>{@code
 * Identifier q43 = Identifier.parse("wikidata:Q43");
 * q43.scheme();   // "wikidata"
 * q43.value();    // "Q43"
 * }</pre>
 */
@Value.Immutable
public abstract class Identifier {
  private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9.+-]*");

  Identifier() {}

  /**
   * The scheme: lower-case letters, digits, {@code . + -}, starting with a letter.
   *
   * @return the scheme, for example {@code "wikidata"}
   */
  @Value.Parameter
  public abstract String scheme();

  /**
   * The value within the scheme: non-blank, without surrounding white space.
   *
   * @return the value, for example {@code "Q43"}
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the identifier with the given scheme and value.
   *
   * @param scheme the scheme, for example {@code "wikidata"}
   * @param value the value, for example {@code "Q43"}
   * @return the identifier
   * @throws NullPointerException if either argument is null
   * @throws IllegalArgumentException if the scheme or value is malformed
   */
  public static Identifier of(String scheme, String value) {
    return ImmutableIdentifier.of(scheme, value);
  }

  /**
   * Reads an identifier written as {@code scheme:value}; the value may itself hold colons.
   *
   * @param text the identifier text, for example {@code "wikidata:Q7747"}
   * @return the identifier
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if there is no colon, or the scheme or value is malformed
   */
  public static Identifier parse(String text) {
    requireNonNull(text, "text");
    int colon = text.indexOf(':');
    Checks.check(colon > 0, "Identifier", text, "must be written 'scheme:value'");
    return of(text.substring(0, colon), text.substring(colon + 1));
  }

  @Value.Check
  void check() {
    Checks.matches("Identifier.scheme", scheme(), SCHEME,
        "lower-case letters, digits, '.', '+' or '-', starting with a letter");
    Checks.nonBlank("Identifier.value", value());
  }

  /**
   * Returns {@code scheme:value}, the form {@link #parse} reads.
   *
   * @return the identifier text
   */
  @Override
  public String toString() {
    return scheme() + ":" + value();
  }
}
