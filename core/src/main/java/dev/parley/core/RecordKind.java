package dev.parley.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of record a {@link Chronicle} holds, in the order Parley's documents list them. Every
 * layer that treats records kind by kind (validation, readers, writers, generators) dispatches
 * on this enum with a {@code switch} that names every constant, so that a new kind cannot be
 * left out silently.
 *
 * <pre>{@code
 * for (RecordKind kind : RecordKind.values()) {
 *   System.out.println(kind.plural() + ": " + kind.records(chronicle).size());
 * }
 * record.recordKind().label(); // "meeting"
 * }</pre>
 */
public enum RecordKind {
  /** {@link State}s. */
  STATE("state", "states", State.class),
  /** {@link Organization}s. */
  ORGANIZATION("organization", "organizations", Organization.class),
  /** {@link Official}s. */
  OFFICIAL("official", "officials", Official.class),
  /** {@link Issue}s. */
  ISSUE("issue", "issues", Issue.class),
  /** {@link Article}s. */
  ARTICLE("article", "articles", Article.class),
  /** {@link Meeting}s. */
  MEETING("meeting", "meetings", Meeting.class),
  /** {@link Statement}s. */
  STATEMENT("statement", "statements", Statement.class),
  /** {@link Stance}s. */
  STANCE("stance", "stances", Stance.class),
  /** {@link Event}s: what happened between actors, other than meetings and statements. */
  EVENT("event", "events", Event.class);

  private static final List<RecordKind> ALL = List.of(values());

  private final String label;
  private final String plural;
  private final Class<? extends Entity<?>> type;

  RecordKind(String label, String plural, Class<? extends Entity<?>> type) {
    this.label = label;
    this.plural = plural;
    this.type = type;
  }

  /**
   * The kind's name in the JSON format: the {@code kind} of an NDJSON line.
   *
   * @return the label, such as {@code meeting}
   */
  public String label() {
    return label;
  }

  /**
   * The kind's plural: the key of a document's array of such records, and the name of {@link
   * Chronicle}'s accessor.
   *
   * @return the plural, such as {@code meetings}
   */
  public String plural() {
    return plural;
  }

  /**
   * The record type of this kind.
   *
   * @return the type, such as {@code Meeting.class}
   */
  public Class<? extends Entity<?>> type() {
    return type;
  }

  /**
   * A chronicle's records of this kind, in id order: {@code MEETING.records(c)} is {@code
   * c.meetings()}.
   *
   * @param chronicle the chronicle
   * @return the records, immutable
   * @throws NullPointerException if {@code chronicle} is null
   */
  public List<? extends Entity<?>> records(Chronicle chronicle) {
    requireNonNull(chronicle, "chronicle");
    return switch (this) {
      case STATE -> chronicle.states();
      case ORGANIZATION -> chronicle.organizations();
      case OFFICIAL -> chronicle.officials();
      case ISSUE -> chronicle.issues();
      case ARTICLE -> chronicle.articles();
      case MEETING -> chronicle.meetings();
      case STATEMENT -> chronicle.statements();
      case STANCE -> chronicle.stances();
      case EVENT -> chronicle.events();
    };
  }

  /**
   * A chronicle's records of this kind, typed: {@code MEETING.records(c, Meeting.class)}.
   *
   * @param chronicle the chronicle
   * @param type this kind's {@link #type()}
   * @param <E> the record type
   * @return the records, immutable, in id order
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code type} is not this kind's type
   */
  @SuppressWarnings("unchecked") // checked: the list holds records of this kind's type only
  public <E extends Entity<?>> List<E> records(Chronicle chronicle, Class<E> type) {
    requireNonNull(type, "type");
    if (type != this.type) {
      throw new IllegalArgumentException("the records of kind " + label + " are "
          + this.type.getSimpleName() + "s, not " + type.getSimpleName() + "s");
    }
    return (List<E>) records(chronicle);
  }

  /**
   * The kind whose {@link #label()} is {@code label}.
   *
   * @param label a label, such as {@code meeting}
   * @return the kind, or empty if no kind has that label
   * @throws NullPointerException if {@code label} is null
   */
  public static Optional<RecordKind> fromLabel(String label) {
    requireNonNull(label, "label");
    return ALL.stream().filter(k -> k.label.equals(label)).findFirst();
  }

  /**
   * The kind whose {@link #plural()} is {@code plural}.
   *
   * @param plural a plural, such as {@code meetings}
   * @return the kind, or empty if no kind has that plural
   * @throws NullPointerException if {@code plural} is null
   */
  public static Optional<RecordKind> fromPlural(String plural) {
    requireNonNull(plural, "plural");
    return ALL.stream().filter(k -> k.plural.equals(plural)).findFirst();
  }
}
