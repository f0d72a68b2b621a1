package dev.parley.examples;

import static java.util.Objects.requireNonNull;

import dev.parley.core.time.FuzzyDate;
import dev.parley.core.time.FuzzyDate.Qualifier;
import dev.parley.examples.SeedArticle.DateAnchor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the relative dates in an article's text ("on Tuesday", "last month", "early May",
 * "Jan. 18") and reads each against the article's {@link SeedArticle#anchor() anchor date}.
 *
 * <p>The reading keeps the uncertainty: a month stays a month ({@code 2022-12}), "early May" is
 * an interval of approximate days ({@code 2023-05-01~/2023-05-10~}), and everything read against
 * an approximate anchor (a photo caption's date) is itself approximate ({@code 2023-05-10~}).
 * Without an anchor nothing is guessed: the mention is listed, unresolved, with the reason.
 *
 * <p>The rules, in full:
 *
 * <ul>
 *   <li>a weekday ("on Tuesday", "Monday's") is the latest such day on or before the anchor, or
 *       the first on or after it when its sentence speaks of the future ("will", "would",
 *       "may", "could", "plans", "scheduled", "expected", "hope"); "last Tuesday" is strictly
 *       before, "next Tuesday" strictly after, "this Tuesday" in the anchor's week (Monday to
 *       Sunday);
 *   <li>"today", "this morning", "this evening", "tonight" are the anchor; "yesterday" the day
 *       before;
 *   <li>"last / this / next week" is that Monday-to-Sunday week; "weekend" its Saturday and
 *       Sunday; "month" and "year" the calendar month and year;
 *   <li>a month without a year ("in December", "early May", "late in December", "mid-March") is
 *       the latest such month not after the anchor's, or the first not before it in a sentence
 *       about the future; "early", "mid" and "late" are days 1–10, 11–20 and 21–end;
 *   <li>a day without a year ("Jan. 18") is read the same way, in the anchor's year or the one
 *       before or after;
 *   <li>"in the summer" (spring, autumn, fall, winter) is that season (EDTF codes 21–24) of the
 *       anchor's year, or the one before when the season would start after the anchor.
 * </ul>
 */
public final class RelativeDates {
  private static final String WEEKDAY =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String MONTH = ArticleReader.monthPattern();
  private static final String NO_YEAR = "(?![,.]? ?\\d{4})";

  private static final Pattern WEEKDAY_MENTION =
      Pattern.compile("\\b(?:((?i:last|this|next)) )?" + WEEKDAY + "(?:['’]s)?\\b");
  private static final Pattern DAY_WORD =
      Pattern.compile("\\b(?i:(yesterday|today|tonight|this morning|this evening))\\b");
  private static final Pattern PERIOD =
      Pattern.compile("\\b(?i:(last|this|next)) (week|weekend|month|year)\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + " (\\d{1,2})\\b" + NO_YEAR);
  private static final Pattern PART_OF_MONTH = Pattern.compile(
      "\\b(?:((?i:early|late)) (?:in )?|(?i:(mid))-|(?i:in) )" + MONTH + "\\b(?! ?\\d)");
  private static final Pattern SEASON =
      Pattern.compile("\\b(?i:in the (spring|summer|autumn|fall|winter))\\b");
  private static final Pattern FUTURE = Pattern.compile(
      "\\b(?i:will|would|may|could|might|plans?|planned|scheduled|expected|hopes?)\\b");

  private RelativeDates() {}

  /**
   * A relative date in an article and how it reads.
   *
   * @param start the code point offset where the phrase starts in the article's text
   * @param end the code point offset just after it
   * @param phrase the phrase as written
   * @param resolved its date, where the article has an anchor
   * @param reading how it was read, or why it was not
   */
  public record Mention(
      int start, int end, String phrase, Optional<FuzzyDate> resolved, String reading) {

    /**
     * Checks the components.
     *
     * @param start the code point offset where the phrase starts in the article's text
     * @param end the code point offset just after it
     * @param phrase the phrase as written
     * @param resolved its date, where the article has an anchor
     * @param reading how it was read, or why it was not
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the span is empty or negative
     */
    public Mention {
      requireNonNull(phrase, "phrase");
      requireNonNull(resolved, "resolved");
      requireNonNull(reading, "reading");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("Invalid Mention span [" + start + ", " + end
            + "): must be non-empty and not negative");
      }
    }
  }

  /**
   * The relative dates in an article, in text order, read against its anchor.
   *
   * @param article the article
   * @return the mentions, resolved where the article's anchor date is known
   * @throws NullPointerException if {@code article} is null
   */
  public static List<Mention> find(SeedArticle article) {
    requireNonNull(article, "article");
    return find(article.text(), article.anchor());
  }

  /**
   * The relative dates in a text, in text order, read against {@code anchor}.
   *
   * @param text the text
   * @param anchor the day to read against, if known
   * @return the mentions
   * @throws NullPointerException if an argument is null
   */
  public static List<Mention> find(String text, Optional<DateAnchor> anchor) {
    requireNonNull(text, "text");
    requireNonNull(anchor, "anchor");
    List<Found> found = new ArrayList<>();
    scan(WEEKDAY_MENTION, text, found, (m, a, future) -> weekday(m, a, future));
    scan(DAY_WORD, text, found, (m, a, future) -> dayWord(m.group(1), a));
    scan(PERIOD, text, found, (m, a, future) -> period(m.group(1), m.group(2), a));
    scan(MONTH_DAY, text, found, (m, a, future) -> monthDay(m, a, future));
    scan(PART_OF_MONTH, text, found, (m, a, future) -> partOfMonth(m, a, future));
    scan(SEASON, text, found, (m, a, future) -> season(m.group(1), a));
    found.sort(Comparator.comparingInt(Found::start));
    List<Mention> mentions = new ArrayList<>();
    int covered = 0;
    for (Found f : found) {
      if (f.start < covered) {
        continue; // inside a longer mention already listed ("late in December" vs "in December")
      }
      covered = f.end;
      String phrase = text.substring(f.start, f.end);
      int from = text.codePointCount(0, f.start);
      int to = from + phrase.codePointCount(0, phrase.length());
      if (anchor.isEmpty()) {
        mentions.add(new Mention(from, to, phrase, Optional.empty(),
            "unresolved: the article's date is not stated"));
        continue;
      }
      DateAnchor a = anchor.get();
      Reading r = f.rule.read(f.match, a.day(), FUTURE.matcher(sentence(text, f.start)).find());
      FuzzyDate date = a.approximate() ? approximate(r.date) : r.date;
      mentions.add(new Mention(from, to, phrase, Optional.of(date),
          r.how + " (" + a.origin() + " " + a.day() + (a.approximate() ? ", approximate" : "")
              + ")"));
    }
    return List.copyOf(mentions);
  }

  private interface Rule {
    Reading read(MatchResult m, LocalDate anchor, boolean future);
  }

  private record MatchResult(String[] groups) {
    String group(int i) {
      return groups[i];
    }
  }

  private record Found(int start, int end, MatchResult match, Rule rule) {}

  private record Reading(FuzzyDate date, String how) {}

  private static void scan(Pattern p, String text, List<Found> found, Rule rule) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      String[] groups = new String[m.groupCount() + 1];
      for (int i = 0; i <= m.groupCount(); i++) {
        groups[i] = m.group(i);
      }
      found.add(new Found(m.start(), m.end(), new MatchResult(groups), rule));
    }
  }

  /** The sentence around {@code at}: from the previous full stop or line break to the next. */
  private static String sentence(String text, int at) {
    int from = at;
    while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = at;
    while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return text.substring(from, to);
  }

  private static Reading weekday(MatchResult m, LocalDate a, boolean future) {
    DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    LocalDate d;
    String how;
    switch (modifier) {
      case "last" -> {
        d = a.with(TemporalAdjusters.previous(day));
        how = "the " + name(day) + " before";
      }
      case "next" -> {
        d = a.with(TemporalAdjusters.next(day));
        how = "the " + name(day) + " after";
      }
      case "this" -> {
        d = a.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
        how = "the " + name(day) + " of the week of";
      }
      default -> {
        d = future ? a.with(TemporalAdjusters.nextOrSame(day))
            : a.with(TemporalAdjusters.previousOrSame(day));
        how = "the " + name(day) + (future ? " on or after" : " on or before");
      }
    }
    return new Reading(FuzzyDate.of(d), how);
  }

  private static Reading dayWord(String word, LocalDate a) {
    return word.equalsIgnoreCase("yesterday")
        ? new Reading(FuzzyDate.of(a.minusDays(1)), "the day before")
        : new Reading(FuzzyDate.of(a), "the day of");
  }

  private static Reading period(String which, String unit, LocalDate a) {
    int shift = switch (which.toLowerCase(Locale.ROOT)) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
    String how = which.toLowerCase(Locale.ROOT) + " " + unit + " from";
    return switch (unit) {
      case "week" -> {
        LocalDate monday = a.with(DayOfWeek.MONDAY).plusWeeks(shift);
        yield new Reading(days(monday, monday.plusDays(6)), how);
      }
      case "weekend" -> {
        LocalDate saturday = a.with(DayOfWeek.MONDAY).plusWeeks(shift).plusDays(5);
        yield new Reading(days(saturday, saturday.plusDays(1)), how);
      }
      case "month" -> new Reading(FuzzyDate.of(YearMonth.from(a).plusMonths(shift)), how);
      default -> new Reading(FuzzyDate.of(java.time.Year.of(a.getYear() + shift)), how);
    };
  }

  private static Reading monthDay(MatchResult m, LocalDate a, boolean future) {
    int month = ArticleReader.month(m.group(1));
    int dayOfMonth = Integer.parseInt(m.group(2));
    for (int year : future ? new int[] {a.getYear(), a.getYear() + 1}
        : new int[] {a.getYear(), a.getYear() - 1}) {
      YearMonth ym = YearMonth.of(year, month);
      if (ym.isValidDay(dayOfMonth)) {
        LocalDate d = ym.atDay(dayOfMonth);
        if (future ? !d.isBefore(a) : !d.isAfter(a)) {
          return new Reading(FuzzyDate.of(d),
              "the " + (future ? "first such day on or after" : "latest such day on or before"));
        }
      }
    }
    // 29 February with no leap year in reach, or the other direction: say so rather than guess.
    YearMonth ym = YearMonth.of(a.getYear(), month);
    return new Reading(FuzzyDate.of(ym), "no such day near; its month in the year of");
  }

  private static Reading partOfMonth(MatchResult m, LocalDate a, boolean future) {
    String part = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT)
        : m.group(2) != null ? "mid" : "";
    YearMonth anchorMonth = YearMonth.from(a);
    YearMonth ym = YearMonth.of(a.getYear(), ArticleReader.month(m.group(3)));
    if (future && ym.isBefore(anchorMonth)) {
      ym = ym.plusYears(1);
    } else if (!future && ym.isAfter(anchorMonth)) {
      ym = ym.minusYears(1);
    }
    String how = (part.isEmpty() ? "" : part + " in ")
        + (future ? "the first such month from" : "the latest such month up to");
    return switch (part) {
      case "early" -> new Reading(approximate(days(ym.atDay(1), ym.atDay(10))), how);
      case "mid" -> new Reading(approximate(days(ym.atDay(11), ym.atDay(20))), how);
      case "late" -> new Reading(approximate(days(ym.atDay(21), ym.atEndOfMonth())), how);
      default -> new Reading(FuzzyDate.of(ym), how);
    };
  }

  private static Reading season(String name, LocalDate a) {
    int code = switch (name.toLowerCase(Locale.ROOT)) {
      case "spring" -> 21;
      case "summer" -> 22;
      case "autumn", "fall" -> 23;
      default -> 24;
    };
    int startMonth = (code - 21) * 3 + 3; // 3, 6, 9, 12
    int year = a.getYear();
    if (LocalDate.of(year, startMonth, 1).isAfter(a)) {
      year--;
    }
    return new Reading(FuzzyDate.parse(String.format(Locale.ROOT, "%04d-%d", year, code)),
        "the " + name.toLowerCase(Locale.ROOT) + " up to");
  }

  /** The days {@code from} to {@code to}, both included. */
  private static FuzzyDate days(LocalDate from, LocalDate to) {
    return FuzzyDate.interval(FuzzyDate.of(from), FuzzyDate.of(to));
  }

  /** {@code date} with every single date in it marked approximate ({@code ~}). */
  private static FuzzyDate approximate(FuzzyDate date) {
    if (!date.isInterval()) {
      return date.withQualifier(Qualifier.APPROXIMATE);
    }
    return FuzzyDate.interval(date.start().orElseThrow().withQualifier(Qualifier.APPROXIMATE),
        date.end().orElseThrow().withQualifier(Qualifier.APPROXIMATE));
  }

  private static String name(DayOfWeek day) {
    String s = day.name();
    return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
  }
}
