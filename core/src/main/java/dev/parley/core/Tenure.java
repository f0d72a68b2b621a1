package dev.parley.core;

import java.time.LocalDate;
import java.util.List;
import dev.parley.core.time.FuzzyDate;
import org.immutables.value.Value;

/**
 * An official's time in a {@link Post}, in the manner of Wikidata's "position held" with start
 * and end qualifiers.
 *
 * <p>The {@link #term()} is a {@link FuzzyDate}, usually an interval: {@code 2023-06-04/..} for
 * a minister still in office, {@code 2014-08-29/2023-06-03} for a finished term, {@code
 * /2023-06-03} when the start is not recorded. A tenure is a fact like any other and carries its
 * provenance: article {@link #sources()} or, for facts from a reference work, {@link
 * #references()} such as a Wikidata statement; at least one of the two.
 *
 * <pre>{@code
 * // Held the post on the day an article reports, start and end not recorded there:
 * Tenure akar = Tenure.builder()
 *     .post(Post.of(PostRole.DEFENSE_MINISTER, StateId.of("TUR")))
 *     .term(FuzzyDate.parse("/2023-04-25"))
 *     .addSource(SourceRef.of(ArticleId.of("moscow-times-2023-04-25"), 540, 551))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Tenure implements Sourced {
  Tenure() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The post held.
   *
   * @return the post
   */
  public abstract Post post();

  /**
   * When the post was held: an interval from the start to the end, {@code ..} as the end while
   * the official is still in office, an empty end or start where it is not known.
   *
   * @return the term
   */
  public abstract FuzzyDate term();

  /**
   * References to a reference work that attest the tenure, such as a Wikidata item or statement.
   *
   * @return the references, immutable
   */
  public abstract List<Identifier> references();

  /**
   * Whether the post was certainly held on {@code day}, under every reading of the term's
   * uncertain dates ({@link FuzzyDate#certainlyIncludes}).
   *
   * @param day the day
   * @return whether the official certainly held the post that day
   */
  public boolean certainlyHeldOn(LocalDate day) {
    return term().certainlyIncludes(day);
  }

  /**
   * Whether the post may have been held on {@code day} under some reading of the term ({@link
   * FuzzyDate#mayInclude}).
   *
   * @param day the day
   * @return whether the official may have held the post that day
   */
  public boolean mayHaveHeldOn(LocalDate day) {
    return term().mayInclude(day);
  }

  @Value.Check
  void check() {
    Checks.check(!sources().isEmpty() || !references().isEmpty(), "Tenure.sources", sources(),
        "a tenure needs at least one source or reference");
  }

  /** Builds {@link Tenure} values; {@code post} and {@code term} are required. */
  public static final class Builder extends ImmutableTenure.Builder {
    Builder() {}
  }
}
