package dev.parley.testkit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Texts: slugs, names, free texts and excerpts. Documented at {@link ParleyArbitraries}, the
 * public entry point.
 */
final class TextArbitraries {

  /** The characters of a slug word, simplest first (jqwik shrinks toward the first). */
  private static final String SLUG_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

  /** The letters of generated names and texts, simplest first. */
  private static final String NAME_LETTERS = "abcdefghijklmnopqrstuvwxyzçğıöşüéñ";

  /** The longest slug a typed id accepts. */
  private static final int MAX_SLUG_LENGTH = 128;

  /** Code points of generated excerpts: mostly ASCII, some other BMP, some supplementary. */
  private static final List<Integer> ASCII_CODE_POINTS =
      "abcdefghijklmnopqrstuvwxyz ,.".codePoints().boxed().collect(Collectors.toList());

  private static final List<Integer> BMP_CODE_POINTS =
      "üşğıéñاسد中文".codePoints().boxed().collect(Collectors.toList());

  private static final List<Integer> SUPPLEMENTARY_CODE_POINTS =
      "😀🇹𝔸𐍈".codePoints().boxed().collect(Collectors.toList());

  /*
   * Built once: jqwik memoizes generators per arbitrary, and building arbitrary graphs anew inside
   * flatMap for every value is slow.
   */
  static final Arbitrary<String> SLUGS = buildSlugs();
  static final Arbitrary<String> NAMES = buildNames();
  static final Arbitrary<String> TEXTS = buildTexts();
  private static final Map<Integer, Arbitrary<String>> EXCERPTS = new ConcurrentHashMap<>();

  private TextArbitraries() {}

  private static Arbitrary<String> buildSlugs() {
    Arbitrary<String> word =
        Arbitraries.of(characters(SLUG_CHARACTERS))
            .list()
            .ofMinSize(1)
            .ofMaxSize(6)
            .map(TextArbitraries::join);
    Arbitrary<String> usual =
        word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join("-", words));
    Arbitrary<String> longest =
        Arbitraries.strings()
            .withChars(SLUG_CHARACTERS)
            .ofMinLength(MAX_SLUG_LENGTH - 28)
            .ofMaxLength(MAX_SLUG_LENGTH)
            // Rare: not among the edge cases jqwik tries first.
            .withoutEdgeCases();
    return Arbitraries.frequencyOf(List.of(Tuple.of(19, usual), Tuple.of(1, longest)));
  }

  private static Arbitrary<String> buildNames() {
    Arbitrary<String> word = words(7).map(TextArbitraries::capitalize);
    return word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
  }

  private static Arbitrary<String> buildTexts() {
    return Combinators.combine(words(9).list().ofMinSize(1).ofMaxSize(8), Arbitraries.of("", "."))
        .as((words, end) -> capitalize(String.join(" ", words)) + end);
  }

  static Arbitrary<String> excerpts(int codePoints) {
    if (codePoints < 0) {
      throw new IllegalArgumentException("codePoints must not be negative: " + codePoints);
    }
    return EXCERPTS.computeIfAbsent(codePoints, TextArbitraries::buildExcerpts);
  }

  private static Arbitrary<String> buildExcerpts(int codePoints) {
    Arbitrary<Integer> codePoint =
        Arbitraries.frequencyOf(
            List.of(
                Tuple.of(8, Arbitraries.of(ASCII_CODE_POINTS)),
                Tuple.of(1, Arbitraries.of(BMP_CODE_POINTS)),
                Tuple.of(1, Arbitraries.of(SUPPLEMENTARY_CODE_POINTS))));
    return codePoint
        .list()
        .ofSize(codePoints)
        .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, codePoints));
  }

  private static Arbitrary<String> words(int maxLength) {
    return Arbitraries.of(characters(NAME_LETTERS))
        .list()
        .ofMinSize(1)
        .ofMaxSize(maxLength)
        .map(TextArbitraries::join);
  }

  private static List<Character> characters(String chars) {
    return chars.chars().mapToObj(c -> (char) c).collect(Collectors.toUnmodifiableList());
  }

  private static String join(List<Character> chars) {
    StringBuilder sb = new StringBuilder(chars.size());
    chars.forEach(sb::append);
    return sb.toString();
  }

  private static String capitalize(String word) {
    int first = word.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(word.substring(Character.charCount(first)))
        .toString();
  }
}
