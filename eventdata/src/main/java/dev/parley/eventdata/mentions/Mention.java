package dev.parley.eventdata.mentions;

import static java.util.Objects.requireNonNull;

import dev.parley.core.ActorKind;
import dev.parley.core.ActorRef;
import dev.parley.core.ArticleId;
import dev.parley.core.SourceRef;

/**
 * A span of a text that names an actor, as found by {@link Gazetteer#find(String)}.
 *
 * <p>{@code [start, end)} counts Unicode code points of the text, as {@link SourceRef} does, not
 * UTF-16 units: an emoji before the mention moves it by one, not two.
 *
 * <pre>{@code
 * Mention m = gazetteer.find("Lavrov's counterpart Mevlut Cavusoglu said").get(0);
 * m.actor();   // official:mevlut-cavusoglu
 * m.reason();  // NAME
 * }</pre>
 *
 * @param start the first code point of the span, from 0
 * @param end the code point just after the span
 * @param actor the state, official or organization named
 * @param text the span's text, as it stands in the text
 * @param reason which of the actor's names the span matched
 */
public record Mention(int start, int end, ActorRef actor, String text, MentionReason reason) {

  /**
   * Checks the parts.
   *
   * @param start the first code point of the span, from 0
   * @param end the code point just after the span
   * @param actor the state, official or organization named
   * @param text the span's text
   * @param reason which of the actor's names the span matched
   * @throws NullPointerException if {@code actor}, {@code text} or {@code reason} is null
   * @throws IllegalArgumentException if {@code start < 0}, {@code end <= start}, or {@code text}
   *     is not {@code end - start} code points long
   */
  public Mention {
    requireNonNull(actor, "actor");
    requireNonNull(text, "text");
    requireNonNull(reason, "reason");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "Mention span must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
    }
    int points = text.codePointCount(0, text.length());
    if (points != end - start) {
      throw new IllegalArgumentException("Mention text '" + text + "' has " + points
          + " code points, span [" + start + ", " + end + ") has " + (end - start));
    }
  }

  /**
   * The kind of actor named.
   *
   * @return {@code actor().kind()}
   */
  public ActorKind kind() {
    return actor.kind();
  }

  /**
   * This mention as a source reference into an article, with the matched text as excerpt.
   *
   * @param article the article whose text the mention was found in
   * @return the reference {@code [start, end)} with {@link #text()} as excerpt
   * @throws NullPointerException if {@code article} is null
   */
  public SourceRef toSourceRef(ArticleId article) {
    return SourceRef.builder().article(article).start(start).end(end).excerpt(text).build();
  }

  /**
   * The mention as the mention finder's command line prints it.
   *
   * @return {@code start}, {@code end}, kind, id and text, tab-separated
   */
  @Override
  public String toString() {
    return start + "\t" + end + "\t" + kind().label() + "\t" + actor.value() + "\t" + text;
  }
}
