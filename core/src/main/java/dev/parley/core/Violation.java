package dev.parley.core;

import java.io.Serializable;
import org.immutables.value.Value;

/**
 * One problem found when building a {@link Chronicle}: which record, which field, and what is
 * wrong with it.
 *
 * <pre>{@code
 * meeting 'moscow-2023-05-10' participants[2].actor: unknown official 'faisal-mekdad'
 * }</pre>
 */
@Value.Immutable
public abstract class Violation implements Serializable {
  private static final long serialVersionUID = 1L;

  Violation() {}

  /**
   * Returns a violation.
   *
   * @param kind the kind of record, for example {@code "meeting"}
   * @param id the record's id
   * @param field the path of the bad field within the record, for example {@code
   *     "participants[2].actor"}
   * @param message what is wrong, in plain language
   * @return the violation
   */
  public static Violation of(String kind, String id, String field, String message) {
    return ImmutableViolation.of(kind, id, field, message);
  }

  /**
   * The kind of record: {@code state}, {@code official}, {@code organization}, {@code meeting},
   * {@code statement}, {@code stance}, {@code issue} or {@code article}.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract String kind();

  /**
   * The id of the record at fault.
   *
   * @return the id's text
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The path of the bad field within the record, such as {@code participants[2].actor}.
   *
   * @return the field path
   */
  @Value.Parameter
  public abstract String field();

  /**
   * What is wrong, in plain language.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns {@code kind 'id' field: message}.
   *
   * @return the violation as one line
   */
  @Override
  public String toString() {
    return kind() + " '" + id() + "' " + field() + ": " + message();
  }
}
