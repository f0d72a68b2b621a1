/**
 * PLOVER in and out: {@link dev.parley.eventdata.plover.PloverReader} reads PLOVER JSON records
 * (a JSON array or NDJSON) into a chronicle of events, meetings, actors and articles with the
 * record markup's spans, reporting every record it cannot map; {@link
 * dev.parley.eventdata.plover.PloverWriter} writes a chronicle's events and meetings back as
 * PLOVER records.
 */
package dev.parley.eventdata.plover;
