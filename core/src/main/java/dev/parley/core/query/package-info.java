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
 * dev.parley.core.time.FuzzyDate}'s order (earliest day, then latest day, then text), then by id.
 *
 * <p><b>Dates.</b> Uncertain dates are compared through their bounds. {@code overlapping(from,
 * to)} keeps what <em>may</em> fall in the range ({@code earliest <= to && latest >= from});
 * {@code within(from, to)} and {@code since(day)} keep what <em>certainly</em> does. Stances and
 * tenures hold on a day when their interval {@linkplain
 * dev.parley.core.time.FuzzyDate#certainlyIncludes certainly includes} it.
 *
 * <p><b>Cost.</b> Each index is built on first use, once per chronicle, in time linear in the
 * records it covers, and is safe to share between threads. Results are immutable.
 */
package dev.parley.core.query;
