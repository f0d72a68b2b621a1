package dev.parley.eventdata.plover;

import static java.util.Objects.requireNonNull;

import dev.parley.core.SourceRef;

/**
 * One tagged span of a PLOVER record's markup ({@code textInfo.markup}), located in the record's
 * text: {@code (SRC: Hungarian)} is a span tagged {@code SRC} over the word "Hungarian" of the
 * text.
 *
 * <p>Tags as the gold standard records use them: {@code SRC} (a source actor), {@code TAR} (a
 * target actor), {@code SRC/TAR} (an actor that is both, in reciprocal events), {@code EVT} (the
 * words of the event), and others such as {@code LOC} (a place), kept as written.
 *
 * @param record the PLOVER record id the span belongs to
 * @param tag the tag as written, such as {@code "SRC/TAR"}
 * @param span where the tagged words are in the text, in code points, with the words as excerpt
 */
public record MarkupSpan(String record, String tag, SourceRef span) {
  /**
   * Checks the parts.
   *
   * @param record the record id
   * @param tag the tag
   * @param span the span
   */
  public MarkupSpan {
    requireNonNull(record, "record");
    requireNonNull(tag, "tag");
    requireNonNull(span, "span");
  }

  /** {@return whether the span marks a source actor: tag {@code SRC} or {@code SRC/TAR}} */
  public boolean isSource() {
    return tag.equals("SRC") || tag.equals("SRC/TAR");
  }

  /** {@return whether the span marks a target actor: tag {@code TAR} or {@code SRC/TAR}} */
  public boolean isTarget() {
    return tag.equals("TAR") || tag.equals("SRC/TAR");
  }

  /** {@return whether the span marks the event's words: tag {@code EVT}} */
  public boolean isEvent() {
    return tag.equals("EVT");
  }
}
