package dev.parley.eventdata.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.PloverCategory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The manual's CAMEO to PLOVER table, read from ../shared/data. */
class CameoPloverTableTest {
  static final Path TABLE = Path.of(System.getProperty("parley.data", "../../shared/data"))
      .resolve("plover/CAMEO2PLOVER-2021.txt");
  static CameoPloverTable table;

  @BeforeAll
  static void read() throws IOException {
    table = CameoPloverTable.read(TABLE);
  }

  @Test
  void everyCodeOfTheFileIsARow() throws IOException {
    Set<String> codes = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^(\\d{3,4}):").matcher(Files.readString(TABLE));
    while (m.find()) {
      codes.add(m.group(1));
    }
    Set<String> rows = new TreeSet<>();
    table.rows().forEach(r -> rows.add(r.cameoCode()));
    assertEquals(codes, rows);
  }

  @Test
  void rowsConvertAsTheManualSays() {
    CameoPloverRow visit = table.lookup("042").orElseThrow();
    assertEquals(PloverCategory.CONSULT, visit.category());
    assertEquals(Optional.of("visit"), visit.mode());
    CameoPloverRow crime = table.lookup("091").orElseThrow();
    assertEquals(PloverCategory.ACCUSE, crime.category());
    assertEquals(Optional.of("investigate"), crime.mode());
    assertEquals(List.of("crime", "corruption"), crime.contexts());
    CameoPloverRow demand = table.lookup("1011").orElseThrow();
    assertEquals("REQUEST", demand.ploverName());
    assertEquals(PloverCategory.DEMAND, demand.category());
    assertEquals(Optional.of("access"), table.lookup("0861").orElseThrow().mode());
  }

  @Test
  void lookupFallsBackToTheParentCode() {
    assertEquals("031", table.lookup("0315").orElseThrow().cameoCode());
    assertEquals("040", table.lookup("04").orElseThrow().cameoCode());
    assertEquals("080", table.lookup("088").orElseThrow().cameoCode());
    assertEquals(Optional.empty(), table.lookup("010"));
    assertEquals(Optional.empty(), table.lookup("02"));
    assertThrows(IllegalArgumentException.class, () -> table.lookup("4"));
  }

  @Test
  void reverseLookupListsTheCodesOfACategoryAndMode() {
    assertEquals(List.of("042", "043"), table.cameoCodes(PloverCategory.CONSULT, "visit"));
    assertTrue(table.cameoCodes(PloverCategory.ACCUSE).containsAll(List.of("090", "112")));
    for (String code : table.cameoCodes(PloverCategory.ASSAULT)) {
      assertEquals(PloverCategory.ASSAULT, table.row(code).orElseThrow().category());
    }
  }

  @Test
  void badTablesAreRefusedWithTheirLine() {
    CameoTableException bad = assertThrows(CameoTableException.class,
        () -> CameoPloverTable.read(new StringReader("03: AGREE\nnonsense\n"), "t.txt"));
    assertEquals(2, bad.line());
    CameoTableException unknown = assertThrows(CameoTableException.class,
        () -> CameoPloverTable.read(new StringReader("030: CRIME, , \n"), "t.txt"));
    assertTrue(unknown.reason().contains("CRIME"));
    CameoTableException twice = assertThrows(CameoTableException.class,
        () -> CameoPloverTable.read(new StringReader("030: AGREE, , \n030: SUPPORT, , \n"), "t"));
    assertEquals(2, twice.line());
    CameoTableException mode = assertThrows(CameoTableException.class,
        () -> CameoPloverTable.read(new StringReader("030: AGREE, Big Mode, \n"), "t"));
    assertTrue(mode.getMessage().contains("'Big Mode'"), mode.getMessage());
  }
}
