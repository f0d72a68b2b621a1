package dev.parley.eventdata.actors;

import dev.parley.eventdata.ImportReport;
import dev.parley.eventdata.actors.RoleCode.Restriction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the lines of a {@code .actors} file into {@link DictionaryEntry} values, the way
 * PETRARCH's {@code read_actor_dictionary} groups them, reporting every line it cannot read.
 */
final class EntryParser {
  private static final Pattern CODE = Pattern.compile("---|(?:[A-Z]{3})+");

  private final ImportReport.Builder report;
  private final boolean strict;
  private final List<DictionaryEntry> entries = new ArrayList<>();

  private int entryLine;
  private final List<String> phrases = new ArrayList<>();
  private final List<RoleCode> codes = new ArrayList<>();
  private Optional<String> entryComment = Optional.empty();
  private boolean sawCodeLine;

  EntryParser(ImportReport.Builder report, boolean strict) {
    this.report = report;
    this.strict = strict;
  }

  List<DictionaryEntry> parse(CharSequence text) {
    int n = text.length();
    int lineNo = 0;
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && text.charAt(end) != '\n') {
        end++;
      }
      int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      lineNo++;
      report.read();
      line(lineNo, text.subSequence(start, stop).toString());
      start = end + 1;
    }
    finish(lineNo);
    return entries;
  }

  private void bad(int line, String reason) {
    if (strict) {
      throw new ActorDictionaryException(line, reason);
    }
    report.count("unreadable lines");
    report.skip("line " + line, reason);
  }

  private void line(int no, String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      report.count("blank lines");
      return;
    }
    if (trimmed.charAt(0) == '#') {
      report.count("comment lines");
      return;
    }
    char first = line.charAt(0);
    if (first == ' ' || first == '\t') {
      if (phrases.isEmpty()) {
        bad(no, "code block '" + trimmed + "' comes before any entry");
        return;
      }
      sawCodeLine = true;
      RoleCode code = codeBlock(no, trimmed, trimmed);
      if (code != null) {
        codes.add(code);
        report.count("code lines");
      }
      return;
    }
    if (first == '+') {
      String phrase = phrase(line.substring(1));
      if (phrases.isEmpty()) {
        bad(no, "name variant '" + trimmed + "' comes before any entry");
      } else if (phrase.isEmpty()) {
        bad(no, "name variant '" + trimmed + "' is empty");
      } else {
        phrases.add(phrase);
        report.count("variant lines");
      }
      return;
    }
    // A phrase at the start of a line: a new entry once the current one has a code.
    if (!codes.isEmpty() || sawCodeLine) {
      finish(no - 1);
    }
    int hash = line.indexOf('#');
    String body = hash < 0 ? line : line.substring(0, hash);
    Optional<String> comment = hash < 0 ? Optional.empty() : nonBlank(line.substring(hash + 1));
    int bracket = body.indexOf('[');
    String phrase = phrase(bracket < 0 ? body : body.substring(0, bracket));
    if (phrase.isEmpty()) {
      bad(no, "line '" + trimmed + "' has a code but no phrase");
      return;
    }
    if (phrases.isEmpty()) {
      entryLine = no;
      entryComment = comment;
    }
    phrases.add(phrase);
    report.count("phrase lines");
    if (bracket >= 0) {
      RoleCode code = codeBlock(no, body.substring(bracket).strip(), trimmed);
      if (code != null) {
        codes.add(code);
      }
    }
  }

  private void finish(int lastLine) {
    if (phrases.isEmpty()) {
      return;
    }
    if (codes.isEmpty()) {
      report.count("entries without a readable code");
      report.skip("line " + entryLine, "entry '" + phrases.get(0) + "' has no "
          + (sawCodeLine ? "readable code block (see the lines reported)" : "code block")
          + " up to line " + lastLine + "; not an actor");
    } else {
      entries.add(new DictionaryEntry(entryLine, phrases, codes, entryComment));
      report.count("entries");
    }
    phrases.clear();
    codes.clear();
    entryComment = Optional.empty();
    sawCodeLine = false;
  }

  /** A phrase without its comment and trailing blanks or underscores' padding. */
  static String phrase(String text) {
    int hash = text.indexOf('#');
    String s = (hash < 0 ? text : text.substring(0, hash)).strip();
    return s;
  }

  private static Optional<String> nonBlank(String s) {
    String t = s.strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** Reads {@code [CODE]} or {@code [CODE restriction]} with an optional {@code # comment}. */
  private RoleCode codeBlock(int no, String text, String raw) {
    int hash = text.indexOf('#');
    String body = (hash < 0 ? text : text.substring(0, hash)).strip();
    Optional<String> comment = hash < 0 ? Optional.empty() : nonBlank(text.substring(hash + 1));
    if (body.length() < 2 || body.charAt(0) != '[' || body.charAt(body.length() - 1) != ']') {
      bad(no, "'" + raw + "' is not a code block [CODE] or [CODE date-restriction]");
      return null;
    }
    String inner = body.substring(1, body.length() - 1).strip();
    int space = 0;
    while (space < inner.length() && !Character.isWhitespace(inner.charAt(space))) {
      space++;
    }
    String code = inner.substring(0, space);
    String rest = inner.substring(space).strip();
    if (!CODE.matcher(code).matches()) {
      bad(no, "code '" + code + "' in '" + raw
          + "' is not a CAMEO code (upper-case letters in groups of three, or ---)");
      return null;
    }
    try {
      if (rest.isEmpty()) {
        return new RoleCode(no, code, Restriction.NONE, Optional.empty(), Optional.empty(),
            comment, raw);
      }
      char c = rest.charAt(0);
      if (c == '>' || c == '<') {
        LocalDate day = DictionaryDates.parse(rest.substring(1).strip());
        return c == '>'
            ? new RoleCode(no, code, Restriction.FROM, Optional.of(day), Optional.empty(),
                comment, raw)
            : new RoleCode(no, code, Restriction.UNTIL, Optional.empty(), Optional.of(day),
                comment, raw);
      }
      int dash = rest.indexOf('-');
      if (dash < 0) {
        bad(no, "date restriction '" + rest + "' in '" + raw
            + "' needs '>' (from), '<' (until) or '-' (from-to)");
        return null;
      }
      LocalDate from = DictionaryDates.parse(rest.substring(0, dash).strip());
      LocalDate until = DictionaryDates.parse(rest.substring(dash + 1).strip());
      if (from.isAfter(until)) {
        bad(no, "date restriction '" + rest + "' in '" + raw + "' ends (" + until
            + ") before it starts (" + from + ")");
        return null;
      }
      return new RoleCode(no, code, Restriction.BETWEEN, Optional.of(from), Optional.of(until),
          comment, raw);
    } catch (IllegalArgumentException e) {
      bad(no, e.getMessage() + " in '" + raw + "'");
      return null;
    }
  }
}
