package dev.parley.eventdata.actors;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One entry of an actor dictionary as written: its phrases and its code blocks.
 *
 * <p>An entry starts with a phrase at the start of a line ({@code SERGEY_LAVROV_}); more phrases
 * follow on {@code +} lines, and phrases at the start of a line that come before the entry's
 * first code block belong to the same entry, as PETRARCH reads them. Code blocks follow on
 * indented lines, or stand after the first phrase ({@code RUSSIAN_FEDERATION_ [RUS]}).
 *
 * @param line the 1-based line of the first phrase
 * @param phrases the phrases as written (underscores kept, comments and trailing blanks removed),
 *     the first one the entry's name; at least one
 * @param codes the code blocks in file order; at least one
 * @param comment the comment after {@code #} on the first line, trimmed, where there is one
 *     (the Phoenix dictionary writes {@code CountryInfo.txt} there for officials taken from that
 *     file)
 */
public record DictionaryEntry(int line, List<String> phrases, List<RoleCode> codes,
    Optional<String> comment) {

  /**
   * Checks and copies the parts.
   *
   * @param line the line
   * @param phrases the phrases
   * @param codes the codes
   * @param comment the comment
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if there is no phrase or no code
   */
  public DictionaryEntry {
    phrases = List.copyOf(phrases);
    codes = List.copyOf(codes);
    requireNonNull(comment, "comment");
    if (phrases.isEmpty() || codes.isEmpty()) {
      throw new IllegalArgumentException(
          "an entry needs a phrase and a code (line " + line + "): " + phrases + " " + codes);
    }
  }

  /**
   * The entry's name as written: its first phrase.
   *
   * @return the first phrase
   */
  public String name() {
    return phrases.get(0);
  }
}
