package dev.parley.eventdata.cameo;

import static java.util.Objects.requireNonNull;

import dev.parley.core.PloverCategory;
import java.util.List;
import java.util.Optional;

/**
 * One row of the CAMEO to PLOVER conversion table: a CAMEO event code and the PLOVER category,
 * mode and contexts it converts to.
 *
 * @param cameoCode the CAMEO event code of the row, two to four digits ({@code "0311"})
 * @param ploverName the category name as the table writes it ({@code "REQUEST"})
 * @param category the Parley category that name stands for (see {@link
 *     dev.parley.eventdata.plover.PloverCategoryName})
 * @param mode the PLOVER mode, where the table gives one
 * @param contexts the PLOVER contexts the table gives, in its order, without repeats
 * @param label the table's comment: CAMEO's wording of the code, perhaps empty
 * @param line the line of the table the row is on, from 1
 */
public record CameoPloverRow(String cameoCode, String ploverName, PloverCategory category,
    Optional<String> mode, List<String> contexts, String label, int line) {

  /**
   * Checks the parts and copies {@code contexts}.
   *
   * @param cameoCode the code
   * @param ploverName the category name as written
   * @param category the category
   * @param mode the mode
   * @param contexts the contexts
   * @param label the comment
   * @param line the line
   */
  public CameoPloverRow {
    requireNonNull(cameoCode, "cameoCode");
    requireNonNull(ploverName, "ploverName");
    requireNonNull(category, "category");
    requireNonNull(mode, "mode");
    contexts = List.copyOf(contexts);
    requireNonNull(label, "label");
  }

  /** {@return whether two rows convert to the same category name, mode and contexts} */
  boolean sameMapping(CameoPloverRow other) {
    return ploverName.equals(other.ploverName) && mode.equals(other.mode)
        && contexts.equals(other.contexts);
  }
}
