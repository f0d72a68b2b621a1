package dev.parley.core;

import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
 * <p><b>How far a stance reaches.</b> A stance is known from its evidence, and Parley does not
 * assume more than that. The end of the {@link #validity()} says how far it reaches:
 *
 * <ul>
 *   <li>an <em>open</em> end ({@code 2023-04-25/..}) asserts that the stance still holds: it
 *       reaches without limit;
 *   <li>a <em>date</em> ({@code 2016-12-20/2023-05-10}, or a single date) is the last day
 *       attested: the stance may have held longer, but queries do not assume it. {@link
 *       #ended()} adds that it is known to have ended then;
 *   <li>an <em>unknown</em> end ({@code 2016-12-20/}) reaches to the last of its evidence: the
 *       latest day on which one of its {@link #evidence()} statements was certainly made (the
 *       greatest {@link FuzzyDate#earliest()} of their dates), or no further than its start when
 *       it has no evidence, or only evidence made before its start.
 * </ul>
 *
 * <p>{@link dev.parley.core.query.Queries#holdsOn} states the rule in days, and the "as of"
 * queries ({@link dev.parley.core.query.Queries#stancesAsOf}, {@link
 * dev.parley.core.query.Queries#compareStances}) follow it. {@link #certainlyHoldsOn} reads the
 * validity alone, without the evidence.
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
   * When the stance is known to hold: an interval from the first evidence, to an open end
   * ({@code 2023-04-25/..}) where the stance is asserted to hold still, to the last day attested
   * ({@code 2016-12-20/2016-12-20}), or to an unknown end ({@code 2016-12-20/}) that reaches as far
   * as the evidence does (see the class comment).
   *
   * @return the validity
   */
  public abstract FuzzyDate validity();

  /**
   * Whether the stance is known to have ended at the end of its {@link #validity()}, rather than
   * only not attested after it. Only a validity with a closed end (a date, not {@code ..} nor
   * empty) may say so.
   *
   * @return whether the stance ended; {@code false} by default
   */
  @Value.Default
  public boolean ended() {
    return false;
  }

  /**
   * The government of the holder's state that the stance belongs to, where one state's positions
   * are told apart across its governments: an {@link Organization} of kind {@link
   * OrganizationKind#GOVERNMENT} of the holder's state. {@link Chronicle} checks that.
   *
   * @return the government's id
   */
  public abstract Optional<OrganizationId> government();

  /**
   * The statements the stance is inferred from.
   *
   * @return the evidence, immutable, without repeats
   */
  public abstract List<StatementId> evidence();

  /**
   * Whether the validity alone certainly covers {@code day} ({@link FuzzyDate#certainlyIncludes}):
   * without the evidence that may carry an unknown end further. The "as of" queries use {@link
   * dev.parley.core.query.Queries#holdsOn}, which also reads the evidence.
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
    if (ended() && (validity().isOpenEnd() || validity().isUnknownEnd())) {
      throw Checks.invalid("Stance.ended", true,
          "needs a validity with a closed end (a date), not "
              + Checks.quote(validity().toString()));
    }
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
