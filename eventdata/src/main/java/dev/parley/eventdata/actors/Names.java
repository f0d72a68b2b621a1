package dev.parley.eventdata.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How the dictionary's phrases become names and ids. */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
  private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
  /** Words written in lower case inside a name. */
  static final Set<String> MINOR_WORDS = Set.of(
      "of", "and", "the", "for", "in", "on", "to", "at", "by", "de", "du", "des", "da", "dos",
      "das", "del");

  private Names() {}

  /**
   * A phrase as a name: underscores and runs of white space become one space, and each word is
   * capitalised (first letter upper case, the rest lower case; a new word also starts after a
   * hyphen, period, slash, parenthesis, quote, or an apostrophe after a single first letter as in
   * {@code D'Ivoire}), except the {@linkplain #MINOR_WORDS minor words} after the first word
   * ({@code of}, {@code and}, {@code the} …), which are lower case, and words of two to five
   * consonants ({@code FSB}) and Roman numerals ({@code II}), which keep their capitals.
   */
  static String display(String phrase) {
    StringBuilder out = new StringBuilder(phrase.length());
    int n = phrase.length();
    int i = 0;
    boolean firstWord = true;
    while (i < n) {
      while (i < n && isSeparator(phrase.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSeparator(phrase.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      if (!firstWord) {
        out.append(' ');
      }
      word(phrase.substring(start, i), firstWord, out);
      firstWord = false;
    }
    return out.toString();
  }

  private static boolean isSeparator(char c) {
    return c == '_' || Character.isWhitespace(c);
  }

  private static void word(String word, boolean firstWord, StringBuilder out) {
    if (isAcronym(word)) {
      out.append(word);
      return;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (!firstWord && MINOR_WORDS.contains(lower)) {
      out.append(lower);
      return;
    }
    boolean start = true;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      out.appendCodePoint(start ? Character.toUpperCase(cp) : Character.toLowerCase(cp));
      start = cp == '-' || cp == '.' || cp == '/' || cp == '(' || cp == '"'
          || (cp == '\'' && i == 1);
      i += Character.charCount(cp);
    }
  }

  /** Two to five consonants A-Z, or two to four of I, V, X. */
  private static boolean isAcronym(String w) {
    int n = w.length();
    if (n < 2 || n > 5) {
      return false;
    }
    boolean consonants = true;
    boolean roman = n <= 4;
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      consonants &= c >= 'A' && c <= 'Z' && "AEIOU".indexOf(c) < 0;
      roman &= c == 'I' || c == 'V' || c == 'X';
    }
    return consonants || roman;
  }

  /** A name as a lower-case slug ({@code sergey-lavrov}); empty when nothing is left. */
  static String slug(String name) {
    String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    ascii = APOSTROPHES.matcher(ascii).replaceAll("");
    String slug = NON_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
    int from = 0;
    int to = slug.length();
    while (from < to && slug.charAt(from) == '-') {
      from++;
    }
    while (to > from && slug.charAt(to - 1) == '-') {
      to--;
    }
    slug = slug.substring(from, to);
    if (slug.length() > 120) {
      slug = slug.substring(0, 120);
      while (slug.endsWith("-")) {
        slug = slug.substring(0, slug.length() - 1);
      }
    }
    return slug;
  }
}
