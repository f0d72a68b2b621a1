package dev.parley.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * Every failing property names its seed, as this module's tests run them: {@link
 * SeedReportingHook} is registered in {@code src/test/resources/META-INF/services}. The failing
 * properties run in the real jqwik engine, through JUnit's engine test kit; their classes match
 * no Surefire include, so they run only from here.
 */
class SeedReportingHookTest {

  /** Values drawn from the seed alone (no edge cases), then refused by a throwing mapping. */
  static Arbitrary<Integer> throwingGenerator() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE).withoutEdgeCases()
        .map(i -> {
          throw new IllegalStateException("generator refused " + i);
        });
  }

  static class GeneratorThrows {
    @Property(tries = 10)
    void neverRuns(@ForAll("values") int value) {}

    @Provide
    Arbitrary<Integer> values() {
      return throwingGenerator();
    }
  }

  static class Falsified {
    @Property(tries = 10)
    void failsAtOnce(@ForAll int value) {
      throw new AssertionError("falsified by " + value);
    }
  }

  /** Runs {@link GeneratorThrows}' property again, with the seed in {@link #seed}. */
  @AddLifecycleHook(FixSeed.class)
  static class GeneratorThrowsWithSeed extends GeneratorThrows {}

  static volatile String seed;

  /** Sets the seed as {@code @Property(seed = ...)} does, before the hook under test runs. */
  public static class FixSeed implements AroundPropertyHook {
    @Override
    public PropagationMode propagateTo() {
      return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public int aroundPropertyProximity() {
      return -5;
    }

    @Override
    public PropertyExecutionResult aroundProperty(
        PropertyLifecycleContext context, PropertyExecutor property) {
      context.attributes().setSeed(seed);
      return property.execute();
    }
  }

  private static EngineExecutionResults run(Class<?> container, Path database) {
    return EngineTestKit.engine("jqwik")
        .selectors(selectClass(container))
        .configurationParameter("jqwik.database", database.resolve("db").toString())
        .configurationParameter("jqwik.reporting.onlyfailures", "true")
        .configurationParameter("jqwik.reporting.usejunitplatform", "true")
        .execute();
  }

  private static Throwable onlyFailure(EngineExecutionResults results) {
    List<Event> failures = results.testEvents().failed().list();
    assertEquals(1, failures.size(), "failures: " + failures);
    return failures.get(0).getPayload(TestExecutionResult.class).orElseThrow()
        .getThrowable().orElseThrow();
  }

  /** The seed of the one {@link SeedReportingHook.SeedNote} on a failure. */
  private static String noteSeed(Throwable failure) {
    List<SeedReportingHook.SeedNote> notes = Arrays.stream(failure.getSuppressed())
        .filter(SeedReportingHook.SeedNote.class::isInstance)
        .map(SeedReportingHook.SeedNote.class::cast)
        .toList();
    assertEquals(1, notes.size(), "seed notes on " + failure);
    String seed = notes.get(0).seed();
    assertEquals("seed = " + seed + " (reproduce with @Property(seed = \"" + seed + "\"))",
        notes.get(0).getMessage());
    Long.parseLong(seed);
    return seed;
  }

  /** What jqwik's own report says the seed is. */
  private static String reportedSeed(EngineExecutionResults results) {
    String report = results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().toString())
        .filter(s -> s.contains("\nseed = "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no jqwik report with a seed"));
    Matcher m = Pattern.compile("(?m)^seed = (\\S+)").matcher(report);
    assertTrue(m.find(), report);
    return m.group(1);
  }

  @Test
  void aThrowingGeneratorFailsWithTheSeedThatReproducesIt(@TempDir Path dir) {
    EngineExecutionResults first = run(GeneratorThrows.class, dir.resolve("first"));
    Throwable failure = onlyFailure(first);
    assertTrue(failure instanceof IllegalStateException, "the generator's own exception");
    // jqwik's report alone does not name it.
    assertEquals("<none>", reportedSeed(first));
    String printed = noteSeed(failure);

    // The seed reproduces the failure: the same value is generated and refused.
    seed = printed;
    Throwable again = onlyFailure(run(GeneratorThrowsWithSeed.class, dir.resolve("again")));
    assertEquals(failure.getMessage(), again.getMessage());
    assertEquals(printed, noteSeed(again));

    // A different seed draws something else, so the equality above is the seed's doing.
    Throwable other = onlyFailure(run(GeneratorThrows.class, dir.resolve("other")));
    assertNotEquals(printed, noteSeed(other));
  }

  @Test
  void aFalsifiedPropertyNamesTheSeedJqwikReports(@TempDir Path dir) {
    EngineExecutionResults results = run(Falsified.class, dir);
    Throwable failure = onlyFailure(results);
    assertTrue(failure.getMessage().startsWith("falsified by "), failure.getMessage());
    assertEquals(reportedSeed(results), noteSeed(failure));
  }

  @Test
  void aSeedFixedInTheSourceIsKept(@TempDir Path dir) {
    Throwable failure = onlyFailure(run(ShrinkingTest.FailsWithTwoMeetings.class, dir));
    assertEquals("20230425", noteSeed(failure));
  }

  @Test
  void aPassingPropertyReportsNothing(@TempDir Path dir) {
    EngineExecutionResults results = EngineTestKit.engine("jqwik")
        .selectors(selectClass(Passing.class))
        .configurationParameter("jqwik.database", dir.resolve("db").toString())
        .execute();
    assertEquals(1, results.testEvents().succeeded().count());
    assertEquals(0, results.allEvents().filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
        .filter(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().toString()
            .contains("\nseed = "))
        .count(), "nothing reported for a passing property with onlyfailures");
  }

  static class Passing {
    @Property(tries = 10)
    void holds(@ForAll int value) {
      if (value + 0 != value) {
        throw new AssertionError();
      }
    }
  }
}
