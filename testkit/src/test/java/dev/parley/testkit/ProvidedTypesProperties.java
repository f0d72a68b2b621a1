package dev.parley.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.EventId;
import dev.parley.core.EventStatus;
import dev.parley.core.Chronicle;
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
import dev.parley.core.PloverCategory;
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
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.statistics.Statistics;

/**
 * Every public Parley type is generated through {@code @ForAll} alone (the registered provider),
 * and every generated value passes its type's validation again when rebuilt.
 */
class ProvidedTypesProperties {

  @Example
  void theProviderIsFoundThroughTheServiceLoader() {
    Set<Class<?>> found = ServiceLoader.load(ArbitraryProvider.class).stream()
        .map(ServiceLoader.Provider::type)
        .collect(Collectors.toSet());
    assertTrue(found.contains(ParleyArbitraryProvider.class), found.toString());
  }

  @Example
  void everyPublicValueTypeOfCoreIsProvided() {
    // Every public class of dev.parley.core with a builder or factory, and the date type.
    Set<Class<?>> expected = Set.of(StateId.class, OfficialId.class, OrganizationId.class,
        MeetingId.class, StatementId.class, StanceId.class, IssueId.class, ArticleId.class,
        EventId.class, ActorRef.class, PartyRef.class, Identifier.class, ExtensionValue.class,
        FuzzyDate.class, SourceRef.class, Post.class, Reference.class, Tenure.class, Place.class,
        Speaker.class, Participant.class, StatusChange.class, EventActor.class, Magnitudes.class,
        Violation.class, State.class, Official.class, Organization.class, Meeting.class,
        Statement.class, Stance.class, Event.class, Issue.class, Article.class, Chronicle.class);
    assertEquals(expected, ParleyArbitraryProvider.providedTypes());
    assertFalse(new ParleyArbitraryProvider().canProvideFor(
        net.jqwik.api.providers.TypeUsage.of(String.class)));
  }

  @Property(tries = 200)
  void ids(@ForAll StateId state, @ForAll OfficialId official, @ForAll OrganizationId org,
      @ForAll MeetingId meeting, @ForAll StatementId statement, @ForAll StanceId stance,
      @ForAll IssueId issue, @ForAll ArticleId article) {
    for (Object id : new Object[] {state, official, org, meeting, statement, stance, issue,
        article}) {
      ParleyLaws.checkValueSemantics(id);
    }
  }

  @Property(tries = 200)
  void references(@ForAll ActorRef actor, @ForAll PartyRef party, @ForAll Identifier identifier,
      @ForAll FuzzyDate date, @ForAll SourceRef source) {
    ParleyLaws.checkValueSemantics(actor);
    ParleyLaws.checkValueSemantics(party);
    ParleyLaws.checkValueSemantics(identifier);
    ParleyLaws.checkValueSemantics(date);
    ParleyLaws.checkValueSemantics(source);
  }

  @Property(tries = 200)
  void parts(@ForAll Post post, @ForAll Tenure tenure, @ForAll Place place,
      @ForAll Speaker speaker, @ForAll Participant participant,
      @ForAll StatusChange statusChange, @ForAll Violation violation) {
    for (Object value : new Object[] {post, tenure, place, speaker, participant, statusChange,
        violation}) {
      ParleyLaws.checkValueSemantics(value);
    }
  }

  @Property(tries = 200)
  void entities(@ForAll State state, @ForAll Official official,
      @ForAll Organization organization, @ForAll Meeting meeting, @ForAll Statement statement,
      @ForAll Stance stance, @ForAll Issue issue, @ForAll Article article) {
    for (Object value : new Object[] {state, official, organization, meeting, statement, stance,
        issue, article}) {
      ParleyLaws.checkValueSemantics(value);
    }
  }

  /** Events, their parts and their enums, through {@code @ForAll} alone. */
  @Property(tries = 200)
  void events(@ForAll Event event, @ForAll EventActor actor, @ForAll Magnitudes magnitudes,
      @ForAll EventId id, @ForAll PloverCategory category, @ForAll EventStatus status) {
    for (Object value : new Object[] {event, actor, magnitudes, id}) {
      ParleyLaws.checkValueSemantics(value);
    }
    Statistics.label("category").collect(category);
    Statistics.label("status").collect(status);
    Statistics.label("event actor shape").collect(actor.actor().isPresent() ? "named"
        : actor.capacity().isPresent() ? "capacity" : actor.affiliation().isPresent()
            ? "affiliated description" : "description only");
  }

  @Property(tries = 200)
  void extensionValuesAreValues(@ForAll ExtensionValue a, @ForAll ExtensionValue b) {
    ParleyLaws.checkEqualsConsistency(a, b);
  }

  @Property(tries = 200)
  void chronicles(@ForAll Chronicle chronicle) {
    ParleyLaws.checkValueSemantics(chronicle);
  }
}
