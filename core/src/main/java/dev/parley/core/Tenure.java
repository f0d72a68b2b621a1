package dev.parley.core;

import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An official's time in a {@link Post}, in the manner of Wikidata's "position held" with start
 * and end qualifiers.
 *
 * <p>The {@link #term()} is a {@link FuzzyDate}, usually an interval: {@code 2023-06-04/..} for
 * a minister still in office, {@code 2014-08-29/2023-06-03} for a finished term, {@code
 * /2023-06-03} when the start is not recorded. A tenure is a fact like any other and carries its
 * provenance: article {@link #sources()} or, for facts from a reference work, {@link
 * #references()} such as an encyclopedia's infobox; at least one of the two. A term taken from
 * a reference work is the term the work gives; a term known only from an article is the days the
 * article shows the official in the post ({@code /2023-04-25}).
 *
 * <pre>{@code
 * // Held the post on the day an article reports, start and end not recorded there:
 * Tenure akar = Tenure.builder()
 *     .post(Post.of(PostRole.DEFENSE_MINISTER, StateId.of("TUR")))
 *     .term(FuzzyDate.parse("/2023-04-25"))
 *     .addSource(SourceRef.of(ArticleId.of("moscow-times-2023-04-25"), 540, 551))
 *     .build();
 * // The term as a reference work gives it:
 * Tenure cavusoglu = Tenure.builder()
 *     .post(Post.of(PostRole.FOREIGN_MINISTER, StateId.of("TUR")))
 *     .term(FuzzyDate.parse("2015-11-24/2023-06-04"))
 *     .addReference(Reference.builder()
 *         .work("Wikipedia")
 *         .url(URI.create("https://en.wikipedia.org/wiki/Mevl%C3%BCt_%C3%87avu%C5%9Fo%C4%9Flu"))
 *         .says("Minister of Foreign Affairs: 24 November 2015 – 4 June 2023")
 *         .accessed(LocalDate.of(2025, 6, 1))
 *         .build())
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
   * Entries of reference works that attest the tenure, such as an encyclopedia's infobox.
   *
   * @return the references, immutable, in the order given
   */
  public abstract List<Reference> references();

  /**
   * The government the term belongs to, where the post is one of a state's government and
   * governments are told apart: an {@link Organization} of kind {@link
   * OrganizationKind#GOVERNMENT} of the post's state. {@link Chronicle} checks that.
   *
   * @return the government's id
   */
  public abstract Optional<OrganizationId> government();

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
        "needs at least one article source or reference");
  }

  /** Builds {@link Tenure} values; {@code post} and {@code term} are required. */
  public static final class Builder extends ImmutableTenure.Builder {
    Builder() {}
  }
}
