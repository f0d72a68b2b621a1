package dev.parley.io.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.networknt.schema.JsonSchema;
import dev.parley.core.time.FuzzyDate;
import dev.parley.io.schema.Schemas;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes the EDTF parser, {@link FuzzyDate#parse(CharSequence)}, with the UTF-8 text of
 * arbitrary bytes. The only exception it may throw is a {@link DateTimeParseException} that
 * names the text and points inside it; what it accepts prints back to the same text, reads back
 * to an equal value, and has consistent bounds. It accepts exactly the texts that the published
 * schema's {@code edtfDate} accepts, but for intervals whose start is after their end, which the
 * schema's description leaves to the parser.
 *
 * <p>A plain test run replays the seed corpus in {@code
 * src/test/resources/dev/parley/io/fuzz/FuzzyDateFuzzTestInputs/parse/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see the README's "Contributing" section).
 */
class FuzzyDateFuzzTest {
  private static final JsonSchema EDTF = Schemas.definition("edtfDate");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @FuzzTest(maxDuration = "10m")
  void parse(byte[] input) {
    String text = new String(input, UTF_8);
    boolean schemaAccepts = Schemas.accepts(EDTF, MAPPER.writeValueAsString(text));
    FuzzyDate date;
    try {
      date = FuzzyDate.parse(text);
    } catch (DateTimeParseException e) {
      assertTrue(!schemaAccepts || e.getMessage().contains(") is after its end "),
          () -> "the schema accepts what the parser refuses: " + e.getMessage());
      assertEquals(text, e.getParsedString(), "the exception names the text");
      assertTrue(e.getErrorIndex() >= 0 && e.getErrorIndex() <= text.length(),
          () -> "error index " + e.getErrorIndex() + " outside the text of " + text.length()
              + " chars: " + e.getMessage());
      return;
    }
    assertTrue(schemaAccepts, () -> "the schema refuses a date the parser reads: " + text);
    assertEquals(text, date.toString(), "printed back exactly");
    FuzzyDate again = FuzzyDate.parse(date.toString());
    assertEquals(date, again);
    assertEquals(date.hashCode(), again.hashCode());
    assertEquals(0, date.compareTo(again));

    LocalDate earliest = date.earliest();
    LocalDate latest = date.latest();
    assertFalse(earliest.isAfter(latest), () -> text + ": earliest after latest");
    assertTrue(date.mayInclude(earliest) && date.mayInclude(latest), text);
    LocalDate certainStart = date.certainStart();
    LocalDate certainEnd = date.certainEnd();
    if (!certainStart.isAfter(certainEnd)) {
      assertFalse(certainStart.isBefore(earliest), () -> text + ": certain before earliest");
      assertFalse(certainEnd.isAfter(latest), () -> text + ": certain after latest");
      assertTrue(date.certainlyIncludes(certainStart) && date.certainlyIncludes(certainEnd),
          text);
    }

    if (date.isInterval()) {
      FuzzyDate start = date.start().orElse(null);
      FuzzyDate end = date.end().orElse(null);
      FuzzyDate rebuilt;
      if (start != null && end != null) {
        rebuilt = FuzzyDate.interval(start, end);
      } else if (start != null) {
        rebuilt = date.isOpenEnd() ? FuzzyDate.openEnd(start) : FuzzyDate.unknownEnd(start);
      } else {
        rebuilt = date.isOpenStart() ? FuzzyDate.openStart(end) : FuzzyDate.unknownStart(end);
      }
      assertEquals(date, rebuilt, "the interval rebuilt from its ends");
      for (FuzzyDate part : new FuzzyDate[] {start, end}) {
        if (part != null) {
          assertFalse(part.isInterval(), text);
          assertEquals(part, FuzzyDate.parse(part.toString()), text);
        }
      }
    } else {
      assertEquals(date, date.withQualifier(date.qualifier()), text);
    }
  }
}
