package dev.parley.core;

/**
 * What kind of thing an {@link Event} is: the event categories of PLOVER (Political Language
 * Ontology for Verifiable Event Records), as the 2021 manual lists them (Open Event Data Alliance,
 * {@code PLOVER_MANUAL.tex}, draft version 0.7b1), in the manual's order. PLOVER keeps CAMEO's
 * two-digit cue categories, splits CAMEO's YIELD into a verbal {@link #CONCEDE} and a material
 * {@link #RETREAT}, and leaves the detail to an event's {@linkplain Event#mode() mode} and
 * {@linkplain Event#context() context}.
 *
 * <p>Earlier drafts of PLOVER had other categories, which some texts still name: the 2021 manual
 * merges INVESTIGATE and DISAPPROVE into {@link #ACCUSE}, codes two-sided violence (FIGHT) as
 * {@link #ASSAULT}, has no category for requests or appeals (only {@link #DEMAND}s), and drops
 * the CRIME category in favour of crime contexts ({@code crime}, {@code crime_murder}, ...).
 *
 * <p>A {@link Meeting} is the richest kind of {@link #CONSULT} and stays a type of its own.
 */
public enum PloverCategory {
  /** A promise, offer or stated willingness to cooperate, including to sign an agreement. */
  AGREE,
  /** Talks, visits, meetings and consultations by phone or other means. */
  CONSULT,
  /** Verbal, diplomatic support: praise, endorsement, recognition, signing an agreement. */
  SUPPORT,
  /** A verbal concession without immediate material effect, such as a declared ceasefire. */
  CONCEDE,
  /** Mutual material cooperation: economic, military, judicial or intelligence exchange. */
  COOPERATE,
  /** Material aid that mainly benefits the recipient: money, arms, humanitarian aid, asylum. */
  AID,
  /** A material concession: withdrawal, release of captives, disarmament, access, resignation. */
  RETREAT,
  /** A demand or order, stronger than a request and short of a threat. */
  DEMAND,
  /** Disapproval, accusation, complaint, lawsuit or investigation. */
  ACCUSE,
  /** A rejection or refusal, including defiance of laws or norms and vetoes. */
  REJECT,
  /** A threat or ultimatum, of force or of other measures. */
  THREATEN,
  /** Collective civilian dissent: demonstrations, riots, strikes, boycotts, obstruction. */
  PROTEST,
  /** A reduction of relations: sanctions, expulsions, cancelled talks, convictions of bodies. */
  SANCTION,
  /** Military or police moves short of the use of force. */
  MOBILIZE,
  /** Repression or restriction: arrests, bans, curfews, confiscation, deportation. */
  COERCE,
  /** Deliberate physical violence: attacks, assassinations, bombings, armed fighting. */
  ASSAULT
}
