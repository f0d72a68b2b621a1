/**
 * Parley's domain model: states, officials and the posts they hold, meetings, statements and
 * stances, with uncertain dates ({@link dev.parley.core.time.FuzzyDate}) and a source for every
 * claim, gathered in a validated {@link dev.parley.core.Chronicle}.
 */
module dev.parley.core {
  requires transitive com.google.common;

  // Compile-time only. The generated code carries no class-path annotations (see the
  // allowedClasspathAnnotations style in dev.parley.core's package-info), so neither
  // com.google.errorprone.annotations nor java.compiler is needed.
  requires static org.immutables.value.annotations;

  exports dev.parley.core;
  exports dev.parley.core.time;
  exports dev.parley.core.query;
  // Not API: for Parley's readers only (an assembler that checks the references they met).
  exports dev.parley.core.internal to dev.parley.io;
}
