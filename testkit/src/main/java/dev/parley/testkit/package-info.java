/**
 * Parley's test kit: jqwik arbitraries for every public Parley type, for property-based tests of
 * code that uses Parley.
 *
 * <p>With this module on the test class path, {@code @ForAll} works for every Parley type, no
 * ceremony needed; {@link dev.parley.testkit.ParleyArbitraryProvider} is registered with jqwik:
 *
 * <pre>{@code
 * @Property
 * void everyMeetingHasAStatus(@ForAll Meeting meeting) {
 *   assertNotNull(meeting.status());
 * }
 *
 * @Property
 * void myAnalysisNeverFails(@ForAll Chronicle chronicle) {
 *   MyAnalysis.run(chronicle);
 * }
 * }</pre>
 *
 * <p>For tuning, the factories of {@link dev.parley.testkit.ParleyArbitraries} (values, and
 * referentially consistent chronicles tuned in jqwik's idiom through {@link
 * dev.parley.testkit.ChronicleArbitrary}: {@code chronicles().withMeetings(1, 50)}) and
 * {@link dev.parley.testkit.FuzzyDateArbitraries} (EDTF dates and texts) are composable jqwik
 * {@link net.jqwik.api.Arbitrary}s; {@link dev.parley.testkit.ParleyLaws} holds laws that every
 * Parley value obeys, for reuse in downstream properties.
 */
package dev.parley.testkit;
