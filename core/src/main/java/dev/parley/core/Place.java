package dev.parley.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a meeting takes place: a city, a state, or both; {@linkplain #tentative() tentative}
 * when the source says it is not settled ("in Moscow or another location").
 *
 * <pre>{@code
 * Place moscow = Place.of("Moscow", StateId.of("RUS"));
 * Place maybeMoscow = Place.builder().from(moscow).tentative(true).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Place {
  Place() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a settled place in a city of a state.
   *
   * @param city the city's name
   * @param state the state the city is in
   * @return the place
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code city} is blank
   */
  public static Place of(String city, StateId state) {
    return builder().city(city).state(state).build();
  }

  /**
   * The city, where known.
   *
   * @return the city's name, non-blank when present
   */
  public abstract Optional<String> city();

  /**
   * The state, where known.
   *
   * @return the state's id
   */
  public abstract Optional<StateId> state();

  /**
   * Whether the place is only proposed or expected, not settled.
   *
   * @return {@code true} for a tentative place; {@code false} by default
   */
  @Value.Default
  public boolean tentative() {
    return false;
  }

  @Value.Check
  void check() {
    city().ifPresent(c -> Checks.nonBlank("Place.city", c));
    Checks.check(city().isPresent() || state().isPresent(), "Place", "",
        "needs a city, a state or both");
  }

  /** Builds {@link Place} values; a city, a state or both are required. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }
}
