package dev.parley.core;

import dev.parley.core.time.FuzzyDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ministry, armed force, intelligence service, non-state armed group, international
 * organization or other body that can act, speak and hold stances.
 *
 * <pre>{@code
 * Organization mod = Organization.builder()
 *     .id(OrganizationId.of("russia-ministry-of-defence"))
 *     .name("Ministry of Defence of the Russian Federation")
 *     .kind(OrganizationKind.MINISTRY)
 *     .state(StateId.of("RUS"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Organization implements Entity<OrganizationId>, Named {
  Organization() {}

  /**
   * {@inheritDoc}
   *
   * @return {@link RecordKind#ORGANIZATION}
   */
  @Override
  public final RecordKind recordKind() {
    return RecordKind.ORGANIZATION;
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
   * What sort of body this is.
   *
   * @return the kind
   */
  public abstract OrganizationKind kind();

  /**
   * The state the organization belongs to, for a state body; empty for international
   * organizations and non-state groups.
   *
   * @return the parent state
   */
  public abstract Optional<StateId> state();

  /**
   * When the organization existed or, for a {@link OrganizationKind#GOVERNMENT}, held power, where
   * known: usually an interval such as {@code 2000-07-17/2024-12-08}.
   *
   * @return the term
   */
  public abstract Optional<FuzzyDate> term();

  /**
   * External identifiers of the organization, such as its Wikidata item.
   *
   * @return the identifiers, immutable, without repeats
   */
  public abstract List<Identifier> identifiers();

  @Value.Check
  void check() {
    Checks.names("Organization", name(), otherNames());
    Checks.distinct("Organization.identifiers", identifiers());
    if (kind() == OrganizationKind.GOVERNMENT && state().isEmpty()) {
      throw Checks.invalid("Organization.state", "",
          "is required for an organization of kind GOVERNMENT (the state it governs)");
    }
    Checks.entity("Organization", this);
  }

  /** Builds {@link Organization} values; {@code id}, {@code name} and {@code kind} are required. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
