package dev.parley.core;

import java.util.Map;

/**
 * A record with an identity of its own in a {@link Chronicle}: a state, official, organization,
 * meeting, statement, stance, event, issue or article.
 *
 * <p>The interface is sealed: the record types are the only ones, each named by a {@link
 * RecordKind}, so that code dispatching on {@link #recordKind()} handles every record there is.
 *
 * @param <I> the type of its id
 */
public sealed interface Entity<I extends TypedId<I>>
    permits State, Organization, Official, Issue, Article, Meeting, Statement, Stance,
        Event {

  /**
   * The record's kind, for dispatching on it with a {@code switch} over {@link RecordKind}.
   *
   * @return the kind, the same for every record of one type
   */
  RecordKind recordKind();

  /**
   * The entity's id, unique among entities of its kind in a chronicle.
   *
   * @return the id
   */
  I id();

  /**
   * Values that users attach to the entity; Parley keeps them through every reader and writer
   * but never interprets them. Keys are non-empty.
   *
   * @return the extensions, immutable, possibly empty
   */
  Map<String, ExtensionValue> extensions();
}
