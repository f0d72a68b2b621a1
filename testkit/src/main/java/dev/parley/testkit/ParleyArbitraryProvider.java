package dev.parley.testkit;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.EventId;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Identifier;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Magnitudes;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.Participant;
import dev.parley.core.PartyRef;
import dev.parley.core.Place;
import dev.parley.core.Post;
import dev.parley.core.Reference;
import dev.parley.core.SourceRef;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.StanceId;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.Statement;
import dev.parley.core.StatementId;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import dev.parley.core.Violation;
import dev.parley.core.time.FuzzyDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes {@code @ForAll} work for every Parley type: registered with jqwik through {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider} and the module's {@code provides}
 * clause, so nothing but the test kit on the test class path is needed.
 *
 * <pre>{@code
 * @Property
 * void roundTrips(@ForAll Meeting meeting, @ForAll Chronicle chronicle) { ... }
 * }</pre>
 *
 * <p>Each type gets the default arbitrary of {@link ParleyArbitraries} (and {@link
 * FuzzyDateArbitraries#fuzzyDates()} for {@link FuzzyDate}); use those factories directly to tune
 * sizes or date ranges. Enums ({@code PloverCategory}, {@code EventStatus}, ...) need no provider:
 * jqwik generates every enum itself, so {@code @ForAll PloverCategory} works as it is.
 */
public final class ParleyArbitraryProvider implements ArbitraryProvider {
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(StateId.class, ParleyArbitraries::stateIds)
          .put(OfficialId.class, ParleyArbitraries::officialIds)
          .put(OrganizationId.class, ParleyArbitraries::organizationIds)
          .put(MeetingId.class, ParleyArbitraries::meetingIds)
          .put(StatementId.class, ParleyArbitraries::statementIds)
          .put(StanceId.class, ParleyArbitraries::stanceIds)
          .put(IssueId.class, ParleyArbitraries::issueIds)
          .put(ArticleId.class, ParleyArbitraries::articleIds)
          .put(EventId.class, ParleyArbitraries::eventIds)
          .put(ActorRef.class, ParleyArbitraries::actorRefs)
          .put(PartyRef.class, ParleyArbitraries::partyRefs)
          .put(Identifier.class, ParleyArbitraries::identifiers)
          .put(ExtensionValue.class, ParleyArbitraries::extensionValues)
          .put(FuzzyDate.class, FuzzyDateArbitraries::fuzzyDates)
          .put(SourceRef.class, ParleyArbitraries::sourceRefs)
          .put(Post.class, ParleyArbitraries::posts)
          .put(Reference.class, ParleyArbitraries::references)
          .put(Tenure.class, ParleyArbitraries::tenures)
          .put(Place.class, ParleyArbitraries::places)
          .put(Speaker.class, ParleyArbitraries::speakers)
          .put(Participant.class, ParleyArbitraries::participants)
          .put(StatusChange.class, ParleyArbitraries::statusChanges)
          .put(EventActor.class, ParleyArbitraries::eventActors)
          .put(Magnitudes.class, ParleyArbitraries::magnitudes)
          .put(Violation.class, ParleyArbitraries::violations)
          .put(State.class, ParleyArbitraries::states)
          .put(Official.class, ParleyArbitraries::officials)
          .put(Organization.class, ParleyArbitraries::organizations)
          .put(Meeting.class, ParleyArbitraries::meetings)
          .put(Statement.class, ParleyArbitraries::statements)
          .put(Stance.class, ParleyArbitraries::stances)
          .put(Event.class, ParleyArbitraries::events)
          .put(Issue.class, ParleyArbitraries::issues)
          .put(Article.class, ParleyArbitraries::articles)
          .put(Chronicle.class, ParleyArbitraries::chronicles)
          .build();

  /** Creates the provider; jqwik does so through {@link java.util.ServiceLoader}. */
  public ParleyArbitraryProvider() {}

  /**
   * The Parley types this provider generates.
   *
   * @return the types, immutable
   */
  public static Set<Class<?>> providedTypes() {
    return ARBITRARIES.keySet();
  }

  /**
   * Whether {@code targetType} is one of the {@linkplain #providedTypes() Parley types}.
   *
   * @param targetType the type of a {@code @ForAll} parameter
   * @return whether this provider generates it
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ARBITRARIES.keySet().stream().anyMatch(targetType::isOfType);
  }

  /**
   * Returns the default arbitrary of the Parley type {@code targetType}.
   *
   * @param targetType the type of a {@code @ForAll} parameter
   * @param subtypeProvider not used: Parley's types need no type arguments
   * @return a set holding the type's arbitrary, or an empty set for a type not provided
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return ARBITRARIES.entrySet().stream()
        .filter(e -> targetType.isOfType(e.getKey()))
        .map(e -> e.getValue().get())
        .collect(ImmutableSet.toImmutableSet());
  }
}
