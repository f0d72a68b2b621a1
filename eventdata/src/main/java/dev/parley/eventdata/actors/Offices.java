package dev.parley.eventdata.actors;

import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.StateId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the office a code line's comment names ({@code # Foreign Minister}). */
final class Offices {
  private static final Pattern OFFICE_WORDS = Pattern.compile(
      "\\b(minister|min|president|secretary|sec|amb|ambassador|chancellor|pm|premier|leader"
          + "|director|dci|cmdr|commander|advisor|adviser|natsecad|senator|chief|council"
          + "|counsel|representative|governor|speaker|assembly)\\b");
  private static final Pattern DEPUTY = Pattern.compile("\\b(dep|deputy|under|vice)\\b");
  private static final Pattern FOREIGN =
      Pattern.compile("foreign minister|secretary of state|sec\\.? (of )?state");
  private static final Pattern DEFENSE =
      Pattern.compile("defen[cs]e minister|sec\\.? ?def|secretary of defen[cs]e");

  private Offices() {}

  /**
   * The post a comment names for {@code party}, or empty when the comment names no office (then
   * the code's sector gives the title).
   *
   * <ul>
   *   <li>Foreign Minister, Secretary of State, Sec State: {@link PostRole#FOREIGN_MINISTER}; with
   *       Dep/Deputy/Under: {@link PostRole#DEPUTY_FOREIGN_MINISTER} titled by the comment.
   *   <li>Defense Minister, Sec Def, Secretary of Defense: {@link PostRole#DEFENSE_MINISTER}.
   *   <li>President, President of Germany, Supreme Leader: {@link PostRole#HEAD_OF_STATE}.
   *   <li>Prime Minister, PM (pt. n), Chancellor (of Germany), Premier: {@link
   *       PostRole#HEAD_OF_GOVERNMENT}.
   *   <li>DCI: {@link PostRole#INTELLIGENCE_CHIEF}; Amb. …: {@link PostRole#AMBASSADOR} titled by
   *       the comment; CMDR …: {@link PostRole#MILITARY_COMMANDER} titled by the comment; Min. …
   *       and … Minister: {@link PostRole#MINISTER} titled by the comment.
   *   <li>Any other comment with an office word (secretary, advisor, senator, chief, council,
   *       president of …, acting …): {@link PostRole#OTHER} titled by the comment.
   * </ul>
   */
  static Optional<Post> fromComment(String comment, StateId party) {
    String c = comment.toLowerCase(Locale.ROOT).strip();
    if (!OFFICE_WORDS.matcher(c).find()) {
      return Optional.empty();
    }
    boolean deputy = DEPUTY.matcher(c).find();
    boolean acting = c.contains("acting");
    String plain = c.replaceAll("\\s+pt\\.?\\s*\\d+$", "");
    if (FOREIGN.matcher(c).find()) {
      if (deputy) {
        return Optional.of(titled(PostRole.DEPUTY_FOREIGN_MINISTER, party, comment));
      }
      if (!acting) {
        return Optional.of(Post.of(PostRole.FOREIGN_MINISTER, party));
      }
    } else if (DEFENSE.matcher(c).find() && !deputy && !acting) {
      return Optional.of(Post.of(PostRole.DEFENSE_MINISTER, party));
    } else if (!deputy && !acting && (plain.equals("president")
        || plain.equals("president of germany") || plain.equals("supreme leader"))) {
      return Optional.of(Post.of(PostRole.HEAD_OF_STATE, party));
    } else if (!deputy && !acting && (plain.equals("prime minister") || plain.equals("pm")
        || plain.equals("premier") || plain.startsWith("chancellor"))) {
      return Optional.of(Post.of(PostRole.HEAD_OF_GOVERNMENT, party));
    } else if (plain.equals("dci")) {
      return Optional.of(Post.of(PostRole.INTELLIGENCE_CHIEF, party));
    } else if (c.startsWith("amb")) {
      return Optional.of(titled(PostRole.AMBASSADOR, party, comment));
    } else if (c.startsWith("cmdr") || c.startsWith("commander")) {
      return Optional.of(titled(PostRole.MILITARY_COMMANDER, party, comment));
    } else if (!deputy && !acting && (c.startsWith("min") || c.endsWith(" minister"))
        && !c.startsWith("prime minister")) {
      return Optional.of(titled(PostRole.MINISTER, party, comment));
    }
    return Optional.of(titled(PostRole.OTHER, party, comment));
  }

  private static Post titled(PostRole role, StateId party, String title) {
    return Post.builder().role(role).party(party).title(title.strip()).build();
  }
}
