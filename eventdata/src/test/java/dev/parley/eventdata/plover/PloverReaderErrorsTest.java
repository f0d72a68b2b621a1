package dev.parley.eventdata.plover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.eventdata.ImportReport;
import dev.parley.io.ParleyJsonException;
import org.junit.jupiter.api.Test;

/** Strict mode, malformed input and wrong types give errors naming the record and line. */
class PloverReaderErrorsTest {
  private static final String GOOD = "{\"id\":\"r1\",\"date\":\"2020-01-02\",\"event\":\"AGREE\","
      + "\"source\":[{\"code\":\"TUR\",\"actorText\":\"Turkey\"}],\"text\":\"Turkey agreed.\","
      + "\"textInfo\":{\"markup\":\"(SRC: Turkey) (EVT: agreed).\"}}";

  private static ImportReport.Skipped onlySkip(String input) throws ParleyJsonException {
    ImportReport r = PloverReader.lenient().read(input).report();
    assertEquals(1, r.skipped().size(), r.skipped().toString());
    return r.skipped().get(0);
  }

  @Test
  void strictModeThrowsOnTheFirstUnmappableRecordNamingItsIdAndLine() {
    String input = GOOD + "\n" + GOOD.replace("r1", "r2").replace("AGREE", "CRIME") + "\n";
    ParleyJsonException e = assertThrows(ParleyJsonException.class,
        () -> PloverReader.strict().read(input));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("record r2") && e.getMessage().contains("CRIME"),
        e.getMessage());
  }

  @Test
  void strictModeOnTheSampleNamesTheDocumentRecord() {
    ParleyJsonException e = assertThrows(ParleyJsonException.class,
        () -> PloverReader.strict().read(SampleData.ploverSample()));
    assertTrue(e.getMessage().contains("PLOVER-GSR01-DOCUMENT-0001"), e.getMessage());
  }

  @Test
  void lenientModeReadsTheRestAndCountsIt() throws ParleyJsonException {
    String input = GOOD + "\n\n" + GOOD.replace("r1", "r2").replace("AGREE", "CRIME") + "\n"
        + GOOD.replace("r1", "r3") + "\n";
    PloverImport in = PloverReader.lenient().read(input);
    assertEquals(3, in.report().read());
    assertEquals(2, in.report().count("events"));
    assertEquals("record r2, line 3", in.report().skipped().get(0).where());
  }

  @Test
  void inputThatIsNotJsonIsRefusedWithItsLine() {
    ParleyJsonException e = assertThrows(ParleyJsonException.class,
        () -> PloverReader.lenient().read("\n\nhello"));
    assertEquals(3, e.line());
    ParleyJsonException truncated = assertThrows(ParleyJsonException.class,
        () -> PloverReader.lenient().read("[" + GOOD + ",\n{\"id\": "));
    assertTrue(truncated.getMessage().contains("not valid JSON"), truncated.getMessage());
    assertEquals(2, truncated.line());
  }

  @Test
  void anNdjsonLineThatIsNotJsonIsASkippedRecordWithItsLine() throws ParleyJsonException {
    ImportReport.Skipped s = onlySkip(GOOD + "\n{\"id\": \"r2\",\n");
    assertEquals("line 2", s.where());
    assertTrue(s.reason().startsWith("not valid JSON"), s.reason());
  }

  @Test
  void wrongTypesAreReportedNamingTheField() throws ParleyJsonException {
    assertTrue(onlySkip("[" + GOOD.replace("\"source\":[", "\"source\":5,\"x\":[") + "]")
        .reason().contains("'source' must be a list of actors, found the number 5"));
    assertTrue(onlySkip("[" + GOOD.replace("\"AGREE\"", "7") + "]").reason()
        .contains("'event' must be a category name"));
    assertTrue(onlySkip("[" + GOOD.replace("2020-01-02", "2020-13-02") + "]").reason()
        .contains("invalid date '2020-13-02'"));
    assertTrue(onlySkip("[" + GOOD.replace("\"TUR\"", "\"TU\"") + "]").reason()
        .contains("source[0] code 'TU' is not a three-letter actor code"));
    assertTrue(onlySkip("[" + GOOD + ", 12]").reason().contains("element 1 is a number"));
    assertTrue(onlySkip("[" + GOOD.replace("(EVT: agreed)", "(EVT: agrees)") + "]").reason()
        .contains("markup does not match the text"));
    assertTrue(onlySkip("[" + GOOD.replace("\"id\":\"r1\",", "") + "]").reason()
        .contains("no record id"));
  }

  @Test
  void aMissingRecipientIsNoneAndTheEmptyStringIsReported() throws ParleyJsonException {
    assertTrue(PloverReader.lenient().read(GOOD).report().skipped().isEmpty());
    assertTrue(onlySkip(GOOD.replace("\"text\"", "\"target\":\"\",\"text\"")).reason()
        .contains("found the empty string"));
  }
}
