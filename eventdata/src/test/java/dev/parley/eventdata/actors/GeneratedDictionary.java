package dev.parley.eventdata.actors;

import dev.parley.eventdata.actors.RoleCode.Restriction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A small generator of {@code .actors} dictionaries for properties: entries are generated as a
 * model, written as text in the format's variety (codes on the first line or indented, extra
 * first-column phrases, {@code +} variants with comments, six- and eight-digit dates, comments
 * and blank lines between entries), and the entries the text must read back to are computed while
 * writing (line numbers, raw lines).
 */
final class GeneratedDictionary {
  static final List<String> SECTORS = List.of("GOV", "MIL", "ELI", "BUS", "JUD", "LEG", "SPY",
      "MED", "EDU", "AGR");

  /** A generated code block. */
  record Code(String code, Restriction restriction, LocalDate from, LocalDate until,
      boolean sixDigits, String comment) {

    String block() {
      String f = from == null ? null : write(from);
      String u = until == null ? null : write(until);
      switch (restriction) {
        case FROM:
          return "[" + code + " >" + f + "]";
        case UNTIL:
          return "[" + code + " <" + u + "]";
        case BETWEEN:
          return "[" + code + " " + f + "-" + u + "]";
        default:
          return "[" + code + "]";
      }
    }

    private String write(LocalDate day) {
      String eight = DictionaryDates.format8(day);
      boolean fits = day.getYear() >= 1931 && day.getYear() <= 2030;
      return sixDigits && fits ? eight.substring(2) : eight;
    }
  }

  /** A generated entry: phrases, how many stand at the start of a line, codes. */
  record Entry(List<String> phrases, int headPhrases, boolean codeOnHead, List<Code> codes,
      String comment, List<String> variantComments, boolean blankBefore) {}

  /** Text and the entries it must read back to. */
  record Written(String text, List<DictionaryEntry> entries, List<Integer> codeLines) {}

  private GeneratedDictionary() {}

  static Arbitrary<String> words() {
    return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(8);
  }

  static Arbitrary<String> phrases() {
    return Combinators.combine(words().list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.of(true, false))
        .as((ws, trailing) -> String.join("_", ws) + (trailing ? "_" : ""));
  }

  static Arbitrary<String> comments() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).list()
        .ofMinSize(1).ofMaxSize(3).map(ws -> String.join(" ", ws));
  }

  static Arbitrary<String> countries() {
    return Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
  }

  static Arbitrary<String> codes() {
    return Combinators.combine(countries(), Arbitraries.of(SECTORS).list().ofMaxSize(2))
        .as((c, s) -> c + String.join("", s));
  }

  static Arbitrary<Code> code(Arbitrary<String> codes) {
    Arbitrary<LocalDate> days = DictionaryDatesProperties.days(LocalDate.of(1800, 1, 1),
        LocalDate.of(2100, 12, 31));
    return Combinators.combine(codes, Arbitraries.of(Restriction.class), days, days,
            Arbitraries.of(true, false), comments().injectNull(0.6))
        .as((code, r, a, b, six, comment) -> {
          LocalDate lo = a.isAfter(b) ? b : a;
          LocalDate hi = a.isAfter(b) ? a : b;
          switch (r) {
            case FROM:
              return new Code(code, r, lo, null, six, comment);
            case UNTIL:
              return new Code(code, r, null, hi, six, comment);
            case BETWEEN:
              return new Code(code, r, lo, hi, six, comment);
            default:
              return new Code(code, r, null, null, six, comment);
          }
        });
  }

  static Arbitrary<Entry> entries(Arbitrary<String> codes) {
    return Combinators.combine(phrases().list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.integers().between(1, 4), Arbitraries.of(true, false),
            code(codes).list().ofMinSize(1).ofMaxSize(4), comments().injectNull(0.5),
            comments().injectNull(0.7).list().ofSize(4), Arbitraries.of(true, false))
        .as((ps, head, onHead, cs, comment, vcs, blank) -> new Entry(ps,
            onHead ? 1 : Math.min(head, ps.size()), onHead, cs, comment, vcs, blank));
  }

  static Arbitrary<List<Entry>> dictionaries() {
    return entries(codes()).list().ofMinSize(1).ofMaxSize(8);
  }

  /** Writes the entries as a dictionary and computes what they must read back to. */
  static Written write(List<Entry> model) {
    StringBuilder text = new StringBuilder("# generated dictionary\n");
    int line = 1;
    List<DictionaryEntry> entries = new ArrayList<>();
    List<Integer> codeLines = new ArrayList<>();
    for (Entry e : model) {
      if (e.blankBefore()) {
        text.append('\n');
        line++;
      }
      int first = line + 1;
      List<RoleCode> codes = new ArrayList<>();
      for (int i = 0; i < e.phrases().size(); i++) {
        String p = e.phrases().get(i);
        StringBuilder l = new StringBuilder();
        if (i < e.headPhrases()) {
          l.append(p);
          if (i == 0 && e.codeOnHead()) {
            l.append("  ").append(e.codes().get(0).block());
          }
          if (i == 0 && e.comment() != null) {
            l.append("  # ").append(e.comment());
          }
        } else {
          l.append('+').append(p);
          String vc = e.variantComments().get(i % e.variantComments().size());
          if (vc != null) {
            l.append(" # ").append(vc);
          }
        }
        text.append(l).append('\n');
        line++;
        if (i == 0 && e.codeOnHead()) {
          Code c = e.codes().get(0);
          codes.add(roleCode(line, c, Optional.empty(), l.toString().strip()));
        }
      }
      for (int i = e.codeOnHead() ? 1 : 0; i < e.codes().size(); i++) {
        Code c = e.codes().get(i);
        String l = "\t" + c.block() + (c.comment() == null ? "" : "  # " + c.comment());
        text.append(l).append('\n');
        line++;
        codeLines.add(line);
        codes.add(roleCode(line, c, Optional.ofNullable(c.comment()), l.strip()));
      }
      entries.add(new DictionaryEntry(first, e.phrases(), codes,
          Optional.ofNullable(e.comment())));
    }
    return new Written(text.toString(), entries, codeLines);
  }

  private static RoleCode roleCode(int line, Code c, Optional<String> comment, String raw) {
    return new RoleCode(line, c.code(), c.restriction(), Optional.ofNullable(c.from()),
        Optional.ofNullable(c.until()), comment, raw);
  }
}
