package dev.parley.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sovereign state, identified by its ISO 3166-1 alpha-3 code.
 *
 * <pre>{@code
 * State turkiye = State.builder()
 *     .id(StateId.of("TUR"))
 *     .name("Türkiye")
 *     .addOtherName("Turkey")
 *     .capital("Ankara")
 *     .addIdentifier(Identifier.parse("wikidata:Q43"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class State implements Entity<StateId>, Named {
  State() {}

  /**
   * {@inheritDoc}
   *
   * @return {@link RecordKind#STATE}
   */
  @Override
  public final RecordKind recordKind() {
    return RecordKind.STATE;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The state's ISO 3166-1 alpha-3 code.
   *
   * @return the id
   */
  @Override
  public abstract StateId id();

  /**
   * The state's capital, where known.
   *
   * @return the capital's name, non-blank when present
   */
  public abstract Optional<String> capital();

  /**
   * External identifiers of the state, such as its Wikidata item.
   *
   * @return the identifiers, immutable, without repeats
   */
  public abstract List<Identifier> identifiers();

  @Value.Check
  void check() {
    Checks.names("State", name(), otherNames());
    capital().ifPresent(c -> Checks.nonBlank("State.capital", c));
    Checks.distinct("State.identifiers", identifiers());
    Checks.entity("State", this);
  }

  /** Builds {@link State} values; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableState.Builder {
    Builder() {}
  }
}
