/**
 * Queries over a {@link dev.parley.core.Chronicle}: the questions an analyst asks, answered on
 * indexes built once per chronicle.
 *
 * <p>Start from {@link dev.parley.core.Chronicle#query()}:
 *
 * <pre>{@code
 * Queries q = chronicle.query();
 * List<Meeting> lavrov = q.meetings().attendedBy(OfficialId.of("sergey-lavrov")).list();
 * Optional<Meeting> first = q.meetings()
 *     .between(StateId.of("TUR"), StateId.of("SYR"))
 *     .since(LocalDate.of(2011, 3, 15))
 *     .atLeast(MeetingLevel.MINISTERIAL)
 *     .first();
 * }</pre>
 *
 * <p><b>Order.</b> Lists of meetings, statements and events are chronological: by {@link
 * dev.parley.core.time.FuzzyDate}'s order, then by id. That order, and every date filter, rests
 * on the days a date <em>counts for</em>, {@link dev.parley.core.time.FuzzyDate#earliestDay()}
 * to {@link dev.parley.core.time.FuzzyDate#latestDay()}:
 *
 * <ul>
 *   <li>an open end ({@code ..}) is unbounded: {@code 2022-12/..} counts for every day from
 *       December 2022 on;
 *   <li>an unknown (empty) end is not known, so the interval counts as its known end alone:
 *       {@code /2023-01-11?} counts for 11 January 2023, sorts after 2016, is not returned by
 *       {@code overlapping} a range in 2012, and is returned by {@code since(2023-01-01)};
 *   <li>a single date, or a dated end, counts for all its days ({@code 2023} for the whole year).
 * </ul>
 *
 * <p><b>Dates.</b> {@code overlapping(from, to)} keeps what counts for some day of the range
 * ({@link dev.parley.core.time.FuzzyDate#overlaps}); {@code within(from, to)}, {@code
 * since(day)} and {@code until(day)} keep what counts only for days inside it ({@link
 * dev.parley.core.time.FuzzyDate#isWithin}, {@link dev.parley.core.time.FuzzyDate#isOnOrAfter},
 * {@link dev.parley.core.time.FuzzyDate#isOnOrBefore}). Stances and tenures hold on a day when
 * their interval {@linkplain dev.parley.core.time.FuzzyDate#certainlyIncludes certainly
 * includes} it.
 *
 * <p><b>Status.</b> "Attended" means held: {@code attendedBy}, {@code attendance} and {@code
 * coAttendance} count {@linkplain dev.parley.core.MeetingStatus#HELD held} meetings only; {@code
 * involving} and {@code between} count meetings of every status.
 *
 * <p><b>Cost.</b> Each index is built on first use, once per chronicle, in time linear in the
 * records it covers, and is safe to share between threads. Results are immutable.
 */
package dev.parley.core.query;
