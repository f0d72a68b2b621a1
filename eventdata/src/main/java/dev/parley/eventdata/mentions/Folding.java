package dev.parley.eventdata.mentions;

import java.text.Normalizer;

/**
 * The character folding the gazetteer matches on: one UTF-16 unit to one UTF-16 unit, so that a
 * folded text has the length of the original and a match's offsets are the original's.
 *
 * <p>A unit folds to: the lower case of its base letter with diacritics removed ({@code Ç} to
 * {@code c}, {@code ğ} to {@code g}, {@code ü} to {@code u}, by canonical decomposition); the
 * Turkish dotless {@code ı} and dotted {@code İ} to {@code i}; {@code ø ł đ ħ} and their capitals
 * to {@code o l d h}; typographic apostrophes ({@code ’ ‘ ʼ}) to {@code '}; typographic hyphens
 * (U+2010, U+2011) to {@code -}; every whitespace unit (including no-break space and line breaks)
 * to a space. Any other unit, including surrogates, is itself lower-cased by {@link
 * Character#toLowerCase(char)}. Letters that fold to two letters ({@code ß}, {@code æ}) are kept as
 * they are.
 */
final class Folding {
  private static final char[] TABLE = buildTable();

  private Folding() {}

  /**
   * Folds one UTF-16 unit.
   *
   * @param c the unit
   * @return the folded unit
   */
  static char fold(char c) {
    return TABLE[c];
  }

  /**
   * Folds every unit of a string.
   *
   * @param s the string
   * @return the folded string, of the same length
   */
  static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = TABLE[s.charAt(i)];
    }
    return new String(out);
  }

  private static char[] buildTable() {
    char[] t = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      t[c] = foldOne((char) c);
    }
    return t;
  }

  private static char foldOne(char c) {
    if (c < 0x80) {
      return Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    switch (c) {
      case '\u0130', '\u0131':
        return 'i';
      case '\u00D8', '\u00F8':
        return 'o';
      case '\u0141', '\u0142':
        return 'l';
      case '\u0110', '\u0111':
        return 'd';
      case '\u0126', '\u0127':
        return 'h';
      case '\u2018', '\u2019', '\u02BC':
        return '\'';
      case '\u2010', '\u2011':
        return '-';
      default:
        break;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return ' ';
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = d.charAt(0);
    if (d.length() > 1 && !Character.isSurrogate(base)) {
      boolean marksOnly = true;
      for (int i = 1; i < d.length(); i++) {
        if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) {
          marksOnly = false;
          break;
        }
      }
      if (marksOnly) {
        return Character.toLowerCase(base);
      }
    }
    return Character.toLowerCase(c);
  }
}
