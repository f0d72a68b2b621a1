/**
 * A gazetteer of states, officials and organizations, built from chronicles (and so from actor
 * dictionaries), and a finder of their mentions in article text as code-point spans: {@link
 * dev.parley.eventdata.mentions.Gazetteer}, {@link dev.parley.eventdata.mentions.Mention}.
 */
package dev.parley.eventdata.mentions;
