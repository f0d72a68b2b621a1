/**
 * Uncertain dates for news: {@link dev.parley.core.time.FuzzyDate}, an immutable value for the
 * Extended Date/Time Format (EDTF, ISO 8601-2) at level 0 plus the level-1 qualifiers
 * ({@code ?}, {@code ~}, {@code %}), unspecified digits ({@code 201X}, {@code 1985-04-XX}),
 * seasons ({@code 2023-21}) and intervals with open or unknown ends ({@code 2022-12/..},
 * {@code /2023-05-10}).
 *
 * <pre>{@code
 * FuzzyDate talks = FuzzyDate.parse("2004-06~/2004-06-11%");
 * talks.earliest();                                  // 2004-06-01
 * talks.mayInclude(LocalDate.of(2004, 6, 5));        // true
 * talks.certainlyIncludes(LocalDate.of(2004, 6, 5)); // false: it may have begun later
 * }</pre>
 *
 * <p>Days are the finest granularity; years are four digits, 0000 to 9999. How open ({@code ..})
 * and unknown (empty) interval ends take part in ordering and filtering is defined once, by
 * {@link dev.parley.core.time.FuzzyDate#earliestDay()} and {@link
 * dev.parley.core.time.FuzzyDate#latestDay()}: see the class documentation.
 */
package dev.parley.core.time;
