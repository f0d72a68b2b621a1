/**
 * Parley's test kit: jqwik arbitraries for every public Parley type, registered with jqwik so
 * that {@code @ForAll Meeting} and {@code @ForAll Chronicle} work with this module on the test
 * class path.
 */
module dev.parley.testkit {
  requires transitive dev.parley.core;
  requires transitive net.jqwik.api;

  exports dev.parley.testkit;

  provides net.jqwik.api.providers.ArbitraryProvider
      with dev.parley.testkit.ParleyArbitraryProvider;
  provides net.jqwik.api.SampleReportingFormat
      with dev.parley.testkit.ParleyReportingFormat;
}
