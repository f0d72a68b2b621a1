package dev.parley.io.internal;

import tools.jackson.core.JsonParser;

/**
 * Values converted from short texts, remembered so that a text met again (an id that many
 * records refer to, a date, the name of an enum constant) is neither decoded into a new string
 * nor converted and checked again. The texts are compared with the parser's own characters.
 *
 * <p>Direct-mapped by the text's hash into {@value #SLOTS} slots: memory is bounded, and a text
 * takes the slot of the one before it. The values are immutable, so records may share them. Not
 * thread-safe: each reader has its own.
 *
 * @param <T> the type of the values
 */
final class TextCache<T> {
  /** The number of slots. */
  static final int SLOTS = 512;
  /** The longest text remembered, in characters. */
  static final int MAX_LENGTH = 64;

  private final int maxStringLength;
  /** The slots; null until a text is remembered. */
  private Entry<T>[] entries;
  /** The hash of each slot's text, compared before the text itself. */
  private int[] hashes;

  /** A text, as characters to compare with the parser's, and its value. */
  private static final class Entry<T> {
    final char[] text;
    final T value;

    Entry(char[] text, T value) {
      this.text = text;
      this.value = value;
    }
  }

  /**
   * A cache for a parser that accepts strings up to {@code maxStringLength}, which texts found
   * here must respect too.
   */
  TextCache(int maxStringLength) {
    this.maxStringLength = Math.min(maxStringLength, MAX_LENGTH);
  }

  /**
   * The value of the parser's current token, a string, if its text is remembered; else null.
   * Longer texts are left to the caller, which reads them as strings (and so has the parser
   * check its limit).
   */
  T find(JsonParser p) {
    if (entries == null) {
      return null;
    }
    int length = p.getStringLength();
    if (length > maxStringLength) {
      return null;
    }
    char[] chars = p.getStringCharacters();
    int offset = p.getStringOffset();
    int hash = hash(chars, offset, length);
    int slot = slot(hash);
    if (hashes[slot] != hash) {
      return null;
    }
    Entry<T> entry = entries[slot];
    if (entry == null || entry.text.length != length) {
      return null;
    }
    char[] text = entry.text;
    for (int i = 0; i < length; i++) {
      if (text[i] != chars[offset + i]) {
        return null;
      }
    }
    return entry.value;
  }

  /** Remembers the value of {@code text}, in place of the text in its slot. */
  @SuppressWarnings("unchecked")
  void remember(String text, T value) {
    if (text.length() > maxStringLength || value == null) {
      return;
    }
    if (entries == null) {
      entries = (Entry<T>[]) new Entry<?>[SLOTS];
      hashes = new int[SLOTS];
    }
    int hash = text.hashCode();
    int slot = slot(hash);
    entries[slot] = new Entry<>(text.toCharArray(), value);
    hashes[slot] = hash;
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

  private static int slot(int hash) {
    return (hash ^ (hash >>> 16)) & (SLOTS - 1);
  }
}
