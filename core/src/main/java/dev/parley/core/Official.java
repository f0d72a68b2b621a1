package dev.parley.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A person who acts for a state or organization, with the posts held over time.
 *
 * <p>Names are recorded as the sources spell them: {@link #name()} is the form Parley uses,
 * {@link #otherNames()} keep transliterations and variants so that a search for either finds the
 * person ({@link #isKnownAs}). Anonymous officials ("a senior Turkish official") are not
 * officials: they are {@linkplain Speaker#anonymous anonymous speakers}, never given an invented
 * name.
 *
 * <pre>{@code
 * Official lavrov = Official.builder()
 *     .id(OfficialId.of("sergey-lavrov"))
 *     .name("Sergey Lavrov")
 *     .addOtherName("Sergei Lavrov")
 *     .addTenure(Tenure.builder()
 *         .post(Post.of(PostRole.FOREIGN_MINISTER, StateId.of("RUS")))
 *         .term(FuzzyDate.parse("2016/.."))
 *         .addSource(SourceRef.of(ArticleId.of("ea-worldview-2016-12-20"), 2650, 2663))
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Official implements Entity<OfficialId>, Named {
  Official() {}

  /**
   * {@inheritDoc}
   *
   * @return {@link RecordKind#OFFICIAL}
   */
  @Override
  public final RecordKind recordKind() {
    return RecordKind.OFFICIAL;
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
   * External identifiers of the person, such as a Wikidata item.
   *
   * @return the identifiers, immutable, without repeats
   */
  public abstract List<Identifier> identifiers();

  /**
   * The posts the official held, in the order given. Tenures of the same office ({@link
   * Post#office()}: the post, whatever its title where the role says it all) must not overlap;
   * {@link Chronicle} checks that.
   *
   * @return the tenures, immutable
   */
  public abstract List<Tenure> tenures();

  /**
   * The tenures that certainly cover {@code day} ({@link Tenure#certainlyHeldOn}).
   *
   * @param day the day
   * @return those tenures, in the order of {@link #tenures()}
   */
  public List<Tenure> tenuresOn(LocalDate day) {
    return tenures().stream().filter(t -> t.certainlyHeldOn(day))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    Checks.names("Official", name(), otherNames());
    Checks.distinct("Official.identifiers", identifiers());
    Checks.entity("Official", this);
  }

  /** Builds {@link Official} values; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableOfficial.Builder {
    Builder() {}
  }
}
