package dev.parley.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.parley.core.Chronicle;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Failing properties over chronicles shrink to small, readable counterexamples. The failing
 * property runs in the real jqwik engine, through JUnit's engine test kit, exactly as a user's
 * would; its class name matches no Surefire include, so it runs only from here.
 */
class ShrinkingTest {

  /** Fails for every chronicle with two meetings or more. */
  static class FailsWithTwoMeetings {
    @Property(seed = "20230425", tries = 1000, shrinking = ShrinkingMode.FULL)
    void fewerThanTwoMeetings(@ForAll Chronicle chronicle) {
      if (chronicle.meetings().size() >= 2) {
        throw new AssertionError("counterexample " + describe(chronicle));
      }
    }
  }

  static String describe(Chronicle c) {
    int records = c.states().size() + c.officials().size() + c.organizations().size()
        + c.meetings().size() + c.statements().size() + c.stances().size()
        + c.issues().size() + c.articles().size();
    int longestId = c.meetings().stream().mapToInt(m -> m.id().value().length()).max()
        .orElse(0);
    return "records=" + records + " meetings=" + c.meetings().size()
        + " longestMeetingId=" + longestId + " " + c;
  }

  @Test
  void aFailingChroniclePropertyShrinksToAHandfulOfRecords(@TempDir Path database) {
    List<Event> failures = EngineTestKit.engine("jqwik")
        .selectors(selectClass(FailsWithTwoMeetings.class))
        .configurationParameter("jqwik.database", database.resolve("db").toString())
        .configurationParameter("jqwik.reporting.onlyfailures", "true")
        .execute()
        .testEvents()
        .failed()
        .list();
    assertEquals(1, failures.size());
    Throwable thrown = failures.get(0).getPayload(TestExecutionResult.class).orElseThrow()
        .getThrowable().orElseThrow();
    Matcher m = Pattern.compile("records=(\\d+) meetings=(\\d+) longestMeetingId=(\\d+)")
        .matcher(thrown.getMessage());
    assertTrue(m.find(), thrown.getMessage());
    // Two meetings need a party for their participants and an article for their sources.
    assertEquals(2, Integer.parseInt(m.group(2)), thrown.getMessage());
    assertTrue(Integer.parseInt(m.group(1)) <= 6, thrown.getMessage());
    assertTrue(Integer.parseInt(m.group(3)) <= 3, thrown.getMessage());
  }
}
