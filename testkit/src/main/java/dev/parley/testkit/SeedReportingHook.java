package dev.parley.testkit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import net.jqwik.api.FixedSeedMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Makes every failing property name the seed that reproduces it, including a property whose
 * generator throws. jqwik 1.9 reports {@code seed = ...} when a property is falsified, but when
 * an arbitrary throws while values are generated it reports {@code seed = <none>}, although it
 * had drawn one, and the failure cannot be reproduced.
 *
 * <p>This hook draws the seed of a property that has none fixed ({@code @Property(seed = ...)})
 * before jqwik does, hands it to jqwik as the property's seed, and when the property fails adds a
 * {@linkplain Throwable#getSuppressed() suppressed} {@link SeedNote} to the failure's throwable:
 * its message, {@code seed = 1234 (reproduce with @Property(seed = "1234"))}, is printed with
 * the stack trace. A property with a seed of its own is left as it is. Values are generated as
 * randomly as without the hook; one thing differs: after a failure, jqwik's next run tries the
 * failing sample first as usual but then a fresh seed rather than the previous one, since the
 * seed is no longer jqwik's to choose.
 *
 * <p>Not registered by the test kit: a project opts in by naming the class in its test resources,
 * in {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}, which applies it to every
 * property, or per class with {@code @AddLifecycleHook(SeedReportingHook.class)}.
 */
public final class SeedReportingHook implements AroundPropertyHook {

  /** Creates the hook; jqwik does, when the class is registered. */
  public SeedReportingHook() {}

  /**
   * Applies to every property of a container it is registered on.
   *
   * @return {@link PropagationMode#ALL_DESCENDANTS}
   */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  /**
   * Applies to property methods only.
   *
   * @param element the element jqwik asks about
   * @return whether {@code element} is a method
   */
  @Override
  public boolean appliesTo(Optional<AnnotatedElement> element) {
    return element.map(e -> e instanceof Method).orElse(false);
  }

  /**
   * Fixes the seed of a property that has none, runs the property, and notes the seed on the
   * failure's throwable.
   *
   * @param context the property's context
   * @param property runs the property
   * @return the property's result, unchanged but for the note on a failure's throwable
   */
  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    PropertyAttributes attributes = context.attributes();
    if (attributes.seed().filter(s -> !s.isEmpty()).isEmpty()) {
      attributes.setSeed(Long.toString(ThreadLocalRandom.current().nextLong()));
      // The seed is not one fixed in the source: a "fail on fixed seeds" setting is not for it.
      attributes.setWhenFixedSeed(FixedSeedMode.ALLOW);
    }
    PropertyExecutionResult result = property.execute();
    if (result.status() == PropertyExecutionResult.Status.FAILED) {
      Optional<String> seed = result.seed().filter(s -> !s.isEmpty()).or(attributes::seed);
      seed.ifPresent(s -> result.throwable().ifPresent(t -> t.addSuppressed(new SeedNote(s))));
    }
    return result;
  }

  /**
   * The seed of a failed property, attached to its failure as a suppressed throwable so that it
   * is printed with the stack trace. Carries no stack trace of its own.
   */
  public static final class SeedNote extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The seed. */
    private final String seed;

    /**
     * Creates the note.
     *
     * @param seed the seed the property ran with
     */
    SeedNote(String seed) {
      super("seed = " + seed + " (reproduce with @Property(seed = \"" + seed + "\"))", null,
          false, false);
      this.seed = seed;
    }

    /**
     * The seed the failing property ran with.
     *
     * @return the seed, as {@code @Property(seed = ...)} takes it
     */
    public String seed() {
      return seed;
    }
  }
}
