/**
 * Event data in and out of Parley: PLOVER records, the CAMEO to PLOVER mapping, CAMEO actor
 * dictionaries, and a gazetteer that finds mentions in text.
 */
module dev.parley.eventdata {
  requires transitive dev.parley.core;
  requires transitive dev.parley.io;

  exports dev.parley.eventdata;
  exports dev.parley.eventdata.actors;
  exports dev.parley.eventdata.cameo;
  exports dev.parley.eventdata.plover;
  exports dev.parley.eventdata.mentions;
}
