/**
 * The CAMEO to PLOVER mapping: {@link dev.parley.eventdata.cameo.CameoPloverTable} reads the
 * PLOVER manual's conversion table ({@code CAMEO2PLOVER-2021.txt}, CC BY-SA 4.0, from the Open
 * Event Data Alliance; not shipped with Parley) from a file the user supplies, converts CAMEO
 * event codes to a PLOVER category, mode and contexts, and lists the CAMEO codes behind a
 * category or mode.
 */
package dev.parley.eventdata.cameo;
