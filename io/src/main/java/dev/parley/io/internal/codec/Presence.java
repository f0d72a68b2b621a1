package dev.parley.io.internal.codec;

/**
 * Whether a field must be present in the format, and when the writer writes it.
 */
public enum Presence {
  /** Always written; refused when missing. */
  REQUIRED,
  /**
   * Always written, and required by the schema; a reader that misses it takes the builder's
   * default (a documented leniency).
   */
  DEFAULTED,
  /** An optional value: written when present. */
  OPTIONAL,
  /** A list that may be empty: written when it is not (the schema asks for at least one item). */
  LIST,
  /** A list of at least one item: always written; refused when missing. */
  REQUIRED_LIST,
  /**
   * A flag: written only when true (the schema's {@code const: true}); {@code false} is read too
   * (a documented leniency).
   */
  FLAG;

  /** Whether a reader refuses an object without the field. */
  public boolean isRequired() {
    return this == REQUIRED || this == REQUIRED_LIST;
  }

  /** Whether the schema lists the field among the object's required ones. */
  public boolean isRequiredBySchema() {
    return this == REQUIRED || this == REQUIRED_LIST || this == DEFAULTED;
  }

  /** Whether the field's value is a JSON array. */
  public boolean isList() {
    return this == LIST || this == REQUIRED_LIST;
  }
}
