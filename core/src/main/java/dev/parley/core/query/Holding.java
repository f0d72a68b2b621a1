package dev.parley.core.query;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Official;
import dev.parley.core.Tenure;

/**
 * An official in one of their tenures: the answer to "who held this post then?".
 *
 * @param official the official
 * @param tenure the tenure in question
 */
public record Holding(Official official, Tenure tenure) {
  /**
   * Creates a holding.
   *
   * @param official the official
   * @param tenure one of the official's tenures
   * @throws NullPointerException if an argument is null
   */
  public Holding {
    requireNonNull(official, "official");
    requireNonNull(tenure, "tenure");
  }
}
