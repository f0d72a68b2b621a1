package dev.parley.core;

import dev.parley.core.time.FuzzyDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Something that happened, or was reported, planned, alleged or denied, between actors, that is
 * neither a {@link Meeting} nor a {@link Statement}: an attack, a military operation, an
 * agreement, sanctions, a government's fall, a readmission to an organization.
 *
 * <p>An event has a PLOVER {@link #category()}, with PLOVER's optional {@link #mode()} (how: a
 * mode name as the PLOVER manual writes it, such as {@code assassinate} or {@code withdraw}) and
 * {@link #context()} (why: context names such as {@code military} or {@code diplomatic}); the
 * {@link #sourceActors()} who acted and the {@link #targetActors()} acted upon (PLOVER's
 * "recipients"), at least one in all; a date, a place, a {@link #status()}, optional {@link
 * #magnitudes()}, a neutral {@link #description()}, and the sources that report it.
 *
 * <pre>{@code
 * Event e = Event.builder()
 *     .id(EventId.of("russian-ambassador-assassinated-ankara-2016-12-19"))
 *     .category(PloverCategory.ASSAULT)
 *     .mode("assassinate")
 *     .addSourceActor(EventActor.anonymous(StateId.of("TUR"), "an off-duty police officer"))
 *     .addTargetActor(EventActor.byCapacity(Post.of(PostRole.AMBASSADOR, StateId.of("RUS"))))
 *     .date(FuzzyDate.parse("2016-12-19"))
 *     .place(Place.of("Ankara", StateId.of("TUR")))
 *     .magnitudes(Magnitudes.builder().dead(1).build())
 *     .description("Russia's ambassador to Türkiye was shot dead at an art exhibition in Ankara")
 *     .addSource(source)
 *     .build();
 * e.status();   // REPORTED
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Event implements Entity<EventId>, Sourced {
  /**
   * The shape of PLOVER's mode and context names: lower-case words of {@code a-z} and {@code 0-9}
   * joined by single hyphens or underscores, as the manual writes them ({@code third-party},
   * {@code suicide-attack}, {@code human_rights}).
   */
  private static final Pattern PLOVER_NAME = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");

  private static final String PLOVER_NAME_DESCRIPTION = "a PLOVER name: lower-case words of a-z"
      + " and 0-9 joined by single hyphens or underscores, such as 'third-party' or"
      + " 'human_rights'";

  Event() {}

  /**
   * {@inheritDoc}
   *
   * @return {@link RecordKind#EVENT}
   */
  @Override
  public final RecordKind recordKind() {
    return RecordKind.EVENT;
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
   * What kind of event this is.
   *
   * @return the PLOVER category
   */
  public abstract PloverCategory category();

  /**
   * How the event was carried out, as a PLOVER mode name in the manual's spelling, such as {@code
   * assassinate}, {@code heavy-weapons} or {@code withdraw}. Parley checks the shape of the name,
   * not that the manual lists it for the category (the manual's tables are drafts).
   *
   * @return the mode; lower-case words joined by hyphens or underscores when present
   */
  public abstract Optional<String> mode();

  /**
   * The contexts of the event, as PLOVER context names such as {@code military}, {@code
   * diplomatic} or {@code human_rights}, without repeats.
   *
   * @return the contexts, immutable, in the order given
   */
  public abstract List<String> context();

  /**
   * Who acted: PLOVER's source actors. In two-sided violence or talks without a host, every side.
   *
   * @return the source actors, immutable, in the order given
   */
  public abstract List<EventActor> sourceActors();

  /**
   * Who was acted upon: PLOVER's recipients (the older "target"), where there are any.
   *
   * @return the target actors, immutable, in the order given
   */
  public abstract List<EventActor> targetActors();

  /**
   * When the event happened or is to happen, as precisely as known.
   *
   * @return the date
   */
  public abstract FuzzyDate date();

  /**
   * Where the event happened, where known; perhaps {@linkplain Place#tentative() tentative}.
   *
   * @return the place
   */
  public abstract Optional<Place> place();

  /**
   * How the sources present the event.
   *
   * @return the status; {@link EventStatus#REPORTED} by default
   */
  @Value.Default
  public EventStatus status() {
    return EventStatus.REPORTED;
  }

  /**
   * The numbers of dead and injured, or a size, where the sources give them.
   *
   * @return the magnitudes
   */
  public abstract Optional<Magnitudes> magnitudes();

  /**
   * What happened, in neutral words.
   *
   * @return the description, non-blank
   */
  public abstract String description();

  @Value.Check
  void check() {
    Checks.nonBlank("Event.description", description());
    if (mode().isPresent()) {
      Checks.matches("Event.mode", mode().get(), PLOVER_NAME, PLOVER_NAME_DESCRIPTION);
    }
    for (int i = 0; i < context().size(); i++) {
      Checks.matches("Event.context[" + i + "]", context().get(i), PLOVER_NAME,
          PLOVER_NAME_DESCRIPTION);
    }
    Checks.distinct("Event.context", context());
    if (sourceActors().isEmpty() && targetActors().isEmpty()) {
      throw Checks.invalid("Event.sourceActors", sourceActors(),
          "an event needs at least one source or target actor");
    }
    Checks.nonEmpty("Event.sources", sources(), "source");
    Checks.entity("Event", this);
  }

  /**
   * Builds {@link Event} values; id, category, date, description, a source or target actor and a
   * source are required.
   */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
