package dev.parley.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of the controlled vocabulary of what meetings discuss, statements touch and stances
 * are about, such as {@code syria-territorial-integrity}. Issues may form a hierarchy through
 * {@link #parent()}; {@link Chronicle} checks that it has no cycles.
 *
 * <pre>{@code
 * Issue withdrawal = Issue.builder()
 *     .id(IssueId.of("turkish-troop-withdrawal"))
 *     .label("Withdrawal of Turkish troops from Syria")
 *     .parent(IssueId.of("foreign-military-presence-in-syria"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Issue implements Entity<IssueId> {
  Issue() {}

  /**
   * {@inheritDoc}
   *
   * @return {@link RecordKind#ISSUE}
   */
  @Override
  public final RecordKind recordKind() {
    return RecordKind.ISSUE;
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
   * A short neutral label.
   *
   * @return the label, non-blank
   */
  public abstract String label();

  /**
   * What the issue covers, where more than the label is needed.
   *
   * @return the description, non-blank when present
   */
  public abstract Optional<String> description();

  /**
   * The broader issue this one belongs to.
   *
   * @return the parent's id, never this issue's own
   */
  public abstract Optional<IssueId> parent();

  @Value.Check
  void check() {
    Checks.nonBlank("Issue.label", label());
    description().ifPresent(d -> Checks.nonBlank("Issue.description", d));
    Checks.check(!parent().equals(Optional.of(id())), "Issue.parent", id().value(),
        "must not be the issue itself");
    Checks.entity("Issue", this);
  }

  /** Builds {@link Issue} values; {@code id} and {@code label} are required. */
  public static final class Builder extends ImmutableIssue.Builder {
    Builder() {}
  }
}
