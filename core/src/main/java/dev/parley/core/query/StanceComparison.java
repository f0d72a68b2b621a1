package dev.parley.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;

import dev.parley.core.IssueId;
import dev.parley.core.Stance;

/**
 * Two holders' stances on one issue on the same day, and whether they agree.
 *
 * @param issue the issue both hold a stance on
 * @param first the first holder's stance
 * @param second the second holder's stance
 */
public record StanceComparison(IssueId issue, Stance first, Stance second) {
  /**
   * Creates a comparison.
   *
   * @param issue the issue
   * @param first the first holder's stance on it
   * @param second the second holder's stance on it
   * @throws NullPointerException if an argument is null
   */
  public StanceComparison {
    requireNonNull(issue, "issue");
    requireNonNull(first, "first");
    requireNonNull(second, "second");
  }

  /**
   * Whether both stances take the same position and, for conditional stances, the same set of
   * conditions, in whatever order they are listed.
   *
   * @return whether the holders agree
   */
  public boolean agree() {
    return first.position() == second.position()
        && ImmutableSet.copyOf(first.conditions()).equals(ImmutableSet.copyOf(second.conditions()));
  }
}
