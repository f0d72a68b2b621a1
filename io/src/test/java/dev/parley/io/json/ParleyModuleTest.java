package dev.parley.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.core.OfficialId;
import dev.parley.core.PartyRef;
import dev.parley.core.StateId;
import dev.parley.core.time.FuzzyDate;
import dev.parley.testkit.ParleyArbitraries;
import dev.parley.testkit.ParleyLaws;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** Parley types inside a user's own JSON, through the module found by ServiceLoader. */
class ParleyModuleTest {
  /** What a user might write: a report that embeds Parley types. */
  record Report(String analyst, Meeting meeting, FuzzyDate asOf, ActorRef subject,
      List<PartyRef> parties, StateId where) {}

  static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  @Example
  void theModuleIsFoundThroughTheServiceLoader() {
    assertTrue(MAPPER.registeredModules().stream()
        .map(JacksonModule::getModuleName).anyMatch("parley"::equals));
  }

  @Property(tries = 100)
  void reportsRoundTrip(@ForAll Meeting meeting, @ForAll FuzzyDate asOf,
      @ForAll ActorRef subject, @ForAll List<PartyRef> parties, @ForAll StateId where) {
    Report report = new Report("kim", meeting, asOf, subject, parties, where);
    String json = MAPPER.writeValueAsString(report);
    assertEquals(report, MAPPER.readValue(json, Report.class), json);
  }

  @Property(tries = 50)
  void chroniclesRoundTripInsideUsersDocuments(@ForAll Chronicle chronicle) {
    ParleyLaws.checkRoundTrip(chronicle, MAPPER::writeValueAsBytes,
        bytes -> MAPPER.readValue(bytes, Chronicle.class));
    // Inside a user's document a chronicle has the same form as on its own.
    assertEquals(new String(ChronicleJson.write(chronicle)).replaceAll("\\s", ""),
        MAPPER.writeValueAsString(chronicle).replaceAll("\\s", ""));
  }

  @Example
  void actorIdsAreWrittenAsReferencesAndReadInBothForms() {
    assertEquals("\"official:sergey-lavrov\"",
        MAPPER.writeValueAsString(OfficialId.of("sergey-lavrov")));
    assertEquals(StateId.of("TUR"), MAPPER.readValue("\"TUR\"", StateId.class));
    assertEquals(StateId.of("TUR"), MAPPER.readValue("\"state:TUR\"", StateId.class));
    assertEquals(StateId.of("TUR"), MAPPER.readValue("\"state:TUR\"", ActorRef.class));
  }

  @Example
  void badInputIsAMismatchWithParleysReason() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("\"2023-13\"", FuzzyDate.class));
    assertTrue(e.getMessage().contains("month must be 01-12"), e.getMessage());
    MismatchedInputException ref = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("\"country:TUR\"", ActorRef.class));
    assertTrue(ref.getMessage().contains("country:TUR"), ref.getMessage());
  }

  @Example
  void sampleChroniclesAreReadable() {
    Chronicle c = ParleyArbitraries.chronicles().sample();
    assertEquals(c, MAPPER.readValue(MAPPER.writeValueAsString(c), Chronicle.class));
  }
}
