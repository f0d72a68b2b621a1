/**
 * Event data in and out of Parley: PLOVER records, the CAMEO to PLOVER mapping, CAMEO actor
 * dictionaries, and a gazetteer that finds mentions in text.
 */
module dev.parley.eventdata {
  requires transitive dev.parley.core;
  requires transitive dev.parley.io;

  exports dev.parley.eventdata;
  exports dev.parley.eventdata.mentions;
  // Each package exports itself here as it lands: plover, cameo, actors, mentions.
}
