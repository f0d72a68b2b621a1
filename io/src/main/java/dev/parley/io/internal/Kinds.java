package dev.parley.io.internal;

import dev.parley.core.Article;
import dev.parley.core.Entity;
import dev.parley.core.Issue;
import dev.parley.core.Meeting;
import dev.parley.core.Official;
import dev.parley.core.Organization;
import dev.parley.core.Stance;
import dev.parley.core.State;
import dev.parley.core.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The kinds of record in Parley's format, in the order documents list them; each kind's name is
 * the {@code kind} of an NDJSON line and, plural, the key of a document's array.
 */
public enum Kinds {
  /** States. */
  STATE("states"),
  /** Organizations. */
  ORGANIZATION("organizations"),
  /** Officials. */
  OFFICIAL("officials"),
  /** Issues. */
  ISSUE("issues"),
  /** Articles. */
  ARTICLE("articles"),
  /** Meetings. */
  MEETING("meetings"),
  /** Statements. */
  STATEMENT("statements"),
  /** Stances. */
  STANCE("stances");

  private final String label;
  private final String plural;

  Kinds(String plural) {
    this.label = name().toLowerCase(Locale.ROOT);
    this.plural = plural;
  }

  /** The kinds by label and by plural, for reading. */
  private static final Map<String, Kinds> BY_LABEL = new HashMap<>();
  private static final Map<String, Kinds> BY_PLURAL = new HashMap<>();

  static {
    for (Kinds k : values()) {
      BY_LABEL.put(k.label, k);
      BY_PLURAL.put(k.plural, k);
    }
  }

  /** The kind's name in the format, such as {@code meeting}. */
  public String label() {
    return label;
  }

  /** The key of the kind's array in a document, such as {@code meetings}. */
  public String plural() {
    return plural;
  }

  /** The kind of a record. */
  public static Kinds of(Entity<?> record) {
    if (record instanceof State) {
      return STATE;
    } else if (record instanceof Organization) {
      return ORGANIZATION;
    } else if (record instanceof Official) {
      return OFFICIAL;
    } else if (record instanceof Issue) {
      return ISSUE;
    } else if (record instanceof Article) {
      return ARTICLE;
    } else if (record instanceof Meeting) {
      return MEETING;
    } else if (record instanceof Statement) {
      return STATEMENT;
    } else if (record instanceof Stance) {
      return STANCE;
    }
    throw new IllegalArgumentException("not a Parley record: " + record.getClass().getName());
  }

  /** The kind named {@code label}, or null. */
  public static Kinds fromLabel(String label) {
    return BY_LABEL.get(label);
  }

  /** The kind whose document key is {@code plural}, or null. */
  public static Kinds fromPlural(String plural) {
    return BY_PLURAL.get(plural);
  }


  /** A chronicle's records of one kind, in id order. */
  public static List<? extends Entity<?>> records(dev.parley.core.Chronicle c, Kinds kind) {
    switch (kind) {
      case STATE:
        return c.states();
      case ORGANIZATION:
        return c.organizations();
      case OFFICIAL:
        return c.officials();
      case ISSUE:
        return c.issues();
      case ARTICLE:
        return c.articles();
      case MEETING:
        return c.meetings();
      case STATEMENT:
        return c.statements();
      default:
        return c.stances();
    }
  }

  /** Every kind's label, for messages. */
  public static List<String> labels() {
    return java.util.Arrays.stream(values()).map(Kinds::label)
        .collect(java.util.stream.Collectors.toList());
  }
}
