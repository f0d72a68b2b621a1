package dev.parley.testkit;

import dev.parley.core.ActorRef;
import dev.parley.core.ArticleId;
import dev.parley.core.IssueId;
import dev.parley.core.MeetingId;
import dev.parley.core.PartyRef;
import dev.parley.core.StateId;
import dev.parley.core.StatementId;
import dev.parley.core.time.FuzzyDate;
import java.time.Year;
import net.jqwik.api.Arbitrary;

/**
 * Where generated records find the ids they refer to: arbitrary ids for standalone values, or the
 * {@link ChronicleMapping.Placeholders} of a chronicle's records.
 */
final class Refs {
  /** The first year of the default date range. */
  static final Year DEFAULT_FIRST_YEAR = Year.of(1900);
  /** The last year of the default date range. */
  static final Year DEFAULT_LAST_YEAR = Year.of(2100);
  /** Dates of the default range, built once. */
  static final Arbitrary<FuzzyDate> DATES =
      FuzzyDateArbitraries.fuzzyDates(DEFAULT_FIRST_YEAR, DEFAULT_LAST_YEAR);

  final Pool<StateId> states;
  final Pool<PartyRef> parties;
  final Pool<ActorRef> actors;
  final Pool<IssueId> issues;
  final Pool<ArticleId> articles;
  final Pool<MeetingId> meetings;
  final Pool<StatementId> statements;
  final Arbitrary<FuzzyDate> dates;
  final Year firstYear;
  final Year lastYear;

  private Refs(
      Pool<StateId> states,
      Pool<PartyRef> parties,
      Pool<ActorRef> actors,
      Pool<IssueId> issues,
      Pool<ArticleId> articles,
      Pool<MeetingId> meetings,
      Pool<StatementId> statements,
      Arbitrary<FuzzyDate> dates,
      Year firstYear,
      Year lastYear) {
    this.states = states;
    this.parties = parties;
    this.actors = actors;
    this.issues = issues;
    this.articles = articles;
    this.meetings = meetings;
    this.statements = statements;
    this.dates = dates;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  static Refs any() {
    return new Refs(
        Pool.unbounded(IdArbitraries.STATE_IDS),
        Pool.unbounded(IdArbitraries.PARTY_REFS),
        Pool.unbounded(IdArbitraries.ACTOR_REFS),
        Pool.unbounded(IdArbitraries.ISSUE_IDS),
        Pool.unbounded(IdArbitraries.ARTICLE_IDS),
        Pool.unbounded(IdArbitraries.MEETING_IDS),
        Pool.unbounded(IdArbitraries.STATEMENT_IDS),
        DATES,
        DEFAULT_FIRST_YEAR,
        DEFAULT_LAST_YEAR);
  }

  static Refs placeholders(Year firstYear, Year lastYear) {
    return new Refs(
        Pool.of(ChronicleMapping.Placeholders.STATES),
        Pool.of(ChronicleMapping.Placeholders.PARTIES),
        Pool.of(ChronicleMapping.Placeholders.ACTORS),
        Pool.of(ChronicleMapping.Placeholders.ISSUES),
        Pool.of(ChronicleMapping.Placeholders.ARTICLES),
        Pool.of(ChronicleMapping.Placeholders.MEETINGS),
        Pool.of(ChronicleMapping.Placeholders.STATEMENTS),
        datesBetween(firstYear, lastYear),
        firstYear,
        lastYear);
  }

  /** Dates written within the years, the default range's arbitrary reused when it applies. */
  static Arbitrary<FuzzyDate> datesBetween(Year first, Year last) {
    if (first.equals(DEFAULT_FIRST_YEAR) && last.equals(DEFAULT_LAST_YEAR)) {
      return DATES;
    }
    return FuzzyDateArbitraries.fuzzyDates(first, last);
  }
}
