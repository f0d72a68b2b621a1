/**
 * What Parley's event-data importers share: {@link dev.parley.eventdata.ImportReport}, which
 * says how many input items became what and lists every item that was not mapped, with where
 * it was and why.
 */
package dev.parley.eventdata;
