package dev.parley.core;

import java.util.Map;

/**
 * A record with an identity of its own in a {@link Chronicle}: a state, official, organization,
 * meeting, statement, stance, issue or article.
 *
 * @param <I> the type of its id
 */
public interface Entity<I extends TypedId<I>> {

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
