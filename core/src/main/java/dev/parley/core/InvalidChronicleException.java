package dev.parley.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when the records given to a {@link Chronicle} are not consistent with each other. It
 * carries every {@link Violation} found, not just the first, so that all can be fixed at once.
 */
public final class InvalidChronicleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many violations the message lists before summarizing the rest. */
  static final int MESSAGE_LIMIT = 20;

  /** The violations found, in the order of the chronicle's records. */
  @SuppressWarnings("serial") // an ImmutableList of Serializable violations
  private final ImmutableList<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the problems found, at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidChronicleException(List<Violation> violations) {
    super(message(violations));
    this.violations = ImmutableList.copyOf(violations);
  }

  private static String message(List<Violation> violations) {
    Checks.nonEmpty("InvalidChronicleException.violations", violations, "violation");
    StringBuilder sb = new StringBuilder("Invalid chronicle: ")
        .append(violations.size())
        .append(violations.size() == 1 ? " violation" : " violations");
    violations.stream().limit(MESSAGE_LIMIT).forEach(v -> sb.append("\n  ").append(v));
    if (violations.size() > MESSAGE_LIMIT) {
      sb.append("\n  ... and ").append(violations.size() - MESSAGE_LIMIT).append(" more");
    }
    return sb.toString();
  }

  /**
   * Every violation found, in the order of the chronicle's records.
   *
   * @return the violations, immutable, never empty
   */
  public List<Violation> violations() {
    return violations;
  }
}
