package dev.parley.core;

import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A position an actor holds on an {@link Issue}, over an interval of time, on the evidence of
 * statements.
 *
 * <p>A {@linkplain StancePosition#CONDITIONAL conditional} stance names the issues it is
 * conditional on: Syria's stance on normalizing relations with Türkiye is conditional on {@code
 * turkish-troop-withdrawal}. A stance is the holder's, never Parley's: a label one party applies
 * to another is recorded as that party's stance.
 *
 * <pre>{@code
 * Stance s = Stance.builder()
 *     .id(StanceId.of("syria-demands-turkish-withdrawal"))
 *     .holder(StateId.of("SYR"))
 *     .issue(IssueId.of("turkish-troop-withdrawal"))
 *     .position(StancePosition.DEMANDS)
 *     .validity(FuzzyDate.parse("2023-04-25/.."))
 *     .addEvidence(StatementId.of("syrian-mod-on-withdrawal-2023-04-25"))
 *     .addSource(source)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Stance implements Entity<StanceId>, Sourced {
  Stance() {}

  /**
   * {@inheritDoc}
   *
   * @return {@link RecordKind#STANCE}
   */
  @Override
  public final RecordKind recordKind() {
    return RecordKind.STANCE;
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
   * Who holds the stance.
   *
   * @return the holder
   */
  public abstract ActorRef holder();

  /**
   * What the stance is about.
   *
   * @return the issue's id
   */
  public abstract IssueId issue();

  /**
   * The holder's position on the issue.
   *
   * @return the position
   */
  public abstract StancePosition position();

  /**
   * For a {@link StancePosition#CONDITIONAL} stance, the issues it is conditional on (at least
   * one); empty for every other position.
   *
   * @return the conditions, immutable, without repeats
   */
  public abstract List<IssueId> conditions();

  /**
   * When the stance is known to hold: usually an interval from the first evidence, open-ended
   * ({@code 2023-04-25/..}) while nothing says it changed.
   *
   * @return the validity
   */
  public abstract FuzzyDate validity();

  /**
   * The statements the stance is inferred from.
   *
   * @return the evidence, immutable, without repeats
   */
  public abstract List<StatementId> evidence();

  /**
   * Whether the stance certainly holds on {@code day} ({@link FuzzyDate#certainlyIncludes}).
   *
   * @param day the day
   * @return whether the validity certainly covers the day
   */
  public boolean certainlyHoldsOn(LocalDate day) {
    return validity().certainlyIncludes(day);
  }

  @Value.Check
  void check() {
    if (position() == StancePosition.CONDITIONAL) {
      Checks.nonEmpty("Stance.conditions", conditions(), "condition for a CONDITIONAL stance");
    } else {
      if (!conditions().isEmpty()) {
        throw Checks.invalid("Stance.conditions", conditions(),
            "must be empty unless the position is CONDITIONAL (was " + position() + ")");
      }
    }
    if (conditions().contains(issue())) {
      throw Checks.invalid("Stance.conditions", conditions(),
          "must not contain the stance's own issue " + Checks.quote(issue().value()));
    }
    Checks.distinct("Stance.conditions", conditions());
    Checks.distinct("Stance.evidence", evidence());
    Checks.nonEmpty("Stance.sources", sources(), "source");
    Checks.entity("Stance", this);
  }

  /**
   * Builds {@link Stance} values; id, holder, issue, position, validity and a source are
   * required, and a condition for a conditional stance.
   */
  public static final class Builder extends ImmutableStance.Builder {
    Builder() {}
  }
}
