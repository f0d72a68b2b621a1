package dev.parley.core;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The numbers a source gives for an {@link Event}, as PLOVER records them: the dead, the injured,
 * and a size. Each is optional, as sources give some and not others; at least one is present.
 * Parley keeps the numbers as reported and does not check one against another (sources differ).
 *
 * <pre>{@code
 * Magnitudes m = Magnitudes.builder().dead(1).injured(3).build();
 * m.dead();   // OptionalInt[1]
 * m.size();   // OptionalInt.empty
 * }</pre>
 */
@Value.Immutable
public abstract class Magnitudes {
  Magnitudes() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of people killed, where reported.
   *
   * @return the number, not negative when present
   */
  public abstract OptionalInt dead();

  /**
   * The number of people injured, where reported.
   *
   * @return the number, not negative when present
   */
  public abstract OptionalInt injured();

  /**
   * A size the source gives: for an assault, PLOVER's total of casualties where dead and injured
   * are not told apart; otherwise the number of people taking part (protesters, troops).
   *
   * @return the number, not negative when present
   */
  public abstract OptionalInt size();

  @Value.Check
  void check() {
    nonNegative("Magnitudes.dead", dead());
    nonNegative("Magnitudes.injured", injured());
    nonNegative("Magnitudes.size", size());
    Checks.check(dead().isPresent() || injured().isPresent() || size().isPresent(), "Magnitudes",
        "", "needs at least one of dead, injured and size");
  }

  private static void nonNegative(String field, OptionalInt value) {
    if (value.isPresent() && value.getAsInt() < 0) {
      throw Checks.invalid(field, value.getAsInt(), "must not be negative");
    }
  }

  /** Builds {@link Magnitudes} values; at least one of dead, injured and size is required. */
  public static final class Builder extends ImmutableMagnitudes.Builder {
    Builder() {}
  }
}
