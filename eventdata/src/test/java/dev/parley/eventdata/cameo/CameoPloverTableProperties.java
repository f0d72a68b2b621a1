package dev.parley.eventdata.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The lookup law of the CAMEO to PLOVER table. */
class CameoPloverTableProperties {
  private static CameoPloverTable table;

  private static CameoPloverTable table() throws IOException {
    if (table == null) {
      table = CameoPloverTable.read(CameoPloverTableTest.TABLE);
    }
    return table;
  }

  /** Every code of two to four digits looks up to its own row or a row of a prefix of it. */
  @Property(tries = 500)
  void lookupReturnsTheRowOfThePrefix(@ForAll @IntRange(min = 0, max = 2099) int n,
      @ForAll @IntRange(min = 2, max = 4) int digits) throws IOException {
    String code = String.format("%04d", n).substring(0, digits);
    Optional<CameoPloverRow> row = table().lookup(code);
    if (row.isPresent()) {
      String found = row.get().cameoCode();
      assertTrue(code.startsWith(found) || found.equals(code.substring(0, 2) + "0"),
          code + " -> " + found);
      for (int k = found.length() + 1; k <= code.length(); k++) {
        assertEquals(Optional.empty(), table().row(code.substring(0, k)), code);
      }
    } else {
      assertTrue(table().rows().stream().noneMatch(r -> code.startsWith(r.cameoCode())
          || r.cameoCode().equals(code.substring(0, 2) + "0")), code);
    }
  }
}
