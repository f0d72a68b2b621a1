package dev.parley.io.internal;

import java.util.Arrays;
import tools.jackson.core.JsonParser;

/**
 * Values converted from short texts, remembered so that a text met again (an id that many
 * records refer to, a date, the name of an enum constant) is neither decoded into a new string
 * nor converted and checked again. The texts are compared with the parser's own characters.
 *
 * <p>Two kinds, both open-addressed by the text's hash:
 *
 * <ul>
 *   <li>{@linkplain #lossy lossy}: {@value #SLOTS} slots, each text in the slot of its hash, in
 *       place of the text before it. Memory is bounded, and a text may be forgotten. For enum
 *       names and record kinds, which are few.
 *   <li>{@linkplain #exact exact}: every text remembered is found again, the table growing up to
 *       {@value #MAX_EXACT} texts (after which it remembers no more). For readers of a chronicle
 *       ({@link ReadCaches#forChronicle}), whose records are all kept: for references, whose
 *       conversion is also a lookup in the reader's ledger ({@link ReadCaches#noteReference}),
 *       and dates: a corpus refers to thousands of officials and days, far more than a lossy
 *       cache keeps, and each one forgotten would cost a new string and a new value (and, for a
 *       reference, that lookup) again, and one more copy of the value in the records.
 * </ul>
 *
 * <p>The values are immutable, so records may share them. Not thread-safe: each reader has its
 * own.
 *
 * @param <T> the type of the values
 */
final class TextCache<T> {
  /** The number of slots of a lossy cache, and the first size of an exact one. */
  static final int SLOTS = 512;
  /** The most texts an exact cache remembers. */
  static final int MAX_EXACT = 1 << 18;
  /** The longest text remembered, in characters. */
  static final int MAX_LENGTH = 64;

  private final int maxStringLength;
  private final boolean exact;
  /** Each slot's text, as characters to compare with the parser's; null until remembered. */
  private char[][] texts;
  /** Each slot's value. */
  private Object[] values;
  /** The hash of each slot's text, compared before the text itself. */
  private int[] hashes;
  /** The number of texts remembered (exact caches). */
  private int size;
  /** The hash of the text {@link #find} found last. */
  private int foundHash;

  private TextCache(int maxStringLength, boolean exact) {
    this.maxStringLength = Math.min(maxStringLength, MAX_LENGTH);
    this.exact = exact;
  }

  /**
   * A lossy cache for a parser that accepts strings up to {@code maxStringLength}, which texts
   * found here must respect too.
   */
  static <T> TextCache<T> lossy(int maxStringLength) {
    return new TextCache<>(maxStringLength, false);
  }

  /** An exact cache, for a parser that accepts strings up to {@code maxStringLength}. */
  static <T> TextCache<T> exact(int maxStringLength) {
    return new TextCache<>(maxStringLength, true);
  }

  /**
   * The value of the parser's current token, a string, if its text is remembered; else null.
   * Longer texts are left to the caller, which reads them as strings (and so has the parser
   * check its limit).
   */
  @SuppressWarnings("unchecked") // each slot's value is a T
  T find(JsonParser p) {
    if (texts == null) {
      return null;
    }
    int length = p.getStringLength();
    if (length > maxStringLength) {
      return null;
    }
    char[] chars = p.getStringCharacters();
    int offset = p.getStringOffset();
    int hash = hash(chars, offset, length);
    int mask = texts.length - 1;
    for (int slot = slot(hash) & mask; ; slot = (slot + 1) & mask) {
      char[] text = texts[slot];
      if (text == null) {
        return null;
      }
      if (hashes[slot] == hash && same(text, chars, offset, length)) {
        foundHash = hash;
        return (T) values[slot];
      }
      if (!exact) {
        return null;
      }
    }
  }

  /** The hash ({@link String#hashCode()}) of the text whose value {@link #find} gave last. */
  int foundHash() {
    return foundHash;
  }

  private static boolean same(char[] text, char[] chars, int offset, int length) {
    // Arrays.equals on ranges compares several characters at a time (an intrinsic).
    return text.length == length && Arrays.equals(text, 0, length, chars, offset, offset + length);
  }


  /**
   * Remembers the value of {@code text}: a lossy cache in place of the text in its slot, an
   * exact one in a free slot (growing as it fills) unless it holds {@value #MAX_EXACT} texts.
   */
  void remember(String text, T value) {
    if (text.length() > maxStringLength || value == null) {
      return;
    }
    if (texts == null) {
      texts = new char[SLOTS][];
      values = new Object[SLOTS];
      hashes = new int[SLOTS];
    }
    int hash = text.hashCode();
    if (!exact) {
      put(slot(hash) & (SLOTS - 1), text.toCharArray(), value, hash);
      return;
    }
    if (size >= MAX_EXACT) {
      return;
    }
    if (2 * (size + 1) > texts.length) {
      grow();
    }
    put(free(hash), text.toCharArray(), value, hash);
    size++;
  }

  private void put(int slot, char[] text, Object value, int hash) {
    texts[slot] = text;
    values[slot] = value;
    hashes[slot] = hash;
  }

  /** The first free slot from {@code hash}'s own, probing onwards. */
  private int free(int hash) {
    int mask = texts.length - 1;
    int slot = slot(hash) & mask;
    while (texts[slot] != null) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Doubles an exact cache's table, keeping every text. */
  private void grow() {
    char[][] oldTexts = texts;
    Object[] oldValues = values;
    int[] oldHashes = hashes;
    texts = new char[oldTexts.length * 2][];
    values = new Object[texts.length];
    hashes = new int[texts.length];
    for (int i = 0; i < oldTexts.length; i++) {
      if (oldTexts[i] != null) {
        put(free(oldHashes[i]), oldTexts[i], oldValues[i], oldHashes[i]);
      }
    }
  }

  /**
   * {@link String#hashCode()} of the characters {@code [offset, offset + length)}: the same sum
   * of {@code c[i] * 31^(length - 1 - i)}, taken four characters at a time to shorten the chain
   * of multiplications.
   */
  static int hash(char[] chars, int offset, int length) {
    int hash = 0;
    int i = offset;
    int end = offset + length;
    for (; i + 4 <= end; i += 4) {
      hash = 923521 * hash // 31^4
          + 29791 * chars[i] + 961 * chars[i + 1] + 31 * chars[i + 2] + chars[i + 3];
    }
    for (; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }

  /** The hash spread over its low bits, which a table's mask keeps. */
  private static int slot(int hash) {
    return hash ^ (hash >>> 16);
  }
}
