/**
 * CAMEO actor dictionaries (the PETRARCH/TABARI {@code .actors} format) read into Parley: states
 * with their name variants, officials with their dated posts sourced to the dictionary, and
 * national institutions as organizations. Start with {@link
 * dev.parley.eventdata.actors.ActorDictionary#read(java.nio.file.Path)}; {@link
 * dev.parley.eventdata.actors.ActorDictionaryReader} documents the mapping and the options, and
 * {@link dev.parley.eventdata.actors.DictionaryDates} the two-digit year rule.
 */
package dev.parley.eventdata.actors;
