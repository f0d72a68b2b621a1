/**
 * Parley's domain model: states, officials and the posts they hold, meetings, statements and
 * stances, with uncertain dates ({@link dev.parley.core.time.FuzzyDate}) and a source for every
 * claim, gathered in a validated {@link dev.parley.core.Chronicle}.
 */
module dev.parley.core {
  requires transitive com.google.common;

  // Compile-time only: the Immutables annotations and what its generated code refers to.
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.parley.core;
  exports dev.parley.core.time;
}
