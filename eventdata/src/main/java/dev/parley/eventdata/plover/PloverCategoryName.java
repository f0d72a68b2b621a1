package dev.parley.eventdata.plover;

import static java.util.Objects.requireNonNull;

import dev.parley.core.PloverCategory;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A PLOVER event category name as a record or table writes it, resolved to Parley's {@link
 * PloverCategory} (the categories of the 2021 manual, draft 0.7b1).
 *
 * <p>Names of the 2021 manual resolve to themselves. Names of other PLOVER drafts resolve as the
 * manual says they were folded in, sometimes with the mode that keeps the distinction:
 *
 * <table class="striped">
 *   <caption>Names of other drafts</caption>
 *   <thead><tr><th scope="col">name</th><th scope="col">category</th>
 *     <th scope="col">implied mode</th><th scope="col">why</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code DISAPPROVE}</td><td>{@code ACCUSE}</td><td>{@code disapprove}</td>
 *       <td>the 2021 manual merges DISAPPROVE into ACCUSE; the conversion table codes CAMEO 11
 *       as ACCUSE with mode {@code disapprove}</td></tr>
 *     <tr><td>{@code INVESTIGATE}</td><td>{@code ACCUSE}</td><td>{@code investigate}</td>
 *       <td>merged into ACCUSE likewise; the table codes CAMEO 09 as ACCUSE with mode
 *       {@code investigate}</td></tr>
 *     <tr><td>{@code FIGHT}</td><td>{@code ASSAULT}</td><td>none</td>
 *       <td>the 2021 manual codes two-sided violence as ASSAULT with every side a source</td></tr>
 *     <tr><td>{@code REQUEST}</td><td>{@code DEMAND}</td><td>none</td>
 *       <td>the conversion table (draft 0.8) names CAMEO 10 REQUEST where the manual's
 *       translation table names it DEMAND</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Other names (such as {@code CRIME}, dropped by the 2021 manual, or {@code DOCUMENT}, which
 * marks documentation records) do not resolve. Names are compared ignoring case.
 *
 * @param name the name as written, upper-case
 * @param category the Parley category it stands for
 * @param impliedMode the mode the name implies, where a draft's category became a mode
 */
public record PloverCategoryName(String name, PloverCategory category,
    Optional<String> impliedMode) {

  private static final Map<String, PloverCategoryName> OTHER_DRAFTS = Map.of(
      "DISAPPROVE", new PloverCategoryName("DISAPPROVE", PloverCategory.ACCUSE,
          Optional.of("disapprove")),
      "INVESTIGATE", new PloverCategoryName("INVESTIGATE", PloverCategory.ACCUSE,
          Optional.of("investigate")),
      "FIGHT", new PloverCategoryName("FIGHT", PloverCategory.ASSAULT, Optional.empty()),
      "REQUEST", new PloverCategoryName("REQUEST", PloverCategory.DEMAND, Optional.empty()));

  /**
   * Checks the parts.
   *
   * @param name the name as written
   * @param category the category
   * @param impliedMode the implied mode
   */
  public PloverCategoryName {
    requireNonNull(name, "name");
    requireNonNull(category, "category");
    requireNonNull(impliedMode, "impliedMode");
  }

  /**
   * Resolves a category name.
   *
   * <pre>{@code
   * PloverCategoryName.resolve("FIGHT");   // Optional[FIGHT -> ASSAULT]
   * PloverCategoryName.resolve("CRIME");   // Optional.empty
   * }</pre>
   *
   * @param name a category name, such as {@code "AGREE"} or {@code "DISAPPROVE"}
   * @return the resolved name; empty when the name is no PLOVER category Parley knows
   * @throws NullPointerException if {@code name} is null
   */
  public static Optional<PloverCategoryName> resolve(String name) {
    String upper = requireNonNull(name, "name").trim().toUpperCase(Locale.ROOT);
    PloverCategoryName other = OTHER_DRAFTS.get(upper);
    if (other != null) {
      return Optional.of(other);
    }
    for (PloverCategory c : PloverCategory.values()) {
      if (c.name().equals(upper)) {
        return Optional.of(new PloverCategoryName(upper, c, Optional.empty()));
      }
    }
    return Optional.empty();
  }

  /** {@return whether the name is the 2021 manual's own name of the category} */
  public boolean isCurrent() {
    return name.equals(category.name());
  }

  @Override
  public String toString() {
    return name + " -> " + category + impliedMode.map(m -> " (" + m + ")").orElse("");
  }
}
